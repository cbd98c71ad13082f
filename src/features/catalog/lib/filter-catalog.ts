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

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function matchesWord(entry: CatalogEntry, word: string): boolean {
  if (fold(entry.title).includes(word)) return true;
  // "43-4171", "434171" and "4171" all find 43-4171.00.
  const wordDigits = digits(word);
  return (
    wordDigits.length > 0 &&
    wordDigits.length === word.replace(/[-.\s]/g, '').length &&
    digits(entry.soc).includes(wordDigits)
  );
}

export function filterCatalog(entries: readonly CatalogEntry[], filters: CatalogFilters): CatalogEntry[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (filters.group === '' || entry.group === filters.group) &&
      (filters.zone === '' || String(entry.jobZone ?? NO_ZONE) === filters.zone) &&
      words.every((word) => matchesWord(entry, word)),
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
