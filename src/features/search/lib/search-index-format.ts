import type { LevelId } from '../../../lib/levels.ts';

/**
 * The search index as the build writes it under assets/search/: a small
 * manifest, loaded when search is first used, and postings split into shards
 * of neighbouring words, so that a query loads only the shards of its words.
 * Statement texts are not repeated here: results read them from the
 * occupation files the app already has. See docs/decisions/006.
 */
export interface SearchManifest {
  version: 1;
  /** Occupation groups; occupations refer to them by position. */
  groups: string[];
  /** [SOC code, title, group position, statements per level, data file path], in index order. */
  occupations: ManifestOccupation[];
  /** Every indexed word of every statement, sorted by code unit. */
  words: string[];
  /** For each word, how many statements contain it. */
  statementCounts: number[];
  /** Position in `words` of each shard's first word; a shard runs up to the next one's. */
  shardStarts: number[];
  /** Site-relative path of each shard, content-hashed. */
  shardPaths: string[];
}

export type ManifestOccupation = [soc: string, title: string, group: number, levelCounts: number[], dataPath: string];

/**
 * A shard: for each of its words in order, the numbers of the statements that
 * contain it, ascending and stored as gaps from the previous number (small
 * numbers compress well). A statement's number counts every statement of the
 * occupations before it, then of the levels before it, then its position.
 */
export type SearchShard = number[][];

export interface StatementAddress {
  occupation: number;
  level: LevelId;
  levelPosition: number;
  index: number;
}
