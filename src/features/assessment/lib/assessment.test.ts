import { makeAssessment } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';
import {
  POSITION_KEY_PATTERN,
  STATEMENT_KEY_PATTERN,
  earlierStatementText,
  isCarriedOver,
  levelStatements,
  ratingFor,
  statementKey,
  withCarriedConfirmed,
  withRating,
  withoutEarlier,
  type EarlierRating,
} from './assessment';

describe('statement keys', () => {
  it('name a statement by its level and the anchor of its citable link', () => {
    const occupation = makeOccupation({
      statements: [['Filing — place documents.', 'Answer calls.', 'Filing — label boxes.'], [], [], []],
    });
    expect(levelStatements(occupation, 'emerging').map(({ index, key }) => [index, key])).toEqual([
      [0, 'emerging/filing'],
      [1, 'emerging/statement-2'],
      [2, 'emerging/filing-2'],
    ]);
  });

  it('can never be mistaken for a key by position, or the other way round', () => {
    expect(STATEMENT_KEY_PATTERN.test(statementKey('proficient', 'customer-complaints'))).toBe(true);
    expect(STATEMENT_KEY_PATTERN.test('proficient:3')).toBe(false);
    expect(POSITION_KEY_PATTERN.test('proficient/statement-3')).toBe(false);
    expect(POSITION_KEY_PATTERN.test('proficient:3')).toBe(true);
  });
});

describe('ratingFor', () => {
  const [statement] = levelStatements(
    makeOccupation({ statements: [['Filing — place documents.'], [], [], []] }),
    'emerging',
  );

  it('gives the rating saved for the statement’s text, white space aside', () => {
    const assessment = makeAssessment({
      ratings: { 'emerging/filing': { rating: 'on-my-own', text: ' Filing —  place documents.\n' } },
    });
    expect(ratingFor(assessment, statement!)?.rating).toBe('on-my-own');
  });

  it('gives nothing for a rating saved under the key for another text', () => {
    const assessment = makeAssessment({
      ratings: { 'emerging/filing': { rating: 'on-my-own', text: 'Filing — place letters.' } },
    });
    expect(ratingFor(assessment, statement!)).toBeUndefined();
  });
});

describe('earlier ratings', () => {
  const byText: EarlierRating = {
    level: 'emerging',
    text: 'Post — sort it.',
    position: null,
    rating: 'not-yet',
    version: 'v.1',
  };
  const byPosition: EarlierRating = { level: 'emerging', text: null, position: 4, rating: 'on-my-own', version: 'v.0' };

  it('are named by their text, or by where they stood when that is all there is', () => {
    expect(earlierStatementText(byText)).toBe('Post — sort it.');
    expect(earlierStatementText(byPosition)).toBe('Statement 5 in version v.0');
  });

  it('are removed one at a time, matched by value', () => {
    const assessment = makeAssessment({ earlier: [byText, byPosition] });
    expect(withoutEarlier(assessment, { ...byPosition }).earlier).toEqual([byText]);
    expect(withoutEarlier(withoutEarlier(assessment, byText), byPosition)).not.toHaveProperty('earlier');
    expect(withoutEarlier(assessment, { ...byText, rating: 'with-help' })).toBe(assessment);
  });
});

describe('carried-over ratings', () => {
  const occupation = makeOccupation({ statements: [['Filing — place documents.', 'Answer calls.'], [], [], []] });
  const [filing, calls] = levelStatements(occupation, 'emerging');
  const carried = makeAssessment({
    ratings: {
      [filing!.key]: { rating: 'on-my-own', text: filing!.text },
      [calls!.key]: { rating: 'with-help', text: calls!.text },
    },
    carriedOver: { fromSoc: '43-9061.00', fromTitle: 'Office Clerks', keys: [filing!.key, calls!.key] },
  });
  const now = new Date('2026-12-01T10:00:00.000Z');

  it('are marked while their key is listed and the rating is the statement’s', () => {
    expect(isCarriedOver(carried, filing!)).toBe(true);
    expect(isCarriedOver(makeAssessment({ ratings: carried.ratings }), filing!)).toBe(false);
    // A rating saved for another text is not shown, so neither is its mark.
    expect(isCarriedOver(carried, { key: filing!.key, text: 'Filing — something else.' })).toBe(false);
  });

  it('stay marked when only a note is added, and lose the mark when the rating is changed, chosen again or removed', () => {
    const noted = withRating(carried, filing!, { rating: 'on-my-own', note: 'Yes' }, now, false);
    expect(noted.ratings[filing!.key]).toEqual({ rating: 'on-my-own', note: 'Yes', text: filing!.text });
    expect(isCarriedOver(noted, filing!)).toBe(true);

    const changed = withRating(carried, filing!, { rating: 'not-yet' }, now);
    expect(isCarriedOver(changed, filing!)).toBe(false);
    expect(changed.carriedOver?.keys).toEqual([calls!.key]);
    expect(isCarriedOver(withRating(carried, filing!, { rating: 'on-my-own' }, now), filing!)).toBe(false);
    const removed = withRating(carried, filing!, undefined, now);
    expect(removed.ratings).not.toHaveProperty(filing!.key);
    expect(removed.carriedOver?.keys).toEqual([calls!.key]);
  });

  it('records the level last rated at and when, whatever the rating', () => {
    const next = withRating(makeAssessment(), filing!, { rating: 'with-help' }, now);
    expect(next).toMatchObject({ lastLevel: 'emerging', updatedAt: now.toISOString() });
    expect(next).not.toHaveProperty('carriedOver');
  });

  it('can all be kept at once, leaving no trace of the mark', () => {
    const kept = withCarriedConfirmed(carried);
    expect(kept).not.toHaveProperty('carriedOver');
    expect(kept.ratings).toEqual(carried.ratings);
    const last = withCarriedConfirmed(withCarriedConfirmed(carried, [filing!.key]), [calls!.key]);
    expect(last).not.toHaveProperty('carriedOver');
    expect(withCarriedConfirmed(makeAssessment())).toEqual(makeAssessment());
  });
});
