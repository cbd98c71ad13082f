import type { RelatedOccupation } from '../src/lib/occupation.ts';
import { MATCH_FLOOR, matchPair, type OccupationVectors, type PairMatches } from '../src/lib/occupation-matching.ts';
import { SpreadVector, type SparseVector } from '../src/lib/text-vectors.ts';

/** How many related occupations each occupation's file lists, with their matches: see docs/decisions/013. */
export const RELATED_COUNT = 12;

/** How many candidates per occupation are matched in full to pick its related ones. */
export const SHORTLIST_COUNT = 3 * RELATED_COUNT;

/**
 * How many other statements one statement is compared with, at most, to find
 * candidates. Its terms are taken rarest first, each with every statement that
 * has it, while they fit: terms too common to tell statements apart are left
 * out, and the work per statement stays the same however large the catalog.
 */
export const CANDIDATE_BUDGET = 1500;

/**
 * Per level: every statement's occupation, and its vector packed with all the
 * others into flat arrays (statement s has the terms offsets[s] to
 * offsets[s + 1]), read in order rather than chased through objects: the
 * candidate search is bound by memory, not by arithmetic.
 */
function levelIndex(occupations: readonly OccupationVectors[], level: number) {
  const owner: number[] = [];
  const first: number[] = [];
  const vectors: SparseVector[] = [];
  occupations.forEach((occupation, index) => {
    first.push(vectors.length);
    for (const vector of occupation.vectors[level] ?? []) {
      owner.push(index);
      vectors.push(vector);
    }
  });
  first.push(vectors.length);
  const offsets = new Int32Array(vectors.length + 1);
  vectors.forEach((vector, statement) => (offsets[statement + 1] = offsets[statement]! + vector.ids.length));
  const ids = new Int32Array(offsets[vectors.length]!);
  const weights = new Float64Array(ids.length);
  const lists = new Map<number, number[]>();
  vectors.forEach((vector, statement) => {
    ids.set(vector.ids, offsets[statement]);
    weights.set(vector.weights, offsets[statement]);
    for (const term of vector.ids) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push(statement);
    }
  });
  const postings = new Map([...lists].map(([term, list]) => [term, Int32Array.from(list)]));
  return {
    owner: Int32Array.from(owner),
    first,
    vectors,
    offsets,
    ids,
    weights,
    postings,
    seen: new Int32Array(vectors.length),
    claimed: new Int32Array(vectors.length),
  };
}

/**
 * The first `count` items in the order of `compare`, without sorting them
 * all: at thousands of occupations nearly every other one is a candidate.
 */
export function best<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= count) return [...items].sort(compare);
  // A max-heap (by `compare`) of the best `count` so far: its root is the worst of them.
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (count > 0 && compare(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < heap.length && worse(left, largest)) largest = left;
        if (right < heap.length && worse(right, largest)) largest = right;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    }
  }
  return heap.sort(compare);
}

const byRelation = (a: RelatedOccupation, b: RelatedOccupation) =>
  b.shared - a.shared || b.score - a.score || (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0);

/**
 * Each occupation's related occupations, best first, at most `count`, with
 * their close matches. Candidates come from an inverted index over terms
 * (CANDIDATE_BUDGET), the most promising SHORTLIST_COUNT are matched in full
 * with the same code as the browser uses, and only the best `count` are kept:
 * memory and time grow with the catalog, not with its square.
 */
export function relatedOccupations(
  occupations: readonly OccupationVectors[],
  { count = RELATED_COUNT, shortlist = SHORTLIST_COUNT, budget = CANDIDATE_BUDGET, floor = MATCH_FLOOR } = {},
): RelatedOccupation[][] {
  const levelCount = Math.max(0, ...occupations.map((occupation) => occupation.vectors.length));
  const levels = Array.from({ length: levelCount }, (_, level) => levelIndex(occupations, level));
  // Per candidate occupation, while one occupation is looked at: at this level, how many of its statements
  // and of the candidate's are in a pair at the floor; over all levels, the lesser of the two summed (at
  // least the matches a full assignment finds), and the sum of each statement's best similarity.
  const rows = new Int32Array(occupations.length);
  const columns = new Int32Array(occupations.length);
  const bound = new Int32Array(occupations.length);
  const similaritySum = new Float64Array(occupations.length);
  const bestInRow = new Float64Array(occupations.length);
  const lastRow = new Int32Array(occupations.length).fill(-1);
  const spread = new SpreadVector();
  let stamp = 0;

  return occupations.map((occupation, index) => {
    const touched: number[] = [];
    for (const level of levels) {
      const { seen, claimed, owner, offsets, ids, weights, postings } = level;
      const touchedHere: number[] = [];
      for (let statement = level.first[index]!; statement < level.first[index + 1]!; statement++) {
        const vector = level.vectors[statement]!;
        spread.load(vector);
        stamp += 1;
        let left = budget;
        // Rarest terms first; a term is taken whole or not at all, so no occupation is favoured by its place.
        const lists = Array.from(vector.ids, (term) => postings.get(term)!).sort((a, b) => a.length - b.length);
        for (const list of lists) {
          if (list.length - 1 > left) break;
          for (let at = 0; at < list.length; at++) {
            const other = list[at]!;
            if (seen[other] === stamp) continue;
            seen[other] = stamp;
            const candidate = owner[other]!;
            if (candidate === index) continue;
            left -= 1;
            const similarity = spread.cosineAt(ids, weights, offsets[other]!, offsets[other + 1]!);
            if (similarity < floor) continue;
            if (rows[candidate] === 0) touchedHere.push(candidate);
            if (claimed[other] !== index + 1) {
              claimed[other] = index + 1;
              columns[candidate]! += 1;
            }
            if (lastRow[candidate] !== stamp) {
              lastRow[candidate] = stamp;
              rows[candidate]! += 1;
              similaritySum[candidate]! += similarity;
              bestInRow[candidate] = similarity;
            } else if (similarity > bestInRow[candidate]!) {
              similaritySum[candidate]! += similarity - bestInRow[candidate]!;
              bestInRow[candidate] = similarity;
            }
          }
        }
      }
      for (const candidate of touchedHere) {
        if (bound[candidate] === 0) touched.push(candidate);
        bound[candidate]! += Math.min(rows[candidate]!, columns[candidate]!);
        rows[candidate] = 0;
        columns[candidate] = 0;
      }
    }

    const shortlisted = best(
      touched,
      shortlist,
      (a, b) =>
        bound[b]! - bound[a]! ||
        similaritySum[b]! - similaritySum[a]! ||
        (occupations[a]!.soc < occupations[b]!.soc ? -1 : 1),
    );
    for (const candidate of touched) {
      bound[candidate] = 0;
      similaritySum[candidate] = 0;
    }
    return shortlisted
      .map((other): RelatedOccupation => {
        const counterpart = occupations[other]!;
        const pair: PairMatches = matchPair(occupation, counterpart, floor);
        return { soc: counterpart.soc, shared: pair.forward.length, score: pair.score, statements: pair.forward };
      })
      .filter((related) => related.shared > 0)
      .sort(byRelation)
      .slice(0, count);
  });
}
