import { maxWeightAssignment } from './assignment.ts';
import type { StatementMatch } from './occupation.ts';
import {
  alphabeticalTermIds,
  SpreadVector,
  statementTermCounts,
  weightedVector,
  type SparseVector,
  type TermWeights,
} from './text-vectors.ts';

/**
 * Close matches between two occupations' statements: one implementation for
 * the build (related occupations, written into each file) and the browser
 * (any pair compared), so that both give the same matches for the same pair.
 * See docs/decisions/004 and 013.
 */

/** Least similarity for statements of two occupations to count as a close match. */
export const MATCH_FLOOR = 0.3;

/** What matching reads of an occupation: its statements and the weights of their terms. */
export interface MatchableOccupation {
  soc: string;
  levels: readonly { statements: readonly string[] }[];
  termWeights: TermWeights;
}

/** Per level, the vector of each statement. */
export type LevelVectors = readonly (readonly SparseVector[])[];

/** The statement vectors of an occupation, on term ids shared by every occupation they are compared with. */
export function occupationVectors(
  occupation: Pick<MatchableOccupation, 'levels' | 'termWeights'>,
  ids: ReadonlyMap<string, number>,
): SparseVector[][] {
  const counts = occupation.levels.map((level) => level.statements.map((statement) => statementTermCounts(statement)));
  return vectorsOf(counts, occupation.termWeights, ids);
}

/** The same from the statements' term counts, for a caller that has them already (the build). */
export function vectorsOf(
  counts: readonly (readonly Map<string, number>[])[],
  termWeights: TermWeights,
  ids: ReadonlyMap<string, number>,
): SparseVector[][] {
  return counts.map((level) => level.map((count) => weightedVector(count, termWeights, ids)));
}

/** An occupation's statement vectors, as matching reads them. */
export interface OccupationVectors {
  soc: string;
  vectors: LevelVectors;
}

/** Term ids for comparing the given occupations with each other. */
export function termIdsOf(occupations: readonly Pick<MatchableOccupation, 'termWeights'>[]): Map<string, number> {
  return alphabeticalTermIds(occupations.flatMap((occupation) => Object.keys(occupation.termWeights)));
}

/**
 * The close matches of `a`'s statements in `b`, from `a`'s side: per level,
 * the optimal one-to-one assignment between their statements, keeping pairs
 * at or above the floor. Sorted by level, then by `a`'s statement.
 */
export function matchStatements(a: LevelVectors, b: LevelVectors, floor = MATCH_FLOOR): StatementMatch[] {
  const matches: StatementMatch[] = [];
  const spread = new SpreadVector();
  const levelCount = Math.min(a.length, b.length);
  for (let level = 0; level < levelCount; level++) {
    const here = a[level] ?? [];
    const there = b[level] ?? [];
    // Only rows and columns with a pair at the floor take part: the assignment stays small.
    const similarity = here.map((vector) => {
      spread.load(vector);
      return there.map((other) => spread.cosine(other));
    });
    const rows = here.flatMap((_, row) => (similarity[row]!.some((value) => value >= floor) ? [row] : []));
    if (rows.length === 0) continue;
    const columns = there.flatMap((_, column) =>
      rows.some((row) => similarity[row]![column]! >= floor) ? [column] : [],
    );
    // Below the floor a pair is worth nothing, so it never displaces a real match.
    const weights = rows.map((row) =>
      columns.map((column) => {
        const value = similarity[row]![column]!;
        return value >= floor ? value : 0;
      }),
    );
    for (const [row, column] of maxWeightAssignment(weights)) {
      const value = weights[row]![column]!;
      if (value < floor) continue;
      matches.push([level, rows[row]!, columns[column]!, Math.round(value * 100) / 100]);
    }
  }
  return matches.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The same matches from the other occupation's side. */
export function mirrorMatches(matches: readonly StatementMatch[]): StatementMatch[] {
  return matches
    .map(([level, index, otherIndex, similarity]): StatementMatch => [level, otherIndex, index, similarity])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function statementCount(levels: LevelVectors): number {
  return levels.reduce((sum, level) => sum + level.length, 0);
}

/** Two occupations' close matches, each from its own side, and how closely they match overall. */
export interface PairMatches {
  /** The first occupation's statements and their matches in the second. */
  forward: StatementMatch[];
  /** The second occupation's statements and their matches in the first. */
  backward: StatementMatch[];
  /** Summed similarity of the matches over the larger framework's statement count, 0–1, two decimals. */
  score: number;
}

/**
 * The close matches of two occupations. Always worked out from the occupation
 * with the lower SOC code's side, so that the pair gives the same matches in
 * whichever order it comes (ties in the assignment would otherwise differ).
 */
export function matchPair(first: OccupationVectors, second: OccupationVectors, floor = MATCH_FLOOR): PairMatches {
  const inOrder = first.soc <= second.soc;
  const [a, b] = inOrder ? [first, second] : [second, first];
  const matches = matchStatements(a.vectors, b.vectors, floor);
  const similarity = matches.reduce((sum, match) => sum + match[3], 0);
  const size = Math.max(statementCount(a.vectors), statementCount(b.vectors), 1);
  const score = Math.round((similarity / size) * 100) / 100;
  const mirrored = mirrorMatches(matches);
  return inOrder ? { forward: matches, backward: mirrored, score } : { forward: mirrored, backward: matches, score };
}

/** The close matches of every pair of the given occupations (two to four, say), keyed "<soc>→<soc>" both ways. */
export function matchAll(occupations: readonly MatchableOccupation[]): Map<string, StatementMatch[]> {
  const ids = termIdsOf(occupations);
  const vectors = occupations.map((occupation) => ({
    soc: occupation.soc,
    vectors: occupationVectors(occupation, ids),
  }));
  const result = new Map<string, StatementMatch[]>();
  vectors.forEach((first, index) => {
    for (const second of vectors.slice(index + 1)) {
      const { forward, backward } = matchPair(first, second);
      result.set(pairKey(first.soc, second.soc), forward);
      result.set(pairKey(second.soc, first.soc), backward);
    }
  });
  return result;
}

/** The key of an ordered pair in matchAll's result. */
export function pairKey(from: string, to: string): string {
  return `${from}→${to}`;
}
