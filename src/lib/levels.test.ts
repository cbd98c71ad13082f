import { isLevelId, nextLevel, previousLevel } from './levels.ts';

describe('levels', () => {
  it('knows the four level names in order', () => {
    expect(nextLevel('emerging')).toBe('developing');
    expect(nextLevel('advanced')).toBeUndefined();
    expect(previousLevel('emerging')).toBeUndefined();
    expect(previousLevel('advanced')).toBe('proficient');
  });

  it('accepts only the canonical lower-case level names', () => {
    expect(isLevelId('proficient')).toBe(true);
    expect(isLevelId('Proficient')).toBe(false);
    expect(isLevelId('expert')).toBe(false);
    expect(isLevelId(undefined)).toBe(false);
  });
});
