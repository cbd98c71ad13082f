import { expectedAnchors } from './anchors';
import { readExport, type LevelId } from './exports';

// How Ladder saves self-assessments in the browser, as the journeys seed and
// read them. Format 2 keys each rating by its statement's level and anchor (the
// anchor of the statement's citable link, tests/e2e/support/anchors.ts) and
// keeps the statement's text beside the rating; format 1, under the old key,
// keyed ratings by position and is still read and upgraded on first load.

/** Where format 2 is saved. */
/** The three ratings, in the order the page offers them, and their labels there. */
export const RATINGS = ['not-yet', 'with-help', 'on-my-own'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  'not-yet': 'Not yet',
  'with-help': 'With help',
  'on-my-own': 'On my own',
};

export const STORAGE_KEY = 'ladder.assessments.v2';
export const FORMAT_VERSION = 2;
/** Where format 1 was saved: read and upgraded, never written or removed. */
export const LEGACY_STORAGE_KEY = 'ladder.assessments';
/** Unreadable saved data is moved to this prefix plus an ISO time stamp. */
export const ASIDE_PREFIX = 'ladder.assessments.unreadable.';

/** "proficient/customer-complaints": the key of statement `index` (from 0) of a level, in format 2. */
export function ratingKey(soc: string, level: LevelId, index: number): string {
  const anchor = expectedAnchors(readExport(soc).framework.levels[level].statements)[index];
  if (anchor === undefined) throw new Error(`${soc} has no statement ${index + 1} at ${level}`);
  return `${level}/${anchor}`;
}

/** "proficient:3": the key of the same statement in format 1. */
export function positionKey(level: LevelId, index: number): string {
  return `${level}:${index}`;
}

/** The saved data of format 2, as the app writes it, holding `assessments`. */
export function format2(assessments: readonly { soc: string }[]): string {
  return JSON.stringify({
    version: FORMAT_VERSION,
    assessments: Object.fromEntries(assessments.map((item) => [item.soc, item])),
  });
}

/** The saved data of format 1, as the previous Ladder wrote it, holding `assessments`. */
export function format1(assessments: readonly { soc: string }[]): string {
  return JSON.stringify({ version: 1, assessments: Object.fromEntries(assessments.map((item) => [item.soc, item])) });
}

/** A rating as format 2 saves it: with the full text of the statement it was given to. */
export interface SavedRating {
  rating: 'not-yet' | 'with-help' | 'on-my-own';
  note?: string;
  text: string;
}

/** Rating `rating` (and `note`) of statement `index` (from 0) of a level, under its key, as the app saves it. */
export function savedRating(
  soc: string,
  level: LevelId,
  index: number,
  rating: SavedRating['rating'],
  note?: string,
): [key: string, value: SavedRating] {
  const text = readExport(soc).framework.levels[level].statements[index];
  if (text === undefined) throw new Error(`${soc} has no statement ${index + 1} at ${level}`);
  return [ratingKey(soc, level, index), note === undefined ? { rating, text } : { rating, note, text }];
}

/** A saved assessment of format 2 holding `ratings`, with any optional fields (lastLevel, carriedOver) given. */
export function savedAssessment(
  soc: string,
  ratings: Record<string, SavedRating>,
  fields: Record<string, unknown> = {},
): { soc: string } & Record<string, unknown> {
  const data = readExport(soc);
  return {
    soc,
    title: data.occupation.title,
    frameworkVersion: data.framework.version,
    startedAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-02T08:00:00.000Z',
    ratings,
    ...fields,
  };
}
