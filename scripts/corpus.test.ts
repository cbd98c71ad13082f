import { checkExports } from '../data-pipeline/load-exports.ts';
import { SOC_PATTERN } from '../src/lib/soc.ts';
import { generateCorpus } from './corpus.ts';

interface Generated {
  occupation: { soc: string; group: string; jobZone: number | null };
  framework: { levels: Record<string, { statements: string[] }> };
}

// One mid-sized corpus shared by the checks: large enough to show the rare
// cases (empty or long levels, missing job zones), small enough to stay fast.
const COUNT = 300;
const corpus = generateCorpus({ count: COUNT, seed: 42 });
const parsed = [...corpus.values()].map((text) => JSON.parse(text) as Generated);
const statementCounts = parsed.flatMap((data) =>
  Object.values(data.framework.levels).map((level) => level.statements.length),
);

describe('generateCorpus', () => {
  it('gives byte-identical output for the same seed and count', () => {
    expect(generateCorpus({ count: COUNT, seed: 42 })).toEqual(corpus);
  });

  it('gives different output for a different seed', () => {
    const other = generateCorpus({ count: COUNT, seed: 43 });
    expect([...other.values()]).not.toEqual([...corpus.values()]);
  });

  it('makes a smaller corpus the first part of a larger one with the same seed', () => {
    const small = generateCorpus({ count: 40, seed: 42 });
    for (const [name, text] of small) expect(corpus.get(name)).toBe(text);
  });

  it('honours the count, including zero', () => {
    expect(corpus.size).toBe(COUNT);
    expect(generateCorpus({ count: 0, seed: 42 }).size).toBe(0);
    expect(() => generateCorpus({ count: -1, seed: 42 })).toThrow(RangeError);
    expect(() => generateCorpus({ count: 1.5, seed: 42 })).toThrow(RangeError);
  });

  it('writes exports that pass the build checks with no problems', () => {
    const { exports, problems } = checkExports([...corpus].map(([file, text]) => ({ file, text })));
    expect(problems).toEqual([]);
    expect(exports).toHaveLength(COUNT);
  });

  it('uses unique SOC codes of the right form, named in the file names', () => {
    const socs = parsed.map((data) => data.occupation.soc);
    expect(new Set(socs).size).toBe(COUNT);
    for (const soc of socs) expect(soc).toMatch(SOC_PATTERN);
    expect([...corpus.keys()]).toEqual(socs.map((soc) => `${soc}.json`));
  });

  it('varies groups, job zones and statement counts', () => {
    expect(new Set(parsed.map((data) => data.occupation.group)).size).toBeGreaterThanOrEqual(15);
    const zones = new Set(parsed.map((data) => data.occupation.jobZone));
    expect([...zones].sort()).toEqual([1, 2, 3, 4, 5, null]);
    expect(new Set(statementCounts).size).toBeGreaterThanOrEqual(10);
    expect(statementCounts).toContain(0);
    expect(Math.max(...statementCounts)).toBeGreaterThanOrEqual(20);
  });

  it('writes statements as "Topic — description"', () => {
    const statements = parsed.flatMap((data) =>
      Object.values(data.framework.levels).flatMap((level) => level.statements),
    );
    for (const statement of statements) expect(statement).toMatch(/^\S.* — \S.*\.$/);
  });

  it('shares more topics within a group than across groups', () => {
    const topics = (data: Generated) =>
      new Set(
        Object.values(data.framework.levels).flatMap((level) =>
          level.statements.map((statement) => statement.split(' — ')[0]!),
        ),
      );
    const overlap = (a: Generated, b: Generated) => {
      const left = topics(a);
      return [...topics(b)].filter((topic) => left.has(topic)).length;
    };
    let within = 0;
    let across = 0;
    let withinPairs = 0;
    let acrossPairs = 0;
    const sample = parsed.slice(0, 80);
    sample.forEach((a, i) =>
      sample.slice(i + 1).forEach((b) => {
        if (a.occupation.group === b.occupation.group) {
          within += overlap(a, b);
          withinPairs += 1;
        } else {
          across += overlap(a, b);
          acrossPairs += 1;
        }
      }),
    );
    expect(within / withinPairs).toBeGreaterThan(4 * (across / acrossPairs));
  });
});
