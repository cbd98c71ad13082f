import { matchOccupations } from './match-occupations.ts';
import { Vocabulary, statementTermCounts } from '../src/lib/text-vectors.ts';

function vectorise(occupations: string[][][]) {
  const vocabulary = new Vocabulary();
  const counts = occupations.map((levels) => levels.map((level) => level.map((text) => statementTermCounts(text))));
  for (const levels of counts) for (const level of levels) for (const count of level) vocabulary.add(count);
  return counts.map((levels) => levels.map((level) => level.map((count) => vocabulary.vector(count))));
}

const receptionist = [
  ['Visitor greeting — welcome visitors at the front desk.', 'Phone calls — answer and route incoming calls.'],
  ['Appointment scheduling — book appointments in the calendar.'],
];
const secretary = [
  ['Phone calls — answer and route incoming calls for executives.', 'Travel booking — arrange flights and hotels.'],
  ['Board minutes — record minutes of board meetings.'],
];
const welder = [['Arc welding — weld steel joints to specification.'], ['Blueprint reading — interpret weld symbols.']];

describe('matchOccupations', () => {
  const matches = matchOccupations(vectorise([receptionist, secretary, welder]));

  it('matches statements about the same work at the same level, both ways', () => {
    const forward = matches.get(0)?.get(1);
    expect(forward?.map(([level, index, otherIndex]) => [level, index, otherIndex])).toEqual([[0, 1, 0]]);
    expect(forward?.[0]?.[3]).toBeGreaterThan(0.5);
    expect(
      matches
        .get(1)
        ?.get(0)
        ?.map(([level, index, otherIndex]) => [level, index, otherIndex]),
    ).toEqual([[0, 0, 1]]);
  });

  it('finds no match between occupations with no words in common', () => {
    expect(matches.get(2)).toBeUndefined();
    expect(matches.get(0)?.get(2)).toBeUndefined();
  });

  it('matches identical statements one to one, never one statement twice', () => {
    const same = 'Stock counts — count stock at the end of each shift.';
    const result = matchOccupations(vectorise([[[same, same]], [[same]]]));
    expect(result.get(0)?.get(1)).toHaveLength(1);
    expect(result.get(0)?.get(1)?.[0]?.[3]).toBe(1);
  });

  it('never matches statements of different levels', () => {
    const result = matchOccupations(
      vectorise([
        [['Phone calls — answer calls.'], []],
        [[], ['Phone calls — answer calls.']],
      ]),
    );
    expect(result.size).toBe(0);
  });
});
