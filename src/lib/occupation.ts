import type { JobZone } from './job-zone.ts';
import type { LevelId } from './levels.ts';

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
}
