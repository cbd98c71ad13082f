import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Occupation, StatementMatch } from '../../../src/lib/occupation.ts';
import { matchAll, pairKey } from '../../../src/lib/occupation-matching.ts';

// The built site the journeys run against (vite build writes it to dist/).
const OCCUPATIONS_DIR = fileURLToPath(new URL('../../../dist/assets/occupations/', import.meta.url));

/**
 * The one folder of built occupation files, named after a hash of their content
 * (dist/assets/occupations/<10 hex digits>/<SOC>.json).
 */
function occupationsFolder(): string {
  if (!existsSync(OCCUPATIONS_DIR)) throw new Error(`No ${OCCUPATIONS_DIR}: run vite build first`);
  const folders = readdirSync(OCCUPATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const [folder, ...others] = folders;
  if (!folder || others.length > 0) {
    throw new Error(
      `Expected one content-named folder in ${OCCUPATIONS_DIR}, found ${folders.length}: run vite build again`,
    );
  }
  if (!/^[0-9a-f]{10}$/.test(folder.name)) throw new Error(`Unexpected occupation folder name: ${folder.name}`);
  return `${OCCUPATIONS_DIR}${folder.name}/`;
}

/** The built file of one occupation, as the site serves it. */
export function readBuiltOccupation<T>(soc: string): T {
  const folder = occupationsFolder();
  const path = `${folder}${soc}.json`;
  if (!existsSync(path)) throw new Error(`No built file for ${soc} in ${folder}: run vite build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The close matches of `from`'s statements in `to`, as the browser works them
 * out for a comparison or a head start: the build's own code on the two built
 * files (the files list only related occupations).
 */
export function builtCloseMatches(from: string, to: string): StatementMatch[] {
  const matches = matchAll([readBuiltOccupation<Occupation>(from), readBuiltOccupation<Occupation>(to)]);
  return matches.get(pairKey(from, to)) ?? [];
}
