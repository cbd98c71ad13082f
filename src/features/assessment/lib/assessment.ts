import { LEVEL_IDS, type LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { statementAnchors } from '../../../lib/statement-anchor';

/** The three-point scale, in plain words, from least to most independent. */
export const RATINGS = ['not-yet', 'with-help', 'on-my-own'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  'not-yet': 'Not yet',
  'with-help': 'With help',
  'on-my-own': 'On my own',
};

/** What the learner chooses for a statement. */
export interface RatingValue {
  rating: Rating;
  /** Optional note in the learner's own words. */
  note?: string;
}

export interface StatementRating extends RatingValue {
  /**
   * The statement's full text when it was rated. It travels with the rating so
   * that the rating can follow its statement into a later framework version.
   */
  text: string;
}

/** A rating whose statement is not in the framework any more. Kept until the learner removes it. */
export interface EarlierRating extends RatingValue {
  level: LevelId;
  /** Null only for an old positional rating that could not be tied to a text. */
  text: string | null;
  /** 0-based position in its level in `version`, when known; with a null text, all there is. */
  position: number | null;
  /** The framework version the rating was made against. */
  version: string;
}

export interface RewordedStatement {
  level: LevelId;
  before: string;
  after: string;
}

/** What the last carry-over into a new framework did, for the results page to say. */
export interface VersionChanges {
  fromVersion: string;
  toVersion: string;
  /** ISO date. */
  at: string;
  /** Ratings that followed their unchanged statement to a new place. */
  moved: number;
  /** Ratings that followed a slightly reworded statement. */
  reworded: RewordedStatement[];
  /** Ratings of earlier versions whose statement is back, word for word. */
  restored: number;
  /** Ratings put into `earlier` because their statement is gone. */
  earlier: number;
  /** Statements this version added, none of them rated yet (known when the earlier version's prints were kept). */
  added?: AddedStatement[];
  /** How many statements the earlier version had, unrated, that this one no longer has. */
  removed?: number;
}

export interface AddedStatement {
  level: LevelId;
  text: string;
}

/** "proficient:3": the keys of format 1, by position in a level. */
export type PositionKey = `${LevelId}:${number}`;

/** A rating by position, possibly with the text that was at that position. */
export interface PositionedRating extends RatingValue {
  text?: string;
}

/**
 * Ratings by position that are not tied to a statement yet, because the
 * framework they were made against was not at hand: format-1 data, old share
 * links and files. Reconciling with the framework places them.
 */
export interface UnplacedRatings {
  /** The framework version the positions refer to. */
  version: string;
  ratings: Record<string, PositionedRating>;
}

/** One learner's self-assessment against one occupation's framework. */
export interface Assessment {
  soc: string;
  /** The occupation title when the assessment was made (shown if the occupation leaves the catalog). */
  title: string;
  /** The framework version the ratings are placed against. */
  frameworkVersion: string;
  /** ISO dates. */
  startedAt: string;
  updatedAt: string;
  /** Keyed by statementKey(level, anchor). Unrated statements have no entry. */
  ratings: Record<string, StatementRating>;
  earlier?: EarlierRating[];
  changes?: VersionChanges;
  unplaced?: UnplacedRatings;
  /**
   * A short print of every statement's text in the version the ratings are
   * placed against, per level in canonical order: lets the next version say
   * which statements are new, without keeping every text.
   */
  statementPrints?: string[][];
  /** The level the learner last rated a statement at: where "Continue where you left off" goes on. Absent in older data. */
  lastLevel?: LevelId;
  /** Ratings filled in from another occupation's assessment that the learner has not confirmed or changed yet. */
  carriedOver?: CarriedOver;
}

/**
 * Where a head start's ratings came from, and which of them still await the
 * learner's word. Kept beside the ratings rather than in them, so that a
 * rating reads the same to every Ladder that knows format 2.
 */
export interface CarriedOver {
  fromSoc: string;
  /** The other occupation's title, as the learner saw it when they took the head start. */
  fromTitle: string;
  /** Statement keys (as in `ratings`) whose rating is still the one carried over. */
  keys: string[];
}

/**
 * "proficient/customer-complaints": a statement by its level and its anchor,
 * the same one its citable link uses, so that it survives statements being
 * added or reordered. Format-1 keys ("proficient:3") can never be mistaken for one.
 */
export function statementKey(level: LevelId, anchor: string): string {
  return `${level}/${anchor}`;
}

/** Matches a statement key; anchors are lower-case words joined by hyphens. */
export const STATEMENT_KEY_PATTERN = new RegExp(`^(${LEVEL_IDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);
/** Matches a format-1 key by position. */
export const POSITION_KEY_PATTERN = new RegExp(`^(${LEVEL_IDS.join('|')}):(0|[1-9][0-9]*)$`);

export function positionKey(level: LevelId, index: number): PositionKey {
  return `${level}:${index}`;
}

/** The level and index of a format-1 key, or null. */
export function parsePositionKey(key: string): { level: LevelId; index: number } | null {
  const match = POSITION_KEY_PATTERN.exec(key);
  return match ? { level: match[1] as LevelId, index: Number(match[2]) } : null;
}

/** The level of a statement key, or undefined. */
export function levelOfKey(key: string): LevelId | undefined {
  const level = key.slice(0, key.indexOf('/'));
  return (LEVEL_IDS as readonly string[]).includes(level) ? (level as LevelId) : undefined;
}

export interface CurrentStatement {
  level: LevelId;
  index: number;
  anchor: string;
  key: string;
  text: string;
}

// Per loaded framework: every render of the rating page, each level button's count and each
// carry-over ask for the same keys, and making anchors folds and slugs every statement.
const statementsOf = new WeakMap<Occupation, Map<LevelId, readonly CurrentStatement[]>>();

/** A level's statements as the framework has them now, each with its key. */
export function levelStatements(occupation: Occupation, level: LevelId): readonly CurrentStatement[] {
  let levels = statementsOf.get(occupation);
  if (!levels) statementsOf.set(occupation, (levels = new Map<LevelId, readonly CurrentStatement[]>()));
  const known = levels.get(level);
  if (known) return known;
  const texts = occupation.levels.find((entry) => entry.id === level)?.statements ?? [];
  const anchors = statementAnchors(texts);
  const statements = texts.map((text, index) => {
    const anchor = anchors[index] ?? `statement-${index + 1}`;
    return { level, index, anchor, key: statementKey(level, anchor), text };
  });
  levels.set(level, statements);
  return statements;
}

/** Collapses white space, so that a re-indented export is the same text. */
export function normalText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a of the normalised text, in base 36: a few characters that tell two statements apart. */
export function statementPrint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of normalText(text)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The prints of every statement of the occupation, per level in canonical order. */
export function frameworkPrints(occupation: Pick<Occupation, 'levels'>): string[][] {
  return LEVEL_IDS.map(
    (level) => occupation.levels.find((entry) => entry.id === level)?.statements.map(statementPrint) ?? [],
  );
}

/**
 * The rating of a statement as the framework has it now. A rating saved
 * under the key for another text is not this statement's: until the
 * assessment is reconciled it shows as unrated rather than as someone else's.
 */
export function ratingFor(
  assessment: Pick<Assessment, 'ratings'>,
  statement: Pick<CurrentStatement, 'key' | 'text'>,
): StatementRating | undefined {
  const entry = assessment.ratings[statement.key];
  return entry && normalText(entry.text) === normalText(statement.text) ? entry : undefined;
}

/** Ratings held for the framework, placed or still by position; earlier ratings are not counted. */
export function ratedCount(assessment: Assessment): number {
  return Object.keys(assessment.ratings).length + Object.keys(assessment.unplaced?.ratings ?? {}).length;
}

/** How to name an earlier rating's statement: its text, or where it stood when only that is known. */
export function earlierStatementText(entry: EarlierRating): string {
  if (entry.text !== null) return entry.text;
  return entry.position === null
    ? `A statement of version ${entry.version}`
    : `Statement ${entry.position + 1} in version ${entry.version}`;
}

function sameEarlier(a: EarlierRating, b: EarlierRating): boolean {
  return (
    a.level === b.level &&
    a.text === b.text &&
    a.position === b.position &&
    a.rating === b.rating &&
    (a.note ?? '') === (b.note ?? '') &&
    a.version === b.version
  );
}

/**
 * The assessment without one earlier rating, the learner having chosen to
 * remove it. Matched by value, as another tab may have saved meanwhile.
 */
export function withoutEarlier(assessment: Assessment, entry: EarlierRating): Assessment {
  const list = assessment.earlier ?? [];
  const at = list.findIndex((item) => sameEarlier(item, entry));
  if (at < 0) return assessment;
  const earlier = list.filter((_, index) => index !== at);
  const next: Assessment = { ...assessment, earlier };
  if (earlier.length === 0) delete next.earlier;
  return next;
}

/** The assessment without its summary of the last framework change, once the learner has read it. */
export function withoutChanges(assessment: Assessment): Assessment {
  const next: Assessment = { ...assessment };
  delete next.changes;
  return next;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** Whether the statement's rating is one carried over from another occupation and not yet confirmed. */
export function isCarriedOver(
  assessment: Pick<Assessment, 'ratings' | 'carriedOver'>,
  statement: Pick<CurrentStatement, 'key' | 'text'>,
): boolean {
  return (
    (assessment.carriedOver?.keys.includes(statement.key) ?? false) && ratingFor(assessment, statement) !== undefined
  );
}

/** The assessment with the carried-over ratings of `keys` (all when omitted) confirmed as the learner's own. */
export function withCarriedConfirmed(assessment: Assessment, keys?: readonly string[]): Assessment {
  const carried = assessment.carriedOver;
  if (!carried) return assessment;
  const left = keys === undefined ? [] : carried.keys.filter((key) => !keys.includes(key));
  if (left.length === carried.keys.length) return assessment;
  const next: Assessment = { ...assessment };
  if (left.length === 0) delete next.carriedOver;
  else next.carriedOver = { ...carried, keys: left };
  return next;
}

/**
 * The assessment with the learner's choice for a statement: a rating (or
 * none), saved with the statement's text, at the level the learner is on.
 * A rating the learner `chose` (even the same one again), or a change of
 * rating, confirms a carried-over one; a note alone does not, as it says
 * nothing about whether the rating is right.
 */
export function withRating(
  assessment: Assessment,
  statement: Pick<CurrentStatement, 'level' | 'key' | 'text'>,
  value: RatingValue | undefined,
  now: Date,
  chosen = true,
): Assessment {
  const ratings = { ...assessment.ratings };
  const before = ratingFor(assessment, statement);
  // The text goes with the rating, so that it can follow its statement into a new version.
  if (value) ratings[statement.key] = { ...value, text: statement.text };
  else delete ratings[statement.key];
  const next: Assessment = { ...assessment, ratings, lastLevel: statement.level, updatedAt: now.toISOString() };
  return chosen || value?.rating !== before?.rating ? withCarriedConfirmed(next, [statement.key]) : next;
}
