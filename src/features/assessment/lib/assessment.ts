import type { LevelId } from '../../../lib/levels';

/** The three-point scale, in plain words, from least to most independent. */
export const RATINGS = ['not-yet', 'with-help', 'on-my-own'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  'not-yet': 'Not yet',
  'with-help': 'With help',
  'on-my-own': 'On my own',
};

export interface StatementRating {
  rating: Rating;
  /** Optional note in the learner's own words. */
  note?: string;
}

/** One learner's self-assessment against one occupation's framework. */
export interface Assessment {
  soc: string;
  /** The occupation title when the assessment was made (shown if the occupation leaves the catalog). */
  title: string;
  /** The framework version the statements were rated against. */
  frameworkVersion: string;
  /** ISO dates. */
  startedAt: string;
  updatedAt: string;
  /** Keyed by statementKey(level, index). Unrated statements have no entry. */
  ratings: Record<string, StatementRating>;
}

/** "proficient:3": the fourth statement of the Proficient level. */
export function statementKey(level: LevelId, index: number): string {
  return `${level}:${index}`;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}
