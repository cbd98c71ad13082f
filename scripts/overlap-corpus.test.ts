import { checkExports } from '../data-pipeline/load-exports.ts';
import { dataExports } from './data-exports.ts';
import { generateOverlapCorpus } from './overlap-corpus.ts';

interface Generated {
  occupation: { soc: string; title: string };
  framework: { levels: Record<string, { statements: string[] }> };
}

const sources = dataExports();
const corpus = generateOverlapCorpus(120, 42, sources);
const parsed = [...corpus.values()].map((text) => JSON.parse(text) as Generated);

/** Per level, the topics and the descriptions of the real exports' statements. */
const real = (part: 0 | 1) =>
  new Set(
    sources.flatMap((text) =>
      Object.values((JSON.parse(text) as Generated).framework.levels).flatMap((level) =>
        level.statements.map((statement) => statement.split(' — ')[part]!.trim()),
      ),
    ),
  );

describe('generateOverlapCorpus', () => {
  it('gives byte-identical output for the same seed, and a smaller corpus as the first part of a larger one', () => {
    expect(generateOverlapCorpus(120, 42, sources)).toEqual(corpus);
    for (const [name, text] of generateOverlapCorpus(30, 42, sources)) expect(corpus.get(name)).toBe(text);
    expect([...generateOverlapCorpus(120, 43, sources).values()]).not.toEqual([...corpus.values()]);
  });

  it('writes exports that pass the build checks, with unique SOC codes and titles', () => {
    const { exports, problems } = checkExports([...corpus].map(([file, text]) => ({ file, text })));
    expect(problems).toEqual([]);
    expect(exports).toHaveLength(120);
    expect(new Set(parsed.map((data) => data.occupation.title)).size).toBe(120);
  });

  it('joins a real topic to a real description in every statement', () => {
    const topics = real(0);
    const descriptions = real(1);
    for (const data of parsed) {
      for (const level of Object.values(data.framework.levels)) {
        expect(level.statements.length).toBeGreaterThan(0);
        for (const statement of level.statements) {
          const [topic, description] = statement.split(' — ');
          expect(topics.has(topic!)).toBe(true);
          expect(descriptions.has(description!)).toBe(true);
        }
      }
    }
  });

  it('makes nearly every pair of occupations share a topic at some level', () => {
    const topicsOf = (data: Generated) =>
      Object.entries(data.framework.levels).flatMap(([id, level]) =>
        level.statements.map((statement) => `${id}:${statement.split(' — ')[0]}`),
      );
    const sample = parsed.slice(0, 40).map((data) => new Set(topicsOf(data)));
    let pairs = 0;
    let sharing = 0;
    sample.forEach((a, i) =>
      sample.slice(i + 1).forEach((b) => {
        pairs += 1;
        if ([...a].some((topic) => b.has(topic))) sharing += 1;
      }),
    );
    expect(sharing / pairs).toBeGreaterThan(0.95);
  });

  it('needs exports with statements to recombine', () => {
    expect(() => generateOverlapCorpus(1, 42, [])).toThrow(RangeError);
  });
});
