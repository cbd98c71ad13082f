import type { LevelId } from '../../../lib/levels';

export interface SearchRequest {
  query: string;
  level: LevelId | null;
  group: string | null;
  /** How many occupations to return, best first. */
  limit: number;
}

export interface StatementResult {
  /** Position of the statement in its level, from 0. */
  index: number;
  text: string;
  anchor: string;
}

export interface OccupationResult {
  soc: string;
  title: string;
  group: string;
  /** Whether the title or SOC code itself matches the query. */
  titleMatch: boolean;
  /** Matching statements per level, in level order; levels without any are left out. */
  levels: { level: LevelId; statements: StatementResult[] }[];
}

export interface SearchResponse {
  query: string;
  /** Folded words of the data that count as matches of the query, for highlighting. */
  matchedWords: string[];
  /**
   * The query with each word that matched only through a typo (no word of the
   * data is it, shares its stem or starts with it) replaced by its likeliest
   * spelling; null when every word matched as typed, or nothing matched.
   */
  correctedQuery: string | null;
  /** Matching statements and occupations under the current filters. */
  statementTotal: number;
  occupationTotal: number;
  /** Matching statements per level, with the group filter but not the level filter. */
  levelCounts: Record<LevelId, number>;
  /** Matching occupations per group, with the level filter but not the group filter; every group is listed. */
  groupCounts: { group: string; count: number }[];
  results: OccupationResult[];
}
