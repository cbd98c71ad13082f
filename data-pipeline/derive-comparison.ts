import type { Occupation } from '../src/lib/occupation.ts';
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
 * The level matrix, related occupations and term weights of every
 * occupation, from the statement texts alone (TF-IDF cosine similarity over
 * stemmed words, optimal one-to-one assignments): see docs/decisions/004 and 013.
 */
export function deriveComparison(occupations: readonly Framework[]): ComparisonData[] {
  const { termWeights, inputs } = matchInputs(occupations);
  const related = relatedOccupations(inputs);
  return occupations.map((_, index) => ({
    levelMatrix: alignLevels(inputs[index]!.vectors),
    related: related[index] ?? [],
    termWeights: termWeights[index]!,
  }));
}

/** Each occupation's term weights, as its file carries them, and its statement vectors on catalog-wide term ids. */
export function matchInputs(occupations: readonly Framework[]): {
  termWeights: TermWeights[];
  inputs: OccupationVectors[];
} {
  const vocabulary = new Vocabulary();
  const counts = occupations.map((occupation) =>
    occupation.levels.map((level) => level.statements.map((statement) => statementTermCounts(statement))),
  );
  for (const levels of counts) for (const level of levels) for (const count of level) vocabulary.add(count);
  const termsOf = counts.map((levels) => [...new Set(levels.flat().flatMap((count) => [...count.keys()]))].sort());
  // Rounded as the files carry them, so the build matches from exactly what the browser reads.
  const termWeights = termsOf.map((terms) =>
    Object.fromEntries(terms.map((term) => [term, roundWeight(vocabulary.termIdf(term))])),
  );
  const ids = alphabeticalTermIds(termsOf.flat());
  // From the counts above: each statement is stemmed once.
  const inputs = occupations.map((occupation, index) => ({
    soc: occupation.soc,
    vectors: vectorsOf(counts[index]!, termWeights[index]!, ids),
  }));
  return { termWeights, inputs };
}
