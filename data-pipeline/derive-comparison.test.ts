import { matchPair } from '../src/lib/occupation-matching.ts';
import { alignLevels } from './align-levels.ts';
import { MATCH_IDF_POWER, matchInputs } from './derive-comparison.ts';

// The similarity behind level rows and occupation matches on small handmade
// cases (docs/decisions/014). Each occupation has four levels; the first two
// hold the statements under test, the rest filler that names its own work.

const generic = 'maintain accurate workflow records in the office';
const filler = (soc: string, level: number, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const word = `${soc.replace(/\W/g, '')}q${level}${'abcdefgh'[index]}`;
    return `${word} duties — ${word} the ${word} and ${generic}.`;
  });

function occupation(soc: string, first: string[], second: string[] = filler(soc, 1, 3)) {
  return {
    soc,
    levels: [first, second, filler(soc, 2, 3), filler(soc, 3, 3)].map((statements) => ({ statements })),
  };
}

/** The statements of level 2 that the level matrix puts beside level 1's, by index. */
function rowLinks(levels: string[][]): [number, number][] {
  const { levelVectors } = matchInputs([
    { soc: '11-0000.00', levels: levels.map((statements) => ({ statements })) },
    // A second occupation so that the catalog-wide weights have something to weigh against.
    occupation('99-0000.00', filler('99-0000.00', 0, 6)),
  ]);
  return alignLevels(levelVectors(0)).flatMap(({ statements: [first, second] }) =>
    first !== null && first !== undefined && second !== null && second !== undefined ? [[first, second]] : [],
  );
}

/** The level-1 matches between two occupations' statements, as [first's index, second's index]. */
function levelOneMatches(first: string[], second: string[]): [number, number][] {
  const { inputs } = matchInputs([
    occupation('11-1000.00', first),
    occupation('11-2000.00', second),
    occupation('99-0000.00', filler('99-0000.00', 0, 6)),
  ]);
  return matchPair(inputs[0]!, inputs[1]!)
    .forward.filter(([level]) => level === 0)
    .map(([, index, other]) => [index, other]);
}

describe('the similarity of level rows', () => {
  it('puts identical statements in one row', () => {
    const statement = `Call handling — screen and forward incoming calls and ${generic}.`;
    expect(
      rowLinks([
        [statement, 'Filing — file papers.'],
        ['Filing — file papers.', statement],
      ]),
    ).toEqual(
      expect.arrayContaining([
        [0, 1],
        [1, 0],
      ]),
    );
  });

  it('joins statements on a shared head word of their topics, over statements that share only generic words', () => {
    const links = rowLinks([
      [`Visitor intake and routing — greet visitors and ${generic}.`],
      [
        `Customer relationship management — manage accounts and ${generic}.`,
        'Non-routine visitor situations — resolve unusual requests from visitors.',
      ],
    ]);
    expect(links).toEqual([[0, 1]]);
  });

  it('does not join statements that share only words every statement uses', () => {
    const links = rowLinks([
      [`Appointment scheduling — book client appointments and ${generic}.`],
      [`Customer relationship management — manage accounts and ${generic}.`],
      ...filler('11-0000.00', 2, 4).map((statement) => [statement]),
    ]);
    expect(links).toEqual([]);
  });

  it('folds word forms, but not synonyms: "phone" and "telephone" alone do not make a row', () => {
    expect(
      rowLinks([['Scheduling — schedule meetings for the team.'], ['Schedules — schedules meetings for teams.']]),
    ).toEqual([[0, 0]]);
    expect(rowLinks([['Telephone calls — answer the telephone.'], ['Phone lines — cover the phone.']])).toEqual([]);
  });
});

describe('the similarity of occupation matches', () => {
  it('matches identical statements with similarity 1', () => {
    const statement = `Call handling — screen and forward incoming calls and ${generic}.`;
    const { inputs } = matchInputs([occupation('11-1000.00', [statement]), occupation('11-2000.00', [statement])]);
    expect(matchPair(inputs[0]!, inputs[1]!).forward).toContainEqual([0, 0, 0, 1]);
  });

  it('matches on shared specific words and not on generic ones', () => {
    const matches = levelOneMatches(
      [`Multi-executive scheduling — coordinate calendars of several executives and ${generic}.`],
      [
        `Customer relationship management — manage accounts and ${generic}.`,
        'Executive calendars — coordinate executives and their calendars.',
      ],
    );
    expect(matches).toEqual([[0, 1]]);
  });

  it('matches nothing between statements that share only generic words', () => {
    expect(
      levelOneMatches(
        [`Appointment scheduling — book client appointments and ${generic}.`],
        [`Customer relationship management — manage accounts and ${generic}.`],
      ),
    ).toEqual([]);
  });

  it('weighs terms by their inverse document frequency to the power the decision chose, as the files carry them', () => {
    const one = occupation('11-1000.00', ['Rare topic — a zyzzyva statement.']);
    const { termWeights } = matchInputs([one, occupation('11-2000.00', [`Other — ${generic}.`])]);
    // Two occupations of one statement at the first level and three at each of the others.
    const documents = 2 * (1 + 3 * 3);
    const idf = Math.log(1 + documents / 1);
    expect(termWeights[0]!.zyzzyva).toBeCloseTo(idf ** MATCH_IDF_POWER, 4);
  });
});
