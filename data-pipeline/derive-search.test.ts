import { describe, expect, it } from 'vitest';
import type { SearchManifest, SearchShard } from '../src/features/search/lib/search-index-format.ts';
import { deriveSearchIndex, type SearchInput } from './derive-search.ts';

function occupation(soc: string, title: string, group: string, statements: string[][]): SearchInput {
  return { soc, title, group, levels: statements.map((list) => ({ statements: list })), dataPath: `x/${soc}.json` };
}

const occupations = [
  occupation('11-0001.00', 'Bakers', 'Food', [
    ['Dough — mix dough.', 'Ovens — load the ovens.'],
    [],
    ['Dough — scale the dough.'],
    [],
  ]),
  occupation('22-0002.00', 'Pilots', 'Transport', [
    [],
    ['Charts — read charts of the harbour.'],
    [],
    ['Dough — not really.'],
  ]),
];

function read(files: Map<string, string>, path: string): unknown {
  const text = files.get(path);
  if (text === undefined) throw new Error(`${path} missing`);
  return JSON.parse(text);
}

/** Every word with the statement numbers that contain it, decoded from the shards. */
function decode(files: Map<string, string>, manifest: SearchManifest): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  manifest.shardPaths.forEach((path, shard) => {
    const lists = read(files, path) as SearchShard;
    lists.forEach((gaps, offset) => {
      let current = 0;
      const word = manifest.words[(manifest.shardStarts[shard] ?? 0) + offset] ?? '';
      postings.set(
        word,
        gaps.map((gap) => (current += gap)),
      );
    });
  });
  return postings;
}

describe('deriveSearchIndex', () => {
  const index = deriveSearchIndex(occupations);
  const manifest = read(index.files, index.manifestPath) as SearchManifest;

  it('numbers statements occupation by occupation and level by level, and lists the words that contain them', () => {
    const postings = decode(index.files, manifest);
    // Bakers: 0 "mix dough", 1 "load the ovens", 2 "scale the dough"; Pilots: 3 "charts", 4 "not really".
    expect(postings.get('dough')).toEqual([0, 2, 4]);
    expect(postings.get('ovens')).toEqual([1]);
    expect(postings.get('harbour')).toEqual([3]);
    expect(manifest.statementCounts[manifest.words.indexOf('dough')]).toBe(3);
  });

  it('leaves out function words and keeps the vocabulary sorted', () => {
    expect(manifest.words).not.toContain('the');
    expect(manifest.words).not.toContain('of');
    expect([...manifest.words].sort()).toEqual(manifest.words);
  });

  it('describes each occupation for the results: SOC code, title, group, counts per level, data file', () => {
    expect(manifest.groups).toEqual(['Food', 'Transport']);
    expect(manifest.occupations).toEqual([
      ['11-0001.00', 'Bakers', 0, [2, 0, 1, 0], 'x/11-0001.00.json'],
      ['22-0002.00', 'Pilots', 1, [0, 1, 0, 1], 'x/22-0002.00.json'],
    ]);
  });

  it('names every file for its content, so the same data gives the same files', () => {
    expect([...index.files.keys()].every((path) => /^assets\/search\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/.test(path))).toBe(
      true,
    );
    expect([...deriveSearchIndex(occupations).files.keys()]).toEqual([...index.files.keys()]);
  });

  it('splits a large vocabulary into shards of neighbouring words', () => {
    const words = Array.from({ length: 12000 }, (_, n) => `word${String(n).padStart(5, '0')}`);
    const statements = Array.from({ length: 1200 }, (_, n) => words.slice(n * 10, n * 10 + 10).join(' '));
    const large = deriveSearchIndex([occupation('33-0003.00', 'Many', 'G', [statements, [], [], []])]);
    const largeManifest = read(large.files, large.manifestPath) as SearchManifest;
    expect(largeManifest.shardPaths.length).toBeGreaterThan(1);
    expect(largeManifest.shardStarts[0]).toBe(0);
    expect(decode(large.files, largeManifest).get('word01234')).toEqual([123]);
  });
});
