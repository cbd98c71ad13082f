import { ms, optional } from './figure.ts';
import type { Figure } from './figure.ts';
import type { LighthouseRun } from './lighthouse.ts';
import { table, verdict } from './markdown.ts';

/**
 * First paint against the floor (issue 17, decision 015): each page's largest
 * contentful paint over that of a plain HTML page of one level of the same
 * occupation, measured in the same Lighthouse run (scripts/bench/plain-page.ts).
 */

/** The Lighthouse run of the plain page. */
export const PLAIN_PAGE = 'plain';

/** LCP over the plain page's, per page; pages not listed are reported without a budget. */
export const LCP_RATIO_BUDGETS: Readonly<Record<string, number>> = {
  occupation: 1.2,
  matrix: 1.2,
  catalog: 1.3,
};

/** The pages compared with the floor, as the issue names them, in the report's order. */
const COMPARED = ['catalog', 'occupation', 'matrix', 'comparison'];

interface FirstPaintRow {
  name: string;
  path: string;
  fcpMs: number | null;
  lcpMs: number | null;
  fcpRatio: number | null;
  lcpRatio: number | null;
  budget: number | null;
}

const ratio = (value: number | null, floor: number | null) =>
  value === null || floor === null || floor <= 0 ? null : value / floor;

export function firstPaintRows(runs: readonly LighthouseRun[]): FirstPaintRow[] {
  const plain = runs.find((run) => run.name === PLAIN_PAGE);
  if (!plain) return [];
  const row = (run: LighthouseRun): FirstPaintRow => ({
    name: run.name,
    path: run.path,
    fcpMs: run.fcpMs,
    lcpMs: run.lcpMs,
    fcpRatio: ratio(run.fcpMs, plain.fcpMs),
    lcpRatio: ratio(run.lcpMs, plain.lcpMs),
    budget: LCP_RATIO_BUDGETS[run.name] ?? null,
  });
  const compared = COMPARED.flatMap((name) => runs.filter((run) => run.name === name));
  return [row(plain), ...compared.map(row)];
}

const times = (value: number) => `${value.toFixed(2)} ×`;

export function firstPaintFigures(runs: readonly LighthouseRun[]): Figure[] {
  return firstPaintRows(runs)
    .filter((row) => row.budget !== null)
    .map((row) => ({
      figure: `LCP of ${row.name} over the plain page's`,
      value: row.lcpRatio,
      display: optional(row.lcpRatio, (value) => `${times(value)} (${optional(row.lcpMs, ms)})`),
      budget: `≤ ${times(row.budget ?? 0)}`,
      pass: row.lcpRatio !== null && row.lcpRatio <= (row.budget ?? 0),
    }));
}

export function firstPaintSection(runs: readonly LighthouseRun[]): string[] {
  const rows = firstPaintRows(runs);
  if (rows.length === 0) return [];
  return [
    '### First paint against a plain HTML page',
    'The plain page is one level of the same occupation as one HTML file with no script and one small inline style, written from the built data file and served beside the build. Each figure is that page’s Lighthouse median run, from the same run as the plain page’s.',
    table(
      ['Page', 'Path', 'FCP', 'LCP', 'FCP ÷ plain', 'LCP ÷ plain', 'LCP budget', 'Result'],
      rows.map((row) => [
        row.name,
        row.path,
        optional(row.fcpMs, ms),
        optional(row.lcpMs, ms),
        optional(row.fcpRatio, times),
        optional(row.lcpRatio, times),
        row.budget === null ? '—' : `≤ ${times(row.budget)}`,
        row.budget === null ? '' : verdict(row.lcpRatio !== null && row.lcpRatio <= row.budget),
      ]),
    ),
  ];
}
