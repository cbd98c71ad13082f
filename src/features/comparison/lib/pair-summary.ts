import type { ComparisonLevel } from '../../../config/paths';
import { LEVEL_IDS } from '../../../lib/levels';
import type { CloseMatches } from '../../../lib/matching-client';
import type { Occupation, StatementMatch } from '../../../lib/occupation';
import { pairKey } from '../../../lib/occupation-matching';

/** Positions (0–3) of the levels being compared. */
export function comparedLevels(level: ComparisonLevel): number[] {
  return level === 'all' ? LEVEL_IDS.map((_, index) => index) : [LEVEL_IDS.indexOf(level)];
}

/** The close matches of `from` in `to` at the given levels. */
export function matchesBetween(
  matches: CloseMatches,
  from: Pick<Occupation, 'soc'>,
  to: Pick<Occupation, 'soc'>,
  levels: readonly number[],
): StatementMatch[] {
  const statements = matches.get(pairKey(from.soc, to.soc)) ?? [];
  return statements.filter(([level]) => levels.includes(level));
}

export interface PairSummary {
  from: Occupation;
  to: Occupation;
  matched: number;
  total: number;
}

/** For each pair in the order chosen, how many of the first one's statements have a close match in the second. */
export function pairSummaries(
  occupations: readonly Occupation[],
  matches: CloseMatches,
  level: ComparisonLevel,
): PairSummary[] {
  const levels = comparedLevels(level);
  const summaries: PairSummary[] = [];
  occupations.forEach((from, index) => {
    for (const to of occupations.slice(index + 1)) {
      const total = levels.reduce((sum, position) => sum + (from.levels[position]?.statements.length ?? 0), 0);
      summaries.push({ from, to, matched: matchesBetween(matches, from, to, levels).length, total });
    }
  });
  return summaries;
}
