import { Random, mix } from './corpus-random.ts';

/**
 * A high-overlap synthetic corpus: every statement is a topic of one real
 * export's statement joined to the description of another's, at the same
 * level. Real frameworks of one group overlap this way ("under direct
 * supervision in a … environment" recurs everywhere), so nearly every pair
 * of occupations has close matches: the case that makes matching and file
 * sizes grow with the catalog if nothing bounds them.
 */

interface SourceExport {
  occupation: { title: string; group: string; soc: string };
  framework: { levels: Record<string, { label?: string; statements: string[] }> };
  sources: { onet: string; crosswalk: string; generator: string };
}

interface Pool {
  group: string;
  major: string;
  titles: string[];
  /** Per level, in canonical order: the topics and the descriptions seen there. */
  levels: { id: string; label: string; topics: string[]; descriptions: string[] }[];
}

const LEVEL_IDS = ['emerging', 'developing', 'proficient', 'advanced'] as const;
const DASH = ' — ';

/** The topics and descriptions of the given exports (JSON texts), per level. */
function poolOf(sources: readonly string[]): Pool {
  const exports = sources.map((text) => JSON.parse(text.replace(/^\uFEFF/, '')) as SourceExport);
  const first = exports[0];
  if (!first) throw new RangeError('a high-overlap corpus needs at least one export to recombine');
  const levels = LEVEL_IDS.map((id) => {
    const topics = new Set<string>();
    const descriptions = new Set<string>();
    let label = id.charAt(0).toUpperCase() + id.slice(1);
    for (const data of exports) {
      const level = data.framework.levels[id];
      if (!level) continue;
      label = level.label?.trim() || label;
      for (const statement of level.statements) {
        const at = statement.indexOf(DASH);
        if (at <= 0) continue;
        topics.add(statement.slice(0, at).trim());
        descriptions.add(statement.slice(at + DASH.length).trim());
      }
    }
    return { id, label, topics: [...topics].sort(), descriptions: [...descriptions].sort() };
  });
  if (levels.some((level) => level.topics.length === 0 || level.descriptions.length === 0)) {
    throw new RangeError('a high-overlap corpus needs "Topic — description" statements at every level');
  }
  return {
    group: first.occupation.group,
    major: first.occupation.soc.slice(0, 2),
    titles: [...new Set(exports.map((data) => data.occupation.title.trim()))].sort(),
    levels,
  };
}

/**
 * `count` exports recombined from `sources` (the JSON texts of real exports),
 * keyed by file name, in name order; deterministic for a seed, and a smaller
 * corpus is the first part of a larger one.
 */
export function generateOverlapCorpus(count: number, seed: number, sources: readonly string[]): Map<string, string> {
  const pool = poolOf(sources);
  const base = new Random(mix(seed, 0x0ae1a9));
  const exportedFrom = Date.UTC(2026, 0, 1) + Math.floor(base.float() * 300 * 86_400) * 1000;
  const usedSocs = new Set<string>();
  const usedTitles = new Set<string>();
  const files = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    const random = new Random(mix(seed ^ 0x0ae1a9, index));
    let soc = '';
    do soc = `${pool.major}-${random.int(1011, 9899)}.${random.chance(0.85) ? '00' : `0${random.int(1, 9)}`}`;
    while (usedSocs.has(soc));
    usedSocs.add(soc);
    const stem = random.pick(pool.titles);
    let title = stem;
    for (let variant = 2; usedTitles.has(title); variant++) title = `${stem} (Variant ${variant})`;
    usedTitles.add(title);
    const levels = Object.fromEntries(
      pool.levels.map(({ id, label, topics, descriptions }) => {
        const size = Math.min(random.int(8, 12), topics.length);
        const chosen = random.sample(topics, size);
        const statements = chosen.map((topic) => `${topic}${DASH}${random.pick(descriptions)}`);
        return [id, { label, statements }];
      }),
    );
    const zone = random.chance(0.08) ? null : random.int(1, 4);
    const exportFile = {
      schemaVersion: '1.0',
      exportedAt: new Date(exportedFrom + index * 41_000).toISOString(),
      occupation: { soc, title, group: pool.group, jobZone: zone, jobZoneInferred: false },
      framework: {
        version: 'v.synthetic-overlap.1',
        description: '',
        contextCovered: `Synthetic framework recombined from the real exports' statements, for build benchmarks.`,
        levels,
      },
      sources: {
        onet: 'Synthetic corpus, not O*NET data',
        crosswalk: 'none (synthetic)',
        generator: `Ladder scripts/overlap-corpus.ts (seed ${seed})`,
      },
      attribution: 'Synthetic benchmark data, not for publication',
    };
    files.set(`${soc}.json`, JSON.stringify(exportFile));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
