import { parseArgs } from 'node:util';
import { DEFAULT_SHARED_TOPIC_SHARE, defaultCorpusDir, generateCorpus, writeCorpus } from './corpus.ts';

// Usage: npx tsx scripts/generate-corpus.ts --count 1000 --seed 42 [--out bench/out/corpus-1000] [--shared 0.03]

const USAGE = 'usage: tsx scripts/generate-corpus.ts --count <n> [--seed <n>] [--out <dir>] [--shared <0..1>]';

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(number)) {
    throw new Error(`--${name} must be a whole number, got ${value ?? 'nothing'}\n${USAGE}`);
  }
  return number;
}

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    shared: { type: 'string' },
  },
});

const count = wholeNumber('count', values.count);
const seed = wholeNumber('seed', values.seed, 42);
const sharedTopicShare = values.shared === undefined ? DEFAULT_SHARED_TOPIC_SHARE : Number(values.shared);
const out = values.out ?? defaultCorpusDir(count, sharedTopicShare);
const files = generateCorpus({ count, seed, sharedTopicShare });
const { written, kept } = writeCorpus(out, files);
console.log(`${files.size} exports (seed ${seed}) in ${out}: ${written} written, ${kept} already identical`);
