import type { StatementMatch } from '../../../lib/occupation';
import type { StatementRating } from './assessment';
import { headStart } from './head-start';
import { makeAssessment } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (soc: string, matches: Record<string, StatementMatch[]> = {}) =>
  makeOccupation({
    soc,
    title: `Title ${soc}`,
    group: 'Group',
    statements: [0, 1, 2, 3].map(() => ['a', 'b', 'c', 'd']),
    matches,
  });

const assessment = (soc: string, ratings: Record<string, StatementRating>) =>
  makeAssessment({ soc, title: `Assessed ${soc}`, updatedAt: '2026-11-02T09:00:00.000Z', ratings });

describe('headStart', () => {
  const target = occupation('T', {
    A: [
      [0, 0, 2, 0.9],
      [2, 1, 0, 0.7],
      [3, 3, 3, 0.5],
    ],
    B: [
      [1, 0, 1, 0.8],
      [1, 2, 3, 0.6],
      [2, 3, 0, 0.4],
    ],
    C: [[0, 1, 1, 0.9]],
  });

  it('carries each matched statement’s rating to the target statement at the same level', () => {
    const [offer] = headStart(target, [
      assessment('A', { 'emerging:2': { rating: 'on-my-own' }, 'proficient:0': { rating: 'with-help' } }),
    ]);
    expect(offer).toEqual({
      fromSoc: 'A',
      fromTitle: 'Assessed A',
      ratings: { 'emerging:0': { rating: 'on-my-own' }, 'proficient:1': { rating: 'with-help' } },
      count: 2,
    });
  });

  it('leaves the notes behind', () => {
    const [offer] = headStart(target, [assessment('A', { 'emerging:2': { rating: 'not-yet', note: 'about A' } })]);
    expect(offer?.ratings).toEqual({ 'emerging:0': { rating: 'not-yet' } });
    expect(offer?.ratings['emerging:0']).not.toHaveProperty('note');
  });

  it('does not carry ratings of statements without a match, or at another level', () => {
    const offers = headStart(target, [
      assessment('A', { 'emerging:0': { rating: 'on-my-own' }, 'developing:2': { rating: 'on-my-own' } }),
    ]);
    expect(offers).toEqual([]);
  });

  it('sorts offers by how many ratings they carry, most first', () => {
    const offers = headStart(target, [
      assessment('C', { 'emerging:1': { rating: 'with-help' } }),
      assessment('A', {
        'emerging:2': { rating: 'on-my-own' },
        'proficient:0': { rating: 'on-my-own' },
        'advanced:3': { rating: 'not-yet' },
      }),
      assessment('B', { 'developing:1': { rating: 'with-help' }, 'developing:3': { rating: 'not-yet' } }),
    ]);
    expect(offers.map(({ fromSoc, count }) => [fromSoc, count])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
    ]);
  });

  it('keeps the given order of sources that carry as many ratings', () => {
    const offers = headStart(target, [
      assessment('C', { 'emerging:1': { rating: 'with-help' } }),
      assessment('B', { 'developing:1': { rating: 'with-help' } }),
    ]);
    expect(offers.map(({ fromSoc }) => fromSoc)).toEqual(['C', 'B']);
  });

  it('leaves out occupations without matches, with no rated matches, and the target itself', () => {
    const offers = headStart(target, [
      assessment('Z', { 'emerging:0': { rating: 'on-my-own' } }),
      assessment('B', {}),
      assessment('T', { 'emerging:0': { rating: 'on-my-own' } }),
    ]);
    expect(offers).toEqual([]);
  });

  it('takes the rating of the closest rated match when a statement has several', () => {
    const several = occupation('T', {
      A: [
        [0, 0, 0, 0.6],
        [0, 0, 1, 0.9],
        [0, 0, 2, 0.7],
      ],
    });
    const [best] = headStart(several, [
      assessment('A', {
        'emerging:0': { rating: 'not-yet' },
        'emerging:1': { rating: 'on-my-own' },
        'emerging:2': { rating: 'with-help' },
      }),
    ]);
    expect(best?.ratings).toEqual({ 'emerging:0': { rating: 'on-my-own' } });
    expect(best?.count).toBe(1);
    const [fallback] = headStart(several, [
      assessment('A', { 'emerging:0': { rating: 'not-yet' }, 'emerging:2': { rating: 'with-help' } }),
    ]);
    expect(fallback?.ratings).toEqual({ 'emerging:0': { rating: 'with-help' } });
  });

  it('ignores a match at a level position outside the four levels', () => {
    const odd = occupation('T', { A: [[4, 0, 0, 0.9]] });
    expect(headStart(odd, [assessment('A', { 'emerging:0': { rating: 'on-my-own' } })])).toEqual([]);
  });

  it('is empty without other assessments', () => {
    expect(headStart(target, [])).toEqual([]);
  });
});
