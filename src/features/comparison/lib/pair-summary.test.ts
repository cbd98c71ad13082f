import type { StatementMatch } from '../../../lib/occupation';
import { mirrorMatches, pairKey } from '../../../lib/occupation-matching';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { comparedLevels, pairSummaries } from './pair-summary';

const occupation = (soc: string, sizes: number[]) => makeOccupation({ soc, title: `Title ${soc}`, sizes });

describe('pairSummaries', () => {
  const a = occupation('A', [4, 3, 10, 2]);
  const b = occupation('B', [2, 2, 6, 2]);
  const c = occupation('C', [1, 1, 1, 1]);
  const aInB: StatementMatch[] = [
    [0, 1, 1, 0.5],
    [2, 0, 1, 0.6],
    [2, 5, 3, 0.4],
  ];
  // As the browser works them out: every pair both ways, with nothing between the others.
  const matches = new Map([
    [pairKey('A', 'B'), aInB],
    [pairKey('B', 'A'), mirrorMatches(aInB)],
    [pairKey('A', 'C'), []],
    [pairKey('C', 'A'), []],
    [pairKey('B', 'C'), []],
    [pairKey('C', 'B'), []],
  ]);

  it('counts the first occupation’s statements with a close match at one level', () => {
    expect(pairSummaries([a, b], matches, 'proficient').map(({ matched, total }) => [matched, total])).toEqual([
      [2, 10],
    ]);
  });

  it('counts across all levels', () => {
    expect(pairSummaries([a, b], matches, 'all').map(({ matched, total }) => [matched, total])).toEqual([[3, 19]]);
  });

  it('summarises every pair in the order chosen, with zero where nothing matches', () => {
    expect(
      pairSummaries([a, b, c], matches, 'emerging').map(({ from, to, matched }) => [from.soc, to.soc, matched]),
    ).toEqual([
      ['A', 'B', 1],
      ['A', 'C', 0],
      ['B', 'C', 0],
    ]);
  });

  it('counts from the side of the occupation that comes first', () => {
    expect(pairSummaries([b, a], matches, 'proficient').map(({ matched, total }) => [matched, total])).toEqual([
      [2, 6],
    ]);
  });

  it('knows which level positions are compared', () => {
    expect(comparedLevels('all')).toEqual([0, 1, 2, 3]);
    expect(comparedLevels('advanced')).toEqual([3]);
  });
});
