import { matchesQuery } from '../../../lib/catalog-search';
import type { CatalogEntry } from '../../../lib/occupation';

/** Job zone filter value for occupations without a job zone. */
export const NO_ZONE = 'none';

export interface CatalogFilters {
  /** Free text matched against titles and SOC codes. */
  query: string;
  /** A group name, or '' for every group. */
  group: string;
  /** '1'…'5', NO_ZONE, or '' for every job zone. */
  zone: string;
}

export const NO_FILTERS: CatalogFilters = { query: '', group: '', zone: '' };

/** The address's query parameter for each filter, which the filter form's fields are also named. */
export const CATALOG_PARAMS: Readonly<Record<keyof CatalogFilters, string>> = {
  query: 'q',
  group: 'group',
  zone: 'zone',
};

export function filterCatalog(entries: readonly CatalogEntry[], filters: CatalogFilters): CatalogEntry[] {
  return entries.filter(
    (entry) =>
      (filters.group === '' || entry.group === filters.group) &&
      (filters.zone === '' || String(entry.jobZone ?? NO_ZONE) === filters.zone) &&
      matchesQuery(entry, filters.query),
  );
}

export function hasFilters(filters: CatalogFilters): boolean {
  return filters.query.trim() !== '' || filters.group !== '' || filters.zone !== '';
}

/** The groups present in the catalog, by name, with how many occupations each has. */
export function groupCounts(entries: readonly CatalogEntry[]): { group: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
  return [...counts].map(([group, count]) => ({ group, count })).sort((a, b) => a.group.localeCompare(b.group, 'en'));
}
