import { z } from '../../../lib/zod';
import { LEVEL_IDS } from '../../../lib/levels';
import {
  POSITION_KEY_PATTERN,
  RATINGS,
  STATEMENT_KEY_PATTERN,
  positionKey,
  statementKey,
  type Assessment,
  type EarlierRating,
  type PositionedRating,
  type RatingValue,
} from './assessment';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-json';

export type ImportResult =
  { ok: true; assessment: Assessment; frameworkVersion: string; warnings: string[] } | { ok: false; message: string };

/** Far above any real export (a few hundred statements with notes), low enough to refuse a wrong file quickly. */
export const MAX_IMPORT_CHARACTERS = 5_000_000;

const rating = z.enum(RATINGS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is missing'
      : `is ${JSON.stringify(issue.input)}, but a rating must be one of ${RATINGS.join(', ')}`,
});

const date = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'should be a date such as 2026-11-22');
const level = z.enum(LEVEL_IDS);
const position = z.int().nonnegative('should be 0 or more');

const positionKeyText = z
  .string()
  .regex(POSITION_KEY_PATTERN, 'is not a statement key like "proficient:3" (a level name, a colon and a number)');
const statementKeyText = z
  .string()
  .regex(
    STATEMENT_KEY_PATTERN,
    'is not a statement key like "proficient/customer-complaints" (a level name, a slash and the statement’s anchor)',
  );

const ratingValue = z.object({ rating, note: z.string().optional() });

const assessmentFields = {
  soc: z.string().min(1, 'should not be empty'),
  title: z.string(),
  frameworkVersion: z.string(),
  startedAt: date,
  updatedAt: date,
};

/** Format 1: ratings by position, without their texts. */
const assessmentV1Schema = z.object({ ...assessmentFields, ratings: z.record(positionKeyText, ratingValue) });

/** Format 2: the stored shape. */
const assessmentV2Schema = z.object({
  ...assessmentFields,
  ratings: z.record(statementKeyText, ratingValue.extend({ text: z.string() })),
  earlier: z
    .array(
      ratingValue.extend({
        level,
        text: z.string().nullable(),
        position: position.nullable(),
        version: z.string(),
      }),
    )
    .optional(),
  changes: z
    .object({
      fromVersion: z.string(),
      toVersion: z.string(),
      at: date,
      moved: z.int(),
      reworded: z.array(z.object({ level, before: z.string(), after: z.string() })),
      restored: z.int(),
      earlier: z.int(),
      added: z.array(z.object({ level, text: z.string() })).optional(),
      removed: z.int().optional(),
    })
    .optional(),
  statementPrints: z.array(z.array(z.string())).optional(),
  lastLevel: level.optional(),
  carriedOver: z.object({ fromSoc: z.string(), fromTitle: z.string(), keys: z.array(statementKeyText) }).optional(),
  unplaced: z
    .object({
      version: z.string(),
      ratings: z.record(positionKeyText, ratingValue.extend({ text: z.string().optional() })),
    })
    .optional(),
});

const statementV1Schema = z.object({
  level,
  index: position,
  text: z.string(),
  rating: rating.nullable(),
  note: z.string().nullable(),
});

const fileFields = {
  format: z.literal(EXPORT_FORMAT),
  exportedAt: date.optional(),
  occupation: z.object({ soc: z.string(), title: z.string() }),
  framework: z.object({ version: z.string() }),
};

/**
 * What toExportJson writes, in each format it has written. Only what the
 * import uses is required; the credit is left unchecked (and dropped)
 * because Ladder has its own.
 */
const exportV1Schema = z.object({
  ...fileFields,
  formatVersion: z.literal(1),
  assessment: assessmentV1Schema,
  statements: z.array(statementV1Schema).optional(),
});
const exportV2Schema = z.object({
  ...fileFields,
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  assessment: assessmentV2Schema,
  statements: z.array(statementV1Schema.extend({ anchor: z.string() })).optional(),
});
type ExportV1 = z.infer<typeof exportV1Schema>;
type ExportV2 = z.infer<typeof exportV2Schema>;

/** Zod's messages are for developers; these say the same as a person would. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'is missing';
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected: Record<string, string> = {
        string: 'should be text',
        number: 'should be a number',
        int: 'should be a whole number',
        array: 'should be a list',
        object: 'should be an object',
        record: 'should be an object',
      };
      return expected[issue.expected] ?? `should be ${issue.expected}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return values.length === 1 ? `should be ${values[0]}` : `should be one of ${values.join(', ')}`;
    }
    case 'invalid_key':
      // The key's own check says what is wrong with it.
      return issue.issues[0]?.message;
    default:
      return undefined;
  }
}

/** `assessment.ratings["proficient/filing"].rating`, `statements[4].note`: where in the file to look. */
export function issuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text === '' ? 'the top level' : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameEntry(a: RatingValue | undefined, b: RatingValue | undefined): boolean {
  return a?.rating === b?.rating && (a?.note ?? '') === (b?.note ?? '');
}

function copyValue(entry: RatingValue): RatingValue {
  return entry.note === undefined ? { rating: entry.rating } : { rating: entry.rating, note: entry.note };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Reads a file made by toExportJson. Refuses, with a message that says what
 * is wrong and where, anything Ladder could not use as it is; accepts with
 * warnings what it can use but the learner should know about.
 */
export function parseImport(text: string, known: (soc: string) => boolean): ImportResult {
  if (text.length > MAX_IMPORT_CHARACTERS) {
    return { ok: false, message: 'This file is too large to be a Ladder assessment export.' };
  }
  let data: unknown;
  try {
    // Some editors save a byte order mark, which JSON.parse does not accept.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message:
        'This file is not valid JSON, so it cannot be a Ladder assessment export. Choose the .json file Ladder saved.',
    };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Ladder assessment export.' };
  }
  if (typeof data.formatVersion === 'number' && data.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This file was made by a newer version of Ladder (export format ${data.formatVersion}; this one reads format ${EXPORT_FORMAT_VERSION}). Reload the page to get the latest Ladder, then import it again.`,
    };
  }
  // Format 1 files are still read; anything else is checked as the current format.
  const parsed =
    data.formatVersion === 1
      ? exportV1Schema.safeParse(data, { error: plainMessage })
      : exportV2Schema.safeParse(data, { error: plainMessage });
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const where = first ? `${issuePath(first.path)} ${first.message}` : 'its contents are not as expected';
    const more = rest.length > 0 ? ` (and ${plural(rest.length, 'more problem', 'more problems')})` : '';
    return { ok: false, message: `This file cannot be imported: ${where}${more}.` };
  }
  const file = parsed.data;
  const { soc, title } = file.assessment;
  if (file.occupation.soc !== soc) {
    return {
      ok: false,
      message: `This file cannot be imported: it names occupation ${file.occupation.soc} but holds an assessment for ${soc}.`,
    };
  }
  if (!known(soc)) {
    return {
      ok: false,
      message: `This file is for ${title || file.occupation.title} (${soc}), an occupation Ladder does not list.`,
    };
  }

  const { assessment, listed } = file.formatVersion === 1 ? fromV1(file) : fromV2(file);
  const warnings: string[] = [];
  const count =
    Object.keys(assessment.ratings).length +
    Object.keys(assessment.unplaced?.ratings ?? {}).length +
    (assessment.earlier?.length ?? 0);
  if (count === 0) warnings.push('This file has no ratings in it.');
  if (file.assessment.frameworkVersion !== file.framework.version) {
    warnings.push(
      `The ratings were made against framework version ${file.assessment.frameworkVersion}, but the file lists the statements of version ${file.framework.version}.`,
    );
  }
  if (listed) {
    const differing = [...listed.values()].filter((entry) => !sameEntry(entry.listed, entry.saved)).length;
    if (differing > 0) {
      warnings.push(
        `For ${plural(differing, 'statement', 'statements')} the readable list in the file differs from the saved ratings; the saved ratings were used.`,
      );
    }
  }
  return { ok: true, assessment, frameworkVersion: file.assessment.frameworkVersion, warnings };
}

/** The readable list beside the saved ratings, per statement, to notice a list edited by hand. */
type Listed = Map<string, { listed: RatingValue | undefined; saved: RatingValue | undefined }>;

function listedValue(statement: {
  rating: RatingValue['rating'] | null;
  note: string | null;
}): RatingValue | undefined {
  if (statement.rating === null) return undefined;
  return statement.note === null ? { rating: statement.rating } : { rating: statement.rating, note: statement.note };
}

function fromV2(file: ExportV2): { assessment: Assessment; listed: Listed | null } {
  const {
    ratings: savedRatings,
    earlier,
    changes,
    unplaced,
    statementPrints,
    carriedOver,
    ...fields
  } = file.assessment;
  const ratings: Assessment['ratings'] = {};
  for (const [key, entry] of Object.entries(savedRatings)) ratings[key] = { ...copyValue(entry), text: entry.text };
  const assessment: Assessment = { ...fields, ratings };
  if (earlier && earlier.length > 0) {
    assessment.earlier = earlier.map((entry): EarlierRating => ({
      level: entry.level,
      text: entry.text,
      position: entry.position,
      ...copyValue(entry),
      version: entry.version,
    }));
  }
  if (changes) {
    const { added, removed, ...counts } = changes;
    assessment.changes = {
      ...counts,
      reworded: changes.reworded.map((item) => ({ ...item })),
      ...(added ? { added: added.map((item) => ({ ...item })) } : {}),
      ...(removed === undefined ? {} : { removed }),
    };
  }
  if (carriedOver) assessment.carriedOver = { ...carriedOver, keys: [...carriedOver.keys] };
  if (statementPrints) assessment.statementPrints = statementPrints.map((level) => [...level]);
  if (unplaced) assessment.unplaced = { version: unplaced.version, ratings: copyPositioned(unplaced.ratings) };
  const listed: Listed | null = file.statements ? new Map() : null;
  for (const statement of file.statements ?? []) {
    const key = statementKey(statement.level, statement.anchor);
    listed?.set(key, { listed: listedValue(statement), saved: ratings[key] });
  }
  return { assessment, listed };
}

function copyPositioned(ratings: Record<string, PositionedRating>): Record<string, PositionedRating> {
  const copy: Record<string, PositionedRating> = {};
  for (const [key, entry] of Object.entries(ratings)) {
    copy[key] = entry.text === undefined ? copyValue(entry) : { ...copyValue(entry), text: entry.text };
  }
  return copy;
}

/**
 * A format-1 file keys ratings by position. Its readable list says which
 * text stood at each position when it was exported, so each rating is tied
 * to that text (and placed by it against any later version); without the
 * list the positions are kept for the framework version they were made against.
 */
function fromV1(file: ExportV1): { assessment: Assessment; listed: Listed | null } {
  const { ratings: saved, ...fields } = file.assessment;
  const texts = new Map<string, string>();
  for (const statement of file.statements ?? [])
    texts.set(positionKey(statement.level, statement.index), statement.text);
  const ratings: Record<string, PositionedRating> = {};
  for (const [key, entry] of Object.entries(saved)) {
    const text = texts.get(key);
    ratings[key] = text === undefined ? copyValue(entry) : { ...copyValue(entry), text };
  }
  const version = file.statements ? file.framework.version : file.assessment.frameworkVersion;
  const assessment: Assessment = {
    ...fields,
    ratings: {},
    ...(Object.keys(ratings).length > 0 ? { unplaced: { version, ratings } } : {}),
  };
  const listed: Listed | null = file.statements ? new Map() : null;
  for (const statement of file.statements ?? []) {
    const key = positionKey(statement.level, statement.index);
    listed?.set(key, { listed: listedValue(statement), saved: saved[key] });
  }
  return { assessment, listed };
}

export type MergeMode = 'replace' | 'fill-gaps';

export interface MergeResult {
  assessment: Assessment;
  /** Statements rated in the result that were not rated before. */
  added: number;
  /** Statements whose rating or note the result changes. */
  replaced: number;
  /** Statements rated before that the result leaves unrated (only when replacing). */
  removed: number;
}

function sooner(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function sameEarlier(a: EarlierRating, b: EarlierRating): boolean {
  return (
    a.level === b.level && a.text === b.text && a.position === b.position && a.version === b.version && sameEntry(a, b)
  );
}

/** `base` with both lists of earlier ratings, each entry once: they are only ever removed by the learner. */
function withAllEarlier(base: Assessment, existing: Assessment, incoming: Assessment): Assessment {
  const list = [...(existing.earlier ?? [])];
  for (const entry of incoming.earlier ?? []) if (!list.some((item) => sameEarlier(item, entry))) list.push(entry);
  const next: Assessment = { ...base, earlier: list };
  if (list.length === 0) delete next.earlier;
  return next;
}

/**
 * Combines an imported assessment with the one already saved for the same
 * occupation; both must have been reconciled with the same framework first,
 * so that their keys name the same statements. Pure, so the app can show the
 * counts before asking the learner to confirm, and only save once they have.
 * 'replace' takes the incoming ratings as they are; 'fill-gaps' keeps every
 * existing rating and note and adds incoming ratings only for statements not
 * yet rated. Either way both lists of earlier ratings are kept.
 */
export function mergeAssessments(existing: Assessment, incoming: Assessment, mode: MergeMode): MergeResult {
  if (existing.soc !== incoming.soc) {
    throw new Error(`Cannot merge an assessment for ${incoming.soc} into one for ${existing.soc}.`);
  }
  const before = existing.ratings;
  if (mode === 'replace') {
    const keys = new Set([...Object.keys(before), ...Object.keys(incoming.ratings)]);
    let added = 0;
    let replaced = 0;
    let removed = 0;
    for (const key of keys) {
      const old = before[key];
      const next = incoming.ratings[key];
      if (old === undefined) added++;
      else if (next === undefined) removed++;
      else if (!sameEntry(old, next)) replaced++;
    }
    return {
      assessment: withAllEarlier({ ...incoming, ratings: { ...incoming.ratings } }, existing, incoming),
      added,
      replaced,
      removed,
    };
  }
  const ratings = { ...before };
  let added = 0;
  for (const [key, entry] of Object.entries(incoming.ratings)) {
    if (ratings[key] !== undefined) continue;
    ratings[key] = entry;
    added++;
  }
  const base: Assessment = {
    ...existing,
    startedAt: sooner(existing.startedAt, incoming.startedAt),
    updatedAt: added > 0 ? later(existing.updatedAt, incoming.updatedAt) : existing.updatedAt,
    ratings,
  };
  return {
    assessment: withAllEarlier(base, existing, incoming),
    added,
    replaced: 0,
    removed: 0,
  };
}
