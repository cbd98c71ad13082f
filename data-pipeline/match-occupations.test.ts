import { matchAll, pairKey } from '../src/lib/occupation-matching.ts';
import { matchInputs } from './derive-comparison.ts';
import { RELATED_COUNT, best, relatedOccupations } from './match-occupations.ts';

/** An occupation whose every level holds the given statements. */
const occupation = (soc: string, statements: string[]) => ({
  soc,
  levels: [0, 1, 2, 3].map(() => ({ statements })),
});

// Each statement names its own kind of work, so two statements match only when they are the same text.
const task = (name: string) => `${name} work — carry out the ${name} ${name}ing tasks of the ${name} unit.`;
const NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'].map(task);
const own = (soc: string, count: number) =>
  Array.from({ length: count }, (_, index) => task(`${soc.replace(/\W/g, '')}x${'abcdefgh'[index]}`));

// The target holds all eight shared statements; occupation k holds 8 − k of them and its own filler,
// so its rank in the target's related list is known: fewest missing first.
const target = occupation('00-0000.00', NAMES);
const others = [1, 2, 3, 4, 5, 6, 7].map((missing) => {
  const soc = `00-000${missing}.00`;
  return occupation(soc, [...NAMES.slice(missing), ...own(soc, missing)]);
});
const unrelated = occupation('99-9999.00', own('99-9999.00', 8));
const all = [target, ...others, unrelated];
const { inputs, termWeights } = matchInputs(all);

describe('relatedOccupations', () => {
  it('keeps the occupations with the most matching statements, best first, at most the number asked', () => {
    const related = relatedOccupations(inputs, { count: 3 });
    expect(related[0]?.map(({ soc, shared }) => [soc, shared])).toEqual([
      ['00-0001.00', 28],
      ['00-0002.00', 24],
      ['00-0003.00', 20],
    ]);
  });

  it('gives the same top occupations with a shortlist only just large enough', () => {
    const full = relatedOccupations(inputs, { count: 3 })[0]?.map(({ soc }) => soc);
    expect(relatedOccupations(inputs, { count: 3, shortlist: 3 })[0]?.map(({ soc }) => soc)).toEqual(full);
  });

  it('lists no occupation that shares nothing, and nothing for an occupation that shares nothing', () => {
    const related = relatedOccupations(inputs);
    expect(related[0]?.map(({ soc }) => soc)).not.toContain('99-9999.00');
    expect(related[8]).toEqual([]);
  });

  it('lists at most RELATED_COUNT occupations however many match', () => {
    const many = Array.from({ length: RELATED_COUNT + 5 }, (_, index) =>
      occupation(`10-${String(1000 + index)}.00`, NAMES),
    );
    const related = relatedOccupations(matchInputs(many).inputs);
    for (const list of related) expect(list).toHaveLength(RELATED_COUNT);
  });

  it('gives each related occupation exactly the matches that the browser works out for the pair', () => {
    const related = relatedOccupations(inputs);
    all.forEach((occupation, index) => {
      for (const entry of related[index] ?? []) {
        const other = all.findIndex((candidate) => candidate.soc === entry.soc);
        const inBrowser = matchAll([
          { ...occupation, termWeights: termWeights[index]! },
          { ...all[other]!, termWeights: termWeights[other]! },
        ]);
        expect(entry.statements).toEqual(inBrowser.get(pairKey(occupation.soc, entry.soc)));
      }
    });
  });

  it('looks only at terms whose statements fit in the budget', () => {
    // With no budget, only terms of the statement alone fit, and they nominate no one.
    expect(relatedOccupations(inputs, { budget: 0 })[0]).toEqual([]);
    // "hotel" is in eight statements per level: a budget of six leaves it out, and with it occupation 7.
    expect(relatedOccupations(inputs, { budget: 6 })[0]?.map(({ soc }) => soc)).not.toContain('00-0007.00');
    expect(relatedOccupations(inputs)[0]).toHaveLength(7);
  });
});

describe('best', () => {
  it('gives the first items in order, as a full sort would, for any count', () => {
    // A fixed shuffle with repeats, so that ties are exercised.
    const items = Array.from({ length: 200 }, (_, index) => (index * 7919) % 53);
    const order = (a: number, b: number) => b - a;
    for (const count of [0, 1, 5, 52, 53, 200, 300]) {
      expect(best(items, count, order)).toEqual([...items].sort(order).slice(0, count));
    }
  });
});
