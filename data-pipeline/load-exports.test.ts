import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths.ts';
import { buildSiteData } from './build-site-data.ts';
import { checkExports, loadExports } from './load-exports.ts';

const fixture = (name: string) => readFileSync(join(FIXTURE_EXPORTS_DIR, name), 'utf8');

interface Editable {
  occupation: Record<string, unknown>;
  framework: { levels: Record<string, { statements: unknown }> };
  [key: string]: unknown;
}

/** A fresh copy of the first fixture export, changed by `edit`. */
function exportText(edit: (data: Editable) => void = () => {}): string {
  const data = JSON.parse(fixture('99-1001.00.json')) as Editable;
  edit(data);
  return JSON.stringify(data, null, 2);
}

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

  it('reports a file’s own problem and its duplicate SOC code in the same pass', () => {
    const { exports, problems } = checkExports([
      { file: 'data/a.json', text: exportText() },
      { file: 'data/b.json', text: exportText((data) => (data.occupation.jobZone = 7)) },
    ]);
    expect(problems.map((problem) => [problem.file, problem.path])).toEqual([
      ['data/b.json', '$.occupation.jobZone'],
      ['data/b.json', '$.occupation.soc'],
    ]);
    expect(exports.map((loaded) => loaded.file)).toEqual(['data/a.json']);
  });

  it('reports a duplicate SOC code even when the first file with it has problems of its own', () => {
    const { problems } = checkExports([
      { file: 'data/a.json', text: exportText((data) => delete data.attribution) },
      { file: 'data/b.json', text: exportText() },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/a.json', path: '$.attribution' }),
      expect.objectContaining({
        file: 'data/b.json',
        path: '$.occupation.soc',
        expected: 'a SOC code not used by another export (data/a.json already has 99-1001.00)',
      }),
    ]);
  });

  it('reports every problem of several files at once', () => {
    const { problems } = checkExports([
      {
        file: 'data/a.json',
        text: exportText((data) => {
          data.occupation.title = ' ';
          data.framework.levels.proficient!.statements = 'none';
        }),
      },
      { file: 'data/b.json', text: '{"schemaVersion": "1.0",}' },
      { file: 'data/c.json', text: fixture('99-2002.00.json') },
      { file: 'data/d.json', text: exportText((data) => delete data.framework.levels.emerging) },
    ]);
    expect(problems.map((problem) => [problem.file, problem.path])).toEqual([
      ['data/a.json', '$.occupation.title'],
      ['data/a.json', '$.framework.levels.proficient.statements'],
      ['data/b.json', ''],
      ['data/d.json', '$.framework.levels.emerging'],
      ['data/d.json', '$.occupation.soc'],
    ]);
  });

  it('does not compare malformed SOC codes, which are a problem of their own', () => {
    const malformed = exportText((data) => (data.occupation.soc = '99-1001'));
    const { problems } = checkExports([
      { file: 'data/a.json', text: malformed },
      { file: 'data/b.json', text: malformed },
    ]);
    expect(problems.map((problem) => [problem.file, problem.path, problem.expected])).toEqual([
      ['data/a.json', '$.occupation.soc', expect.stringMatching(/^a SOC code of the form/)],
      ['data/b.json', '$.occupation.soc', expect.stringMatching(/^a SOC code of the form/)],
    ]);
  });
});

describe('checkExports warns, and still builds,', () => {
  it('for an export whose levels copy another’s, under another SOC code', () => {
    const { exports, problems, warnings } = checkExports([
      { file: 'data/a.json', text: exportText() },
      // The same framework, reformatted and with padded statements: still a copy.
      {
        file: 'data/b.json',
        text: exportText((data) => {
          data.occupation.soc = '99-1002.00';
          data.occupation.title = 'Pastry Assistants';
          const advanced = data.framework.levels.advanced!;
          advanced.statements = (advanced.statements as string[]).map((statement) => ` ${statement}  `);
        }).replace(/\n/g, '\r\n'),
      },
      { file: 'data/c.json', text: fixture('99-2002.00.json') },
    ]);
    expect(problems).toEqual([]);
    expect(exports).toHaveLength(3);
    expect(warnings).toEqual([
      {
        file: 'data/b.json',
        path: '$.framework.levels',
        message: 'a copy of data/a.json: the same statements, in the same order, in every level',
      },
    ]);
  });

  it('for a file copied whole, besides the duplicate SOC code', () => {
    const text = fixture('99-1001.00.json');
    const { problems, warnings } = checkExports([
      { file: 'data/a.json', text },
      { file: 'data/copy of a.json', text },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['$.occupation.soc']);
    expect(warnings.map((warning) => [warning.file, warning.message])).toEqual([
      ['data/copy of a.json', expect.stringMatching(/^a copy of data\/a\.json/)],
    ]);
  });

  it('not for exports that differ in one statement, or in the order of a level’s statements', () => {
    const { warnings } = checkExports([
      { file: 'data/a.json', text: exportText() },
      {
        file: 'data/b.json',
        text: exportText((data) => {
          data.occupation.soc = '99-1002.00';
          data.framework.levels.advanced!.statements = ['Production planning — a different statement.'];
        }),
      },
      {
        file: 'data/c.json',
        text: exportText((data) => {
          data.occupation.soc = '99-1003.00';
          (data.framework.levels.emerging!.statements as string[]).reverse();
        }),
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('for an empty level, naming it', () => {
    const { exports, problems, warnings } = checkExports([
      {
        file: 'data/a.json',
        text: exportText((data) => {
          data.framework.levels.developing!.statements = [];
          data.framework.levels.advanced!.statements = [];
        }),
      },
    ]);
    expect(problems).toEqual([]);
    expect(exports).toHaveLength(1);
    expect(warnings).toEqual([
      {
        file: 'data/a.json',
        path: '$.framework.levels.developing.statements',
        message: 'empty level: Developing has no statements, so its page lists none',
      },
      {
        file: 'data/a.json',
        path: '$.framework.levels.advanced.statements',
        message: 'empty level: Advanced has no statements, so its page lists none',
      },
    ]);
  });

  it('for an empty level of a file that has problems, in the same pass', () => {
    const { problems, warnings } = checkExports([
      {
        file: 'data/a.json',
        text: exportText((data) => {
          data.occupation.jobZone = 0;
          data.framework.levels.advanced!.statements = [];
        }),
      },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['$.occupation.jobZone']);
    expect(warnings.map((warning) => warning.path)).toEqual(['$.framework.levels.advanced.statements']);
  });

  it('not for copies of frameworks with no statements at all, only for their empty levels', () => {
    const skeleton = (soc: string) =>
      exportText((data) => {
        data.occupation.soc = soc;
        for (const level of Object.values(data.framework.levels)) level.statements = [];
      });
    const { warnings } = checkExports([
      { file: 'data/a.json', text: skeleton('99-1001.00') },
      { file: 'data/b.json', text: skeleton('99-1002.00') },
    ]);
    expect(warnings.map((warning) => warning.message)).not.toContainEqual(expect.stringMatching(/copy/));
    expect(warnings).toHaveLength(8);
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

  it('names files relative to the project', () => {
    const project = mkdtempSync(join(tmpdir(), 'ladder-'));
    mkdirSync(join(project, 'data'));
    writeFileSync(join(project, 'data', 'a.json'), '');
    const { problems } = loadExports(join(project, 'data'), project);
    expect(problems.map((problem) => problem.file)).toEqual([join('data', 'a.json')]);
  });

  it('fails the build with one message listing every problem, and the warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(
      join(dir, 'zone.json'),
      exportText((data) => {
        data.occupation.jobZone = 7;
        data.framework.levels.advanced!.statements = [];
      }),
    );
    expect(() => buildSiteData(dir, { root: dir })).toThrowError(
      [
        'Ladder found 2 problems in 2 exports; nothing was built:',
        '  - empty.json: expected a JSON export, found an empty file',
        '  - zone.json at $.occupation.jobZone: expected a whole number from 1 to 5, or null, found the number 7',
        'and 1 warning, which alone would not stop the build:',
        '  - zone.json at $.framework.levels.advanced.statements: empty level: Advanced has no statements, so its page lists none',
      ].join('\n'),
    );
  });

  it('builds despite warnings, and reports them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
    writeFileSync(join(dir, 'a.json'), fixture('99-1001.00.json'));
    writeFileSync(
      join(dir, 'b.json'),
      exportText((data) => {
        data.occupation.soc = '99-1002.00';
        data.framework.levels.developing!.statements = [];
      }),
    );
    writeFileSync(
      join(dir, 'c.json'),
      exportText((data) => (data.occupation.soc = '99-1003.00')),
    );
    const reports: string[] = [];
    const site = buildSiteData(dir, { root: dir, onWarnings: (report) => reports.push(report) });
    expect(site.catalog.occupations).toHaveLength(3);
    expect(reports).toEqual([
      [
        'Ladder: 2 warnings in 2 exports; the site is built anyway:',
        '  - b.json at $.framework.levels.developing.statements: empty level: Developing has no statements, so its page lists none',
        '  - c.json at $.framework.levels: a copy of a.json: the same statements, in the same order, in every level',
      ].join('\n'),
    ]);
  });
});
