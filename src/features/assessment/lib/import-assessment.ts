import { z } from '../../../lib/zod';
import { LEVEL_IDS } from '../../../lib/levels';
import { RATINGS, statementKey, type Assessment, type StatementRating } from './assessment';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-json';

export type ImportResult =
  { ok: true; assessment: Assessment; frameworkVersion: string; warnings: string[] } | { ok: false; message: string };

/** Far above any real export (a few hundred statements with notes), low enough to refuse a wrong file quickly. */
export const MAX_IMPORT_CHARACTERS = 5_000_000;

const STATEMENT_KEY = new RegExp(`^(${LEVEL_IDS.join('|')}):(0|[1-9][0-9]*)$`);

const rating = z.enum(RATINGS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is missing'
      : `is ${JSON.stringify(issue.input)}, but a rating must be one of ${RATINGS.join(', ')}`,
});

const date = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'should be a date such as 2026-11-22');

const statementRating = z.object({ rating, note: z.string().optional() });

const assessmentSchema = z.object({
  soc: z.string().min(1, 'should not be empty'),
  title: z.string(),
  frameworkVersion: z.string(),
  startedAt: date,
  updatedAt: date,
  ratings: z.record(
    z.string().regex(STATEMENT_KEY, 'is not a statement key like "proficient:3" (a level name, a colon and a number)'),
    statementRating,
  ),
});

const statementSchema = z.object({
  level: z.enum(LEVEL_IDS),
  index: z.int().nonnegative('should be 0 or more'),
  text: z.string(),
  rating: rating.nullable(),
  note: z.string().nullable(),
});

/**
 * What toExportJson writes. Only what the import uses is required; the
 * credit is left unchecked (and dropped) because Ladder has its own.
 */
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: date.optional(),
  occupation: z.object({ soc: z.string(), title: z.string() }),
  framework: z.object({ version: z.string() }),
  assessment: assessmentSchema,
  statements: z.array(statementSchema).optional(),
});

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

/** `assessment.ratings["proficient:3"].rating`, `statements[4].note`: where in the file to look. */
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

function sameEntry(a: StatementRating | undefined, b: StatementRating | undefined): boolean {
  return a?.rating === b?.rating && (a?.note ?? '') === (b?.note ?? '');
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
  const parsed = exportSchema.safeParse(data, { error: plainMessage });
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

  const ratings: Record<string, StatementRating> = {};
  for (const [key, entry] of Object.entries(file.assessment.ratings)) {
    ratings[key] = entry.note === undefined ? { rating: entry.rating } : { rating: entry.rating, note: entry.note };
  }
  const assessment: Assessment = { ...file.assessment, ratings };

  const warnings: string[] = [];
  if (Object.keys(ratings).length === 0) warnings.push('This file has no ratings in it.');
  if (file.assessment.frameworkVersion !== file.framework.version) {
    warnings.push(
      `The ratings were made against framework version ${file.assessment.frameworkVersion}, but the file lists the statements of version ${file.framework.version}.`,
    );
  }
  if (file.statements) {
    // The readable list is a copy; someone may have edited it by hand expecting that to count.
    const listed = new Map<string, StatementRating | undefined>();
    for (const statement of file.statements) {
      const key = statementKey(statement.level, statement.index);
      listed.set(
        key,
        statement.rating === null
          ? undefined
          : { rating: statement.rating, ...(statement.note === null ? {} : { note: statement.note }) },
      );
    }
    const differing = [...listed].filter(([key, entry]) => !sameEntry(entry, ratings[key])).length;
    if (differing > 0) {
      warnings.push(
        `For ${plural(differing, 'statement', 'statements')} the readable list in the file differs from the saved ratings; the saved ratings were used.`,
      );
    }
  }
  return { ok: true, assessment, frameworkVersion: file.assessment.frameworkVersion, warnings };
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

function earlier(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * Combines an imported assessment with the one already saved for the same
 * occupation. Pure, so the app can show the counts before asking the learner
 * to confirm, and only save once they have. 'replace' takes the incoming
 * assessment as it is; 'fill-gaps' keeps every existing rating and note and
 * adds incoming ratings only for statements not yet rated.
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
    return { assessment: { ...incoming, ratings: { ...incoming.ratings } }, added, replaced, removed };
  }
  const ratings = { ...before };
  let added = 0;
  for (const [key, entry] of Object.entries(incoming.ratings)) {
    if (ratings[key] !== undefined) continue;
    ratings[key] = entry;
    added++;
  }
  return {
    assessment: {
      ...existing,
      startedAt: earlier(existing.startedAt, incoming.startedAt),
      updatedAt: added > 0 ? later(existing.updatedAt, incoming.updatedAt) : existing.updatedAt,
      ratings,
    },
    added,
    replaced: 0,
    removed: 0,
  };
}
