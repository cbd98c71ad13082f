import type { Occupation, OccupationMatches, RelatedOccupation } from '../src/lib/occupation.ts';
import { alignLevels } from './align-levels.ts';
import { matchOccupations } from './match-occupations.ts';
import { Vocabulary, statementTermCounts } from '../src/lib/text-vectors.ts';

/** How many related occupations each occupation page lists. */
export const RELATED_COUNT = 5;

export interface ComparisonData {
  levelMatrix: Occupation['levelMatrix'];
  matches: OccupationMatches[];
  related: RelatedOccupation[];
}

type Framework = Pick<Occupation, 'soc' | 'levels'>;

function statementCount(occupation: Framework): number {
  return occupation.levels.reduce((sum, level) => sum + level.statements.length, 0);
}

/**
 * The level matrix of every occupation and the close matches between every
 * pair, from the statement texts alone (TF-IDF cosine similarity over stemmed
 * words, optimal one-to-one assignments): see docs/decisions/004.
 */
export function deriveComparison(occupations: readonly Framework[]): ComparisonData[] {
  const vocabulary = new Vocabulary();
  const counts = occupations.map((occupation) =>
    occupation.levels.map((level) => level.statements.map((statement) => statementTermCounts(statement))),
  );
  for (const levels of counts) for (const level of levels) for (const count of level) vocabulary.add(count);
  const vectors = counts.map((levels) => levels.map((level) => level.map((count) => vocabulary.vector(count))));
  const pairs = matchOccupations(vectors);

  return occupations.map((occupation, index) => {
    const byOther = [...(pairs.get(index) ?? new Map<number, never>())].map(([other, statements]) => {
      const counterpart = occupations[other]!;
      const similarity = statements.reduce((sum, match) => sum + match[3], 0);
      const size = Math.max(statementCount(occupation), statementCount(counterpart), 1);
      return { soc: counterpart.soc, statements, score: Math.round((similarity / size) * 100) / 100 };
    });
    const related = byOther
      .map(({ soc, statements, score }) => ({ soc, shared: statements.length, score }))
      .sort((a, b) => b.shared - a.shared || b.score - a.score || a.soc.localeCompare(b.soc))
      .slice(0, RELATED_COUNT);
    return {
      levelMatrix: alignLevels(vectors[index]!),
      matches: byOther.map(({ soc, statements }) => ({ soc, statements })).sort((a, b) => a.soc.localeCompare(b.soc)),
      related,
    };
  });
}
