import { isRating, type Assessment } from './assessment';

export const STORAGE_KEY = 'ladder.assessments';
/** Unreadable saved data is moved here (with a time stamp), never deleted. */
export const ASIDE_KEY_PREFIX = 'ladder.assessments.unreadable.';
export const FORMAT_VERSION = 1;

/** Turns the stored data of one format version into the next. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first format, so
 * there are none yet; each future format change adds one here, with a test.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type LoadResult =
  | { status: 'ok'; assessments: Record<string, Assessment>; migratedFrom?: number }
  | { status: 'unreadable'; reason: string; asideKey: string | null; raw: string };

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAssessment(value: unknown): value is Assessment {
  if (!isRecord(value)) return false;
  const { soc, title, frameworkVersion, startedAt, updatedAt, ratings } = value;
  return (
    typeof soc === 'string' &&
    typeof title === 'string' &&
    typeof frameworkVersion === 'string' &&
    typeof startedAt === 'string' &&
    typeof updatedAt === 'string' &&
    isRecord(ratings) &&
    Object.values(ratings).every(
      (entry) =>
        isRecord(entry) && isRating(entry.rating) && (entry.note === undefined || typeof entry.note === 'string'),
    )
  );
}

function upgrade(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>>,
): Record<string, unknown> | string {
  let current = data;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return 'it has no format version Ladder knows';
  }
  if (version > FORMAT_VERSION) return `it was saved by a newer version of Ladder (format ${version})`;
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
  if (typeof upgraded === 'string') return { status: 'bad', reason: upgraded };
  const assessments = upgraded.assessments;
  if (!isRecord(assessments) || !Object.values(assessments).every(isAssessment)) {
    return { status: 'bad', reason: 'its assessments are not in the expected shape' };
  }
  const version = parsed.version as number;
  return {
    status: 'ok',
    assessments: assessments as Record<string, Assessment>,
    ...(version < FORMAT_VERSION ? { migratedFrom: version } : {}),
  };
}

/**
 * Reads the saved assessments. Data that cannot be read is moved aside under
 * its own key, so that nothing is lost and the app can start afresh.
 */
export function loadAssessments(
  storage: Storage,
  now: Date,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { status: 'ok', assessments: {} };
  const result = interpret(raw, migrations);
  if (result.status !== 'bad') return result;
  const asideKey = `${ASIDE_KEY_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
    storage.removeItem(STORAGE_KEY);
    return { status: 'unreadable', reason: result.reason, asideKey, raw };
  } catch {
    // No room to copy it: leave it where it is, untouched, and say so.
    return { status: 'unreadable', reason: result.reason, asideKey: null, raw };
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

export function saveAssessments(storage: Storage, assessments: Record<string, Assessment>): SaveResult {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: FORMAT_VERSION, assessments }));
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
