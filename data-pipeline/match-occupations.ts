import { maxWeightAssignment } from '../src/lib/assignment.ts';
import { cosine, type SparseVector } from '../src/lib/text-vectors.ts';

/** Least similarity for statements of two occupations to count as a close match. */
export const MATCH_FLOOR = 0.3;

/**
 * A term found in more than this share of a level's statements (and in more
 * than MIN_CANDIDATE_POSTINGS of them) does not nominate candidate pairs on its
 * own: it still counts in every similarity, but pairs that share nothing rarer
 * are not compared. This keeps the work near-linear as the catalog grows.
 */
export const CANDIDATE_TERM_SHARE = 0.02;
export const MIN_CANDIDATE_POSTINGS = 200;

/** [level, statement index here, statement index in the other occupation, similarity]. */
export type StatementMatch = [level: number, index: number, otherIndex: number, similarity: number];

/** Matches between two occupations, from the first one's side. */
export type PairMatches = Map<number, Map<number, StatementMatch[]>>;

interface Edge {
  index: number;
  otherIndex: number;
  similarity: number;
}

/**
 * For every pair of occupations and every level, the optimal one-to-one
 * assignment between their statements at that level, keeping pairs at or above
 * the floor. Candidate pairs come from an inverted index over terms.
 * `occupations[o][level][i]` is the vector of statement i.
 */
export function matchOccupations(
  occupations: readonly (readonly (readonly SparseVector[])[])[],
  floor = MATCH_FLOOR,
): PairMatches {
  const result: PairMatches = new Map();
  const add = (from: number, to: number, match: StatementMatch) => {
    let byOther = result.get(from);
    if (!byOther) result.set(from, (byOther = new Map<number, StatementMatch[]>()));
    let list = byOther.get(to);
    if (!list) byOther.set(to, (list = []));
    list.push(match);
  };

  const levelCount = Math.max(0, ...occupations.map((levels) => levels.length));
  for (let level = 0; level < levelCount; level++) {
    const owner: number[] = [];
    const position: number[] = [];
    const vectors: SparseVector[] = [];
    occupations.forEach((levels, occupation) => {
      (levels[level] ?? []).forEach((vector, index) => {
        owner.push(occupation);
        position.push(index);
        vectors.push(vector);
      });
    });

    const postings = new Map<number, number[]>();
    vectors.forEach((vector, statement) => {
      for (const term of vector.ids) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(statement);
      }
    });
    const cap = Math.max(MIN_CANDIDATE_POSTINGS, CANDIDATE_TERM_SHARE * vectors.length);

    // Edges at or above the floor, grouped by pair of occupations (lower index first).
    const edges = new Map<string, Edge[]>();
    const seen = new Set<number>();
    vectors.forEach((vector, statement) => {
      seen.clear();
      const occupation = owner[statement]!;
      for (const term of vector.ids) {
        const list = postings.get(term)!;
        if (list.length > cap) continue;
        for (const other of list) {
          const otherOccupation = owner[other]!;
          if (otherOccupation <= occupation || seen.has(other)) continue;
          seen.add(other);
          const similarity = cosine(vector, vectors[other]!);
          if (similarity < floor) continue;
          const key = `${occupation}:${otherOccupation}`;
          let group = edges.get(key);
          if (!group) edges.set(key, (group = []));
          group.push({ index: position[statement]!, otherIndex: position[other]!, similarity });
        }
      }
    });

    for (const [key, group] of edges) {
      const [a, b] = key.split(':').map(Number) as [number, number];
      const rows = [...new Set(group.map((edge) => edge.index))];
      const columns = [...new Set(group.map((edge) => edge.otherIndex))];
      const weights = rows.map(() => columns.map(() => 0));
      for (const edge of group) weights[rows.indexOf(edge.index)]![columns.indexOf(edge.otherIndex)] = edge.similarity;
      for (const [row, column] of maxWeightAssignment(weights)) {
        const similarity = weights[row]![column]!;
        if (similarity < floor) continue;
        const index = rows[row]!;
        const otherIndex = columns[column]!;
        const rounded = Math.round(similarity * 100) / 100;
        add(a, b, [level, index, otherIndex, rounded]);
        add(b, a, [level, otherIndex, index, rounded]);
      }
    }
  }
  for (const byOther of result.values()) {
    for (const list of byOther.values()) list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }
  return result;
}
