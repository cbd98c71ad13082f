import { LEVEL_IDS } from '../../../lib/levels';
import type { Assessment } from './assessment';
import { buildExport, jsonFileName, toExportJson } from './export-json';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { ratingsFor } from '../../../testing/assessment-fixture';

const occupation = (sizes: number[]) =>
  makeOccupation({
    sizes,
    framework: { version: 'v.1.0', description: 'd', contextCovered: 'c', exportedAt: '', schemaVersion: '1.0' },
    credit: {
      onet: 'O*NET 30.0 Database, CC BY 4.0',
      crosswalk: 'SOC crosswalk 2018',
      generator: 'ladder-gen 2.1',
      attribution: 'Includes information from O*NET.',
    },
  });

const assessment: Assessment = {
  soc: '43-4171.00',
  title: 'Receptionists and Information Clerks',
  frameworkVersion: 'v.1.0',
  startedAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-22T16:45:12.345Z',
  ratings: ratingsFor(occupation([2, 2, 1, 1]), [
    ['emerging', 0, 'on-my-own', 'Every morning'],
    ['developing', 1, 'with-help'],
    ['advanced', 0, 'not-yet'],
  ]),
  earlier: [
    { level: 'proficient', text: 'Gone — a statement.', position: null, rating: 'with-help', version: 'v.0.9' },
  ],
};

const now = new Date('2026-11-22T17:00:00.000Z');

describe('toExportJson', () => {
  const occ = occupation([2, 2, 1, 1]);

  it('names its format and version and when it was made', () => {
    const file = JSON.parse(toExportJson(occ, assessment, now)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'ladder-assessment',
      formatVersion: 2,
      exportedAt: '2026-11-22T17:00:00.000Z',
    });
  });

  it('identifies the occupation and framework version', () => {
    const file = JSON.parse(toExportJson(occ, assessment, now)) as Record<string, unknown>;
    expect(file.occupation).toEqual({ soc: '43-4171.00', title: 'Receptionists and Information Clerks' });
    expect(file.framework).toEqual({ version: 'v.1.0' });
  });

  it('carries the occupation’s credit in full', () => {
    const file = JSON.parse(toExportJson(occ, assessment, now)) as Record<string, unknown>;
    expect(file.credit).toEqual(occ.credit);
  });

  it('holds the assessment exactly as stored', () => {
    const file = JSON.parse(toExportJson(occ, assessment, now)) as Record<string, unknown>;
    expect(file.assessment).toEqual(assessment);
  });

  it('lists every statement in level order, with null for what is not rated or noted', () => {
    const file = JSON.parse(toExportJson(occ, assessment, now)) as { statements: unknown[] };
    const statement = (level: string, index: number, rating: string | null, note: string | null = null) => ({
      level,
      index,
      anchor: `statement-${index + 1}`,
      text: `${level} statement ${index}`,
      rating,
      note,
    });
    expect(file.statements).toEqual([
      statement('emerging', 0, 'on-my-own', 'Every morning'),
      statement('emerging', 1, null),
      statement('developing', 0, null),
      statement('developing', 1, 'with-help'),
      statement('proficient', 0, null),
      statement('advanced', 0, 'not-yet'),
    ]);
  });

  it('lists statements in canonical level order whatever order the occupation keeps them in', () => {
    const reversed = occupation([1, 1, 1, 1]);
    reversed.levels.reverse();
    expect(buildExport(reversed, assessment, now).statements.map(({ level }) => level)).toEqual([...LEVEL_IDS]);
  });

  it('keeps ratings not on a statement of the framework in the assessment, but not in the list', () => {
    const stale = {
      ...assessment,
      ratings: {
        'emerging/statement-8': { rating: 'on-my-own' as const, text: 'emerging statement 7' },
        'emerging/statement-1': { rating: 'on-my-own' as const, text: 'another text' },
      },
    };
    const file = buildExport(occupation([1, 0, 0, 0]), stale, now);
    expect(file.assessment.ratings).toEqual(stale.ratings);
    expect(file.assessment.earlier).toEqual(assessment.earlier);
    expect(file.statements).toEqual([
      { level: 'emerging', index: 0, anchor: 'statement-1', text: 'emerging statement 0', rating: null, note: null },
    ]);
  });

  it('is indented JSON ending in a newline, as a readable file', () => {
    const text = toExportJson(occ, assessment, now);
    expect(text.startsWith('{\n  "format": "ladder-assessment"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('equals buildExport once parsed', () => {
    expect(JSON.parse(toExportJson(occ, assessment, now))).toEqual(buildExport(occ, assessment, now));
  });
});

describe('jsonFileName', () => {
  it('names the occupation and the local date', () => {
    expect(jsonFileName(occupation([]), new Date(2026, 10, 22, 23, 59))).toBe(
      'ladder-assessment-43-4171.00-2026-11-22.json',
    );
  });
});
