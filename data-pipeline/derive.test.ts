import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVEL_IDS } from '../src/lib/levels.ts';
import type { Occupation } from '../src/lib/occupation.ts';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths.ts';
import { deriveSiteData } from './derive.ts';
import { loadExports } from './load-exports.ts';

const { exports } = loadExports(FIXTURE_EXPORTS_DIR);
const site = deriveSiteData(exports.map((loaded) => loaded.data));

describe('deriveSiteData', () => {
  it('lists occupations in the catalog by title with counts per level', () => {
    expect(site.catalog.occupations.map((entry) => [entry.title, entry.levelCounts])).toEqual([
      ['Archive Technicians', [1, 1, 1, 0]],
      ['Bakery Assistants', [3, 2, 2, 1]],
      ['Harbour Pilots', [2, 2, 2, 2]],
    ]);
  });

  it('writes one file per occupation in a content-named folder, with levels in canonical order', () => {
    const entry = site.catalog.occupations.find((item) => item.soc === '99-3003.00')!;
    expect(entry.dataPath).toMatch(/^assets\/occupations\/[0-9a-f]{10}\/99-3003\.00\.json$/);
    expect(entry.dataPath.startsWith(`${site.dataDir}/`)).toBe(true);
    const occupation = JSON.parse(site.files.get(entry.dataPath)!) as Occupation;
    expect(occupation.levels.map((level) => level.id)).toEqual([...LEVEL_IDS]);
    expect(occupation.credit.attribution).toBe('© Fixture Owner');
  });

  it("changes the occupation files' addresses only when their content changes", () => {
    const again = deriveSiteData(exports.map((loaded) => loaded.data));
    expect([...again.files.keys()]).toEqual([...site.files.keys()]);
    const edited = JSON.parse(readFileSync(join(FIXTURE_EXPORTS_DIR, '99-1001.00.json'), 'utf8')) as {
      occupation: { title: string };
    };
    edited.occupation.title = 'Bakery Helpers';
    const changed = deriveSiteData([edited as never, ...exports.slice(1).map((loaded) => loaded.data)]);
    const names = [...changed.files.keys()].filter((name) => name.startsWith('assets/occupations/'));
    // The occupations' folder is named for all their content: new data, new addresses.
    expect(names).toHaveLength(3);
    expect(names.filter((name) => site.files.has(name))).toEqual([]);
  });

  it('collects each distinct credit once', () => {
    expect(site.catalog.credits.map((credit) => credit.attribution).sort()).toEqual([
      '© Fixture Owner',
      '© Harbour Fixture Board',
    ]);
  });
});
