import { maxWeightAssignment } from './assignment.ts';

describe('maxWeightAssignment', () => {
  it('finds the assignment with the largest total, not the greedy one', () => {
    // Greedy takes 0.9 (0→0) and is left with 0.1; the optimum is 0.8 + 0.8.
    expect(
      maxWeightAssignment([
        [0.9, 0.8],
        [0.8, 0.1],
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves rows over when there are more rows than columns', () => {
    expect(maxWeightAssignment([[0.1], [0.7], [0.3]])).toEqual([[1, 0]]);
  });

  it('leaves columns over when there are more columns than rows', () => {
    expect(maxWeightAssignment([[0.2, 0.1, 0.6]])).toEqual([[0, 2]]);
  });

  it('returns nothing for an empty side', () => {
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[], []])).toEqual([]);
  });
});
