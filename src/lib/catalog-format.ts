import type { JobZone } from './job-zone.ts';
import type { Catalog, CatalogEntry, Credit } from './occupation.ts';

/**
 * The catalog as it travels in the first-load script: rows instead of objects
 * and groups by position, so that a thousand occupations cost about half the
 * bytes. It is expanded once, when the app starts.
 */
export interface CompactCatalog {
  groups: string[];
  /** Folder of the occupation files, named for their content: `<folder>/<SOC>.json`. */
  dataDir: string;
  searchIndexPath: string;
  credits: Credit[];
  occupations: CompactEntry[];
}

type CompactEntry = [
  soc: string,
  title: string,
  group: number,
  jobZone: JobZone | null,
  jobZoneInferred: 0 | 1,
  levelCounts: number[],
];

export function occupationDataPath(dataDir: string, soc: string): string {
  return `${dataDir}/${soc}.json`;
}

export function compactCatalog(catalog: Catalog, dataDir: string): CompactCatalog {
  const groups = [...new Set(catalog.occupations.map((entry) => entry.group))];
  return {
    groups,
    dataDir,
    searchIndexPath: catalog.searchIndexPath,
    credits: catalog.credits,
    occupations: catalog.occupations.map((entry) => [
      entry.soc,
      entry.title,
      groups.indexOf(entry.group),
      entry.jobZone,
      entry.jobZoneInferred ? 1 : 0,
      entry.levelCounts,
    ]),
  };
}

export function expandCatalog(compact: CompactCatalog): Catalog {
  return {
    credits: compact.credits,
    searchIndexPath: compact.searchIndexPath,
    occupations: compact.occupations.map(
      ([soc, title, group, jobZone, jobZoneInferred, levelCounts]): CatalogEntry => ({
        soc,
        title,
        group: compact.groups[group] ?? '',
        jobZone,
        jobZoneInferred: jobZoneInferred === 1,
        levelCounts,
        dataPath: occupationDataPath(compact.dataDir, soc),
      }),
    ),
  };
}
