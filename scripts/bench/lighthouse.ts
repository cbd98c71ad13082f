import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_PATH } from './browser.ts';

/**
 * Lighthouse with its default mobile settings and simulated throttling, as
 * PageSpeed Insights runs it, against the gzip server. Each run gets its own
 * Chromium so one run's state cannot speed up or slow down the next.
 *
 * Each page runs RUNS times and the report takes Lighthouse's own median run
 * (closest to the median first contentful paint and time to interactive), as
 * Lighthouse's guide on variability advises: on this shared 2-core machine one
 * run's performance score moves by several points from run to run.
 */
export const RUNS = 3;

export const CATEGORY_BUDGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type CategoryId = keyof typeof CATEGORY_BUDGETS;
const CATEGORIES = Object.keys(CATEGORY_BUDGETS) as CategoryId[];

export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** 0–100, or null for audits that only warn. */
  score: number | null;
  /** Weight in the category score; 0 means it does not move the score but still flags a problem. */
  weight: number;
  displayValue: string | null;
}

export interface LighthouseRun {
  name: string;
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<CategoryId, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Lighthouse's CPU benchmark of this machine; below ~1000 the simulated timings get pessimistic. */
  benchmarkIndex: number | null;
  reportFile: string;
  /** The performance score of every run, in the order they ran; the figures above are the median run's. */
  performanceRuns: (number | null)[];
  failingAudits: FailingAudit[];
  warnings: string[];
}

export async function runLighthouse(origin: string, name: string, path: string): Promise<LighthouseRun> {
  const runs: { lhr: Result; reportFile: string }[] = [];
  const warnings: string[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    runs.push(await runWithRetry(origin, `${name}-${index + 1}`, path, warnings));
  }
  const { lhr, reportFile } = medianRun(runs);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr.categories[id]?.score)])) as Record<
    CategoryId,
    number | null
  >;
  return {
    name,
    path,
    scores,
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    reportFile,
    performanceRuns: runs.map((run) => score(run.lhr.categories.performance?.score)),
    failingAudits: CATEGORIES.filter((id) => (scores[id] ?? 0) < CATEGORY_BUDGETS[id]).flatMap((id) =>
      failingAudits(lhr, id),
    ),
    warnings: [...warnings, ...lhr.runWarnings.map(String)],
  };
}

/**
 * The run closest to the median first contentful paint and the median time to interactive, ties to
 * the earlier interactive: Lighthouse's own choice (lighthouse/core/lib/median-run.js, whose types
 * do not resolve outside Lighthouse), as the earliest and latest moments of the load.
 */
export function medianRun<T extends { lhr: Result }>(runs: T[]): T {
  const metric = (run: T, id: string) => run.lhr.audits[id]?.numericValue ?? 0;
  const median = (id: string) => {
    const values = runs.map((run) => metric(run, id)).sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  };
  const fcp = median('first-contentful-paint');
  const interactive = median('interactive');
  const distance = (run: T) =>
    (metric(run, 'first-contentful-paint') - fcp) ** 2 + (metric(run, 'interactive') - interactive) ** 2;
  const [closest] = [...runs].sort(
    (a, b) => distance(a) - distance(b) || metric(a, 'interactive') - metric(b, 'interactive'),
  );
  if (!closest) throw new Error('no Lighthouse run to choose from');
  return closest;
}

/** Runs once more after a protocol time-out, which a busy 2-core machine produces now and then. */
async function runWithRetry(origin: string, name: string, path: string, warnings: string[]) {
  try {
    return await runOnce(origin, name, path);
  } catch (error) {
    const run = await runOnce(origin, name, path);
    warnings.push(`${name}: first attempt failed: ${error instanceof Error ? error.message : String(error)}`);
    return run;
  }
}

async function runOnce(origin: string, name: string, path: string): Promise<{ lhr: Result; reportFile: string }> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);

    const dir = resolve('bench/out/lighthouse');
    mkdirSync(dir, { recursive: true });
    const reportFile = resolve(dir, `${name}.json`);
    writeFileSync(reportFile, typeof result.report === 'string' ? result.report : JSON.stringify(lhr, null, 2));
    return { lhr, reportFile };
  } finally {
    chrome.kill();
  }
}

// Rounded as Lighthouse shows it (0.95 * 100 is not exactly 95 in floating point).
const score = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 100);

// Audits that can pass or fail; informative and manual ones only describe the page.
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** The audits behind a category's shortfall, heaviest first, so misses can be fixed in order. */
function failingAudits(lhr: Result, category: CategoryId): FailingAudit[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || !SCORED_MODES.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) return [];
      return [
        {
          category,
          id: audit.id,
          title: audit.title,
          score: score(audit.score),
          weight: ref.weight,
          displayValue: audit.displayValue ?? null,
        },
      ];
    })
    .sort((a, b) => b.weight - a.weight || (a.score ?? 0) - (b.score ?? 0));
}
