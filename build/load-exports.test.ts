import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths.ts';
import { buildSiteData } from './ladder-data-plugin.ts';
import { checkExports, loadExports } from './load-exports.ts';

const fixture = (name: string) => readFileSync(join(FIXTURE_EXPORTS_DIR, name), 'utf8');

describe('checkExports', () => {
  it('rejects the same SOC code in two files, naming both', () => {
    const text = fixture('99-1001.00.json');
    const { exports, problems } = checkExports([
      { file: 'data/a.json', text },
      { file: 'data/b.json', text },
    ]);
    expect(exports.map((loaded) => loaded.file)).toEqual(['data/a.json']);
    expect(problems).toEqual([
      {
        file: 'data/b.json',
        path: '$.occupation.soc',
        expected: 'a SOC code not used by another export (data/a.json already has 99-1001.00)',
        found: 'the text "99-1001.00" again',
      },
    ]);
  });

  it('reports the problems of every file, not only the first broken one', () => {
    const { problems } = checkExports([
      { file: 'data/one.json', text: '' },
      { file: 'data/two.json', text: '{' },
      { file: 'data/three.json', text: fixture('99-2002.00.json') },
    ]);
    expect(problems.map((problem) => problem.file)).toEqual(['data/one.json', 'data/two.json']);
  });
});

describe('loadExports', () => {
  it('reads only .json files from the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
    writeFileSync(join(dir, 'notes.txt'), 'not an export');
    writeFileSync(join(dir, 'b.json'), fixture('99-2002.00.json'));
    writeFileSync(join(dir, 'a.json'), fixture('99-1001.00.json'));
    const { exports, problems } = loadExports(dir);
    expect(problems).toEqual([]);
    expect(exports.map((loaded) => loaded.data.occupation.soc)).toEqual(['99-1001.00', '99-2002.00']);
  });

  it('fails the build with one message listing every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'zone.json'), fixture('99-1001.00.json').replace('"jobZone": 1', '"jobZone": 7'));
    expect(() => buildSiteData(dir)).toThrowError(
      [
        'Ladder found 2 problems in 2 exports; nothing was built:',
        `  - ${join(dir, 'empty.json')}: expected a JSON export, found an empty file`,
        `  - ${join(dir, 'zone.json')} at $.occupation.jobZone: expected a whole number from 1 to 5, or null, found the number 7`,
      ].join('\n'),
    );
  });
});
