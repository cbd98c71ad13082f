import { describe, expect, it } from 'vitest';
import { compactCatalog, expandCatalog } from './catalog-format';
import type { Catalog } from './occupation';

describe('compact catalog', () => {
  it('expands back to the same catalog', () => {
    const credit = { onet: 'O*NET', crosswalk: 'x', generator: 'g', attribution: 'a' };
    const catalog: Catalog = {
      credits: [credit],
      searchIndexPath: 'assets/search/manifest.abc.json',
      occupations: [
        {
          soc: '11-1011.00',
          title: 'Chief Executives',
          group: 'Management',
          jobZone: 5,
          jobZoneInferred: false,
          levelCounts: [1, 2, 3, 4],
          dataPath: 'assets/occupations/0123456789/11-1011.00.json',
        },
        {
          soc: '43-4171.00',
          title: 'Receptionists',
          group: 'Office',
          jobZone: null,
          jobZoneInferred: true,
          levelCounts: [10, 10, 10, 10],
          dataPath: 'assets/occupations/0123456789/43-4171.00.json',
        },
      ],
    };
    const compact = compactCatalog(catalog, 'assets/occupations/0123456789');
    expect(compact.groups).toEqual(['Management', 'Office']);
    expect(expandCatalog(JSON.parse(JSON.stringify(compact)) as typeof compact)).toEqual(catalog);
  });
});
