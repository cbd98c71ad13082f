import { POSITION_KEY_PATTERN, STATEMENT_KEY_PATTERN, isRating, type Assessment } from './assessment';
import { isLevelId } from '../../../lib/levels';

/**
 * Where format 2 and later are saved. Format 1 had the key below; a tab still
 * running that Ladder after a deploy would take format 2 there for data from a
 * newer Ladder and move it aside, hiding it from every tab. Under a key of its
 * own, format 2 is out of that tab's sight, and format 1 stays where it was.
 */
export const STORAGE_KEY = 'ladder.assessments.v2';
/** Format 1, as Ladder saved it before ratings had stable keys: read, never written. */
export const LEGACY_STORAGE_KEY = 'ladder.assessments';
/** Unreadable saved data is moved here (with a time stamp), never deleted. */
export const ASIDE_KEY_PREFIX = 'ladder.assessments.unreadable.';
export const FORMAT_VERSION = 2;

/** The updatedAt of each format-1 assessment as last taken in, so a later change there (an older tab) is seen. */
export type LegacySeen = Record<string, string>;

/** Turns the stored data of one format version into the next. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Format 1 keyed ratings by position ("proficient:3"), which silently apply
 * to another statement once a new version inserts or reorders statements.
 * They are kept whole, by position, beside the framework version they were
 * made against, until the assessment is next opened with its framework and
 * can be tied to texts (reconcile.ts). Anything not shaped like an
 * assessment is left as it is, for the shape check to keep aside.
 */
function fromFormat1(data: Record<string, unknown>): Record<string, unknown> {
  const { assessments } = data;
  if (!isRecord(assessments)) return data;
  const upgraded = Object.fromEntries(
    Object.entries(assessments).map(([soc, item]) => {
      if (!isRecord(item) || !isRecord(item.ratings) || typeof item.frameworkVersion !== 'string') return [soc, item];
      const { ratings, ...rest } = item;
      return [
        soc,
        Object.keys(ratings).length === 0
          ? { ...rest, ratings: {} }
          : { ...rest, ratings: {}, unplaced: { version: item.frameworkVersion, ratings } },
      ];
    }),
  );
  return { ...data, assessments: upgraded };
}

/** MIGRATIONS[n] upgrades version n to n + 1, each with a test. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: fromFormat1 };

export type LoadResult =
  | { status: 'ok'; assessments: Record<string, Assessment>; legacySeen: LegacySeen; migratedFrom?: number }
  | { status: 'unreadable'; reason: string; asideKey: string | null; raw: string }
  | { status: 'newer'; formatVersion: number };

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string };

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

function isRatingValue(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && isRating(value.rating) && optionalText(value.note);
}

function isEarlier(value: unknown): boolean {
  if (!isRatingValue(value)) return false;
  const { level, text, position, version } = value;
  return (
    typeof level === 'string' &&
    isLevelId(level) &&
    (text === null || typeof text === 'string') &&
    (position === null || (Number.isInteger(position) && (position as number) >= 0)) &&
    typeof version === 'string'
  );
}

function isChanges(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { fromVersion, toVersion, at, moved, reworded, restored, earlier, added, removed } = value;
  return (
    (added === undefined ||
      (Array.isArray(added) &&
        added.every(
          (item) =>
            isRecord(item) && typeof item.level === 'string' && isLevelId(item.level) && typeof item.text === 'string',
        ))) &&
    (removed === undefined || Number.isInteger(removed)) &&
    typeof fromVersion === 'string' &&
    typeof toVersion === 'string' &&
    typeof at === 'string' &&
    [moved, restored, earlier].every((count) => Number.isInteger(count)) &&
    Array.isArray(reworded) &&
    reworded.every(
      (item) =>
        isRecord(item) &&
        typeof item.level === 'string' &&
        isLevelId(item.level) &&
        typeof item.before === 'string' &&
        typeof item.after === 'string',
    )
  );
}

function isUnplaced(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    isRecord(value.ratings) &&
    Object.entries(value.ratings).every(
      ([key, entry]) => POSITION_KEY_PATTERN.test(key) && isRatingValue(entry) && optionalText(entry.text),
    )
  );
}

/** Optional in format 2: data saved before it existed has none. */
function isCarriedOver(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.fromSoc === 'string' &&
    typeof value.fromTitle === 'string' &&
    Array.isArray(value.keys) &&
    value.keys.every((key) => typeof key === 'string' && STATEMENT_KEY_PATTERN.test(key))
  );
}

function isAssessment(value: unknown): value is Assessment {
  if (!isRecord(value)) return false;
  const {
    soc,
    title,
    frameworkVersion,
    startedAt,
    updatedAt,
    ratings,
    earlier,
    changes,
    unplaced,
    statementPrints,
    lastLevel,
    carriedOver,
  } = value;
  return (
    (lastLevel === undefined || (typeof lastLevel === 'string' && isLevelId(lastLevel))) &&
    (carriedOver === undefined || isCarriedOver(carriedOver)) &&
    (statementPrints === undefined ||
      (Array.isArray(statementPrints) &&
        statementPrints.every((level) => Array.isArray(level) && level.every((print) => typeof print === 'string')))) &&
    typeof soc === 'string' &&
    typeof title === 'string' &&
    typeof frameworkVersion === 'string' &&
    typeof startedAt === 'string' &&
    typeof updatedAt === 'string' &&
    isRecord(ratings) &&
    Object.entries(ratings).every(
      ([key, entry]) => STATEMENT_KEY_PATTERN.test(key) && isRatingValue(entry) && typeof entry.text === 'string',
    ) &&
    (earlier === undefined || (Array.isArray(earlier) && earlier.every(isEarlier))) &&
    (changes === undefined || isChanges(changes)) &&
    (unplaced === undefined || isUnplaced(unplaced))
  );
}

/** Data from a newer Ladder is not damaged: it is left as it is, for the Ladder that wrote it. */
const NEWER = Symbol('newer');

function isLegacySeen(value: unknown): value is LegacySeen {
  return isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
}

function upgrade(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>>,
): Record<string, unknown> | string | typeof NEWER {
  let current = data;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return 'it has no format version Ladder knows';
  }
  if (version > FORMAT_VERSION) return NEWER;
  while (version < FORMAT_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return `there is no way to upgrade format ${version}`;
    current = migrate(current);
    version += 1;
    current = { ...current, version };
  }
  return current;
}

function interpret(
  raw: string,
  migrations: Readonly<Record<number, Migration>>,
): LoadResult | { status: 'bad'; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'bad', reason: 'it is not valid JSON' };
  }
  if (!isRecord(parsed)) return { status: 'bad', reason: 'it is not an object' };
  const upgraded = upgrade(parsed, migrations);
  if (upgraded === NEWER) return { status: 'newer', formatVersion: parsed.version as number };
  if (typeof upgraded === 'string') return { status: 'bad', reason: upgraded };
  const { assessments, legacySeen } = upgraded;
  if (!isRecord(assessments) || !Object.values(assessments).every(isAssessment)) {
    return { status: 'bad', reason: 'its assessments are not in the expected shape' };
  }
  if (legacySeen !== undefined && !isLegacySeen(legacySeen)) {
    return { status: 'bad', reason: 'its record of earlier saved data is not in the expected shape' };
  }
  const version = parsed.version as number;
  return {
    status: 'ok',
    assessments: assessments as Record<string, Assessment>,
    legacySeen: legacySeen ?? {},
    ...(version < FORMAT_VERSION ? { migratedFrom: version } : {}),
  };
}

function seenOf(assessments: Record<string, Assessment>): LegacySeen {
  return Object.fromEntries(Object.values(assessments).map((item) => [item.soc, item.updatedAt]));
}

/** Moves unreadable data aside under its own key, so that nothing is lost and the app can start afresh. */
function keepAside(storage: Storage, key: string, raw: string, reason: string, now: Date): LoadResult {
  const asideKey = `${ASIDE_KEY_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
    storage.removeItem(key);
    return { status: 'unreadable', reason, asideKey, raw };
  } catch {
    // No room to copy it: leave it where it is, untouched, and say so.
    return { status: 'unreadable', reason, asideKey: null, raw };
  }
}

/**
 * Reads the saved assessments: format 2 from its key or, before anything is
 * saved there, format 1 from the old key, upgraded (and left in place, for any
 * tab still running the Ladder that wrote it). Unreadable data is moved aside,
 * never erased; data from a newer Ladder is left untouched.
 */
export function loadAssessments(
  storage: Storage,
  now: Date,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw !== null) {
    const result = interpret(raw, migrations);
    return result.status === 'bad' ? keepAside(storage, STORAGE_KEY, raw, result.reason, now) : result;
  }
  const legacy = storage.getItem(LEGACY_STORAGE_KEY);
  if (legacy === null) return { status: 'ok', assessments: {}, legacySeen: {} };
  const result = interpret(legacy, migrations);
  if (result.status === 'bad') return keepAside(storage, LEGACY_STORAGE_KEY, legacy, result.reason, now);
  return result.status === 'ok' ? { ...result, legacySeen: seenOf(result.assessments) } : result;
}

export interface LegacyChanges {
  assessments: Record<string, Assessment>;
  legacySeen: LegacySeen;
  /** How many assessments were taken from the old key. */
  taken: number;
}

/**
 * A tab still running the Ladder of format 1 saved under the old key: the
 * assessments it changed since they were last taken in replace those here
 * (each upgraded as on first load, to be tied to texts when next opened).
 * Those it did not change are left alone, so an assessment deleted here stays
 * deleted. Null when there is nothing to take, or the old key cannot be read.
 */
export function takeLegacyChanges(
  storage: Storage,
  assessments: Record<string, Assessment>,
  legacySeen: LegacySeen,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): LegacyChanges | null {
  const legacy = storage.getItem(LEGACY_STORAGE_KEY);
  if (legacy === null) return null;
  const result = interpret(legacy, migrations);
  if (result.status !== 'ok') return null;
  const changed = Object.values(result.assessments).filter((item) => legacySeen[item.soc] !== item.updatedAt);
  if (changed.length === 0) return null;
  const next = { ...assessments };
  for (const item of changed) next[item.soc] = item;
  return { assessments: next, legacySeen: { ...legacySeen, ...seenOf(result.assessments) }, taken: changed.length };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Saves every assessment in one write, which lands whole or not at all (a tab closed mid-save loses only that change). */
export function saveAssessments(
  storage: Storage,
  assessments: Record<string, Assessment>,
  legacySeen: LegacySeen = {},
): SaveResult {
  try {
    const seen = Object.keys(legacySeen).length > 0 ? { legacySeen } : {};
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: FORMAT_VERSION, assessments, ...seen }));
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'quota',
        message: 'This browser’s storage for Ladder is full, so your latest change is not saved.',
      };
    }
    return {
      ok: false,
      reason: 'unavailable',
      message: 'This browser does not let Ladder save, so changes last only until you close the page.',
    };
  }
}
