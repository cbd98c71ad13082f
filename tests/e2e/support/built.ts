import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Occupation, StatementMatch } from '../../../src/lib/occupation.ts';
import { matchAll, pairKey } from '../../../src/lib/occupation-matching.ts';

// The built site the journeys run against (vite build writes it to dist/).
const SITE_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * The one folder of a build's occupation files, named after a hash of their
 * content (<site>/assets/occupations/<10 hex digits>/), with a trailing slash.
 */
export function occupationsFolder(siteDir = SITE_DIR, howToBuild = 'run vite build first'): string {
  const parent = join(siteDir, 'assets', 'occupations');
  if (!existsSync(parent)) throw new Error(`No ${parent}: ${howToBuild}`);
  const folders = readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const [folder, ...others] = folders;
  if (!folder || others.length > 0) {
    throw new Error(`Expected one content-named folder in ${parent}, found ${folders.length}: ${howToBuild}`);
  }
  if (!/^[0-9a-f]{10}$/.test(folder.name)) throw new Error(`Unexpected occupation folder name: ${folder.name}`);
  return join(parent, folder.name, '/');
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
