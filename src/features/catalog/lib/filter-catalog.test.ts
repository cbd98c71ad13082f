import type { CatalogEntry } from '../../../lib/occupation';
import { NO_FILTERS, filterCatalog, groupCounts, hasFilters } from './filter-catalog';

function entry(soc: string, title: string, group: string, jobZone: CatalogEntry['jobZone']): CatalogEntry {
  return { soc, title, group, jobZone, jobZoneInferred: false, levelCounts: [1, 1, 1, 1], dataPath: `x/${soc}.json` };
}

const entries = [
  entry('43-4171.00', 'Receptionists and Information Clerks', 'Office', 2),
  entry('43-6011.00', 'Executive Secretaries', 'Office', 3),
  entry('29-1141.00', 'Registered Nurses', 'Healthcare', null),
  entry('35-2014.00', 'Cooks, Restaurant', 'Food Préparation', 2),
];

const socs = (filters: Partial<typeof NO_FILTERS>) =>
  filterCatalog(entries, { ...NO_FILTERS, ...filters }).map((item) => item.soc);

describe('filterCatalog', () => {
  it('keeps everything without filters', () => {
    expect(socs({})).toHaveLength(4);
  });

  it('matches every word of the query in the title, ignoring case', () => {
    expect(socs({ query: 'CLERKS recep' })).toEqual(['43-4171.00']);
    expect(socs({ query: 'recep nurses' })).toEqual([]);
  });

  it('matches SOC codes with or without punctuation', () => {
    expect(socs({ query: '43-4171' })).toEqual(['43-4171.00']);
    expect(socs({ query: '434171' })).toEqual(['43-4171.00']);
    expect(socs({ query: '6011' })).toEqual(['43-6011.00']);
  });

  it('filters by group and by job zone, including occupations without one', () => {
    expect(socs({ group: 'Office' })).toEqual(['43-4171.00', '43-6011.00']);
    expect(socs({ zone: '2' })).toEqual(['43-4171.00', '35-2014.00']);
    expect(socs({ zone: 'none' })).toEqual(['29-1141.00']);
    expect(socs({ group: 'Office', zone: '3', query: 'exec' })).toEqual(['43-6011.00']);
  });

  it('ignores accents on either side', () => {
    expect(socs({ query: 'cooks' })).toEqual(['35-2014.00']);
  });
});

describe('groupCounts', () => {
  it('counts occupations per group, by name', () => {
    expect(groupCounts(entries)).toEqual([
      { group: 'Food Préparation', count: 1 },
      { group: 'Healthcare', count: 1 },
      { group: 'Office', count: 2 },
    ]);
  });
});

describe('hasFilters', () => {
  it('ignores a query of spaces only', () => {
    expect(hasFilters({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, zone: '1' })).toBe(true);
  });
});
