import type { Assessment } from './assessment';
import { ASIDE_KEY_PREFIX, FORMAT_VERSION, STORAGE_KEY, loadAssessments, saveAssessments } from './storage';

/** A Storage that keeps items in a Map, optionally full. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const NOW = new Date('2026-11-22T10:00:00.000Z');
const assessment: Assessment = {
  soc: '43-4171.00',
  title: 'Receptionists',
  frameworkVersion: 'v.26.05',
  startedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  ratings: { 'emerging:0': { rating: 'on-my-own', note: 'Daily at my job' }, 'developing:2': { rating: 'with-help' } },
};

describe('assessment storage', () => {
  it('saves and loads assessments unchanged', () => {
    const storage = new MemoryStorage();
    expect(saveAssessments(storage, { [assessment.soc]: assessment })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: FORMAT_VERSION });
    expect(loadAssessments(storage, NOW)).toEqual({ status: 'ok', assessments: { [assessment.soc]: assessment } });
  });

  it('starts empty when nothing is saved', () => {
    expect(loadAssessments(new MemoryStorage(), NOW)).toEqual({ status: 'ok', assessments: {} });
  });

  it('upgrades an older format step by step', () => {
    const storage = new MemoryStorage();
    // A made-up format 0 that kept the assessments under another name, to exercise the chain.
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 0, items: { [assessment.soc]: assessment } }));
    const migrations = { 0: ({ items, ...rest }: Record<string, unknown>) => ({ ...rest, assessments: items }) };
    const result = loadAssessments(storage, NOW, migrations);
    expect(result).toEqual({ status: 'ok', assessments: { [assessment.soc]: assessment }, migratedFrom: 0 });
  });

  it.each([
    ['corrupt JSON', '{"version":1,"assessm', 'it is not valid JSON'],
    [
      'a newer format',
      JSON.stringify({ version: 99, assessments: {} }),
      'it was saved by a newer version of Ladder (format 99)',
    ],
    ['no version', JSON.stringify({ assessments: {} }), 'it has no format version Ladder knows'],
    [
      'a bad rating',
      JSON.stringify({
        version: 1,
        assessments: { x: { ...assessment, ratings: { 'emerging:0': { rating: 'expert' } } } },
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
