import { LEVEL_IDS, type LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { Vocabulary, cosine, statementTermCounts } from '../../../lib/text-vectors';
import { makeAssessment, ratingsFor } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { seedOccupations } from '../../../testing/seed-occupations';
import {
  frameworkPrints,
  levelStatements,
  ratedCount,
  statementKey,
  type Assessment,
  type EarlierRating,
} from './assessment';
import { REWORDED_FLOOR, reconcileAssessment } from './reconcile';

const NOW = new Date('2026-12-01T10:00:00.000Z');

const EMERGING = [
  'Greeting visitors — welcome visitors at the front desk and ask them to sign in.',
  'Phone calls — answer incoming calls and take clear messages for staff.',
  'Mail handling — sort incoming post and deliver it to the right departments.',
  'Filing — place documents in the right folders following the office system.',
];
const DEVELOPING = [
  'Appointments — book meetings in the shared calendar with little supervision.',
  'Visitor records — keep the visitor log complete and up to date during busy periods.',
];

function framework(version: string, emerging: string[], developing: string[] = DEVELOPING): Occupation {
  return makeOccupation({
    framework: { version, description: '', contextCovered: '', exportedAt: '', schemaVersion: '1.0' },
    statements: [emerging, developing, [], []],
  });
}

const v1 = framework('v.1', EMERGING);

/** Every rating the assessment holds, wherever it is: nothing may ever be lost. */
function held(assessment: Assessment): number {
  return ratedCount(assessment) + (assessment.earlier?.length ?? 0);
}

function reconcile(assessment: Assessment, occupation: Occupation) {
  return reconcileAssessment(assessment, occupation, NOW);
}

/** Which text each rating now sits on, with its rating: what the learner would see. */
function shown(assessment: Assessment, occupation: Occupation, level: LevelId = 'emerging'): (string | null)[] {
  return levelStatements(occupation, level).map((statement) => {
    const entry = assessment.ratings[statement.key];
    return entry && entry.text === statement.text ? `${entry.rating}${entry.note ? ` (${entry.note})` : ''}` : null;
  });
}

const rated = makeAssessment({
  frameworkVersion: 'v.1',
  ratings: ratingsFor(v1, [
    ['emerging', 0, 'on-my-own', 'Daily'],
    ['emerging', 1, 'with-help'],
    ['emerging', 3, 'not-yet'],
    ['developing', 1, 'with-help'],
  ]),
  statementPrints: frameworkPrints(v1),
});

describe('reconcileAssessment', () => {
  it('leaves an assessment that fits its framework as it is, and says nothing changed', () => {
    const result = reconcile(rated, v1);
    expect(result).toEqual({ assessment: rated, changed: false, changes: null });
    expect(result.assessment).toBe(rated);
  });

  it('learns the prints of its framework once, when saved before prints were kept, and says nothing changed', () => {
    const unprinted: Assessment = { ...rated };
    delete unprinted.statementPrints;
    const result = reconcile(unprinted, v1);
    expect(result).toEqual({ assessment: rated, changed: true, changes: null });
    expect(reconcile(result.assessment, v1).changed).toBe(false);
  });

  it('lists the statements a new version adds, and counts the unrated ones it removes', () => {
    // A statement added at the top, "Mail handling" (unrated) removed.
    const added = 'Security — check visitor badges at the entrance.';
    const v2 = framework('v.2', [added, EMERGING[0]!, EMERGING[1]!, EMERGING[3]!]);
    const result = reconcile(rated, v2);
    expect(shown(result.assessment, v2)).toEqual([null, 'on-my-own (Daily)', 'with-help', 'not-yet']);
    expect(result.changes).toMatchObject({ added: [{ level: 'emerging', text: added }], removed: 1, earlier: 0 });
    expect(result.assessment.statementPrints).toEqual(frameworkPrints(v2));
    // Said once: the next visit to the same version has nothing new to say.
    expect(reconcile(result.assessment, v2).changed).toBe(false);
  });

  it('keeps every rating on its statement when only the version changes, and records the new version', () => {
    const result = reconcile(rated, framework('v.2', EMERGING));
    expect(result.changed).toBe(true);
    expect(result.assessment.ratings).toEqual(rated.ratings);
    expect(result.assessment.frameworkVersion).toBe('v.2');
    expect(result.changes).toEqual({
      fromVersion: 'v.1',
      toVersion: 'v.2',
      at: '2026-12-01T10:00:00.000Z',
      moved: 0,
      reworded: [],
      restored: 0,
      earlier: 0,
    });
    expect(result.assessment.changes).toEqual(result.changes);
  });

  it('keeps ratings on their statements when a statement is inserted at the top of a level', () => {
    const v2 = framework('v.2', ['Security — check visitor badges at the entrance.', ...EMERGING]);
    const { assessment } = reconcile(rated, v2);
    expect(shown(assessment, v2)).toEqual([null, 'on-my-own (Daily)', 'with-help', null, 'not-yet']);
    expect(shown(assessment, v2, 'developing')).toEqual([null, 'with-help']);
  });

  it('moves ratings with statements that have no topic when one is inserted before them', () => {
    const plain = ['Answer the phone.', 'Sort the post.', 'Greet visitors.'];
    const before = framework('v.1', plain);
    const after = framework('v.2', ['Water the plants.', ...plain]);
    const assessment = makeAssessment({
      frameworkVersion: 'v.1',
      ratings: ratingsFor(before, [
        ['emerging', 0, 'on-my-own'],
        ['emerging', 2, 'not-yet'],
      ]),
    });
    const result = reconcile(assessment, after);
    // Their anchors are their numbers: "statement-1" now names the new statement, which must stay unrated.
    expect(shown(result.assessment, after)).toEqual([null, 'on-my-own', null, 'not-yet']);
    expect(result.changes).toMatchObject({ moved: 2, reworded: [], earlier: 0 });
  });

  it('keeps ratings with their statements when two are swapped', () => {
    const swapped = framework('v.2', [EMERGING[1]!, EMERGING[0]!, EMERGING[2]!, EMERGING[3]!]);
    expect(shown(reconcile(rated, swapped).assessment, swapped)).toEqual([
      'with-help',
      'on-my-own (Daily)',
      null,
      'not-yet',
    ]);

    const plain = ['Answer the phone.', 'Sort the post.'];
    const assessment = makeAssessment({
      frameworkVersion: 'v.1',
      ratings: ratingsFor(framework('v.1', plain), [
        ['emerging', 0, 'on-my-own', 'phone'],
        ['emerging', 1, 'not-yet', 'post'],
      ]),
    });
    const reversed = framework('v.2', [...plain].reverse());
    const result = reconcile(assessment, reversed);
    expect(shown(result.assessment, reversed)).toEqual(['not-yet (post)', 'on-my-own (phone)']);
    expect(result.changes).toMatchObject({ moved: 2 });
  });

  it('puts the rating of a removed statement among the earlier ones, with its text, version and note', () => {
    const v2 = framework('v.2', [EMERGING[1]!, EMERGING[2]!, EMERGING[3]!]);
    const result = reconcile(rated, v2);
    expect(shown(result.assessment, v2)).toEqual(['with-help', null, 'not-yet']);
    expect(result.assessment.earlier).toEqual([
      { level: 'emerging', text: EMERGING[0], position: null, rating: 'on-my-own', note: 'Daily', version: 'v.1' },
    ]);
    expect(result.changes).toMatchObject({ earlier: 1, moved: 0 });
    expect(held(result.assessment)).toBe(held(rated));
  });

  it('lets a rating follow a statement reworded slightly, and records the rewording', () => {
    const reworded = 'Phone calls — answer incoming calls and take accurate messages for colleagues.';
    const v2 = framework('v.2', [EMERGING[0]!, reworded, EMERGING[2]!, EMERGING[3]!]);
    const result = reconcile(rated, v2);
    expect(shown(result.assessment, v2)).toEqual(['on-my-own (Daily)', 'with-help', null, 'not-yet']);
    expect(result.changes?.reworded).toEqual([{ level: 'emerging', before: EMERGING[1], after: reworded }]);
    // The rating now carries the new wording, so the next version compares against it.
    expect(Object.values(result.assessment.ratings).some((entry) => entry.text === reworded)).toBe(true);
  });

  it('does not give a removed statement’s rating to a different statement that took its place', () => {
    const other = 'Phone calls — transfer callers to the right extension using the switchboard.';
    const v2 = framework('v.2', [EMERGING[0]!, other, EMERGING[2]!, EMERGING[3]!]);
    const result = reconcile(rated, v2);
    expect(shown(result.assessment, v2)).toEqual(['on-my-own (Daily)', null, null, 'not-yet']);
    expect(result.assessment.earlier).toEqual([
      { level: 'emerging', text: EMERGING[1], position: null, rating: 'with-help', version: 'v.1' },
    ]);
  });

  it('matches a rewording to a statement at its own level only', () => {
    const v2 = framework('v.2', EMERGING, [DEVELOPING[1]!]);
    const moved = framework('v.3', [...EMERGING, DEVELOPING[0]!], [DEVELOPING[1]!]);
    const assessment = makeAssessment({
      frameworkVersion: 'v.1',
      ratings: ratingsFor(v1, [['developing', 0, 'on-my-own']]),
    });
    expect(reconcile(assessment, v2).assessment.earlier).toHaveLength(1);
    // Even word for word at another level: a level says how far along the learner is.
    expect(shown(reconcile(assessment, moved).assessment, moved)).toEqual([null, null, null, null, null]);
  });

  it('moves text identical but for its white space, without calling it a rewording', () => {
    const spaced = framework('v.2', [`  ${EMERGING[0]!.replace(' — ', '  —\n')} `, ...EMERGING.slice(1)]);
    const result = reconcile(rated, spaced);
    expect(shown(result.assessment, spaced)).toEqual(['on-my-own (Daily)', 'with-help', null, 'not-yet']);
    expect(result.changes).toMatchObject({ moved: 0, reworded: [], earlier: 0 });
  });

  describe('with repeated statements', () => {
    const twice = ['Answer the phone.', 'Answer the phone.', 'Sort the post.'];
    const before = framework('v.1', twice);
    const assessment = makeAssessment({
      frameworkVersion: 'v.1',
      ratings: ratingsFor(before, [
        ['emerging', 0, 'on-my-own', 'first'],
        ['emerging', 1, 'not-yet', 'second'],
      ]),
      statementPrints: frameworkPrints(before),
    });

    it('leaves them as they are while the framework does not change', () => {
      expect(reconcile(assessment, before)).toEqual({ assessment, changed: false, changes: null });
    });

    it('keeps each rating on its own copy, in order, when a statement is inserted before them', () => {
      const after = framework('v.2', ['Greet visitors.', ...twice]);
      const result = reconcile(assessment, after);
      expect(shown(result.assessment, after)).toEqual([null, 'on-my-own (first)', 'not-yet (second)', null]);
      expect(held(result.assessment)).toBe(2);
    });

    it('keeps one rating and the other among the earlier ones when one copy goes', () => {
      const after = framework('v.2', ['Answer the phone.', 'Sort the post.']);
      const result = reconcile(assessment, after);
      expect(shown(result.assessment, after)).toEqual(['on-my-own (first)', null]);
      expect(result.assessment.earlier).toEqual([
        {
          level: 'emerging',
          text: 'Answer the phone.',
          position: null,
          rating: 'not-yet',
          note: 'second',
          version: 'v.1',
        },
      ]);
    });
  });

  describe('ratings by position (format 1)', () => {
    const positional = makeAssessment({
      frameworkVersion: 'v.1',
      ratings: {},
      unplaced: {
        version: 'v.1',
        ratings: {
          'emerging:0': { rating: 'on-my-own', note: 'Daily' },
          'emerging:3': { rating: 'not-yet' },
          'developing:1': { rating: 'with-help' },
        },
      },
    });

    it('places them by position, with the texts there, when the framework is the version they were made against', () => {
      const result = reconcile(positional, v1);
      expect(result.changed).toBe(true);
      expect(result.changes).toBeNull();
      expect(result.assessment).toEqual({
        ...makeAssessment({ frameworkVersion: 'v.1' }),
        ratings: ratingsFor(v1, [
          ['emerging', 0, 'on-my-own', 'Daily'],
          ['emerging', 3, 'not-yet'],
          ['developing', 1, 'with-help'],
        ]),
        statementPrints: frameworkPrints(v1),
      });
    });

    it('never places them on another version: they are listed as earlier, by position', () => {
      const v2 = framework('v.2', ['Security — check visitor badges at the entrance.', ...EMERGING]);
      const result = reconcile(positional, v2);
      expect(result.assessment.ratings).toEqual({});
      expect(result.assessment.unplaced).toBeUndefined();
      expect(result.assessment.earlier).toEqual([
        { level: 'emerging', text: null, position: 0, rating: 'on-my-own', note: 'Daily', version: 'v.1' },
        { level: 'emerging', text: null, position: 3, rating: 'not-yet', version: 'v.1' },
        { level: 'developing', text: null, position: 1, rating: 'with-help', version: 'v.1' },
      ]);
      expect(result.changes).toMatchObject({ fromVersion: 'v.1', toVersion: 'v.2', earlier: 3 });
    });

    it('lists a position past the end of its level as earlier, even in its own version', () => {
      const stale = {
        ...positional,
        unplaced: { version: 'v.1', ratings: { 'emerging:9': { rating: 'on-my-own' as const } } },
      };
      expect(reconcile(stale, v1).assessment.earlier).toEqual([
        { level: 'emerging', text: null, position: 9, rating: 'on-my-own', version: 'v.1' },
      ]);
    });

    it('follows the text when a position comes with one and the version differs', () => {
      const v2 = framework('v.2', ['Security — check visitor badges at the entrance.', ...EMERGING]);
      const withText = {
        ...positional,
        unplaced: { version: 'v.1', ratings: { 'emerging:1': { rating: 'with-help' as const, text: EMERGING[1]! } } },
      };
      const result = reconcile(withText, v2);
      expect(shown(result.assessment, v2)).toEqual([null, null, 'with-help', null, null]);
      // Statement 2 of v.1 is statement 3 now.
      expect(result.changes).toMatchObject({ moved: 1 });
    });

    it('does not trust a position whose text is not there any more, even under the same version name', () => {
      const edited = framework('v.1', [EMERGING[1]!, EMERGING[0]!, EMERGING[2]!, EMERGING[3]!]);
      const withText = {
        ...positional,
        unplaced: { version: 'v.1', ratings: { 'emerging:0': { rating: 'on-my-own' as const, text: EMERGING[0]! } } },
      };
      expect(shown(reconcile(withText, edited).assessment, edited)).toEqual([null, 'on-my-own', null, null]);
    });
  });

  it('brings back an earlier rating when its statement returns word for word, and keeps the others', () => {
    const gone: EarlierRating = {
      level: 'emerging',
      text: EMERGING[2]!,
      position: null,
      rating: 'on-my-own',
      version: 'v.0',
    };
    const unknown: EarlierRating = { level: 'emerging', text: null, position: 4, rating: 'not-yet', version: 'v.0' };
    const result = reconcile({ ...rated, earlier: [gone, unknown] }, v1);
    expect(shown(result.assessment, v1)).toEqual(['on-my-own (Daily)', 'with-help', 'on-my-own', 'not-yet']);
    expect(result.assessment.earlier).toEqual([unknown]);
    expect(result.changes).toMatchObject({ restored: 1 });
  });

  it('never drops a rating and settles after one pass, through any series of edits', () => {
    // A seeded series of inserts, removals, swaps and small rewordings of one level.
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    // Two copies of one statement among them, as hand-edited exports have.
    let texts = [...EMERGING, 'Stationery — order office supplies when stocks run low.', EMERGING[1]!];
    let occupation = framework('v.0', texts);
    let assessment = makeAssessment({
      frameworkVersion: 'v.0',
      ratings: ratingsFor(
        occupation,
        texts.map((_, index) => ['emerging', index, index % 2 ? 'with-help' : 'on-my-own'] as const),
      ),
    });
    const total = held(assessment);
    for (let version = 1; version <= 30; version++) {
      const at = random(texts.length);
      const edit = random(4);
      if (edit === 0) texts.splice(at, 0, `Task ${version} — handle new duty number ${version} at the desk.`);
      else if (edit === 1 && texts.length > 1) texts.splice(at, 1);
      else if (edit === 2)
        texts = texts.map((text, index) => (index === at ? text.replace(/\.$/, ' promptly.') : text));
      else texts.reverse();
      occupation = framework(`v.${version}`, texts);
      const first = reconcile(assessment, occupation);
      assessment = first.assessment;
      expect(held(assessment), `after version ${version}`).toBe(total);
      const second = reconcile(assessment, occupation);
      expect(second.changed).toBe(false);
      expect(second.assessment).toBe(assessment);
    }
  });

  it('keeps placed ratings on statements of the framework, each under its own key', () => {
    const v2 = framework('v.2', ['Security — check visitor badges at the entrance.', ...EMERGING.slice(1)]);
    const { assessment } = reconcile(rated, v2);
    const current = new Map(
      LEVEL_IDS.flatMap((level) => levelStatements(v2, level)).map((statement) => [statement.key, statement.text]),
    );
    for (const [key, entry] of Object.entries(assessment.ratings)) expect(current.get(key)).toBe(entry.text);
    expect(Object.keys(assessment.ratings)).toContain(statementKey('emerging', 'phone-calls'));
  });
});

describe('REWORDED_FLOOR on the seed exports', () => {
  const seeds = seedOccupations();

  /** Weights as reconcile builds them: the old texts and the current ones of one occupation. */
  function vectors(occupation: Occupation) {
    const vocabulary = new Vocabulary();
    const all = occupation.levels.flatMap((level) => level.statements);
    for (const text of [...all, ...all]) vocabulary.add(statementTermCounts(text));
    return (text: string) => vocabulary.vector(statementTermCounts(text));
  }

  it('sits well above the similarity of any two different statements of one level', () => {
    expect(seeds).toHaveLength(5);
    let highest = 0;
    for (const occupation of seeds) {
      const vector = vectors(occupation);
      for (const level of occupation.levels) {
        const list = level.statements.map(vector);
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) highest = Math.max(highest, cosine(list[i]!, list[j]!));
        }
      }
    }
    // 0.272 when the floor was chosen (see REWORDED_FLOOR).
    expect(highest).toBeGreaterThan(0.2);
    expect(highest).toBeLessThan(REWORDED_FLOOR - 0.15);
  });

  it('lets every statement with a word replaced or dropped pass', () => {
    for (const occupation of seeds) {
      const vector = vectors(occupation);
      for (const text of occupation.levels.flatMap((level) => level.statements)) {
        const words = text.split(' ');
        const replaced = [...words.slice(0, -3), 'carefully', ...words.slice(-2)].join(' ');
        const dropped = [...words.slice(0, -4), ...words.slice(-3)].join(' ');
        expect(cosine(vector(text), vector(replaced)), replaced).toBeGreaterThanOrEqual(REWORDED_FLOOR);
        expect(cosine(vector(text), vector(dropped)), dropped).toBeGreaterThanOrEqual(REWORDED_FLOOR);
      }
    }
  });
});

describe('carried-over marks and the level last rated at, across a new version', () => {
  const plain = ['Answer the phone.', 'Sort the post.', 'Greet visitors.'];
  const before = framework('v.1', plain);
  const carried = makeAssessment({
    frameworkVersion: 'v.1',
    lastLevel: 'emerging',
    ratings: ratingsFor(before, [
      ['emerging', 0, 'on-my-own'],
      ['emerging', 1, 'with-help'],
      ['emerging', 2, 'not-yet'],
    ]),
    carriedOver: {
      fromSoc: '43-9061.00',
      fromTitle: 'Office Clerks',
      keys: ['emerging/statement-1', 'emerging/statement-2', 'emerging/statement-3'],
    },
  });

  it('follow their ratings to the statements’ new keys, and go with a rating put among the earlier ones', () => {
    // A statement inserted at the top renumbers the others; "Sort the post." is gone.
    const after = framework('v.2', ['Water the plants.', 'Answer the phone.', 'Greet visitors.']);
    const result = reconcile(carried, after);
    expect(shown(result.assessment, after)).toEqual([null, 'on-my-own', 'not-yet']);
    expect(result.assessment.earlier).toEqual([
      expect.objectContaining({ text: 'Sort the post.', rating: 'with-help' }),
    ]);
    expect(result.assessment.carriedOver).toEqual({
      fromSoc: '43-9061.00',
      fromTitle: 'Office Clerks',
      keys: ['emerging/statement-2', 'emerging/statement-3'],
    });
    expect(result.assessment.lastLevel).toBe('emerging');
    // Carried over once: the next visit leaves the marks as they are.
    expect(reconcile(result.assessment, after).changed).toBe(false);
  });

  it('are dropped, not left dangling, when none of their ratings has a statement any more', () => {
    const after = framework('v.2', ['Water the plants.']);
    const result = reconcile(carried, after);
    expect(result.assessment).not.toHaveProperty('carriedOver');
    expect(held(result.assessment)).toBe(3);
  });

  it('follow a slightly reworded statement with its rating', () => {
    const [phone] = levelStatements(v1, 'emerging').slice(1);
    const marked = { ...rated, carriedOver: { fromSoc: '43-9061.00', fromTitle: 'Office Clerks', keys: [phone!.key] } };
    const reworded = 'Phone calls — answer incoming calls and take accurate messages for staff.';
    const after = framework('v.2', [EMERGING[0]!, reworded, EMERGING[2]!, EMERGING[3]!]);
    const result = reconcile(marked, after);
    expect(result.changes?.reworded).toHaveLength(1);
    expect(result.assessment.ratings[phone!.key]).toEqual({ rating: 'with-help', text: reworded });
    expect(result.assessment.carriedOver?.keys).toEqual([phone!.key]);
  });
});
