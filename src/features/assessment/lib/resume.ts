import { LEVEL_IDS, levelIndex } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { levelStatements, ratingFor, type Assessment, type CurrentStatement } from './assessment';

/**
 * Where to go on after a break: the first unrated statement of the level
 * last worked at, else of the levels after it, else of those before it (a
 * statement skipped early on). Null when every statement is rated.
 */
export function resumePoint(
  occupation: Occupation,
  assessment: Pick<Assessment, 'ratings' | 'lastLevel'>,
): CurrentStatement | null {
  const start = levelIndex(assessment.lastLevel ?? LEVEL_IDS[0]);
  const order = [...LEVEL_IDS.slice(start), ...LEVEL_IDS.slice(0, start)];
  for (const level of order) {
    const statement = levelStatements(occupation, level).find((item) => !ratingFor(assessment, item));
    if (statement) return statement;
  }
  return null;
}

/** The id of a statement's item on the rating page, for the resume button to go to. */
export function statementItemId(statement: Pick<CurrentStatement, 'level' | 'anchor'>): string {
  return `rate-${statement.level}-${statement.anchor}`;
}
