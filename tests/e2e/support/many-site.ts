import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { dataExports } from '../../../scripts/data-exports.ts';
import { generateOverlapCorpus } from '../../../scripts/overlap-corpus.ts';
import type { Occupation } from '../../../src/lib/occupation.ts';
import { ROOT, buildSiteFrom } from './build-site';
import { occupationsFolder } from './built';
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

// Outside test-results/, which Playwright empties when a run starts.
const MANY_DATA_DIR = join(tmpdir(), 'ladder-many-data');
export const MANY_SITE_DIR = resolve(ROOT, 'dist-many');

/** Writes the corpus into a data folder and builds the site from it into dist-many/. */
export function buildManySite(): void {
  rmSync(MANY_DATA_DIR, { recursive: true, force: true });
  mkdirSync(MANY_DATA_DIR, { recursive: true });
  for (const [name, text] of generateOverlapCorpus(MANY_COUNT, MANY_SEED, dataExports())) {
    writeFileSync(join(MANY_DATA_DIR, name), `${text}\n`);
  }
  // As a site owner with a file-capped host builds it: the level matrix and handout from the shell.
  buildSiteFrom(MANY_DATA_DIR, MANY_SITE_DIR, { LADDER_PRERENDER: 'levels' });
}

/** From now on, this browser context gets the third build for every address of the site. */
export async function serveManySite(context: BrowserContext, origin: string): Promise<void> {
  await serveBuiltSite(context, origin, MANY_SITE_DIR);
}

/** Every built occupation file of the third build, as the site serves them, in SOC order. */
export function manyOccupations(): Occupation[] {
  const folder = occupationsFolder(MANY_SITE_DIR, 'the global setup builds it');
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
