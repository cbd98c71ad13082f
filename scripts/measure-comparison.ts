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
  /** Related occupations listed, over all files (a pair may be listed from one side or both). */
  relatedListed: number;
  /** Of those, in the same occupation group. */
  sameGroupListed: number;
  /** Statement matches listed with the related occupations. */
  matchedStatements: number;
  /** Of those, matches between occupations of the same group. */
  sameGroupStatements: number;
  averageBytes: number;
  maxBytes: number;
  averageGzipBytes: number;
  maxGzipBytes: number;
  /** Share of all occupation-file bytes taken by the `related` lists. */
  relatedShare: number;
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

  // The search index's files are there too.
  const texts = [...site.files].flatMap(([path, text]) => (path.startsWith(`${site.dataDir}/`) ? [text] : []));
  const occupations = texts.map((text) => JSON.parse(text) as Occupation);
  const groupOf = new Map(occupations.map((occupation) => [occupation.soc, occupation.group]));
  let relatedListed = 0;
  let sameGroupListed = 0;
  let sameGroupStatements = 0;
  let matchedStatements = 0;
  let statements = 0;
  let relatedBytes = 0;
  let totalBytes = 0;
  let totalGzip = 0;
  let maxBytes = 0;
  let maxGzipBytes = 0;
  for (const [index, text] of texts.entries()) {
    const occupation = occupations[index]!;
    relatedListed += occupation.related.length;
    for (const related of occupation.related) {
      matchedStatements += related.statements.length;
      if (groupOf.get(related.soc) !== occupation.group) continue;
      sameGroupListed += 1;
      sameGroupStatements += related.statements.length;
    }
    for (const level of occupation.levels) statements += level.statements.length;
    relatedBytes += Buffer.byteLength(JSON.stringify(occupation.related));
    const bytes = Buffer.byteLength(text);
    const gzipBytes = gzipSync(text).length;
    totalBytes += bytes;
    totalGzip += gzipBytes;
    maxBytes = Math.max(maxBytes, bytes);
    maxGzipBytes = Math.max(maxGzipBytes, gzipBytes);
  }
  const count = Math.max(texts.length, 1);
  const catalog = JSON.stringify(site.catalog);
  return {
    dir,
    occupations: texts.length,
    statements,
    loadMs,
    deriveMs,
    comparisonMs: site.comparisonMs,
    relatedListed,
    sameGroupListed,
    matchedStatements,
    sameGroupStatements,
    averageBytes: totalBytes / count,
    maxBytes,
    averageGzipBytes: totalGzip / count,
    maxGzipBytes,
    relatedShare: totalBytes > 0 ? relatedBytes / totalBytes : 0,
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
    `  related listed       ${m.relatedListed} (${m.sameGroupListed} within a group), ` +
      `with ${m.matchedStatements} statement matches (${m.sameGroupStatements} within a group)`,
    `  occupation file      avg ${kilobytes(m.averageBytes)} (gzip ${kilobytes(m.averageGzipBytes)}), ` +
      `max ${kilobytes(m.maxBytes)} (gzip ${kilobytes(m.maxGzipBytes)}); related lists are ${(m.relatedShare * 100).toFixed(0)}% of bytes`,
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
