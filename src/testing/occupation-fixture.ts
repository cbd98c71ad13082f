import { LEVEL_IDS, type LevelId } from '../lib/levels';
import type { Occupation } from '../lib/occupation';

interface OccupationFixture extends Partial<Omit<Occupation, 'levels'>> {
  /** Statements per level, generated as "<level> statement <n>". */
  sizes?: number[];
  /** Or the statements themselves, per level. */
  statements?: string[][];
  label?: (level: LevelId) => string;
}

/** A small occupation for unit tests; only what a test names differs from the defaults. */
export function makeOccupation({
  sizes = [0, 0, 0, 0],
  statements,
  label = (level) => level,
  ...rest
}: OccupationFixture = {}): Occupation {
  return {
    soc: '43-4171.00',
    title: 'Receptionists and Information Clerks',
    group: 'Office and Administrative Support',
    jobZone: null,
    jobZoneInferred: false,
    framework: { version: 'v.1.0', description: '', contextCovered: '', exportedAt: '', schemaVersion: '1.0' },
    credit: { onet: '', crosswalk: '', generator: '', attribution: '' },
    levelMatrix: [],
    related: [],
    termWeights: {},
    ...rest,
    levels: LEVEL_IDS.map((id, level) => ({
      id,
      label: label(id),
      statements:
        statements?.[level] ?? Array.from({ length: sizes[level] ?? 0 }, (_, index) => `${id} statement ${index}`),
    })),
  };
}
