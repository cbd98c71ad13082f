import { makeAssessment, ratingsFor, type RatingSpec } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { resumePoint, statementItemId } from './resume';

const occupation = makeOccupation({ sizes: [3, 2, 2, 0] });

describe('resuming an assessment', () => {
  it('goes on at the first unrated statement of the level last rated at', () => {
    const assessment = makeAssessment({
      lastLevel: 'developing',
      ratings: ratingsFor(occupation, [
        ['emerging', 0, 'on-my-own'],
        ['developing', 0, 'with-help'],
      ]),
    });
    expect(resumePoint(occupation, assessment)).toMatchObject({ level: 'developing', index: 1 });
  });

  it('goes on to the levels after it, then back to a statement skipped before it', () => {
    const all = ratingsFor(occupation, [
      ['emerging', 0, 'on-my-own'],
      ['emerging', 2, 'on-my-own'],
      ['developing', 0, 'with-help'],
      ['developing', 1, 'with-help'],
    ]);
    expect(resumePoint(occupation, makeAssessment({ lastLevel: 'developing', ratings: all }))).toMatchObject({
      level: 'proficient',
      index: 0,
    });
    const upToProficient = {
      ...all,
      ...ratingsFor(occupation, [
        ['proficient', 0, 'not-yet'],
        ['proficient', 1, 'not-yet'],
      ]),
    };
    // Advanced has no statements; the statement skipped at Emerging is what is left.
    expect(resumePoint(occupation, makeAssessment({ lastLevel: 'proficient', ratings: upToProficient }))).toMatchObject(
      { level: 'emerging', index: 1 },
    );
  });

  it('starts from the first level without a level last rated at, and says nothing is left once all is rated', () => {
    expect(resumePoint(occupation, makeAssessment())).toMatchObject({ level: 'emerging', index: 0 });
    const everything = ratingsFor(
      occupation,
      (['emerging', 'developing', 'proficient'] as const).flatMap((level) =>
        occupation.levels
          .find((item) => item.id === level)!
          .statements.map((_, index): RatingSpec => [level, index, 'on-my-own']),
      ),
    );
    expect(resumePoint(occupation, makeAssessment({ lastLevel: 'emerging', ratings: everything }))).toBeNull();
  });

  it('names each statement’s item by its level and anchor, so that ids never clash across levels', () => {
    expect(statementItemId({ level: 'developing', anchor: 'filing-2' })).toBe('rate-developing-filing-2');
  });
});
