import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Occupation } from '../src/lib/occupation.ts';
import { deriveSiteData } from '../data-pipeline/derive.ts';
import { loadExports } from '../data-pipeline/load-exports.ts';
import { DEFAULT_SHARED_TOPIC_SHARE, defaultCorpusDir, generateCorpus, writeCorpus } from './corpus.ts';

// Usage: npx tsx scripts/measure-comparison.ts [--sizes 5,100,1000] [--seed 42] [--shared 0.03]
//
// Build-time cost of level alignment and cross-occupation matching on
// synthetic corpora. Each size is measured in a fresh child process, because
// peak RSS is per process and only ever grows: measured in one process, the
// small corpora would report the large one's peak.

interface Measurement {
  dir: string;
  occupations: number;
  statements: number;
  loadMs: number;
  deriveMs: number;
  comparisonMs: number;
  /** Pairs of occupations with at least one close statement match. */
  matchedPairs: number;
  /** Of those, pairs in the same occupation group. */
  sameGroupPairs: number;
  /** Statement-to-statement matches, each counted once. */
  matchedStatements: number;
  /** Of those, matches between occupations of the same group. */
  sameGroupStatements: number;
  averageBytes: number;
  maxBytes: number;
  averageGzipBytes: number;
  maxGzipBytes: number;
  /** Share of all occupation-file bytes taken by the `matches` lists. */
  matchesShare: number;
  catalogBytes: number;
  catalogGzipBytes: number;
  rssAfterLoadBytes: number;
  peakRssBytes: number;
}

function measure(dir: string): Measurement {
  let started = performance.now();
  const { exports, problems } = loadExports(dir);
  const loadMs = performance.now() - started;
  if (problems.length > 0) {
    throw new Error(`${problems.length} problems in ${dir}, first: ${JSON.stringify(problems[0])}`);
  }
  const rssAfterLoadBytes = process.memoryUsage().rss;
  started = performance.now();
  const site = deriveSiteData(exports.map((loaded) => loaded.data));
  const deriveMs = performance.now() - started;

  const occupations = [...site.files.values()].map((text) => JSON.parse(text) as Occupation);
  const groupOf = new Map(occupations.map((occupation) => [occupation.soc, occupation.group]));
  let matchedPairs = 0;
  let sameGroupPairs = 0;
  let sameGroupStatements = 0;
  let matchedStatements = 0;
  let statements = 0;
  let matchesBytes = 0;
  let totalBytes = 0;
  let totalGzip = 0;
  let maxBytes = 0;
  let maxGzipBytes = 0;
  for (const [index, text] of [...site.files.values()].entries()) {
    const occupation = occupations[index]!;
    // Every pair and match is listed from both sides.
    matchedPairs += occupation.matches.length / 2;
    for (const match of occupation.matches) {
      matchedStatements += match.statements.length / 2;
      if (groupOf.get(match.soc) !== occupation.group) continue;
      sameGroupPairs += 1 / 2;
      sameGroupStatements += match.statements.length / 2;
    }
    for (const level of occupation.levels) statements += level.statements.length;
    matchesBytes += Buffer.byteLength(JSON.stringify(occupation.matches));
    const bytes = Buffer.byteLength(text);
    const gzipBytes = gzipSync(text).length;
    totalBytes += bytes;
    totalGzip += gzipBytes;
    maxBytes = Math.max(maxBytes, bytes);
    maxGzipBytes = Math.max(maxGzipBytes, gzipBytes);
  }
  const count = Math.max(site.files.size, 1);
  const catalog = JSON.stringify(site.catalog);
  return {
    dir,
    occupations: site.files.size,
    statements,
    loadMs,
    deriveMs,
    comparisonMs: site.comparisonMs,
    matchedPairs,
    sameGroupPairs,
    matchedStatements,
    sameGroupStatements,
    averageBytes: totalBytes / count,
    maxBytes,
    averageGzipBytes: totalGzip / count,
    maxGzipBytes,
    matchesShare: totalBytes > 0 ? matchesBytes / totalBytes : 0,
    catalogBytes: Buffer.byteLength(catalog),
    catalogGzipBytes: gzipSync(catalog).length,
    rssAfterLoadBytes,
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function report(size: number, m: Measurement): string {
  return [
    `corpus of ${size} (${m.dir}): ${m.occupations} occupations, ${m.statements} statements`,
    `  load + validate      ${seconds(m.loadMs)}`,
    `  deriveSiteData       ${seconds(m.deriveMs)} total, of which comparison ${seconds(m.comparisonMs)}`,
    `  matched pairs        ${m.matchedPairs} of ${(m.occupations * (m.occupations - 1)) / 2} occupation pairs ` +
      `(${m.sameGroupPairs} within a group), ${m.matchedStatements} statement matches ` +
      `(${m.sameGroupStatements} within a group)`,
    `  occupation file      avg ${kilobytes(m.averageBytes)} (gzip ${kilobytes(m.averageGzipBytes)}), ` +
      `max ${kilobytes(m.maxBytes)} (gzip ${kilobytes(m.maxGzipBytes)}); matches are ${(m.matchesShare * 100).toFixed(0)}% of bytes`,
    `  catalog              ${kilobytes(m.catalogBytes)} (gzip ${kilobytes(m.catalogGzipBytes)})`,
    `  memory               RSS after load ${megabytes(m.rssAfterLoadBytes)}, peak RSS ${megabytes(m.peakRssBytes)}`,
  ].join('\n');
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,1000' },
    seed: { type: 'string', default: '42' },
    shared: { type: 'string', default: String(DEFAULT_SHARED_TOPIC_SHARE) },
    // Internal: measure one already written corpus and print JSON.
    single: { type: 'string' },
  },
});

if (values.single !== undefined) {
  console.log(JSON.stringify(measure(values.single)));
} else {
  const seed = Number(values.seed);
  const sharedTopicShare = Number(values.shared);
  const sizes = values.sizes.split(',').map(Number);
  if (!Number.isInteger(seed) || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error('usage: tsx scripts/measure-comparison.ts [--sizes 5,100,1000] [--seed 42] [--shared 0.03]');
  }
  const self = fileURLToPath(import.meta.url);
  for (const size of sizes) {
    const dir = defaultCorpusDir(size, sharedTopicShare);
    const { written, kept } = writeCorpus(dir, generateCorpus({ count: size, seed, sharedTopicShare }));
    console.log(`seed ${seed}, shared topics ${sharedTopicShare}: ${written} written, ${kept} reused in ${dir}`);
    // The child inherits tsx's loader through execArgv.
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--single', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`measuring ${dir} failed (exit ${child.status ?? child.signal})`);
    const lines = child.stdout.trim().split('\n');
    console.log(report(size, JSON.parse(lines[lines.length - 1] ?? '{}') as Measurement));
  }
}
