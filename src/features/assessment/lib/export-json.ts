import { LEVEL_IDS, type LevelId } from '../../../lib/levels';
import type { Credit, Occupation } from '../../../lib/occupation';
import { levelStatements, ratingFor, type Assessment, type Rating } from './assessment';
import { exportFileName } from './export-file-name';

/** Names the file type, so that an import can tell a Ladder export from any other JSON. */
export const EXPORT_FORMAT = 'ladder-assessment';
/** Raised on any change an older Ladder could not read; import refuses versions above its own. */
export const EXPORT_FORMAT_VERSION = 2;

export interface ExportedStatement {
  level: LevelId;
  index: number;
  /** The statement's anchor on its level page; with the level, the key its rating is saved under. */
  anchor: string;
  text: string;
  rating: Rating | null;
  note: string | null;
}

export interface AssessmentExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  occupation: { soc: string; title: string };
  framework: { version: string };
  credit: Credit;
  /** The assessment exactly as stored (ratings by statement key, with texts): what an import reads back. */
  assessment: Assessment;
  /**
   * Every statement of the framework with its rating, so that the file makes
   * sense to a person (or another tool) without Ladder's data beside it.
   */
  statements: ExportedStatement[];
}

export function buildExport(occupation: Occupation, assessment: Assessment, now: Date): AssessmentExport {
  const statements: ExportedStatement[] = [];
  for (const level of LEVEL_IDS) {
    for (const statement of levelStatements(occupation, level)) {
      const { index, anchor, text } = statement;
      const entry = ratingFor(assessment, statement);
      statements.push({ level, index, anchor, text, rating: entry?.rating ?? null, note: entry?.note ?? null });
    }
  }
  const { onet, crosswalk, generator, attribution } = occupation.credit;
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    occupation: { soc: occupation.soc, title: occupation.title },
    framework: { version: occupation.framework.version },
    // The framework's terms travel with the learner's copy of its statements.
    credit: { onet, crosswalk, generator, attribution },
    assessment,
    statements,
  };
}

/** The downloadable JSON file: complete, readable, and accepted back by parseImport. */
export function toExportJson(occupation: Occupation, assessment: Assessment, now: Date): string {
  return `${JSON.stringify(buildExport(occupation, assessment, now), null, 2)}\n`;
}

export function jsonFileName(occupation: Pick<Occupation, 'soc'>, date: Date): string {
  return exportFileName(occupation, date, 'json');
}
