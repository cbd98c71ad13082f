import { LEVEL_IDS, LEVEL_NAMES } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { RATING_LABELS, earlierStatementText, levelStatements, ratingFor, type Assessment } from './assessment';
import { exportFileName } from './export-file-name';

export const CSV_HEADER = ['occupation', 'soc', 'level', 'statement', 'rating', 'note'] as const;

/**
 * Prepend this when making the download Blob: without it Excel reads UTF-8 as
 * a legacy code page and garbles the dashes and quotes in the statements. It
 * is not part of toCsv so that the text itself stays plain data.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula, and a
 * learner's note (or a pasted statement) could start with one. The leading
 * apostrophe makes spreadsheets show the text as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, guarded against formula injection and quoted per RFC 4180 where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * One row per statement of the framework, rated or not, then one per rating
 * kept from an earlier version of the framework, with CRLF line ends.
 */
export function toCsv(occupation: Occupation, assessment: Assessment): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const level of LEVEL_IDS) {
    for (const statement of levelStatements(occupation, level)) {
      const entry = ratingFor(assessment, statement);
      rows.push([
        occupation.title,
        occupation.soc,
        LEVEL_NAMES[level],
        statement.text,
        entry ? RATING_LABELS[entry.rating] : '',
        entry?.note ?? '',
      ]);
    }
  }
  for (const entry of assessment.earlier ?? []) {
    rows.push([
      occupation.title,
      occupation.soc,
      `${LEVEL_NAMES[entry.level]} (earlier version ${entry.version})`,
      earlierStatementText(entry),
      RATING_LABELS[entry.rating],
      entry.note ?? '',
    ]);
  }
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export function csvFileName(occupation: Pick<Occupation, 'soc'>, date: Date): string {
  return exportFileName(occupation, date, 'csv');
}
