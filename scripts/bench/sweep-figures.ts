import { howItEnded } from './build-site.ts';
import type { ViteBuild } from './build-site.ts';
import type { OccupationFileSizes } from './data-files.ts';
import { count, kB, mb, seconds } from './figure.ts';
import type { Figure } from './figure.ts';
import type { FirstLoad } from './first-load.ts';

/**
 * The size sweep's figures and budgets (issue 15): one corpus built at
 * several sizes, so that what grows with the catalog shows. Budgets compare
 * sizes of the same run, so a busy machine slows both sides alike.
 */

export const DEFAULT_SWEEP_SIZES = [100, 1000, 3000] as const;

const GIB = 1024 ** 3;

export const SWEEP_BUDGETS = {
  /** An occupation file's size must not depend on the catalog's: the average at 3,000 within ±10% of the one at 100. */
  occupationFile: { at: 3000, against: 100, tolerancePercent: 10 },
  /** Peak resident memory of the build process: 2 GiB = 2 × 1024³ bytes. */
  peakMemory: { at: 3000, maxBytes: 2 * GIB },
  /** A linear build: three times the occupations take at most 3.5 times as long. */
  buildTime: { at: 3000, against: 1000, maxRatio: 3.5 },
  catalogFirstLoad: { at: 3000, maxBytes: 160_000 },
} as const;

/** Some static hosts refuse a deploy of more files than this; reported as a note, not a budget. */
export const HOST_FILE_LIMIT = 20_000;

/** How many lines of a failed build's output the report keeps. */
export const FAILED_BUILD_LINES = 25;

export interface SweepBuild extends Omit<ViteBuild, 'output'> {
  /** The last lines of a failed build's output (null for a build that succeeded). */
  lastLines: string | null;
}

export interface DistSize {
  bytes: number;
  files: number;
}

export interface SweepSize {
  size: number;
  dataDir: string;
  siteDir: string;
  build: SweepBuild;
  /** null when the build failed or the measurement crashed; so for the rest. */
  occupationFiles: OccupationFileSizes | null;
  dist: DistSize | null;
  catalogFirstLoad: FirstLoad | null;
}

export interface SweepData {
  corpus: 'high-overlap';
  seed: number;
  sizes: number[];
  results: SweepSize[];
}

export const gib = (bytes: number) => `${(bytes / GIB).toFixed(2)} GiB`;

// A frame of V8's native stack trace (" 5: 0x1113088 v8::internal::Heap::…"): addresses in node, not the cause.
const NATIVE_FRAME = /^\s*\d+: 0x[0-9a-f]+\b/;

/** The last `lines` non-blank lines of a process's output, where its error is; native stack frames left out. */
export function lastLines(output: string, lines = FAILED_BUILD_LINES): string {
  return output
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !NATIVE_FRAME.test(line))
    .slice(-lines)
    .join('\n');
}

/** Whether `at` is within ±`percent`% of `against`; in whole percent, so 110 against 100 is within 10%. */
export function withinPercent(at: number, against: number, percent: number): boolean {
  return Math.abs(at - against) * 100 <= percent * against;
}

export const signedPercent = (at: number, against: number) => {
  const change = ((at - against) / against) * 100;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}%`;
};

/**
 * One figure of one size, or why it is missing: a size the sweep did not run leaves a budget unjudged
 * (pass null), a failed build or a crashed measurement fails it.
 */
type Found = { value: number } | { missing: string; pass: false | null };

function figureAt(sweep: SweepData, size: number, read: (result: SweepSize) => number | null): Found {
  const result = sweep.results.find((candidate) => candidate.size === size);
  if (!result) return { missing: `${count(size)} not in --sweep-sizes`, pass: null };
  if (!result.build.ok) return { missing: `build at ${count(size)} failed (${howItEnded(result.build)})`, pass: false };
  const value = read(result);
  return value === null ? { missing: `not measured at ${count(size)}`, pass: false } : { value };
}

/** A budget row when a figure it needs is missing: failed if any is failed, else unjudged. */
function missingRow(figure: string, budget: string, found: readonly Found[]): Figure {
  const missing = found.flatMap((item) => ('missing' in item ? [item] : []));
  const pass = missing.some((item) => item.pass === false) ? false : null;
  return { figure, value: null, display: missing.map((item) => item.missing).join('; '), budget, pass };
}

export function sweepFigures(sweep: SweepData): Figure[] {
  return [
    buildsSucceed(sweep),
    occupationFileFigure(sweep),
    peakMemoryFigure(sweep),
    buildTimeFigure(sweep),
    catalogFirstLoadFigure(sweep),
    fileLimitNote(sweep),
  ];
}

function buildsSucceed({ results }: SweepData): Figure {
  const failed = results.filter((result) => !result.build.ok);
  const built = `${results.length - failed.length} of ${results.length}`;
  return {
    figure: 'Sweep builds that succeed',
    value: results.length - failed.length,
    display:
      failed.length === 0
        ? built
        : `${built}; failed at ${failed.map((result) => `${count(result.size)} (${howItEnded(result.build)})`).join(', ')}`,
    budget: 'all',
    pass: failed.length === 0,
  };
}

function occupationFileFigure(sweep: SweepData): Figure {
  const { at, against, tolerancePercent } = SWEEP_BUDGETS.occupationFile;
  const figure = `Sweep occupation file gzip, average at ${count(at)} vs ${count(against)}`;
  const budget = `within ±${tolerancePercent}% of the one at ${count(against)}`;
  const read = (result: SweepSize) => result.occupationFiles?.averageGzip ?? null;
  const found = [figureAt(sweep, at, read), figureAt(sweep, against, read)] as const;
  if (!('value' in found[0]) || !('value' in found[1])) return missingRow(figure, budget, found);
  const [large, small] = [found[0].value, found[1].value];
  return {
    figure,
    value: large,
    display: `${kB(large)} vs ${kB(small)} (${signedPercent(large, small)})`,
    budget,
    pass: withinPercent(large, small, tolerancePercent),
  };
}

function peakMemoryFigure(sweep: SweepData): Figure {
  const { at, maxBytes } = SWEEP_BUDGETS.peakMemory;
  const figure = `Sweep peak memory of the build at ${count(at)}`;
  const budget = `≤ ${maxBytes / GIB} GiB (${maxBytes / GIB} × 1024³ bytes)`;
  const result = sweep.results.find((candidate) => candidate.size === at);
  const rss = result?.build.peakRssBytes ?? null;
  const shown = rss === null ? 'n/a' : `${mb(rss)} (${gib(rss)})`;
  // A failed build's peak is still worth showing: it says how far over the build went before it stopped.
  if (result && !result.build.ok) {
    return { figure, value: rss, display: `${shown}; build failed (${howItEnded(result.build)})`, budget, pass: false };
  }
  const found = figureAt(sweep, at, () => rss);
  if ('missing' in found) return missingRow(figure, budget, [found]);
  return { figure, value: found.value, display: shown, budget, pass: found.value <= maxBytes };
}

function buildTimeFigure(sweep: SweepData): Figure {
  const { at, against, maxRatio } = SWEEP_BUDGETS.buildTime;
  const figure = `Sweep build time at ${count(at)} vs ${count(against)}, same run`;
  const budget = `≤ ${maxRatio} × the time at ${count(against)}`;
  const read = (result: SweepSize) => result.build.wallMs;
  const found = [figureAt(sweep, at, read), figureAt(sweep, against, read)] as const;
  if (!('value' in found[0]) || !('value' in found[1])) return missingRow(figure, budget, found);
  const [large, small] = [found[0].value, found[1].value];
  const ratio = large / small;
  return {
    figure,
    value: ratio,
    display: `${seconds(large)} vs ${seconds(small)} (× ${ratio.toFixed(2)})`,
    budget,
    pass: large <= maxRatio * small,
  };
}

function catalogFirstLoadFigure(sweep: SweepData): Figure {
  const { at, maxBytes } = SWEEP_BUDGETS.catalogFirstLoad;
  const figure = `Sweep first load / at ${count(at)} (gzip)`;
  const budget = `≤ ${kB(maxBytes)}`;
  const found = figureAt(sweep, at, (result) => result.catalogFirstLoad?.bytes ?? null);
  if ('missing' in found) return missingRow(figure, budget, [found]);
  return { figure, value: found.value, display: kB(found.value), budget, pass: found.value <= maxBytes };
}

/** The built sizes whose dist has more files than some hosts take in one deploy. */
export function overFileLimit(results: readonly SweepSize[]): number[] {
  return results.filter((result) => (result.dist?.files ?? 0) > HOST_FILE_LIMIT).map((result) => result.size);
}

function fileLimitNote({ results }: SweepData): Figure {
  const measured = results.flatMap((result) => (result.dist ? [{ size: result.size, files: result.dist.files }] : []));
  const shown = ({ size, files }: { size: number; files: number }) => `${count(files)} files at ${count(size)}`;
  const over = measured.filter((item) => item.files > HOST_FILE_LIMIT);
  const most = measured.reduce<(typeof measured)[number] | null>(
    (max, item) => (max === null || item.files > max.files ? item : max),
    null,
  );
  return {
    figure: `Sweep dist files vs a ${count(HOST_FILE_LIMIT)}-file deploy limit (some static hosts)`,
    value: most?.files ?? null,
    display:
      most === null
        ? 'not measured'
        : over.length > 0
          ? `over at ${over.map(shown).join(', ')}`
          : `under at every size (most: ${shown(most)})`,
    budget: 'note, not a budget',
    pass: null,
  };
}
