import { readdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SHARED_TOPIC_SHARE, defaultCorpusDir, writeCorpus } from '../corpus.ts';
import { dataExports } from '../data-exports.ts';
import { generateOverlapCorpus } from '../overlap-corpus.ts';
import { launchChromium } from './browser.ts';
import { CORPUS_SEED, OUT_DIR, howItEnded, runViteBuild } from './build-site.ts';
import { occupationFileSizes } from './data-files.ts';
import { measureFirstLoad } from './first-load.ts';
import { startServer } from './serve.ts';
import { lastLines } from './sweep-figures.ts';
import type { DistSize, SweepData, SweepSize } from './sweep-figures.ts';

/**
 * The size sweep: the high-overlap corpus built at each size, one after the
 * other, into folders of its own (bench/out/site-sweep-<n>), so the other
 * parts' builds are left as they are. A failed build is a result, reported
 * with how it ended; the sweep goes on with the next size.
 */

export const sweepSiteDir = (size: number) => resolve(OUT_DIR, `site-sweep-${size}`);

/** Runs `work`, recording a crash instead of throwing; the caller's, so crashes land with the other parts'. */
type Attempt = (part: string, work: () => Promise<void>) => Promise<void>;

export async function runSweep(sizes: readonly number[], attempt: Attempt, log: (text: string) => void) {
  const sweep: SweepData = { corpus: 'high-overlap', seed: CORPUS_SEED, sizes: [...sizes], results: [] };
  const sources = dataExports();
  for (const size of sizes) {
    await attempt(`sweep ${size}`, async () => {
      sweep.results.push(await sweepSize(size, sources, attempt, log));
    });
  }
  return sweep;
}

async function sweepSize(size: number, sources: readonly string[], attempt: Attempt, log: (text: string) => void) {
  const dataDir = resolve(defaultCorpusDir(size, DEFAULT_SHARED_TOPIC_SHARE, 'high'));
  writeCorpus(dataDir, generateOverlapCorpus(size, CORPUS_SEED, sources));
  const siteDir = sweepSiteDir(size);
  // Vite empties the folder only when it writes; a build that fails before then must not leave an old site behind.
  rmSync(siteDir, { recursive: true, force: true });

  log(`sweep: building ${size} occupations (high overlap)…`);
  const { output, ...build } = await runViteBuild({
    dataDir,
    outDir: siteDir,
    timeFile: resolve(OUT_DIR, `sweep-${size}.time.txt`),
  });
  log(`sweep: ${size} ${build.ok ? 'built' : `failed (${howItEnded(build)})`} in ${Math.round(build.wallMs)} ms`);
  const result: SweepSize = {
    size,
    dataDir,
    siteDir,
    build: { ...build, lastLines: build.ok ? null : lastLines(output) },
    occupationFiles: null,
    dist: null,
    catalogFirstLoad: null,
  };
  if (!build.ok) return result;

  await attempt(`sweep ${size} occupation files`, () => {
    result.occupationFiles = occupationFileSizes(siteDir);
    return Promise.resolve();
  });
  await attempt(`sweep ${size} dist`, () => {
    result.dist = distSize(siteDir);
    return Promise.resolve();
  });
  await attempt(`sweep ${size} first load /`, async () => {
    log(`sweep: first load / at ${size}…`);
    // Only bytes are measured here, so files are compressed as they are asked for, not all up front.
    const server = await startServer(siteDir, { preload: false });
    // A browser per size, closed before the next build, so it never holds memory while a build runs.
    const browser = await launchChromium();
    try {
      result.catalogFirstLoad = await measureFirstLoad(browser, server.origin, size, '/');
    } finally {
      await browser.close();
      await server.close();
    }
  });
  return result;
}

/** Every file a deploy of the folder uploads, and their bytes on disk. */
export function distSize(siteDir: string): DistSize {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const bytes = files.reduce((sum, entry) => sum + statSync(resolve(entry.parentPath, entry.name)).size, 0);
  return { bytes, files: files.length };
}
