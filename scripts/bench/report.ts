import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { kB, ms, optional } from './figure.ts';
import type { Figure } from './figure.ts';
import { figures } from './figures.ts';
import { table, verdict } from './markdown.ts';
import type { BenchData } from './figures.ts';
import { firstPaintSection } from './first-paint.ts';
import { RUNS } from './lighthouse.ts';
import { sweepFigures } from './sweep-figures.ts';
import { sweepSection } from './sweep-report.ts';
import { qualitySection } from './quality-figures.ts';

/**
 * bench/report.md for people and bench/report.json for tools, from the same
 * data. The summary comes first because it is what a reviewer reads; the
 * details below it are for finding the cause of a miss.
 */

export function summaryTable(rows: readonly Figure[]): string {
  return table(
    ['Figure', 'Value', 'Budget', 'Result'],
    rows.map((row) => [row.figure, row.display, row.budget, verdict(row.pass)]),
  );
}

export async function writeReport(data: BenchData, mdPath: string, jsonPath: string): Promise<Figure[]> {
  const rows = figures(data);
  // Formatted like the rest of the repo, so `prettier --check .` passes once the reports are committed.
  const write = async (path: string, text: string) =>
    writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  await write(jsonPath, JSON.stringify({ ...data, summary: rows }));
  await write(mdPath, markdown(data, rows));
  return rows;
}

function markdown(data: BenchData, rows: readonly Figure[]): string {
  const misses = rows.filter((row) => row.pass === false).length;
  const sections = [
    '# Ladder benchmark',
    `${data.date} · ${Object.entries(data.machine)
      .map(([key, value]) => `${key}: ${value}`)
      .join(' · ')}`,
    `Parts: ${data.parts.join(', ')}` +
      (data.parts.some((part) => part !== 'sweep' && part !== 'quality') ? ` · sizes: ${data.sizes.join(', ')}` : '') +
      (data.sweep ? ` · sweep sizes: ${data.sweep.sizes.join(', ')}` : '') +
      ` · ${misses} of ${rows.length} figures miss. ` +
      'Regenerate with `npm run bench`.',
    '## Summary',
    summaryTable(rows),
    ...builds(data),
    ...firstLoads(data),
    ...dataFiles(data),
    ...search(data),
    ...lighthouse(data),
    ...(data.sweep ? sweepSection(data.sweep, sweepFigures(data.sweep)) : []),
    ...(data.quality ? qualitySection(data.quality) : []),
    ...(data.errors.length > 0
      ? ['## Crashes', ...data.errors.map((error) => `**${error.part}**\n\n\`\`\`\n${error.message}\n\`\`\``)]
      : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

function builds({ builds }: BenchData): string[] {
  if (builds.length === 0) return [];
  return [
    '## Builds',
    table(
      ['Occupations', 'Wall time', 'Peak RSS', 'Data folder'],
      builds.map((build) => [
        String(build.size),
        ms(build.wallMs),
        optional(build.peakRssBytes, (bytes) => `${Math.round(bytes / 1e6)} MB`),
        build.dataDir,
      ]),
    ),
  ];
}

function firstLoads({ firstLoads }: BenchData): string[] {
  if (firstLoads.length === 0) return [];
  return [
    '## First load, per file',
    'Every response of a fresh browser context until the network is idle and the h1 shows; bytes as transferred. ' +
      'Then, apart: what the service worker downloads once it installs after the page has loaded (“by” = worker).',
    ...firstLoads.flatMap((load) => [
      `### ${load.route} at ${load.size}: ${kB(load.bytes)}, then ${kB(load.serviceWorkerBytes)} by the service worker (h1 “${load.heading}”)`,
      table(
        ['File', 'Type', 'By', 'Status', 'Bytes'],
        [...load.transfers]
          .sort((a, b) => Number(a.serviceWorker) - Number(b.serviceWorker) || b.bytes - a.bytes)
          .map((item) => [
            item.path,
            item.type,
            item.serviceWorker ? 'worker' : 'page',
            String(item.status),
            String(item.bytes),
          ]),
      ),
    ]),
  ];
}

function dataFiles({ dataFiles }: BenchData): string[] {
  if (dataFiles.length === 0) return [];
  return [
    '## Data files (gzip -9)',
    table(
      ['Occupations', 'Deep-link file', 'Raw', 'Gzip', 'Avg raw', 'Avg gzip', 'Max raw', 'Max gzip'],
      dataFiles.map((files) => [
        String(files.size),
        files.first.file,
        kB(files.first.raw),
        kB(files.first.gzip),
        kB(files.averageRaw),
        kB(files.averageGzip),
        `${kB(files.maxRaw.raw)} (${files.maxRaw.file})`,
        `${kB(files.maxGzip.gzip)} (${files.maxGzip.file})`,
      ]),
    ),
    ...dataFiles
      .filter((files) => files.search.length > 0)
      .map((files) => {
        // A sharded index has dozens of files; totals and the extremes say what matters.
        const total = (key: 'raw' | 'gzip') => files.search.reduce((sum, file) => sum + file[key], 0);
        const sorted = [...files.search].sort((a, b) => b.gzip - a.gzip);
        const show = (file: (typeof sorted)[number]) => `${file.file} ${kB(file.raw)} raw / ${kB(file.gzip)} gzip`;
        const listed =
          sorted.length <= 5 ? sorted.map(show) : [`largest ${show(sorted[0]!)}`, `smallest ${show(sorted.at(-1)!)}`];
        return (
          `Search files at ${files.size}: ${files.search.length} files, ${kB(total('raw'))} raw / ` +
          `${kB(total('gzip'))} gzip in all; ${listed.join(', ')}.`
        );
      }),
  ];
}

function search({ search, largest }: BenchData): string[] {
  if (!search) return [];
  if (!search.uiFound) return [`## Search at ${largest}`, `Not measured: ${search.issues.join('; ')}.`];
  return [
    `## Search at ${largest}`,
    'Fresh page per query; `/` focuses the box, then one key at a time. Times run from keydown to the frame that ' +
      'paints that value’s ready results. Bytes: everything transferred from pressing `/` (focusing the box starts loading search) to the first keystroke’s results.',
    ...(search.issues.length > 0 ? [`Contract issues: ${search.issues.join('; ')}.`] : []),
    table(
      ['Query', 'Kind', 'First results', 'Bytes to first', 'Bytes, whole query', 'Later p50', 'Later max', 'Error'],
      search.queries.map((query) => {
        const later = [...query.laterMs].sort((a, b) => a - b);
        return [
          JSON.stringify(query.text),
          query.kind,
          optional(query.firstMs, ms),
          optional(query.firstBytes, kB),
          kB(query.totalBytes),
          later.length > 0 ? ms(later[Math.ceil(later.length / 2) - 1] ?? 0) : '—',
          later.length > 0 ? ms(later.at(-1) ?? 0) : '—',
          query.error ?? '',
        ];
      }),
    ),
    `Files fetched for the first results (first query): ${search.queries[0]?.firstFiles.join(', ') || 'none'}.`,
  ];
}

function lighthouse({ lighthouse: runs }: BenchData): string[] {
  if (runs.length === 0) return [];
  const failing = runs.flatMap((run) => run.failingAudits.map((audit) => ({ run: run.name, ...audit })));
  return [
    '## Lighthouse (mobile, simulated throttling)',
    `Each page ran ${RUNS} times; the figures are Lighthouse's median run (\`computeMedianRun\`: closest to the median first contentful paint and time to interactive). "Perf, each run" lists every run's performance score.`,
    table(
      [
        'Page',
        'Path',
        'Perf',
        'Perf, each run',
        'A11y',
        'Best pr.',
        'SEO',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'CPU index',
        'Report',
      ],
      runs.map((run) => [
        run.name,
        run.path,
        optional(run.scores.performance, String),
        run.performanceRuns.map((score) => optional(score, String)).join(', '),
        ...(['accessibility', 'best-practices', 'seo'] as const).map((id) => optional(run.scores[id], String)),
        optional(run.fcpMs, ms),
        optional(run.lcpMs, ms),
        optional(run.tbtMs, ms),
        optional(run.cls, (value) => value.toFixed(3)),
        optional(run.benchmarkIndex, String),
        run.reportFile,
      ]),
    ),
    ...runs.flatMap((run) => run.warnings.map((warning) => `Warning (${run.name}): ${warning}`)),
    ...firstPaintSection(runs),
    '### Failing audits in categories below budget',
    failing.length === 0
      ? 'None.'
      : table(
          ['Page', 'Category', 'Audit id', 'Title', 'Score', 'Weight', 'Value'],
          failing.map((audit) => [
            audit.run,
            audit.category,
            `\`${audit.id}\``,
            audit.title,
            optional(audit.score, String),
            String(audit.weight),
            audit.displayValue ?? '',
          ]),
        ),
  ];
}
