import type { BuildResult } from './build-site.ts';
import type { DataFileSizes } from './data-files.ts';
import { count, kB, mb, ms, optional, seconds } from './figure.ts';
import type { Figure } from './figure.ts';
import type { FirstLoad } from './first-load.ts';
import { firstPaintFigures } from './first-paint.ts';
import { CATEGORY_BUDGETS } from './lighthouse.ts';
import type { CategoryId, LighthouseRun } from './lighthouse.ts';
import { qualityFigures } from './quality-figures.ts';
import type { QualityReport } from '../quality/measure-quality.ts';
import type { SearchResult } from './search.ts';
import { sweepFigures } from './sweep-figures.ts';
import type { SweepData } from './sweep-figures.ts';

/**
 * The budgets, and the summary rows that hold each measured figure against
 * its budget. Budgets live here, in one place, so the report and its JSON
 * cannot disagree.
 */

export const BUDGETS = {
  buildMsAt1000: 60_000,
  // The catalog at 5 occupations: React, React DOM, the router and TanStack Query alone are about 92 kB.
  firstLoadBytes: (size: number, route: string) => (size <= 5 ? (route === '/' ? 105_000 : 125_000) : 150_000),
  searchFirstBytesMax: 300_000,
  searchFirstMsP95: 500,
  searchLaterMsP95: 50,
} as const;

export interface BenchData {
  date: string;
  machine: Record<string, string | number>;
  parts: string[];
  sizes: number[];
  /** The size search and Lighthouse run at. */
  largest: number;
  builds: BuildResult[];
  firstLoads: FirstLoad[];
  dataFiles: DataFileSizes[];
  search: SearchResult | null;
  lighthouse: LighthouseRun[];
  /** The size sweep (part sweep), or null when it did not run. */
  sweep: SweepData | null;
  /** Level rows and matches on the labelled set (part quality), or null when it did not run. */
  quality: QualityReport | null;
  /** Parts that crashed; their figures are missing and the run exits non-zero. */
  errors: { part: string; message: string }[];
}

function limit(figure: string, value: number | null, display: string, budget: number, format: (n: number) => string) {
  return { figure, value, display, budget: `≤ ${format(budget)}`, pass: value !== null && value <= budget };
}

export function figures(data: BenchData): Figure[] {
  const rows: Figure[] = [];
  for (const build of data.builds) {
    const label = `Build time at ${count(build.size)}`;
    const rss = build.peakRssBytes === null ? '' : ` (peak RSS ${mb(build.peakRssBytes)})`;
    if (build.size === 1000)
      rows.push(limit(label, build.wallMs, seconds(build.wallMs) + rss, BUDGETS.buildMsAt1000, seconds));
    else
      rows.push({ figure: label, value: build.wallMs, display: seconds(build.wallMs) + rss, budget: '—', pass: null });
  }
  for (const load of data.firstLoads) {
    const budget = BUDGETS.firstLoadBytes(load.size, load.route);
    rows.push(limit(`First load ${load.route} at ${count(load.size)} (gzip)`, load.bytes, kB(load.bytes), budget, kB));
    rows.push({
      figure: `Service worker install after the first load of ${load.route} at ${count(load.size)} (gzip)`,
      value: load.serviceWorkerBytes,
      display: kB(load.serviceWorkerBytes),
      budget: '—',
      pass: null,
    });
  }
  // The search index must wait for someone to search; one row per size covers all first loads.
  for (const size of new Set(data.firstLoads.map((load) => load.size))) {
    const fetched = data.firstLoads.filter((load) => load.size === size).flatMap((load) => load.searchFiles);
    rows.push({
      figure: `assets/search/ files on first loads at ${count(size)}`,
      value: fetched.length,
      display: fetched.length === 0 ? 'none' : fetched.join(', '),
      budget: 'none',
      pass: fetched.length === 0,
    });
  }
  for (const files of data.dataFiles) {
    const { first } = files;
    rows.push({
      figure: `Occupation file ${first.soc} at ${count(files.size)}`,
      value: first.gzip,
      display: `${kB(first.raw)} raw, ${kB(first.gzip)} gzip (avg ${kB(files.averageGzip)}, max ${kB(files.maxGzip.gzip)} gzip)`,
      budget: '—',
      pass: null,
    });
  }
  if (data.search) rows.push(...searchFigures(data.search, data.largest));
  rows.push(...firstPaintFigures(data.lighthouse));
  for (const run of data.lighthouse) rows.push(...lighthouseFigures(run));
  if (data.sweep) rows.push(...sweepFigures(data.sweep));
  if (data.quality) rows.push(...qualityFigures(data.quality));
  for (const error of data.errors) {
    rows.push({
      figure: `${error.part} crashed`,
      value: null,
      display: firstLine(error.message),
      budget: '—',
      pass: false,
    });
  }
  return rows;
}

function searchFigures(search: SearchResult, size: number): Figure[] {
  const at = `at ${count(size)}`;
  if (!search.uiFound) {
    return [{ figure: `Search ${at}`, value: null, display: search.issues.join('; '), budget: 'present', pass: false }];
  }
  const { firstBytes, firstMs, laterMs, queries } = search;
  const done = queries.filter((query) => query.error === null).length;
  const rows: Figure[] = [
    limit(
      `Search bytes to first results ${at} (max)`,
      firstBytes.max,
      firstBytes.max === null ? 'n/a' : `${kB(firstBytes.max)} (p50 ${kB(firstBytes.p50 ?? 0)})`,
      BUDGETS.searchFirstBytesMax,
      kB,
    ),
    limit(
      `Search first keystroke to results ${at} (p95)`,
      firstMs.p95,
      firstMs.p95 === null ? 'n/a' : `${ms(firstMs.p95)} (p50 ${ms(firstMs.p50 ?? 0)}, max ${ms(firstMs.max ?? 0)})`,
      BUDGETS.searchFirstMsP95,
      ms,
    ),
    limit(
      `Search later keystroke to results ${at} (p95)`,
      laterMs.p95,
      laterMs.p95 === null ? 'n/a' : `${ms(laterMs.p95)} (p50 ${ms(laterMs.p50 ?? 0)}, n=${laterMs.count})`,
      BUDGETS.searchLaterMsP95,
      ms,
    ),
    {
      figure: `Search bytes for a whole query ${at} (max)`,
      value: search.totalBytes.max,
      display: optional(search.totalBytes.max, (bytes) => `${kB(bytes)} (p50 ${kB(search.totalBytes.p50 ?? 0)})`),
      budget: '—',
      pass: null,
    },
    {
      figure: `Search queries completed ${at}`,
      value: done,
      display: `${done} of ${queries.length}`,
      budget: 'all',
      pass: done === queries.length,
    },
  ];
  if (search.issues.length > 0) {
    rows.push({
      figure: 'Search UI contract',
      value: null,
      display: search.issues.join('; '),
      budget: '—',
      pass: false,
    });
  }
  return rows;
}

function lighthouseFigures(run: LighthouseRun): Figure[] {
  return (Object.keys(CATEGORY_BUDGETS) as CategoryId[]).map((id) => {
    const value = run.scores[id];
    const budget = CATEGORY_BUDGETS[id];
    return {
      figure: `Lighthouse ${run.name} ${id}`,
      value,
      display: value === null ? 'n/a' : String(value),
      budget: budget === 100 ? '100' : `≥ ${budget}`,
      pass: value !== null && value >= budget,
    };
  });
}

export const firstLine = (text: string) => text.split('\n')[0] ?? '';
