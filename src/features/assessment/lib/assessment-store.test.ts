import { AssessmentStore } from './assessment-store';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from './storage';
import { MemoryStorage } from '../../../testing/memory-storage';

const format1 = JSON.stringify({
  version: 1,
  assessments: {
    '43-4171.00': {
      soc: '43-4171.00',
      title: 'Receptionists',
      frameworkVersion: 'v.26.05',
      startedAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
      ratings: { 'emerging:0': { rating: 'on-my-own' } },
    },
  },
});

describe('the assessment store', () => {
  it('upgrades format 1 once: saved under the new key on first load, the old key left for older tabs', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_STORAGE_KEY, format1);
    const store = new AssessmentStore(storage);
    expect(store.getSnapshot().assessments['43-4171.00']?.unplaced?.ratings).toEqual({
      'emerging:0': { rating: 'on-my-own' },
    });
    expect(storage.getItem(LEGACY_STORAGE_KEY)).toBe(format1);
    const saved = storage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();
    // A second page reads the new key and writes nothing on load.
    const writes = storage.writes;
    const again = new AssessmentStore(storage);
    expect(again.getSnapshot().assessments).toEqual(store.getSnapshot().assessments);
    expect(storage.writes).toBe(writes);
  });

  it('never writes over data from a newer Ladder, and keeps the change on the page with a way to reload', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 3, assessments: {} });
    storage.setItem(STORAGE_KEY, newer);
    const store = new AssessmentStore(storage);
    expect(store.getSnapshot().problem).toMatchObject({ kind: 'newer' });
    const assessment = {
      soc: '43-4171.00',
      title: 'Receptionists',
      frameworkVersion: 'v.26.05',
      startedAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:00:00.000Z',
      ratings: {},
    };
    expect(store.put(assessment)).toMatchObject({ ok: false });
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(store.getSnapshot().assessments['43-4171.00']).toEqual(assessment);
    expect(store.getSnapshot().problem).toMatchObject({ kind: 'newer' });
  });
});
