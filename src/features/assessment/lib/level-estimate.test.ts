import type { LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import type { Assessment, Rating } from './assessment';
import {
  ESTIMATE_RULE,
  ESTIMATE_THRESHOLD,
  estimateExplanation,
  estimateLevel,
  levelProgress,
  nextSteps,
  onMyOwnNeeded,
  progressFromCounts,
  type LevelProgress,
} from './level-estimate';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (sizes: number[]) => makeOccupation({ sizes });

/** Ratings per level as a string: o = On my own, h = With help, n = Not yet, . = unrated. */
function assessment(pattern: Partial<Record<LevelId, string>>): Assessment {
  const codes: Record<string, Rating> = { o: 'on-my-own', h: 'with-help', n: 'not-yet' };
  const ratings: Assessment['ratings'] = {};
  for (const [level, text] of Object.entries(pattern)) {
    [...text].forEach((code, index) => {
      const rating = codes[code];
      // Keyed and worded as makeOccupation's statements are.
      if (rating) ratings[`${level}/statement-${index + 1}`] = { rating, text: `${level} statement ${index}` };
    });
  }
  return {
    soc: '43-4171.00',
    title: 'Receptionists and Information Clerks',
    frameworkVersion: 'v.1.0',
    startedAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ratings,
  };
}

function progress(occ: Occupation, pattern: Partial<Record<LevelId, string>>): LevelProgress[] {
  return levelProgress(occ, assessment(pattern));
}

describe('levelProgress', () => {
  it('counts each rating and the unrated statements per level, in canonical order', () => {
    const result = progress(occupation([5, 3, 2, 1]), { emerging: 'oohn.', developing: 'n', advanced: 'o' });
    expect(result).toEqual([
      { level: 'emerging', total: 5, onMyOwn: 2, withHelp: 1, notYet: 1, unrated: 1 },
      { level: 'developing', total: 3, onMyOwn: 0, withHelp: 0, notYet: 1, unrated: 2 },
      { level: 'proficient', total: 2, onMyOwn: 0, withHelp: 0, notYet: 0, unrated: 2 },
      { level: 'advanced', total: 1, onMyOwn: 1, withHelp: 0, notYet: 0, unrated: 0 },
    ]);
  });

  it('ignores ratings kept for statements the framework no longer has', () => {
    const [emerging] = progress(occupation([2, 0, 0, 0]), { emerging: 'oooo' });
    expect(emerging).toEqual({ level: 'emerging', total: 2, onMyOwn: 2, withHelp: 0, notYet: 0, unrated: 0 });
  });

  it('counts a rating saved for another text under a statement’s key as unrated', () => {
    const learner = assessment({ emerging: 'oo' });
    learner.ratings['emerging/statement-2'] = { rating: 'on-my-own', text: 'an earlier wording' };
    expect(levelProgress(occupation([2, 0, 0, 0]), learner)[0]).toMatchObject({ onMyOwn: 1, unrated: 1 });
  });

  it('follows level ids rather than the order the occupation lists its levels in', () => {
    const occ = occupation([1, 2, 0, 0]);
    occ.levels.reverse();
    expect(progress(occ, { developing: 'oo' }).map(({ level, total, onMyOwn }) => [level, total, onMyOwn])).toEqual([
      ['emerging', 1, 0],
      ['developing', 2, 2],
      ['proficient', 0, 0],
      ['advanced', 0, 0],
    ]);
  });

  it('reports a level missing from the occupation as empty', () => {
    const occ = occupation([1, 1, 1, 1]);
    occ.levels = occ.levels.filter((level) => level.id !== 'proficient');
    expect(progress(occ, {})[2]).toEqual({
      level: 'proficient',
      total: 0,
      onMyOwn: 0,
      withHelp: 0,
      notYet: 0,
      unrated: 0,
    });
  });
});

describe('progressFromCounts', () => {
  it('counts ratings by the level of their key, never more than the level has', () => {
    const result = progressFromCounts([2, 3, 0, 1], assessment({ emerging: 'ohn', developing: 'o', proficient: 'o' }));
    expect(
      result.map(({ level, total, onMyOwn, withHelp, notYet, unrated }) => [
        level,
        total,
        onMyOwn,
        withHelp,
        notYet,
        unrated,
      ]),
    ).toEqual([
      ['emerging', 2, 1, 1, 0, 0],
      ['developing', 3, 1, 0, 0, 2],
      ['proficient', 0, 0, 0, 0, 0],
      ['advanced', 1, 0, 0, 0, 1],
    ]);
  });

  it('counts ratings still by position (saved by an older Ladder) that fall within their level', () => {
    const learner = {
      ...assessment({}),
      unplaced: {
        version: 'v.1.0',
        ratings: {
          'emerging:0': { rating: 'on-my-own' as const },
          'emerging:4': { rating: 'on-my-own' as const },
          'developing:0': { rating: 'not-yet' as const },
        },
      },
    };
    expect(
      progressFromCounts([2, 1, 0, 0], learner).map(({ onMyOwn, notYet, unrated }) => [onMyOwn, notYet, unrated]),
    ).toEqual([
      [1, 0, 1],
      [0, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('does not count earlier ratings', () => {
    const learner = {
      ...assessment({}),
      earlier: [{ level: 'emerging' as const, text: 'x', position: null, rating: 'on-my-own' as const, version: 'v' }],
    };
    expect(progressFromCounts([1, 0, 0, 0], learner)[0]).toMatchObject({ onMyOwn: 0, unrated: 1 });
  });
});

describe('estimateLevel', () => {
  const occ = occupation([5, 5, 5, 5]);

  it('is null, working towards the first level, when nothing is rated', () => {
    expect(estimateLevel(progress(occ, {}))).toBeNull();
  });

  it('reaches a level at exactly the threshold', () => {
    expect(estimateLevel(progress(occ, { emerging: 'oooo.' }))).toBe('emerging');
  });

  it('does not reach a level just below the threshold', () => {
    expect(estimateLevel(progress(occ, { emerging: 'oooh.' }))).toBeNull();
  });

  it('counts With help and Not yet as not reached', () => {
    expect(estimateLevel(progress(occ, { emerging: 'ooohh' }))).toBeNull();
    expect(estimateLevel(progress(occ, { emerging: 'ooonn' }))).toBeNull();
  });

  it('stands at the highest level reached when every level below is reached too', () => {
    expect(estimateLevel(progress(occ, { emerging: 'ooooo', developing: 'oooon', proficient: 'ooo..' }))).toBe(
      'developing',
    );
  });

  it('does not skip a level that is not reached, however far the learner is above it', () => {
    expect(estimateLevel(progress(occ, { emerging: 'ooooo', developing: 'oo...', proficient: 'ooooo' }))).toBe(
      'emerging',
    );
    expect(estimateLevel(progress(occ, { developing: 'ooooo', proficient: 'ooooo', advanced: 'ooooo' }))).toBeNull();
  });

  it('reaches Advanced when all four levels are reached', () => {
    expect(
      estimateLevel(progress(occ, { emerging: 'ooooo', developing: 'ooooo', proficient: 'ooooo', advanced: 'oooo.' })),
    ).toBe('advanced');
  });

  it('counts a level without statements as reached', () => {
    const gappy = occupation([2, 0, 3, 1]);
    expect(estimateLevel(progress(gappy, { emerging: 'oo' }))).toBe('developing');
    expect(estimateLevel(progress(gappy, { emerging: 'oo', proficient: 'ooo' }))).toBe('proficient');
    expect(estimateLevel(progress(occupation([0, 4, 4, 4]), {}))).toBe('emerging');
  });

  it('takes the levels in canonical order whatever order they are given in', () => {
    const result = progress(occ, { emerging: 'ooooo', developing: 'ooooo' });
    expect(estimateLevel([...result].reverse())).toBe('developing');
  });

  it('states its rule in plain words with the threshold it uses', () => {
    expect(ESTIMATE_THRESHOLD).toBe(0.8);
    expect(ESTIMATE_RULE).toBe(
      'You stand at the highest level where at least 80% of statements are rated On my own, and every level below it is too.',
    );
  });
});

describe('estimateExplanation', () => {
  const occ = occupation([5, 4, 4, 4]);

  it('gives the rule as where the learner stands once a level is reached', () => {
    const result = progress(occ, { emerging: 'oooo' });
    expect(estimateExplanation(result, estimateLevel(result), 'Emerging')).toBe(ESTIMATE_RULE);
  });

  it('says, while no level is reached, what reaching one takes and how far the first level is', () => {
    const result = progress(occ, { emerging: 'oohn' });
    expect(estimateLevel(result)).toBeNull();
    const text = estimateExplanation(result, null, 'Emerging');
    expect(text).not.toMatch(/You stand at/);
    expect(text).toBe(
      'A level counts as reached when at least 80% of statements are rated On my own, and every level below it is too. You have not reached Emerging yet: 2 of its 5 statements are rated On my own, and 4 are needed.',
    );
    expect(estimateExplanation(progress(occ, { emerging: 'o' }), null, 'Emerging')).toContain(
      '1 of its 5 statements is rated On my own',
    );
  });

  it('counts the On my own ratings a level needs without floating-point slips', () => {
    expect(onMyOwnNeeded(15)).toBe(12);
    expect(onMyOwnNeeded(10)).toBe(8);
    expect(onMyOwnNeeded(3)).toBe(3);
    expect(onMyOwnNeeded(1)).toBe(1);
    expect(onMyOwnNeeded(0)).toBe(0);
  });
});

describe('nextSteps', () => {
  const occ = occupation([3, 4, 2, 2]);

  it('lists the first level’s statements not yet On my own while working towards it', () => {
    const learner = assessment({ emerging: 'o.h' });
    expect(nextSteps(occ, learner, null)).toEqual([
      { level: 'emerging', index: 1, key: 'emerging/statement-2', text: 'emerging statement 1' },
      { level: 'emerging', index: 2, key: 'emerging/statement-3', text: 'emerging statement 2', rating: 'with-help' },
    ]);
  });

  it('lists the following level’s statements, with their ratings, in framework order', () => {
    const learner = assessment({ emerging: 'ooo', developing: 'nooh' });
    expect(nextSteps(occ, learner, 'emerging')).toEqual([
      {
        level: 'developing',
        index: 0,
        key: 'developing/statement-1',
        text: 'developing statement 0',
        rating: 'not-yet',
      },
      {
        level: 'developing',
        index: 3,
        key: 'developing/statement-4',
        text: 'developing statement 3',
        rating: 'with-help',
      },
    ]);
  });

  it('leaves out the rating of an unrated statement rather than setting it undefined', () => {
    const [step] = nextSteps(occ, assessment({}), 'developing');
    expect(step).toEqual({
      level: 'proficient',
      index: 0,
      key: 'proficient/statement-1',
      text: 'proficient statement 0',
    });
    expect(step && 'rating' in step).toBe(false);
  });

  it('is empty at Advanced', () => {
    expect(nextSteps(occ, assessment({}), 'advanced')).toEqual([]);
  });

  it('is empty when every statement of the next level is On my own', () => {
    expect(nextSteps(occ, assessment({ proficient: 'oo' }), 'developing')).toEqual([]);
  });

  it('works from the estimate computed by the rule', () => {
    const learner = assessment({ emerging: 'ooo', developing: 'oooo', proficient: 'o.' });
    const estimate = estimateLevel(levelProgress(occ, learner));
    expect(estimate).toBe('developing');
    expect(nextSteps(occ, learner, estimate).map(({ level, index }) => [level, index])).toEqual([['proficient', 1]]);
  });
});
