import {
  levelStatements,
  type Assessment,
  type Rating,
  type StatementRating,
} from '../features/assessment/lib/assessment';
import type { LevelId } from '../lib/levels';
import type { Occupation } from '../lib/occupation';

/** An assessment for unit tests; only what a test names differs from the defaults. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    soc: '43-4171.00',
    title: 'Receptionists and Information Clerks',
    frameworkVersion: 'v.1.0',
    startedAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-22T16:45:12.345Z',
    ratings: {},
    ...overrides,
  };
}

/** [level, index of the statement in the occupation, rating, note]. */
export type RatingSpec = [level: LevelId, index: number, rating: Rating, note?: string];

/** Ratings keyed and worded as the app saves them, for statements named by position in `occupation`. */
export function ratingsFor(occupation: Occupation, specs: readonly RatingSpec[]): Record<string, StatementRating> {
  const ratings: Record<string, StatementRating> = {};
  for (const [level, index, rating, note] of specs) {
    const statement = levelStatements(occupation, level)[index];
    if (!statement) throw new Error(`The fixture has no statement ${index} at ${level}`);
    ratings[statement.key] =
      note === undefined ? { rating, text: statement.text } : { rating, note, text: statement.text };
  }
  return ratings;
}
