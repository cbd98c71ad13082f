import type { Occupation } from '../src/lib/occupation.ts';
import type { SparseVector } from '../src/lib/text-vectors.ts';
import { vectorsOf, type MatchableOccupation, type OccupationVectors } from '../src/lib/occupation-matching.ts';
import {
  Vocabulary,
  alphabeticalTermIds,
  roundWeight,
  statementTermCounts,
  type TermWeights,
} from '../src/lib/text-vectors.ts';
import { alignLevels } from './align-levels.ts';
import { relatedOccupations } from './match-occupations.ts';

export interface ComparisonData {
  levelMatrix: Occupation['levelMatrix'];
  related: Occupation['related'];
  termWeights: Occupation['termWeights'];
}

type Framework = Pick<MatchableOccupation, 'soc' | 'levels'>;

/**
 * Matches weigh a term by its inverse document frequency to this power: on the
 * labelled set (docs/decisions/014) 0.75 finds more of the labelled matches
 * at 90 % precision than the plain frequency, which lets words shared by a few
 * occupations' statements count for too little. Level rows keep the plain
 * frequency, which aligns them best. Only the build applies it: the files
 * carry the weights as they are used.
 */
export const MATCH_IDF_POWER = 0.75;

/**
 * The level matrix, related occupations and term weights of every
 * occupation, from the statement texts alone (TF-IDF cosine similarity over
 * stemmed words, optimal one-to-one assignments): see docs/decisions/004 and 013.
 */
export function deriveComparison(occupations: readonly Framework[]): ComparisonData[] {
  const { termWeights, inputs, levelVectors } = matchInputs(occupations);
  const related = relatedOccupations(inputs);
  return occupations.map((_, index) => ({
    levelMatrix: alignLevels(levelVectors(index)),
    related: related[index] ?? [],
    termWeights: termWeights[index]!,
  }));
}

/**
 * Each occupation's term weights, as its file carries them, its statement
 * vectors for matching on catalog-wide term ids, and, on request, its
 * statement vectors for aligning its levels.
 */
export function matchInputs(occupations: readonly Framework[]): {
  termWeights: TermWeights[];
  inputs: OccupationVectors[];
  levelVectors: (index: number) => SparseVector[][];
} {
  const vocabulary = new Vocabulary();
  const counts = occupations.map((occupation) =>
    occupation.levels.map((level) => level.statements.map((statement) => statementTermCounts(statement))),
  );
  for (const levels of counts) for (const level of levels) for (const count of level) vocabulary.add(count);
  const termsOf = counts.map((levels) => [...new Set(levels.flat().flatMap((count) => [...count.keys()]))].sort());
  // Rounded as the files carry them, so the build matches from exactly what the browser reads.
  const termWeights = termsOf.map((terms) =>
    Object.fromEntries(terms.map((term) => [term, roundWeight(vocabulary.termIdf(term) ** MATCH_IDF_POWER)])),
  );
  const ids = alphabeticalTermIds(termsOf.flat());
  // From the counts above: each statement is stemmed once.
  const inputs = occupations.map((occupation, index) => ({
    soc: occupation.soc,
    vectors: vectorsOf(counts[index]!, termWeights[index]!, ids),
  }));
  const levelVectors = (index: number) =>
    (counts[index] ?? []).map((level) => level.map((count) => vocabulary.vector(count)));
  return { termWeights, inputs, levelVectors };
}
