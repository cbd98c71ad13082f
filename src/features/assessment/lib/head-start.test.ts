import type { LevelId } from '../../../lib/levels';
import type { Occupation, StatementMatch } from '../../../lib/occupation';
import type { Rating } from './assessment';
import { headStart, type HeadStartSource } from './head-start';
import { makeAssessment, ratingsFor, type RatingSpec } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

/** Four statements per level, worded for their occupation, so that no two occupations share a text. */
const occupation = (soc: string) =>
  makeOccupation({
    soc,
    title: `Title ${soc}`,
    group: 'Group',
    statements: [0, 1, 2, 3].map((level) => ['a', 'b', 'c', 'd'].map((name) => `Task ${name} of ${soc} at ${level}.`)),
  });

/** The target's close matches in each source, from the target's side, as the browser works them out. */
const TARGET_MATCHES: Record<string, StatementMatch[]> = {
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
};

const frameworks = new Map(['A', 'B', 'C', 'T', 'Z'].map((soc) => [soc, occupation(soc)]));

const source = (
  soc: string,
  specs: RatingSpec[],
  occ: Occupation = frameworks.get(soc)!,
  matches: StatementMatch[] = TARGET_MATCHES[soc] ?? [],
): HeadStartSource => ({
  assessment: makeAssessment({
    soc,
    title: `Assessed ${soc}`,
    frameworkVersion: occ.framework.version,
    updatedAt: '2026-11-02T09:00:00.000Z',
    ratings: ratingsFor(occ, specs),
  }),
  occupation: occ,
  matches,
});

describe('headStart', () => {
  const target = occupation('T');
  /** What the target's statement at a level and position would be rated, keyed and worded as saved. */
  const carried = (specs: [LevelId, number, Rating][]) => ratingsFor(target, specs);

  it('carries each matched statement’s rating to the target statement at the same level', () => {
    const [offer] = headStart(target, [
      source('A', [
        ['emerging', 2, 'on-my-own'],
        ['proficient', 0, 'with-help'],
      ]),
    ]);
    expect(offer).toEqual({
      fromSoc: 'A',
      fromTitle: 'Assessed A',
      ratings: carried([
        ['emerging', 0, 'on-my-own'],
        ['proficient', 1, 'with-help'],
      ]),
      count: 2,
    });
  });

  it('leaves the notes behind', () => {
    const [offer] = headStart(target, [source('A', [['emerging', 2, 'not-yet', 'about A']])]);
    expect(offer?.ratings).toEqual(carried([['emerging', 0, 'not-yet']]));
    expect(Object.values(offer?.ratings ?? {})[0]).not.toHaveProperty('note');
  });

  it('does not carry ratings of statements without a match, or at another level', () => {
    const offers = headStart(target, [
      source('A', [
        ['emerging', 0, 'on-my-own'],
        ['developing', 2, 'on-my-own'],
      ]),
    ]);
    expect(offers).toEqual([]);
  });

  it('reads the source’s ratings through its own framework, after a new version moved its statements', () => {
    const before = frameworks.get('A')!;
    const emerging = before.levels[0]!.statements;
    // Statement 2 of A is statement 3 now: the build's matches count positions in the framework as it is now.
    const after = makeOccupation({
      soc: before.soc,
      title: before.title,
      framework: { ...before.framework, version: 'v.2.0' },
      statements: [['New first task of A.', ...emerging], [], [], []],
    });
    const moved = occupation('T');
    const rated = source('A', [['emerging', 2, 'with-help']], before, [[0, 0, 3, 0.9]]);
    expect(headStart(moved, [{ ...rated, occupation: after }])[0]?.ratings).toEqual(
      ratingsFor(moved, [['emerging', 0, 'with-help']]),
    );
  });

  it('sorts offers by how many ratings they carry, most first', () => {
    const offers = headStart(target, [
      source('C', [['emerging', 1, 'with-help']]),
      source('A', [
        ['emerging', 2, 'on-my-own'],
        ['proficient', 0, 'on-my-own'],
        ['advanced', 3, 'not-yet'],
      ]),
      source('B', [
        ['developing', 1, 'with-help'],
        ['developing', 3, 'not-yet'],
      ]),
    ]);
    expect(offers.map(({ fromSoc, count }) => [fromSoc, count])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
    ]);
  });

  it('keeps the given order of sources that carry as many ratings', () => {
    const offers = headStart(target, [
      source('C', [['emerging', 1, 'with-help']]),
      source('B', [['developing', 1, 'with-help']]),
    ]);
    expect(offers.map(({ fromSoc }) => fromSoc)).toEqual(['C', 'B']);
  });

  it('leaves out occupations without matches, with no rated matches, and the target itself', () => {
    const offers = headStart(target, [
      source('Z', [['emerging', 0, 'on-my-own']]),
      source('B', []),
      source('T', [['emerging', 0, 'on-my-own']]),
    ]);
    expect(offers).toEqual([]);
  });

  it('takes the rating of the closest rated match when a statement has several', () => {
    const several = occupation('T');
    const fromA: StatementMatch[] = [
      [0, 0, 0, 0.6],
      [0, 0, 1, 0.9],
      [0, 0, 2, 0.7],
    ];
    const [best] = headStart(several, [
      source(
        'A',
        [
          ['emerging', 0, 'not-yet'],
          ['emerging', 1, 'on-my-own'],
          ['emerging', 2, 'with-help'],
        ],
        undefined,
        fromA,
      ),
    ]);
    expect(best?.ratings).toEqual(ratingsFor(several, [['emerging', 0, 'on-my-own']]));
    expect(best?.count).toBe(1);
    const [fallback] = headStart(several, [
      source(
        'A',
        [
          ['emerging', 0, 'not-yet'],
          ['emerging', 2, 'with-help'],
        ],
        undefined,
        fromA,
      ),
    ]);
    expect(fallback?.ratings).toEqual(ratingsFor(several, [['emerging', 0, 'with-help']]));
  });

  it('ignores a match at a level position outside the four, or a position a framework does not have', () => {
    const odd = occupation('T');
    const outside: StatementMatch[] = [
      [4, 0, 0, 0.9],
      [0, 9, 0, 0.9],
      [0, 0, 9, 0.9],
    ];
    expect(headStart(odd, [source('A', [['emerging', 0, 'on-my-own']], undefined, outside)])).toEqual([]);
  });

  it('is empty without other assessments', () => {
    expect(headStart(target, [])).toEqual([]);
  });
});
