import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFile } from './export-schema.ts';
import { parseExport } from './parse-export.ts';
import type { Problem } from './problems.ts';

export interface LoadedExport {
  file: string;
  data: ExportFile;
}

export interface LoadResult {
  exports: LoadedExport[];
  problems: Problem[];
}

/** Checks a set of already-read exports, including problems between files. */
export function checkExports(files: readonly { file: string; text: string }[]): LoadResult {
  const exports: LoadedExport[] = [];
  const problems: Problem[] = [];
  const fileBySoc = new Map<string, string>();
  for (const { file, text } of files) {
    const result = parseExport(file, text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const soc = result.data.occupation.soc;
    const earlier = fileBySoc.get(soc);
    if (earlier !== undefined) {
      problems.push({
        file,
        path: '$.occupation.soc',
        expected: `a SOC code not used by another export (${earlier} already has ${soc})`,
        found: `the text ${JSON.stringify(soc)} again`,
      });
      continue;
    }
    fileBySoc.set(soc, file);
    exports.push({ file, data: result.data });
  }
  return { exports, problems };
}

/** Reads every *.json file in a folder, in name order, and checks them all. */
export function loadExports(dataDir: string): LoadResult {
  const names = readdirSync(dataDir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort();
  return checkExports(
    names.map((name) => ({
      file: join(dataDir, name),
      text: readFileSync(join(dataDir, name), 'utf8'),
    })),
  );
}
