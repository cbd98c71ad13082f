import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.ts';
import { frameworkContent } from './export-facts.ts';
import type { ExportFile } from './export-schema.ts';
import { copyWarning, emptyLevelWarnings } from './export-warnings.ts';
import { parseExport } from './parse-export.ts';
import type { Problem, Warning } from './problems.ts';

export interface LoadedExport {
  /** The file as messages name it. */
  file: string;
  data: ExportFile;
}

export interface LoadResult {
  exports: LoadedExport[];
  problems: Problem[];
  warnings: Warning[];
}

/**
 * Checks a set of already-read exports, including problems between files, in
 * one pass: a file with problems still takes part in the checks between files
 * as far as it can be read, so that fixing one problem never reveals another.
 */
export function checkExports(files: Iterable<{ file: string; text: string }>): LoadResult {
  const exports: LoadedExport[] = [];
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  const fileBySoc = new Map<string, string>();
  const fileByContent = new Map<string, string>();
  for (const { file, text } of files) {
    const result = parseExport(file, text);
    problems.push(...result.problems);
    warnings.push(...emptyLevelWarnings(file, result.facts));

    // A digest rather than the statements themselves: thousands of frameworks would otherwise stay in memory.
    const statements = frameworkContent(result.facts);
    const content = statements === undefined ? undefined : createHash('sha256').update(statements).digest('base64');
    if (content !== undefined) {
      const original = fileByContent.get(content);
      if (original === undefined) fileByContent.set(content, file);
      else warnings.push(copyWarning(file, original));
    }

    const { soc } = result.facts;
    const earlier = soc === undefined ? undefined : fileBySoc.get(soc);
    if (soc !== undefined && earlier !== undefined) {
      problems.push({
        file,
        path: '$.occupation.soc',
        expected: `a SOC code not used by another export (${earlier} already has ${soc})`,
        found: `the text ${JSON.stringify(soc)} again`,
      });
      continue;
    }
    if (soc !== undefined) fileBySoc.set(soc, file);
    if (result.ok) exports.push({ file, data: result.data });
  }
  return { exports, problems, warnings };
}

/**
 * Reads every *.json file in a folder, in name order, and checks them all.
 * Messages name each file relative to `root`, the project (see displayPath).
 */
export function loadExports(dataDir: string, root = process.cwd()): LoadResult {
  const folder = resolve(dataDir);
  const names = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort();
  // One file read at a time, each let go once checked: memory stays flat however many there are.
  function* files() {
    for (const name of names) {
      yield { file: displayPath(join(folder, name), resolve(root)), text: readFileSync(join(folder, name), 'utf8') };
    }
  }
  return checkExports(files());
}
