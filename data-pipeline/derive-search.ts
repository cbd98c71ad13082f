import { createHash } from 'node:crypto';
import type {
  ManifestOccupation,
  SearchManifest,
  SearchShard,
} from '../src/features/search/lib/search-index-format.ts';
import { searchWords } from '../src/features/search/lib/search-words.ts';

/** Folder of the search index in the built site. */
export const SEARCH_DIR = 'assets/search';

/**
 * Characters of postings per shard, before compression. About 8 KB gzip: small
 * enough that a query's first results stay far under the transfer budget,
 * large enough that a thousand occupations need only a few dozen files.
 */
const SHARD_TARGET_CHARS = 40_000;

export interface SearchInput {
  soc: string;
  title: string;
  group: string;
  levels: { statements: string[] }[];
  dataPath: string;
}

export interface SearchIndex {
  manifestPath: string;
  /** Site-relative path → file contents. */
  files: Map<string, string>;
}

function hashed(stem: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return `${SEARCH_DIR}/${stem}.${hash}.json`;
}

function gaps(numbers: number[]): number[] {
  return numbers.map((number, index) => (index === 0 ? number : number - (numbers[index - 1] ?? 0)));
}

/** Builds the manifest and the sharded postings for occupations in catalog order. */
export function deriveSearchIndex(occupations: readonly SearchInput[]): SearchIndex {
  const groups = [...new Set(occupations.map((occupation) => occupation.group))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  const groupIndex = new Map(groups.map((group, index) => [group, index]));
  const postings = new Map<string, number[]>();
  let statementNumber = 0;
  const manifestOccupations: ManifestOccupation[] = occupations.map((occupation) => {
    for (const level of occupation.levels) {
      for (const statement of level.statements) {
        for (const word of new Set(searchWords(statement))) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = []));
          list.push(statementNumber);
        }
        statementNumber += 1;
      }
    }
    return [
      occupation.soc,
      occupation.title,
      groupIndex.get(occupation.group) ?? 0,
      occupation.levels.map((level) => level.statements.length),
      occupation.dataPath,
    ];
  });

  // Code-unit order, the order the browser's binary search assumes.
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = new Map<string, string>();
  const shardStarts: number[] = [];
  const shardPaths: string[] = [];
  let shard: SearchShard = [];
  let shardChars = 0;
  const closeShard = () => {
    const text = JSON.stringify(shard);
    const path = hashed(`words-${shardPaths.length}`, text);
    files.set(path, text);
    shardPaths.push(path);
    shard = [];
    shardChars = 0;
  };
  words.forEach((word, index) => {
    if (shard.length === 0) shardStarts.push(index);
    const list = gaps(postings.get(word) ?? []);
    shard.push(list);
    shardChars += JSON.stringify(list).length;
    if (shardChars >= SHARD_TARGET_CHARS) closeShard();
  });
  if (shard.length > 0) closeShard();

  const manifest: SearchManifest = {
    version: 1,
    groups,
    occupations: manifestOccupations,
    words,
    statementCounts: words.map((word) => postings.get(word)?.length ?? 0),
    shardStarts,
    shardPaths,
  };
  const text = JSON.stringify(manifest);
  const manifestPath = hashed('manifest', text);
  files.set(manifestPath, text);
  return { manifestPath, files };
}
