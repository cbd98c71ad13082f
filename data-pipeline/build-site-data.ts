import { deriveSiteData, type SiteData } from './derive.ts';
import { loadExports } from './load-exports.ts';
import { formatProblems, formatWarnings } from './problems.ts';

/** Thrown when an export is broken: its message lists every problem in every file. */
export class ExportProblemsError extends Error {
  constructor(message: string) {
    super(message);
    // The report is the whole story; a stack trace would only bury it.
    this.stack = message;
  }
}
// On the prototype, so that Node does not print it as an extra property after the report.
ExportProblemsError.prototype.name = 'ExportProblemsError';

export interface BuildSiteDataOptions {
  /** The project folder, which messages name files relative to. */
  root?: string;
  /** Receives the warnings' report when there are warnings and no problems. */
  onWarnings?: (report: string) => void;
}

/** Reads and checks every export in `dataDir`, then derives the site's data from them. */
export function buildSiteData(dataDir: string, { root, onWarnings }: BuildSiteDataOptions = {}): SiteData {
  const { exports, problems, warnings } = loadExports(dataDir, root);
  if (problems.length > 0) throw new ExportProblemsError(formatProblems(problems, warnings));
  if (warnings.length > 0) onWarnings?.(formatWarnings(warnings));
  return deriveSiteData(exports.map((loaded) => loaded.data));
}
