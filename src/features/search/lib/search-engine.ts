import SearchableMap from 'minisearch/SearchableMap';
import { stemmer } from 'stemmer';
import { LEVEL_IDS, type LevelId } from '../../../lib/levels';
import { answeredByServiceWorker, keepOfflineCopy } from '../../../lib/offline-copy';
import type { Level } from '../../../lib/occupation';
import { statementAnchors } from '../../../lib/statement-anchor';
import type { SearchManifest, SearchShard } from './search-index-format';
import type { OccupationResult, SearchRequest, SearchResponse } from './search-types';
import { searchWords, splitWords } from './search-words';

/** Reads a site-relative JSON file; the worker passes fetch, tests pass the files. */
export type ReadJson = (path: string) => Promise<unknown>;

/** Reads an index or occupation file from the site, as the worker and the no-worker fallback both do. */
export function fetchSiteFile(base: string): ReadJson {
  return async (path) => {
    const url = `${base}${path}`;
    // Read before the request, as the service worker may take control meanwhile.
    const viaWorker = answeredByServiceWorker();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The search index could not be downloaded (HTTP ${response.status}).`);
    // Files read before the service worker controlled this page or worker are kept for offline use here.
    if (import.meta.env.PROD && !viaWorker) void keepOfflineCopy(url, response.clone());
    return (await response.json()) as unknown;
  };
}

// How much each kind of match counts, against an exact word (or same stem) at 1.
const PREFIX_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.6;
// A title that matches puts its occupation above any statement match.
const TITLE_BOOST = 1_000;
// A one-letter query would pull in most of the index; it matches titles only.
const MIN_PREFIX_LENGTH = 2;

interface LoadedIndex {
  manifest: SearchManifest;
  /** Every word of statements and titles → its position in manifest.words, or -1 for title-only words. */
  vocabulary: SearchableMap<number>;
  stems: Map<string, string[]>;
  /** Number of the first statement of each occupation, plus the total at the end. */
  starts: number[];
  /** For each statement number, its occupation's position and its level's position: looked up per match. */
  occupationOf: Int32Array;
  levelOf: Uint8Array;
  /** Title word → the occupations whose title has it. */
  titleIndex: Map<string, number[]>;
}

interface DescribedLevel {
  id: LevelId;
  statements: readonly string[];
  anchors: readonly string[];
}

/** Query word → matching words of the data with their weights. */
type Expansion = Map<string, number>;

/** Edits allowed in a word of this length: none in short words, where one edit makes another word. */
function typoDistance(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/** The word with each pair of neighbouring (different) letters swapped: the commonest typo. */
function swaps(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1])
      found.push(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
  }
  return found;
}

function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function socDigits(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

export class SearchEngine {
  private index: Promise<LoadedIndex> | undefined;
  private readonly shards = new Map<number, Promise<SearchShard>>();
  private readonly postings = new Map<number, Int32Array>();
  private readonly levels = new Map<string, Promise<DescribedLevel[]>>();

  constructor(
    private readonly readJson: ReadJson,
    private readonly manifestPath: string,
  ) {}

  private loadIndex(): Promise<LoadedIndex> {
    this.index ??= this.readJson(this.manifestPath).then((data) => {
      const manifest = data as SearchManifest;
      const vocabulary = new SearchableMap<number>();
      const stems = new Map<string, string[]>();
      const addWord = (word: string, position: number) => {
        if (vocabulary.has(word)) return;
        vocabulary.set(word, position);
        const stem = stemmer(word);
        const list = stems.get(stem);
        if (list) list.push(word);
        else stems.set(stem, [word]);
      };
      manifest.words.forEach((word, position) => addWord(word, position));
      const titleIndex = new Map<string, number[]>();
      manifest.occupations.forEach(([, title], occupation) => {
        for (const word of new Set(searchWords(title))) {
          addWord(word, -1);
          const list = titleIndex.get(word);
          if (list) list.push(occupation);
          else titleIndex.set(word, [occupation]);
        }
      });
      const starts = [0];
      for (const [, , , counts] of manifest.occupations) {
        starts.push((starts.at(-1) ?? 0) + counts.reduce((sum, count) => sum + count, 0));
      }
      const total = starts.at(-1) ?? 0;
      const occupationOf = new Int32Array(total);
      const levelOf = new Uint8Array(total);
      manifest.occupations.forEach(([, , , counts], occupation) => {
        let number = starts[occupation] ?? 0;
        counts.forEach((count, level) => {
          occupationOf.fill(occupation, number, number + count);
          levelOf.fill(level, number, number + count);
          number += count;
        });
      });
      return { manifest, vocabulary, stems, starts, titleIndex, occupationOf, levelOf };
    });
    // A failed download is forgotten, so that the next query tries again.
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  private expand(index: LoadedIndex, word: string): Expansion {
    const expansion: Expansion = new Map();
    const add = (found: string, weight: number) => {
      if ((expansion.get(found) ?? 0) < weight) expansion.set(found, weight);
    };
    for (const found of index.stems.get(stemmer(word)) ?? []) add(found, 1);
    if (index.vocabulary.has(word)) add(word, 1);
    if (word.length >= MIN_PREFIX_LENGTH) {
      for (const [found] of index.vocabulary.atPrefix(word)) add(found, PREFIX_WEIGHT);
    }
    const distance = typoDistance(word);
    if (distance > 0) {
      for (const [found, [, edits]] of index.vocabulary.fuzzyGet(word, distance)) {
        add(found, edits === 0 ? 1 : TYPO_WEIGHT / edits);
      }
      // Two neighbouring letters swapped count as one edit, though Levenshtein counts two: looked up
      // directly, since a fuzzy walk at distance 2 costs a keystroke's whole budget in a large index.
      for (const swapped of swaps(word)) if (index.vocabulary.has(swapped)) add(swapped, TYPO_WEIGHT);
    }
    return expansion;
  }

  /**
   * The likeliest spelling of a query word that matched only through typos:
   * the fewest edits, then the word in most statements. Null when the word
   * matched as typed, by its stem or as the start of a word (weights from
   * PREFIX_WEIGHT up), or matched nothing.
   */
  private correction(index: LoadedIndex, expansion: Expansion): string | null {
    let best: { word: string; weight: number; count: number } | null = null;
    for (const [word, weight] of expansion) {
      if (weight >= PREFIX_WEIGHT) return null;
      const count = index.manifest.statementCounts[index.vocabulary.get(word) ?? -1] ?? 0;
      if (!best || weight > best.weight || (weight === best.weight && count > best.count))
        best = { word, weight, count };
    }
    return best?.word ?? null;
  }

  /** The query as typed, with the words that matched only through typos spelt as the data spells them. */
  private correctedQuery(index: LoadedIndex, query: string, words: string[], expansions: Expansion[]): string | null {
    const corrections = new Map<string, string>();
    words.forEach((word, position) => {
      const expansion = expansions[position];
      const corrected = expansion ? this.correction(index, expansion) : null;
      if (corrected !== null && corrected !== word) corrections.set(word, corrected);
    });
    if (corrections.size === 0) return null;
    return splitWords(query)
      .map((piece) => (piece.word !== null ? (corrections.get(piece.word) ?? piece.text) : piece.text))
      .join('')
      .trim();
  }

  private shardOf(index: LoadedIndex, position: number): number {
    return upperBound(index.manifest.shardStarts, position) - 1;
  }

  private async loadPostings(index: LoadedIndex, positions: number[]): Promise<void> {
    const needed = [...new Set(positions.filter((p) => !this.postings.has(p)).map((p) => this.shardOf(index, p)))];
    await Promise.all(
      needed.map(async (shardNumber) => {
        let shard = this.shards.get(shardNumber);
        if (!shard) {
          const path = index.manifest.shardPaths[shardNumber] ?? '';
          shard = this.readJson(path).then((data) => data as SearchShard);
          // A failed download is forgotten, so that the next query tries again.
          shard.catch(() => this.shards.delete(shardNumber));
          this.shards.set(shardNumber, shard);
        }
        const lists = await shard;
        const first = index.manifest.shardStarts[shardNumber] ?? 0;
        lists.forEach((gaps, offset) => {
          const numbers = new Int32Array(gaps.length);
          let current = 0;
          gaps.forEach((gap, i) => (numbers[i] = current += gap));
          this.postings.set(first + offset, numbers);
        });
      }),
    );
  }

  /** An occupation's statements with their anchors, worked out once per occupation. */
  private loadLevels(path: string): Promise<DescribedLevel[]> {
    let levels = this.levels.get(path);
    if (!levels) {
      levels = this.readJson(path).then((data) =>
        (data as { levels: Level[] }).levels.map((level) => ({
          id: level.id,
          statements: level.statements,
          anchors: statementAnchors(level.statements),
        })),
      );
      levels.catch(() => this.levels.delete(path));
      this.levels.set(path, levels);
    }
    return levels;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const index = await this.loadIndex();
    const { manifest } = index;
    const queryWords = [...new Set(searchWords(request.query))];
    const empty: SearchResponse = {
      query: request.query,
      matchedWords: [],
      correctedQuery: null,
      statementTotal: 0,
      occupationTotal: 0,
      levelCounts: { emerging: 0, developing: 0, proficient: 0, advanced: 0 },
      groupCounts: manifest.groups.map((group) => ({ group, count: 0 })),
      results: [],
    };
    if (queryWords.length === 0) return empty;

    const expansions = queryWords.map((word) => this.expand(index, word));
    const positions = expansions.flatMap((expansion) =>
      [...expansion.keys()].map((word) => index.vocabulary.get(word) ?? -1).filter((p) => p >= 0),
    );
    await this.loadPostings(index, positions);

    // Statement scores: every query word must match; each adds its best match's weight × rarity.
    // Typed arrays, not maps: a short prefix matches tens of thousands of statements.
    const total = index.starts.at(-1) ?? 0;
    let matched: number[] | undefined;
    const scores = new Float64Array(total);
    for (const expansion of expansions) {
      const wordScores = new Float64Array(total);
      const wordMatched: number[] = [];
      for (const [word, weight] of expansion) {
        const position = index.vocabulary.get(word) ?? -1;
        const numbers = position >= 0 ? this.postings.get(position) : undefined;
        if (!numbers) continue;
        const score = weight * Math.log(1 + total / Math.max(1, manifest.statementCounts[position] ?? 1));
        for (const number of numbers) {
          const before = wordScores[number] ?? 0;
          if (before === 0) wordMatched.push(number);
          if (before < score) wordScores[number] = score;
        }
      }
      matched = (matched ?? wordMatched).filter((number) => (wordScores[number] ?? 0) > 0);
      for (const number of matched) scores[number] = (scores[number] ?? 0) + (wordScores[number] ?? 0);
    }

    // Titles (and SOC codes) match when every query word matches a title word.
    const digits = socDigits(request.query);
    const socQuery = /^[\d\s.-]+$/.test(request.query.trim()) && digits.length >= 2;
    // Occupations whose title matches each query word, intersected across the words.
    let byTitle: Set<number> | undefined;
    for (const expansion of expansions) {
      const found = new Set<number>();
      for (const word of expansion.keys())
        for (const occupation of index.titleIndex.get(word) ?? []) found.add(occupation);
      byTitle = byTitle === undefined ? found : new Set([...byTitle].filter((occupation) => found.has(occupation)));
    }
    const titleMatches = byTitle ?? new Set<number>();
    if (socQuery) {
      manifest.occupations.forEach(([soc], occupation) => {
        if (socDigits(soc).startsWith(digits)) titleMatches.add(occupation);
      });
    }

    const groupFilter = request.group === null ? -1 : manifest.groups.indexOf(request.group);
    const levelCounts = { ...empty.levelCounts };
    const perOccupation = new Map<number, { best: number; count: number; statements: number[] }>();
    const groupOccupations = manifest.groups.map(() => new Set<number>());
    for (const number of matched ?? []) {
      const occupation = index.occupationOf[number] ?? -1;
      const entry = manifest.occupations[occupation];
      if (!entry) continue;
      const level = LEVEL_IDS[index.levelOf[number] ?? 0] ?? 'advanced';
      if (groupFilter < 0 || entry[2] === groupFilter) levelCounts[level] += 1;
      if (request.level !== null && level !== request.level) continue;
      groupOccupations[entry[2]]?.add(occupation);
      if (groupFilter >= 0 && entry[2] !== groupFilter) continue;
      const score = scores[number] ?? 0;
      let found = perOccupation.get(occupation);
      if (!found) perOccupation.set(occupation, (found = { best: 0, count: 0, statements: [] }));
      found.best = Math.max(found.best, score);
      found.count += 1;
      found.statements.push(number);
    }
    for (const occupation of titleMatches) {
      const entry = manifest.occupations[occupation];
      if (!entry) continue;
      groupOccupations[entry[2]]?.add(occupation);
      if (groupFilter >= 0 && entry[2] !== groupFilter) continue;
      if (!perOccupation.has(occupation)) perOccupation.set(occupation, { best: 0, count: 0, statements: [] });
    }

    const ranked = [...perOccupation.entries()]
      .map(([occupation, found]) => ({
        occupation,
        found,
        score: (titleMatches.has(occupation) ? TITLE_BOOST : 0) + found.best * (1 + 0.1 * Math.log1p(found.count)),
      }))
      .sort((a, b) => b.score - a.score || a.occupation - b.occupation);

    const results = await Promise.all(
      ranked
        .slice(0, request.limit)
        .map(({ occupation, found }) =>
          this.describe(index, occupation, found.statements, titleMatches.has(occupation)),
        ),
    );
    const matchedWords = [...new Set(expansions.flatMap((expansion) => [...expansion.keys()]))];
    return {
      ...empty,
      matchedWords,
      correctedQuery: ranked.length > 0 ? this.correctedQuery(index, request.query, queryWords, expansions) : null,
      statementTotal: ranked.reduce((sum, { found }) => sum + found.count, 0),
      occupationTotal: ranked.length,
      levelCounts,
      groupCounts: manifest.groups.map((group, position) => ({
        group,
        count: groupOccupations[position]?.size ?? 0,
      })),
      results,
    };
  }

  /** The level a statement is in, and its position there, from its offset within its occupation. */
  private placeInOccupation(counts: number[], offset: number): { id: LevelId; index: number } {
    let remaining = offset;
    for (const [position, id] of LEVEL_IDS.entries()) {
      const count = counts[position] ?? 0;
      if (remaining < count) return { id, index: remaining };
      remaining -= count;
    }
    return { id: 'advanced', index: remaining };
  }

  private async describe(
    index: LoadedIndex,
    occupation: number,
    numbers: number[],
    titleMatch: boolean,
  ): Promise<OccupationResult> {
    const [soc, title, group, counts, dataPath] = index.manifest.occupations[occupation] ?? ['', '', 0, [], ''];
    const result: OccupationResult = {
      soc,
      title,
      group: index.manifest.groups[group] ?? '',
      titleMatch,
      levels: [],
    };
    if (numbers.length === 0) return result;
    const levels = await this.loadLevels(dataPath);
    const start = index.starts[occupation] ?? 0;
    for (const number of [...numbers].sort((a, b) => a - b)) {
      const { id, index: position } = this.placeInOccupation(counts, number - start);
      const level = levels.find((candidate) => candidate.id === id);
      const text = level?.statements[position];
      if (!level || text === undefined) continue;
      let entry = result.levels.find((candidate) => candidate.level === id);
      if (!entry) result.levels.push((entry = { level: id, statements: [] }));
      entry.statements.push({ index: position, text, anchor: level.anchors[position] ?? '' });
    }
    return result;
  }
}
