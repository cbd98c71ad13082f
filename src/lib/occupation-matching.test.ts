import {
  matchAll,
  matchPair,
  matchStatements,
  mirrorMatches,
  occupationVectors,
  pairKey,
  termIdsOf,
} from './occupation-matching';
import { seedOccupations } from '../testing/seed-occupations';
import { statementTermCounts } from './text-vectors';

/** Every term weighs 1: enough to test the matching itself. */
function plain(soc: string, levels: string[][]) {
  const terms = levels.flat().flatMap((text) => [...statementTermCounts(text).keys()]);
  return {
    soc,
    levels: levels.map((statements) => ({ statements })),
    termWeights: Object.fromEntries(terms.map((term) => [term, 1])),
  };
}

const receptionist = plain('43-4171.00', [
  ['Visitor greeting — welcome visitors at the front desk.', 'Phone calls — answer and route incoming calls.'],
  ['Appointment scheduling — book appointments in the calendar.'],
]);
const secretary = plain('43-6011.00', [
  ['Phone calls — answer and route incoming calls for executives.', 'Travel booking — arrange flights and hotels.'],
  ['Board minutes — record minutes of board meetings.'],
]);
const welder = plain('51-4121.00', [
  ['Arc welding — weld steel joints to specification.'],
  ['Blueprint reading — interpret weld symbols.'],
]);

describe('matchAll', () => {
  const matches = matchAll([receptionist, secretary, welder]);

  it('matches statements about the same work at the same level, both ways', () => {
    const forward = matches.get(pairKey(receptionist.soc, secretary.soc));
    expect(forward?.map(([level, index, otherIndex]) => [level, index, otherIndex])).toEqual([[0, 1, 0]]);
    expect(forward?.[0]?.[3]).toBeGreaterThan(0.5);
    expect(matches.get(pairKey(secretary.soc, receptionist.soc))).toEqual(mirrorMatches(forward ?? []));
  });

  it('gives every pair both ways, empty where no words are shared', () => {
    expect(matches.size).toBe(6);
    expect(matches.get(pairKey(receptionist.soc, welder.soc))).toEqual([]);
    expect(matches.get(pairKey(welder.soc, secretary.soc))).toEqual([]);
  });

  it('gives the same matches whatever order the occupations come in', () => {
    const reversed = matchAll([welder, secretary, receptionist]);
    expect(new Map([...reversed].sort())).toEqual(new Map([...matches].sort()));
  });
});

describe('matchStatements', () => {
  const vectorsOf = (...occupations: ReturnType<typeof plain>[]) => {
    const ids = termIdsOf(occupations);
    return occupations.map((occupation) => occupationVectors(occupation, ids));
  };

  it('matches identical statements one to one, never one statement twice', () => {
    const same = 'Stock counts — count stock at the end of each shift.';
    const [a, b] = vectorsOf(plain('A', [[same, same]]), plain('B', [[same]]));
    const result = matchStatements(a!, b!);
    expect(result).toHaveLength(1);
    expect(result[0]?.[3]).toBe(1);
  });

  it('never matches statements of different levels', () => {
    const [a, b] = vectorsOf(
      plain('A', [['Phone calls — answer calls.'], []]),
      plain('B', [[], ['Phone calls — answer calls.']]),
    );
    expect(matchStatements(a!, b!)).toEqual([]);
  });

  it('keeps only pairs at or above the floor', () => {
    const [a, b] = vectorsOf(
      plain('A', [['Phone calls — answer calls politely.']]),
      plain('B', [['Phone calls — answer calls quickly and route them.']]),
    );
    const [match] = matchStatements(a!, b!, 0);
    expect(match).toBeDefined();
    expect(matchStatements(a!, b!, (match?.[3] ?? 0) + 0.01)).toEqual([]);
  });
});

describe('matchPair', () => {
  it('works from the lower SOC code’s side, so that either order gives the same pair', () => {
    const ids = termIdsOf([receptionist, secretary]);
    const r = { soc: receptionist.soc, vectors: occupationVectors(receptionist, ids) };
    const s = { soc: secretary.soc, vectors: occupationVectors(secretary, ids) };
    const one = matchPair(r, s);
    const other = matchPair(s, r);
    expect(other.forward).toEqual(one.backward);
    expect(other.backward).toEqual(one.forward);
    expect(other.score).toBe(one.score);
  });
});

describe('the browser and the build', () => {
  it('give exactly the same matches for every related pair of the seed occupations', () => {
    const seeds = seedOccupations();
    let pairs = 0;
    for (const occupation of seeds) {
      for (const related of occupation.related) {
        const other = seeds.find((candidate) => candidate.soc === related.soc)!;
        expect(matchAll([other, occupation]).get(pairKey(occupation.soc, other.soc))).toEqual(related.statements);
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
