import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths.ts';
import { parseExport } from './parse-export.ts';
import { formatProblem, type Problem } from './problems.ts';

const FILE = 'data/99-1001.00.json';
const validText = readFileSync(join(FIXTURE_EXPORTS_DIR, '99-1001.00.json'), 'utf8');

function valid(): Record<string, unknown> {
  return JSON.parse(validText) as Record<string, unknown>;
}

/** Edits a fresh copy of a valid export through a JSON path of keys. */
function withChange(path: (string | number)[], value: unknown): string {
  const data = valid();
  let node: Record<string | number, unknown> = data;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return JSON.stringify(data);
}

function problemsOf(text: string): Problem[] {
  const result = parseExport(FILE, text);
  expect(result.ok).toBe(false);
  return result.problems;
}

describe('parseExport rejects', () => {
  it('invalid JSON, naming the line and column', () => {
    const [problem, ...rest] = problemsOf('{\r\n  "schemaVersion": "1.0"\r\n  "exportedAt": "x"\r\n}');
    expect(rest).toHaveLength(0);
    expect(problem).toEqual({
      file: FILE,
      path: '',
      expected: 'valid JSON (line 3, column 3: CommaExpected)',
      found: '"\\"exportedAt\\""',
    });
    expect(formatProblem(problem!)).toBe(
      'data/99-1001.00.json: expected valid JSON (line 3, column 3: CommaExpected), found "\\"exportedAt\\""',
    );
  });

  it('an empty file', () => {
    expect(problemsOf('  \n')).toEqual([{ file: FILE, path: '', expected: 'a JSON export', found: 'an empty file' }]);
  });

  it.each([
    ['a list', '[1, 2]', 'a list of 2 items'],
    ['a string', '"hello"', 'the text "hello"'],
    ['null', 'null', 'null'],
  ])('a root that is %s', (_kind, text, found) => {
    expect(problemsOf(text)).toEqual([{ file: FILE, path: '$', expected: 'a JSON object at the root', found }]);
  });

  it('a missing field', () => {
    expect(problemsOf(withChange(['occupation', 'title'], undefined))).toEqual([
      {
        file: FILE,
        path: '$.occupation.title',
        expected: 'the occupation title as non-blank text',
        found: 'nothing (the field is missing)',
      },
    ]);
  });

  it('a mistyped field', () => {
    expect(problemsOf(withChange(['framework', 'version'], 26))).toEqual([
      {
        file: FILE,
        path: '$.framework.version',
        expected: 'the framework version as non-blank text',
        found: 'the number 26',
      },
    ]);
  });

  it.each(['43-417100', '43-4171', '4341-71.00', 'AB-CDEF.GH', ' 43-4171.00'])('the malformed SOC code %j', (soc) => {
    const [problem] = problemsOf(withChange(['occupation', 'soc'], soc));
    expect(problem).toMatchObject({ path: '$.occupation.soc', found: `the text ${JSON.stringify(soc)}` });
    expect(problem?.expected).toMatch(/SOC code of the form NN-NNNN\.NN/);
  });

  it('a missing level', () => {
    expect(problemsOf(withChange(['framework', 'levels', 'proficient'], undefined))).toEqual([
      {
        file: FILE,
        path: '$.framework.levels.proficient',
        expected: 'the "proficient" level: an object with a list of statements',
        found: 'nothing (the field is missing)',
      },
    ]);
  });

  it('statements that are not a list', () => {
    const [problem] = problemsOf(withChange(['framework', 'levels', 'developing', 'statements'], 'Dough mixing'));
    expect(problem).toEqual({
      file: FILE,
      path: '$.framework.levels.developing.statements',
      expected: 'a list of statements',
      found: 'the text "Dough mixing"',
    });
  });

  it('blank statements, each at its own index', () => {
    const problems = problemsOf(
      withChange(['framework', 'levels', 'emerging', 'statements'], ['Fine — ok.', '   ', '']),
    );
    expect(problems.map((problem) => [problem.path, problem.found])).toEqual([
      ['$.framework.levels.emerging.statements[1]', 'blank text "   "'],
      ['$.framework.levels.emerging.statements[2]', 'empty text ""'],
    ]);
  });

  it.each([0, 6, 2.5, '3'])('the job zone %j', (zone) => {
    const [problem] = problemsOf(withChange(['occupation', 'jobZone'], zone));
    expect(problem).toMatchObject({ path: '$.occupation.jobZone', expected: 'a whole number from 1 to 5, or null' });
  });

  it('reports every problem in the file at once', () => {
    const data = valid();
    const occupation = data.occupation as Record<string, unknown>;
    occupation.soc = 'bad';
    occupation.jobZone = 9;
    delete data.attribution;
    const paths = problemsOf(JSON.stringify(data)).map((problem) => problem.path);
    expect(paths).toEqual(['$.occupation.soc', '$.occupation.jobZone', '$.attribution']);
  });
});

describe('parseExport accepts', () => {
  function accepts(text: string) {
    const result = parseExport(FILE, text);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    return result;
  }

  it('a valid export', () => {
    accepts(validText);
  });

  it('unknown extra fields', () => {
    accepts(withChange(['occupation', 'onetUpdated'], '2026-01-01'));
    accepts(withChange(['newTopLevelThing'], { nested: [1, 2, 3] }));
  });

  it('a UTF-8 byte-order mark', () => {
    accepts(`\uFEFF${validText}`);
  });

  it('CRLF line endings', () => {
    accepts(validText.replace(/\n/g, '\r\n'));
  });

  it('levels in any key order', () => {
    const data = valid();
    const framework = data.framework as { levels: Record<string, unknown> };
    const { emerging, developing, proficient, advanced } = framework.levels;
    framework.levels = { advanced, proficient, emerging, developing };
    accepts(JSON.stringify(data));
  });

  it.each([[[]], [Array.from({ length: 60 }, (_, i) => `Topic ${i} — action.`)]])(
    'any number of statements in a level',
    (statements) => {
      accepts(withChange(['framework', 'levels', 'advanced', 'statements'], statements));
    },
  );

  it('a null job zone', () => {
    accepts(withChange(['occupation', 'jobZone'], null));
  });
});

describe('parseExport reads, for the checks between files,', () => {
  it('the SOC code and statements of an export that has problems', () => {
    const data = valid();
    delete data.attribution;
    const result = parseExport(FILE, JSON.stringify(data));
    expect(result.ok).toBe(false);
    expect(result.facts.soc).toBe('99-1001.00');
    expect(result.facts.statements.advanced).toEqual([
      'Production planning — design the weekly bake plan across shifts in a multi-site bakery.',
    ]);
  });

  it('no SOC code when it is malformed, and no statements of a level that is not a list of text', () => {
    const data = valid();
    (data.occupation as Record<string, unknown>).soc = '99-1001';
    (data.framework as { levels: Record<string, unknown> }).levels.emerging = { statements: ['ok', 3] };
    const { facts } = parseExport(FILE, JSON.stringify(data));
    expect(facts.soc).toBeUndefined();
    expect(facts.statements.emerging).toBeUndefined();
    expect(facts.statements.developing).toHaveLength(2);
  });

  it('nothing from text that is not JSON', () => {
    expect(parseExport(FILE, '{').facts).toEqual({ statements: {} });
  });
});
