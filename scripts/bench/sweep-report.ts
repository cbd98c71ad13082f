import { howItEnded } from './build-site.ts';
import { count, kB, mb, seconds } from './figure.ts';
import type { Figure } from './figure.ts';
import { codeBlock, table, verdict } from './markdown.ts';
import { HOST_FILE_LIMIT, overFileLimit } from './sweep-figures.ts';
import type { SweepData, SweepSize } from './sweep-figures.ts';

/** The size sweep's part of bench/report.md: one table to paste as it is, then its budgets and any failed build. */

export const SWEEP_COLUMNS = [
  'Occupations',
  'Build time',
  'Peak memory',
  'Occupation file gzip avg',
  'largest',
  'dist size',
  'dist files',
  'catalog first load gzip',
];

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function row(result: SweepSize): string[] {
  const { build, occupationFiles, dist, catalogFirstLoad } = result;
  const memory = build.peakRssBytes === null ? 'n/a' : mb(build.peakRssBytes);
  if (!build.ok) {
    const failed = `failed after ${seconds(build.wallMs)} (${howItEnded(build)})`;
    return [count(result.size), failed, memory, '—', '—', '—', '—', '—'];
  }
  const files =
    dist && `${count(dist.files)}${dist.files > HOST_FILE_LIMIT ? ` (over ${count(HOST_FILE_LIMIT)})` : ''}`;
  return [
    count(result.size),
    seconds(build.wallMs),
    memory,
    occupationFiles ? kB(occupationFiles.averageGzip) : 'n/a',
    occupationFiles ? `${kB(occupationFiles.largest.gzip)} (${occupationFiles.largest.soc})` : 'n/a',
    dist ? megabytes(dist.bytes) : 'n/a',
    files ?? 'n/a',
    catalogFirstLoad ? kB(catalogFirstLoad.bytes) : 'n/a',
  ];
}

export function sweepTable(results: readonly SweepSize[]): string {
  return table(SWEEP_COLUMNS, results.map(row));
}

export function sweepSection(sweep: SweepData, budgets: readonly Figure[]): string[] {
  const over = overFileLimit(sweep.results);
  const failed = sweep.results.filter((result) => !result.build.ok);
  return [
    `## Size sweep (high-overlap corpus, seed ${sweep.seed})`,
    `Each size built into \`bench/out/site-sweep-<n>\` from \`bench/out/corpus-<n>-high-overlap\`, one after the other ` +
      'in this run. Peak memory: resident set of the build process (GNU time), MB = 10⁶ bytes. Occupation files and ' +
      'the catalog’s first load (`/`, fresh browser, served gzip-compressed) in gzip bytes, kB = 1,000 bytes; ' +
      '`dist` size raw on disk.',
    sweepTable(sweep.results),
    over.length > 0
      ? `Over the ${count(HOST_FILE_LIMIT)}-file limit that some static hosts put on one deploy: ${over.map(count).join(', ')} occupations.`
      : `Every size stays under the ${count(HOST_FILE_LIMIT)}-file limit that some static hosts put on one deploy.`,
    '### Sweep budgets',
    table(
      ['Figure', 'Value', 'Budget', 'Result'],
      budgets.map((figure) => [figure.figure, figure.display, figure.budget, verdict(figure.pass)]),
    ),
    ...failed.flatMap((result) => [
      `### Build at ${count(result.size)} failed (${howItEnded(result.build)}): last lines of its output`,
      codeBlock(result.build.lastLines ?? '(no output)'),
    ]),
  ];
}
