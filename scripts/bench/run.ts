import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { chromiumVersion, launchChromium } from './browser.ts';
import { OUT_DIR, buildSite, hasSite, siteDirFor } from './build-site.ts';
import { measureDataFiles } from './data-files.ts';
import type { BenchData } from './figures.ts';
import { measureFirstLoad } from './first-load.ts';
import { runLighthouse } from './lighthouse.ts';
import { summaryTable, writeReport } from './report.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { measureSearch, message } from './search.ts';
import { PLAIN_PAGE } from './first-paint.ts';
import { writePlainPage } from './plain-page.ts';
import { startServer } from './serve.ts';
import { siteRoutes } from './site-routes.ts';
import { runSweep } from './sweep.ts';
import { measureQuality } from '../quality/measure-quality.ts';
import { DEFAULT_SWEEP_SIZES } from './sweep-figures.ts';

// Usage: npm run bench [-- [--only build,bytes,search,lighthouse,sweep,quality] [--sizes 5,1000] [--sweep-sizes 100,1000,3000]]
//   e.g. npm run bench -- --only bytes,search --sizes 1000
//        npm run bench -- --only sweep --sweep-sizes 20,100
//
//   build       vite build per size (wall time, peak RSS) into bench/out/site-<size>
//   bytes       first-load bytes of / and a deep link, and data file sizes, per size
//   search      the 50 queries of search-queries.ts, typed key by key (largest size only)
//   lighthouse  a plain HTML page of one level (the floor), then the catalog, a level page, the level
//               matrix, a comparison, search and an assessment (largest size only)
//   sweep       per sweep size, always rebuilt: build time, peak RSS, occupation file gzip (average,
//               largest), dist size and file count, and first-load bytes of /, on the high-overlap
//               corpus (seed 42) in bench/out/corpus-<n>-high-overlap, built into bench/out/site-sweep-<n>;
//               budgets compare the sizes of the same run. Runs last; a failed build is reported and the
//               sweep goes on. --sweep-sizes defaults to 100,1000,3000.
//   quality     precision and recall of level rows and occupation matches of data/ on the labelled set
//               (tests/quality/labels), as `npm run quality` prints them; no build.
//
// Size 5 is data/; any other size is a synthetic corpus (seed 42) in bench/out/corpus-<size>.
// Parts other than build and sweep reuse an earlier build of a size when there is one.
// Writes bench/report.md and bench/report.json. Budget misses are reported, not
// fatal: the exit code is non-zero only when a part crashed.

const PARTS = ['build', 'bytes', 'search', 'lighthouse', 'sweep', 'quality'] as const;
type Part = (typeof PARTS)[number];

function sizeList(option: string, value: string | undefined, fallback: string): number[] {
  const sizes = (value ?? fallback).split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`bad ${option} ${value}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseOptions(): { parts: Part[]; sizes: number[]; sweepSizes: number[] } {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, sizes: { type: 'string' }, 'sweep-sizes': { type: 'string' } },
  });
  const parts = (values.only?.split(',') ?? [...PARTS]).map((part) => part.trim());
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  return {
    parts: parts as Part[],
    sizes: sizeList('--sizes', values.sizes, '5,1000'),
    sweepSizes: sizeList('--sweep-sizes', values['sweep-sizes'], DEFAULT_SWEEP_SIZES.join(',')),
  };
}

/** What a build is made from: a change here makes the figures not of the commit alone. */
const BUILD_INPUTS = ['src', 'data-pipeline', 'site-generation', 'data', 'vite.config.ts'];

function machine(): Record<string, string | number> {
  const version = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    // Other work on the machine slows every timing; the load at the start says how busy it was.
    'load average (1 min)': loadavg()[0]?.toFixed(2) ?? 'unknown',
    node: process.version,
    chromium: chromiumVersion(),
    lighthouse: version('node_modules/lighthouse/package.json'),
    // The working tree may hold uncommitted changes; "dirty" says the figures are not of the commit alone.
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', ...BUILD_INPUTS) ? ' (dirty)' : ''}`,
  };
}

const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);

async function main(): Promise<number> {
  const { parts, sizes, sweepSizes } = parseOptions();
  const want = (part: Part) => parts.includes(part);
  const largest = sizes.includes(1000) ? 1000 : Math.max(...sizes);
  mkdirSync(OUT_DIR, { recursive: true });
  const data: BenchData = {
    date: new Date().toISOString(),
    machine: machine(),
    parts,
    sizes,
    largest,
    builds: [],
    firstLoads: [],
    dataFiles: [],
    search: null,
    lighthouse: [],
    sweep: null,
    quality: null,
    errors: [],
  };
  // A crashed part is recorded and the run goes on, so one failure still leaves the other figures.
  const attempt = async (part: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      log(`${part} crashed: ${message(error)}`);
      data.errors.push({ part, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  };

  let browser: Browser | null = null;
  const chromium = async () => (browser ??= await launchChromium());

  /** Builds one size; false when the build failed, so nothing is measured on a stale site. */
  async function build(size: number): Promise<boolean> {
    let done = false;
    await attempt(`build ${size}`, async () => {
      log(`building ${size} occupations…`);
      const result = await buildSite(size);
      log(`built ${size} in ${Math.round(result.wallMs)} ms`);
      // Timings only from a requested build; a build made just to have a site is not a measurement.
      if (want('build')) data.builds.push(result);
      done = true;
    });
    return done;
  }

  async function measureSite(size: number): Promise<void> {
    const siteDir = siteDirFor(size);
    const routes = siteRoutes(siteDir);
    const server = await startServer(siteDir);
    const { origin } = server;
    try {
      if (want('bytes')) {
        await attempt(`bytes ${size}`, async () => {
          for (const route of [routes.catalog, routes.occupation]) {
            log(`first load ${route} at ${size}…`);
            data.firstLoads.push(await measureFirstLoad(await chromium(), origin, size, route));
          }
          data.dataFiles.push(measureDataFiles(size, siteDir, routes.soc));
        });
      }
      if (size === largest && want('search')) {
        await attempt(`search ${size}`, async () => {
          log(`search: ${SEARCH_QUERIES.length} queries at ${size}…`);
          data.search = await measureSearch(await chromium(), origin, SEARCH_QUERIES);
        });
      }
      if (size === largest && want('lighthouse')) {
        // Playwright's Chromium would compete for the 2 cores and skew Lighthouse's CPU-bound metrics.
        await browser?.close();
        browser = null;
        // The floor first: one level as a plain HTML page, from the same data file, served beside the build.
        const plain = writePlainPage(siteDir, routes.soc, 'proficient');
        const pages = {
          [PLAIN_PAGE]: plain,
          catalog: routes.catalog,
          occupation: routes.occupation,
          matrix: routes.matrix,
          comparison: routes.comparison,
          search: routes.search,
          assessment: routes.assessment,
        };
        for (const [name, path] of Object.entries(pages)) {
          await attempt(`lighthouse ${name}`, async () => {
            log(`lighthouse ${path}…`);
            data.lighthouse.push(await runLighthouse(origin, name, path));
          });
        }
      }
    } finally {
      await server.close();
    }
  }

  try {
    // --only sweep or quality builds nothing else.
    const perSize = PARTS.some((part) => part !== 'sweep' && part !== 'quality' && want(part));
    for (const size of perSize ? sizes : []) {
      const built = want('build') || !hasSite(size) ? await build(size) : true;
      const needsServer = want('bytes') || (size === largest && (want('search') || want('lighthouse')));
      if (built && needsServer) await attempt(`serve ${size}`, () => measureSite(size));
    }
  } finally {
    await (browser as Browser | null)?.close();
  }
  if (want('quality')) {
    await attempt('quality', () => {
      log('quality on the labelled set…');
      data.quality = measureQuality();
      return Promise.resolve();
    });
  }
  // Last and with no browser open, so a large build has the machine's memory to itself.
  if (want('sweep')) data.sweep = await runSweep(sweepSizes, attempt, log);

  data.machine['load average (1 min) at end'] = loadavg()[0]?.toFixed(2) ?? 'unknown';
  const rows = await writeReport(data, 'bench/report.md', 'bench/report.json');
  process.stdout.write(`${summaryTable(rows)}\n\nWrote bench/report.md and bench/report.json\n`);
  return data.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
