import type { Assessment } from './assessment';
import {
  ASIDE_KEY_PREFIX,
  FORMAT_VERSION,
  LEGACY_STORAGE_KEY,
  MIGRATIONS,
  STORAGE_KEY,
  loadAssessments,
  saveAssessments,
  takeLegacyChanges,
} from './storage';
import { MemoryStorage } from '../../../testing/memory-storage';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const assessment: Assessment = {
  soc: '43-4171.00',
  title: 'Receptionists',
  frameworkVersion: 'v.26.05',
  startedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  ratings: {
    'emerging/greeting': { rating: 'on-my-own', note: 'Daily at my job', text: 'Greeting — welcome visitors.' },
    'developing/statement-3': { rating: 'with-help', text: 'Keep the log.' },
  },
  earlier: [
    { level: 'proficient', text: 'Post — sort the post.', position: null, rating: 'not-yet', version: 'v.26.04' },
    { level: 'advanced', text: null, position: 2, rating: 'on-my-own', note: 'x', version: 'v.26.03' },
  ],
  changes: {
    fromVersion: 'v.26.04',
    toVersion: 'v.26.05',
    at: '2026-11-21T09:00:00.000Z',
    moved: 2,
    reworded: [{ level: 'emerging', before: 'Greeting — greet visitors.', after: 'Greeting — welcome visitors.' }],
    restored: 0,
    earlier: 1,
  },
};

/** What format 1 saved: ratings keyed by position, with no texts. */
const format1 = {
  version: 1,
  assessments: {
    '43-4171.00': {
      soc: '43-4171.00',
      title: 'Receptionists',
      frameworkVersion: 'v.26.05',
      startedAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
      ratings: {
        'emerging:0': { rating: 'on-my-own', note: 'Daily at my job' },
        'developing:2': { rating: 'with-help' },
      },
    },
    '43-9061.00': {
      soc: '43-9061.00',
      title: 'Office Clerks',
      frameworkVersion: 'v.26.04',
      startedAt: '2026-10-20T09:00:00.000Z',
      updatedAt: '2026-10-21T09:00:00.000Z',
      ratings: {},
    },
  },
};

describe('assessment storage', () => {
  it('saves and loads assessments unchanged', () => {
    const storage = new MemoryStorage();
    expect(saveAssessments(storage, { [assessment.soc]: assessment })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: FORMAT_VERSION });
    expect(loadAssessments(storage, NOW)).toEqual({
      status: 'ok',
      assessments: { [assessment.soc]: assessment },
      legacySeen: {},
    });
  });

  describe('the level last rated at and the carried-over marks, optional in format 2', () => {
    const marked: Assessment = {
      ...assessment,
      lastLevel: 'developing',
      carriedOver: { fromSoc: '43-9061.00', fromTitle: 'Office Clerks', keys: ['developing/statement-3'] },
    };

    it('are saved and loaded with the rest', () => {
      const storage = new MemoryStorage();
      saveAssessments(storage, { [marked.soc]: marked });
      expect(loadAssessments(storage, NOW)).toEqual({
        status: 'ok',
        assessments: { [marked.soc]: marked },
        legacySeen: {},
      });
    });

    it('are absent from data saved before them, which loads as it was, no field added', () => {
      const storage = new MemoryStorage();
      // Saved by the Ladder before this one: format 2, neither field.
      const raw = JSON.stringify({ version: 2, assessments: { [assessment.soc]: assessment } });
      storage.setItem(STORAGE_KEY, raw);
      const result = loadAssessments(storage, NOW);
      expect(result).toEqual({ status: 'ok', assessments: { [assessment.soc]: assessment }, legacySeen: {} });
      if (result.status !== 'ok') throw new Error('expected the data to load');
      expect(result.assessments[assessment.soc]).not.toHaveProperty('lastLevel');
      expect(result.assessments[assessment.soc]).not.toHaveProperty('carriedOver');
      expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    });

    it.each([
      ['a level that does not exist', { lastLevel: 'expert' }],
      ['marks without their source', { carriedOver: { keys: ['emerging/greeting'] } }],
      ['a mark that is not a statement key', { carriedOver: { fromSoc: 'x', fromTitle: 'X', keys: ['emerging:0'] } }],
    ])('with %s, keep the data aside whole rather than guess', (_, fields) => {
      const storage = new MemoryStorage();
      const raw = JSON.stringify({ version: 2, assessments: { [assessment.soc]: { ...assessment, ...fields } } });
      storage.setItem(STORAGE_KEY, raw);
      expect(loadAssessments(storage, NOW)).toMatchObject({ status: 'unreadable', raw });
      expect(storage.getItem(`${ASIDE_KEY_PREFIX}${NOW.toISOString()}`)).toBe(raw);
    });
  });

  it('starts empty when nothing is saved', () => {
    expect(loadAssessments(new MemoryStorage(), NOW)).toEqual({ status: 'ok', assessments: {}, legacySeen: {} });
  });

  it('upgrades format 1, keeping every rating by position beside the version it was made against', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify(format1));
    const receptionists: Record<string, unknown> = { ...format1.assessments['43-4171.00'] };
    delete receptionists.ratings;
    expect(loadAssessments(storage, NOW)).toEqual({
      status: 'ok',
      assessments: {
        '43-4171.00': {
          ...receptionists,
          ratings: {},
          unplaced: { version: 'v.26.05', ratings: format1.assessments['43-4171.00'].ratings },
        },
        '43-9061.00': format1.assessments['43-9061.00'],
      },
      legacySeen: { '43-4171.00': '2026-11-21T09:00:00.000Z', '43-9061.00': '2026-10-21T09:00:00.000Z' },
      migratedFrom: 1,
    });
  });

  it('saves the upgrade under its own key and leaves format 1 where it was, for tabs still on that Ladder', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify(format1));
    const first = loadAssessments(storage, NOW);
    if (first.status !== 'ok') throw new Error('expected the format-1 data to load');
    saveAssessments(storage, first.assessments, first.legacySeen);
    expect(storage.getItem(LEGACY_STORAGE_KEY)).toBe(JSON.stringify(format1));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 2 });
    // Read from the new key from now on: the upgrade is done once.
    expect(loadAssessments(storage, NOW)).toEqual({
      status: 'ok',
      assessments: first.assessments,
      legacySeen: first.legacySeen,
    });
  });

  it('keeps a format-1 assessment it cannot make sense of aside rather than dropping it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 1, assessments: { x: { soc: 'x', ratings: 'none' } } });
    storage.setItem(LEGACY_STORAGE_KEY, raw);
    expect(loadAssessments(storage, NOW)).toMatchObject({ status: 'unreadable', raw });
    expect(storage.getItem(`${ASIDE_KEY_PREFIX}${NOW.toISOString()}`)).toBe(raw);
  });

  it('leaves data from a newer Ladder untouched, for the tab that wrote it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 99, assessments: {} });
    storage.setItem(STORAGE_KEY, raw);
    expect(loadAssessments(storage, NOW)).toEqual({ status: 'newer', formatVersion: 99 });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(storage.items.size).toBe(1);
  });

  describe('a tab still on the Ladder of format 1', () => {
    function upgraded(storage: MemoryStorage) {
      storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify(format1));
      const first = loadAssessments(storage, NOW);
      if (first.status !== 'ok') throw new Error('expected the format-1 data to load');
      return first;
    }

    it('has its later change taken in, upgraded like the rest', () => {
      const storage = new MemoryStorage();
      const first = upgraded(storage);
      const changed = structuredClone(format1);
      changed.assessments['43-9061.00'].updatedAt = '2026-11-22T08:00:00.000Z';
      Object.assign(changed.assessments['43-9061.00'].ratings, { 'advanced:1': { rating: 'not-yet' } });
      storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify(changed));
      const taken = takeLegacyChanges(storage, first.assessments, first.legacySeen);
      expect(taken?.taken).toBe(1);
      expect(taken?.assessments['43-9061.00']?.unplaced).toEqual({
        version: 'v.26.04',
        ratings: { 'advanced:1': { rating: 'not-yet' } },
      });
      // The assessment it did not change is the one here, with whatever was done to it since.
      expect(taken?.assessments['43-4171.00']).toBe(first.assessments['43-4171.00']);
      expect(taken?.legacySeen['43-9061.00']).toBe('2026-11-22T08:00:00.000Z');
    });

    it('never brings back an assessment deleted here that it did not change', () => {
      const storage = new MemoryStorage();
      const first = upgraded(storage);
      const rest = { '43-9061.00': first.assessments['43-9061.00']! };
      storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify(format1));
      expect(takeLegacyChanges(storage, rest, first.legacySeen)).toBeNull();
    });
  });

  it('upgrades an older format step by step', () => {
    const storage = new MemoryStorage();
    // A made-up format 0 that kept the assessments under another name, to exercise the chain.
    storage.setItem(LEGACY_STORAGE_KEY, JSON.stringify({ ...format1, version: 0, items: format1.assessments }));
    const migrations = {
      ...MIGRATIONS,
      0: ({ items, ...rest }: Record<string, unknown>) => ({ ...rest, assessments: items }),
    };
    const result = loadAssessments(storage, NOW, migrations);
    expect(result).toMatchObject({ status: 'ok', migratedFrom: 0 });
    expect(result.status === 'ok' && result.assessments['43-4171.00']?.unplaced?.version).toBe('v.26.05');
  });

  it('leaves the last saved assessments whole and readable when a save fails part-way', () => {
    const storage = new MemoryStorage();
    saveAssessments(storage, { [assessment.soc]: assessment });
    const before = storage.getItem(STORAGE_KEY);
    storage.broken = true;
    const changed = { ...assessment, ratings: {}, updatedAt: '2026-11-22T09:00:00.000Z' };
    expect(saveAssessments(storage, { [assessment.soc]: changed, other: { ...changed, soc: 'other' } })).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
    // One write of the whole JSON: it lands entirely or not at all.
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(storage.items.size).toBe(1);
    expect(loadAssessments(storage, NOW)).toEqual({
      status: 'ok',
      assessments: { [assessment.soc]: assessment },
      legacySeen: {},
    });
  });

  it.each([
    ['corrupt JSON', '{"version":2,"assessm', 'it is not valid JSON'],
    ['no version', JSON.stringify({ assessments: {} }), 'it has no format version Ladder knows'],
    [
      'a bad rating',
      JSON.stringify({
        version: 2,
        assessments: { x: { ...assessment, ratings: { 'emerging/a': { rating: 'expert', text: 'A' } } } },
      }),
      'its assessments are not in the expected shape',
    ],
    [
      'a rating without its text',
      JSON.stringify({
        version: 2,
        assessments: { x: { ...assessment, ratings: { 'emerging/a': { rating: 'on-my-own' } } } },
      }),
      'its assessments are not in the expected shape',
    ],
    [
      'a rating under a key by position',
      JSON.stringify({
        version: 2,
        assessments: { x: { ...assessment, ratings: { 'emerging:0': { rating: 'on-my-own', text: 'A' } } } },
      }),
      'its assessments are not in the expected shape',
    ],
    [
      'a malformed earlier rating',
      JSON.stringify({
        version: 2,
        assessments: {
          x: {
            ...assessment,
            earlier: [{ level: 'expert', text: null, position: 1, rating: 'not-yet', version: 'v' }],
          },
        },
      }),
      'its assessments are not in the expected shape',
    ],
  ])('keeps %s aside instead of erasing it', (_case, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const result = loadAssessments(storage, NOW);
    const asideKey = `${ASIDE_KEY_PREFIX}2026-11-22T10:00:00.000Z`;
    expect(result).toEqual({ status: 'unreadable', reason, asideKey, raw });
    expect(storage.getItem(asideKey)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('leaves unreadable data in place when there is no room to move it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    storage.full = true;
    const result = loadAssessments(storage, NOW);
    expect(result).toMatchObject({ status: 'unreadable', asideKey: null, raw: 'not json' });
    expect(storage.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('reports a full storage quota instead of dropping the change silently', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveAssessments(storage, { [assessment.soc]: assessment })).toMatchObject({ ok: false, reason: 'quota' });
  });
});
