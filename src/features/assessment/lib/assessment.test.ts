import { makeAssessment } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';
import {
  POSITION_KEY_PATTERN,
  STATEMENT_KEY_PATTERN,
  earlierStatementText,
  levelStatements,
  ratingFor,
  statementKey,
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
