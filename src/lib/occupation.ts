import type { JobZone } from './job-zone.ts';
import type { LevelId } from './levels.ts';
import type { TermWeights } from './text-vectors.ts';

/** Where the data comes from, as each export states it: shown on every view. */
export interface Credit {
  onet: string;
  crosswalk: string;
  generator: string;
  attribution: string;
}

export interface Level {
  id: LevelId;
  label: string;
  statements: string[];
}

/** One occupation's full framework: the lazily loaded file per occupation. */
export interface Occupation {
  soc: string;
  title: string;
  group: string;
  jobZone: JobZone | null;
  jobZoneInferred: boolean;
  framework: {
    version: string;
    description: string;
    contextCovered: string;
    exportedAt: string;
    schemaVersion: string;
  };
  /** Always four, in canonical order. */
  levels: Level[];
  credit: Credit;
  /** Rows of the level matrix: statements on one topic, at most one per level. */
  levelMatrix: LevelRow[];
  /** The occupations with the most closely matching statements, best first, at most twelve, with their matches. */
  related: RelatedOccupation[];
  /**
   * The catalog-wide weight of each term of this occupation's statements: what
   * the browser needs to match it with any other occupation exactly as the
   * build does (src/lib/occupation-matching.ts).
   */
  termWeights: TermWeights;
}

/** One row of the level matrix. */
export interface LevelRow {
  /** Per level, the index of the row's statement there, or null. */
  statements: (number | null)[];
  /**
   * Per level, whether the statement there is only loosely linked to the one a
   * level below it in the row: one of the two is closer to another statement
   * at the other level. False where the row has no link into that level.
   */
  loose: boolean[];
}

/** [level position 0–3, statement index here, statement index there, similarity 0–1]. */
export type StatementMatch = [level: number, index: number, otherIndex: number, similarity: number];

export interface RelatedOccupation {
  soc: string;
  /** How many of this occupation's statements have a close match there. */
  shared: number;
  /** Summed similarity of the matches over the larger framework's size, 0–1. */
  score: number;
  /** The close matches, from this occupation's side, by level and statement. */
  statements: StatementMatch[];
}

/** What the catalog knows of an occupation at first paint. */
export interface CatalogEntry {
  soc: string;
  title: string;
  group: string;
  jobZone: JobZone | null;
  jobZoneInferred: boolean;
  /** Statements per level, in canonical order. */
  levelCounts: number[];
  /** Path of the occupation's content-hashed data file, relative to the site base. */
  dataPath: string;
}

export interface Catalog {
  occupations: CatalogEntry[];
  /** Every distinct credit among the exports. */
  credits: Credit[];
  /** Path of the search index's manifest, relative to the site base; loaded when search is first used. */
  searchIndexPath: string;
}
