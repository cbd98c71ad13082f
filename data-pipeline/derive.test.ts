import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVEL_IDS } from '../src/lib/levels.ts';
import type { Occupation } from '../src/lib/occupation.ts';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths.ts';
import { dataExports } from '../scripts/data-exports.ts';
import { generateOverlapCorpus } from '../scripts/overlap-corpus.ts';
import { deriveSiteData } from './derive.ts';
import type { ExportFile } from './export-schema.ts';
import { RELATED_COUNT } from './match-occupations.ts';
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

describe('an occupation file at any catalog size', () => {
  // The high-overlap corpus, where every occupation matches nearly every other: a smaller corpus is the
  // first part of a larger one, so the same occupations can be looked at in both.
  const filesOf = (count: number) => {
    const texts = [...generateOverlapCorpus(count, 42, dataExports()).values()];
    const built = deriveSiteData(texts.map((text) => JSON.parse(text) as ExportFile));
    return new Map(
      built.catalog.occupations.map((entry) => [entry.soc, JSON.parse(built.files.get(entry.dataPath)!) as Occupation]),
    );
  };
  const small = filesOf(10);
  const large = filesOf(200);

  it('has the same fields, the same terms and at most RELATED_COUNT related occupations', () => {
    for (const [soc, occupation] of small) {
      const same = large.get(soc)!;
      expect(Object.keys(same).sort()).toEqual(Object.keys(occupation).sort());
      expect(Object.keys(same.termWeights)).toEqual(Object.keys(occupation.termWeights));
      expect(same.levels).toEqual(occupation.levels);
      expect(same.related.length).toBeLessThanOrEqual(RELATED_COUNT);
    }
    // With 200 occupations that all match each other, every list is full.
    for (const occupation of large.values()) expect(occupation.related).toHaveLength(RELATED_COUNT);
  });

  it('is about as large with 200 occupations as with 10', () => {
    const size = (files: Map<string, Occupation>) =>
      [...small.keys()].reduce((sum, soc) => sum + JSON.stringify(files.get(soc)).length, 0);
    // The ten files gain only the related occupations that ten could not fill (at most three more each).
    expect(size(large) / size(small)).toBeLessThan(1.15);
  });
});
