import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { dataExports } from '../../../scripts/data-exports.ts';
import { generateOverlapCorpus } from '../../../scripts/overlap-corpus.ts';
import type { Occupation } from '../../../src/lib/occupation.ts';
import { serveBuiltSite } from './serve-built-site';

// A third build of the site, from more occupations than an occupation file
// lists as related (at most twelve): 16 of the high-overlap corpus, whose
// statements recombine the real exports' topics and descriptions, so that
// every pair has close matches yet each occupation leaves 3 of the other 15
// out of its related list. Built with LADDER_PRERENDER=levels, so that it also
// shows the level matrix and handout rendered from the app shell. tests/e2e/global-setup.ts builds it; a test serves
// it with serveManySite and reads its files with the functions below.

/** How many occupations: more than twelve related and one, so that some pairs are not related. */
export const MANY_COUNT = 16;
/** The corpus seed: any seed gives such pairs; this one is fixed so that failures reproduce. */
export const MANY_SEED = 15;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Outside test-results/, which Playwright empties when a run starts.
const MANY_DATA_DIR = join(tmpdir(), 'ladder-many-data');
export const MANY_SITE_DIR = resolve(ROOT, 'dist-many');
const OCCUPATIONS_DIR = join(MANY_SITE_DIR, 'assets', 'occupations');

/** Writes the corpus into a data folder and builds the site from it into dist-many/. */
export function buildManySite(): void {
  rmSync(MANY_DATA_DIR, { recursive: true, force: true });
  mkdirSync(MANY_DATA_DIR, { recursive: true });
  for (const [name, text] of generateOverlapCorpus(MANY_COUNT, MANY_SEED, dataExports())) {
    writeFileSync(join(MANY_DATA_DIR, name), `${text}\n`);
  }
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      MANY_SITE_DIR,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        LADDER_DATA_DIR: MANY_DATA_DIR,
        LADDER_SITE_URL: 'http://localhost:4173',
        // As a site owner with a file-capped host builds it: the level matrix and handout from the shell.
        LADDER_PRERENDER: 'levels',
      },
    },
  );
}

/** From now on, this browser context gets the third build for every address of the site. */
export async function serveManySite(context: BrowserContext, origin: string): Promise<void> {
  await serveBuiltSite(context, origin, MANY_SITE_DIR);
}

/** The one content-named folder of the built occupation files (assets/occupations/<10 hex digits>/). */
function occupationsFolder(): string {
  if (!existsSync(OCCUPATIONS_DIR)) throw new Error(`No ${OCCUPATIONS_DIR}: the global setup builds it`);
  const folders = readdirSync(OCCUPATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const [folder, ...others] = folders;
  if (!folder || others.length > 0 || !/^[0-9a-f]{10}$/.test(folder.name)) {
    throw new Error(`Expected one content-named folder in ${OCCUPATIONS_DIR}, found ${folders.length}`);
  }
  return join(OCCUPATIONS_DIR, folder.name);
}

/** Every built occupation file of the third build, as the site serves them, in SOC order. */
export function manyOccupations(): Occupation[] {
  const folder = occupationsFolder();
  const occupations = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Occupation);
  if (occupations.length !== MANY_COUNT) {
    throw new Error(
      `dist-many/ holds ${occupations.length} occupations, not ${MANY_COUNT}: the global setup builds it`,
    );
  }
  return occupations;
}
