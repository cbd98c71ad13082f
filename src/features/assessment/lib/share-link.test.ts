import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { RATINGS, levelStatements, type Assessment, type StatementRating } from './assessment';
import { reconcileAssessment } from './reconcile';
import {
  DAMAGED_MESSAGE,
  NEWER_MESSAGE,
  decodeShare,
  encodeShare,
  fromBase64Url,
  toBase64Url,
  type SharedAssessment,
} from './share-link';
import { makeAssessment, ratingsFor } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';
import { seedOccupations } from '../../../testing/seed-occupations';

const occupation = (sizes: number[]) => makeOccupation({ sizes });

const assessment = (ratings: Record<string, StatementRating>, changes: Partial<Assessment> = {}) =>
  makeAssessment({ ratings, ...changes });

/** Notes as a learner might write them: varied words, so that compression has no unfair advantage. */
const NOTES = [
  'Did this every morning at the front desk during my placement',
  'Only with the supervisor checking the booking screen for me',
  'Need more practice with the phone system when it gets busy',
  'Handled two complaints on my own last week, both went well',
  'Shadowed Maria on the visitor log; not done it alone yet.',
  'Covered the switchboard for a full shift in March this year',
  'Not confident with the spreadsheet formulas for the rota yet',
  'I explain parking and directions to visitors most days now',
  'Learned the fire evacuation procedure, drilled it in April',
  'Sorted incoming post and parcels for four departments daily',
  'Asked my manager twice about refund rules — still unsure.',
  'Used the CRM to update customer records without any help',
  'Greeted guests at the conference, around 200 people or so',
  'Taking minutes is hard for me; I miss points when it’s fast',
  'Booked meeting rooms and catering for the board in October',
  'Trained the new starter on the sign-in tablet, she got it',
  'Struggle with the appointment software after the update',
  'Kept the petty cash tin balanced for the whole summer term',
  'Answer emails from the shared inbox within the same morning',
  'Translated for a Spanish-speaking visitor, very proud of it',
  'My tutor says my phone manner is polite but a little rushed',
  'Filed insurance forms with help from the office coordinator',
  'Dealt calmly with an angry caller; wrote up the notes after',
  'Scheduled interviews across three calendars — tricky stuff.',
  'Have read the data protection policy but not applied it yet',
  'Organised the archive boxes by year and labelled every shelf',
  'Printed and laminated new signs for the reception area too',
  'Checked ID badges for contractors, one was expired, reported',
  'Prepared the weekly visitor report in Excel for the manager',
  'Never used the franking machine, would like to be shown how',
  'Recommended a new layout for the waiting area; it was used!',
  'Work with the security team on late deliveries after 6 pm',
  'Managed the lost property cupboard and returned nine items',
  'Helped plan the open day but others did most of the budget',
  'Updated the staff directory after the autumn restructuring',
  'Need to learn the escalation route for medical emergencies',
  'Set up the video call kit in the boardroom for remote staff',
  'Ran reception alone for a week when my colleague was ill',
  'Wrote a short guide for temps covering the desk at lunch.',
  'Still ask before giving out any information about patients',
];

/** Every statement of `occ` rated, with a 60-character note on each when asked. */
function fullAssessment(occ: Occupation, withNotes: boolean): Assessment {
  const ratings: Record<string, StatementRating> = {};
  LEVEL_IDS.forEach((level, position) => {
    levelStatements(occ, level).forEach(({ key, text }, index) => {
      const rating = RATINGS[(index * 7 + position * 3) % 3]!;
      const note = NOTES[(position * 10 + index) % NOTES.length]!.padEnd(60, '.').slice(0, 60);
      ratings[key] = withNotes ? { rating, note, text } : { rating, text };
    });
  });
  return makeAssessment({ soc: occ.soc, ratings });
}

async function decoded(code: string): Promise<SharedAssessment> {
  const result = await decodeShare(code);
  if (!result.ok) throw new Error(result.message);
  return result.share;
}

/** What the link shows once the view has carried it onto `occ`. */
async function opened(code: string, occ: Occupation): Promise<Assessment> {
  const share = await decoded(code);
  return reconcileAssessment({ ...share, startedAt: share.updatedAt }, occ, new Date()).assessment;
}

/** A code for any JSON payload, made the way encodeShare makes one. */
async function codeFor(payload: unknown, prefix = 'v2.'): Promise<string> {
  const stream = new Blob([JSON.stringify(payload)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return `${prefix}${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

describe('encodeShare and decodeShare', () => {
  const occ = occupation([4, 3, 3, 2]);
  const some = assessment(
    ratingsFor(occ, [
      ['emerging', 0, 'on-my-own'],
      ['emerging', 2, 'with-help', 'With the “supervisor”, café — naïve 👍'],
      ['developing', 1, 'not-yet'],
      ['advanced', 1, 'on-my-own', 'Led it, twice'],
    ]),
  );

  it('carries each rated statement by position with its text and note, and what identifies the assessment', async () => {
    expect(await decoded(await encodeShare(some, occ))).toEqual({
      soc: '43-4171.00',
      title: 'Receptionists and Information Clerks',
      frameworkVersion: 'v.1.0',
      updatedAt: '2026-11-22T16:45:12.345Z',
      ratings: {},
      unplaced: {
        version: 'v.1.0',
        ratings: {
          'emerging:0': { rating: 'on-my-own', text: 'emerging statement 0' },
          'emerging:2': {
            rating: 'with-help',
            note: 'With the “supervisor”, café — naïve 👍',
            text: 'emerging statement 2',
          },
          'developing:1': { rating: 'not-yet', text: 'developing statement 1' },
          'advanced:1': { rating: 'on-my-own', note: 'Led it, twice', text: 'advanced statement 1' },
        },
      },
    });
  });

  it('opens on the same framework with exactly the ratings that were shared', async () => {
    expect((await opened(await encodeShare(some, occ), occ)).ratings).toEqual(some.ratings);
  });

  it('opens correctly on a new version of the framework, the ratings following their statements', async () => {
    const code = await encodeShare(some, occ);
    const next = makeOccupation({
      framework: { ...occ.framework, version: 'v.2.0' },
      statements: [
        [
          'emerging statement 0',
          'a new statement',
          'emerging statement 1',
          'emerging statement 2',
          'emerging statement 3',
        ],
        ['developing statement 0', 'developing statement 1', 'developing statement 2'],
        ['proficient statement 0', 'proficient statement 1', 'proficient statement 2'],
        // Statement texts that differ only in a number read as one rewording of the other: not here.
        ['Budget planning — plan the year ahead.'],
      ],
    });
    const result = await opened(code, next);
    expect(result.ratings).toEqual(
      ratingsFor(next, [
        ['emerging', 0, 'on-my-own'],
        ['emerging', 3, 'with-help', 'With the “supervisor”, café — naïve 👍'],
        ['developing', 1, 'not-yet'],
      ]),
    );
    expect(result.earlier).toEqual([
      {
        level: 'advanced',
        text: 'advanced statement 1',
        position: 1,
        rating: 'on-my-own',
        note: 'Led it, twice',
        version: 'v.1.0',
      },
    ]);
  });

  it('carries the earlier ratings too', async () => {
    const earlier = [
      {
        level: 'proficient' as const,
        text: 'Gone — a statement.',
        position: null,
        rating: 'with-help' as const,
        version: 'v.0.9',
      },
      { level: 'emerging' as const, text: null, position: 3, rating: 'not-yet' as const, note: 'n', version: 'v.0.8' },
    ];
    expect((await decoded(await encodeShare({ ...some, earlier }, occ))).earlier).toEqual(earlier);
  });

  it('round-trips an assessment with nothing rated', async () => {
    const share = await decoded(await encodeShare(assessment({}), occ));
    expect(share.ratings).toEqual({});
    expect(share).not.toHaveProperty('unplaced');
  });

  it('round-trips a full assessment with a note on every statement', async () => {
    const big = occupation([10, 10, 10, 10]);
    const full = fullAssessment(big, true);
    expect((await opened(await encodeShare(full, big), big)).ratings).toEqual(full.ratings);
  });

  it('makes a URL-safe code with a version prefix', async () => {
    const big = occupation([10, 10, 10, 10]);
    const code = await encodeShare(fullAssessment(big, true), big);
    expect(code).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  // The seeds are the subject here: real statement lengths decide the length of a link.
  it.each(seedOccupations().map((seed) => [seed.soc, seed] as const))(
    'keeps a link to a full assessment of %s under 4,500 characters, and 6,000 with a 60-character note on every statement',
    async (_, seed) => {
      expect((await encodeShare(fullAssessment(seed, false), seed)).length).toBeLessThan(4500);
      expect((await encodeShare(fullAssessment(seed, true), seed)).length).toBeLessThan(6000);
    },
  );

  it('carries only ratings of the statements the framework has, the occupation’s current title and no start date', async () => {
    const stale = assessment({
      ...ratingsFor(occ, [['emerging', 0, 'on-my-own']]),
      'emerging/statement-9': { rating: 'not-yet', note: 'x', text: 'gone' },
      // Saved under a statement's key, but for another text: not that statement's rating.
      'emerging/statement-2': { rating: 'not-yet', text: 'another text' },
    });
    const renamed = { ...occ, title: 'Receptionists' };
    const share = await decoded(await encodeShare(stale, renamed));
    expect(share.unplaced?.ratings).toEqual({ 'emerging:0': { rating: 'on-my-own', text: 'emerging statement 0' } });
    expect(share.title).toBe('Receptionists');
    expect(share).not.toHaveProperty('startedAt');
  });

  it('drops an empty note rather than carrying it', async () => {
    const share = await decoded(await encodeShare(assessment(ratingsFor(occ, [['emerging', 1, 'not-yet', '']])), occ));
    expect(share.unplaced?.ratings).toEqual({ 'emerging:1': { rating: 'not-yet', text: 'emerging statement 1' } });
  });

  it('accepts a code with surrounding whitespace, as pasted', async () => {
    const code = await encodeShare(some, occ);
    expect(await decoded(`  ${code}\n`)).toEqual(await decoded(code));
  });
});

describe('format-1 links', () => {
  const v1Payload = {
    s: '43-4171.00',
    t: 'Receptionists',
    v: 'v.1.0',
    u: '2026-11-22T16:45:12.345Z',
    r: ['31', '', '2', ''],
    n: [['emerging:0', 'note']],
  };

  it('keeps their ratings by position, beside the version they name', async () => {
    expect(await decoded(await codeFor(v1Payload, 'v1.'))).toEqual({
      soc: '43-4171.00',
      title: 'Receptionists',
      frameworkVersion: 'v.1.0',
      updatedAt: '2026-11-22T16:45:12.345Z',
      ratings: {},
      unplaced: {
        version: 'v.1.0',
        ratings: {
          'emerging:0': { rating: 'on-my-own', note: 'note' },
          'emerging:1': { rating: 'not-yet' },
          'proficient:0': { rating: 'with-help' },
        },
      },
    });
  });

  it('open on the version they were made against with the statements at those positions', async () => {
    const occ = occupation([2, 0, 1, 0]);
    expect((await opened(await codeFor(v1Payload, 'v1.'), occ)).ratings).toEqual(
      ratingsFor(occ, [
        ['emerging', 0, 'on-my-own', 'note'],
        ['emerging', 1, 'not-yet'],
        ['proficient', 0, 'with-help'],
      ]),
    );
  });

  it('open on another version with the ratings listed by position, never on the statements there now', async () => {
    const occ = makeOccupation({ sizes: [2, 0, 1, 0], framework: { ...occupation([]).framework, version: 'v.2.0' } });
    const result = await opened(await codeFor(v1Payload, 'v1.'), occ);
    expect(result.ratings).toEqual({});
    expect(result.earlier?.map(({ level, text, position, version }) => [level, text, position, version])).toEqual([
      ['emerging', null, 0, 'v.1.0'],
      ['emerging', null, 1, 'v.1.0'],
      ['proficient', null, 0, 'v.1.0'],
    ]);
  });

  it.each([
    ['a note on an unrated statement', { ...v1Payload, n: [['developing:0', 'note']] }],
    ['a note under a malformed key', { ...v1Payload, n: [['expert:0', 'note']] }],
    ['a digit outside the scale', { ...v1Payload, r: ['34', '', '', ''] }],
    ['the wrong number of levels', { ...v1Payload, r: ['3', '', ''] }],
  ])('are refused with %s', async (_, payload) => {
    expect(await decodeShare(await codeFor(payload, 'v1.'))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });
});

describe('decodeShare refusals', () => {
  const valid = {
    s: '43-4171.00',
    t: 'Receptionists',
    v: 'v.1.0',
    u: '2026-11-22T16:45:12.345Z',
    r: [
      [0, 0, 3, 'Greeting — welcome visitors.', 'note'],
      [0, 1, 1, 'Phones — answer calls.'],
      [2, 0, 2, 'Post — sort the post.'],
    ],
    e: [[1, null, 4, 2, 'v.0.9']],
  };

  it('accepts the handmade payload the refusals below are variations of', async () => {
    const share = await decoded(await codeFor(valid));
    expect(share.unplaced?.ratings).toEqual({
      'emerging:0': { rating: 'on-my-own', note: 'note', text: 'Greeting — welcome visitors.' },
      'emerging:1': { rating: 'not-yet', text: 'Phones — answer calls.' },
      'proficient:0': { rating: 'with-help', text: 'Post — sort the post.' },
    });
    expect(share.earlier).toEqual([
      { level: 'developing', text: null, position: 4, rating: 'with-help', version: 'v.0.9' },
    ]);
  });

  it.each([
    ['an empty code', ''],
    ['only the prefix', 'v2.'],
    ['no prefix', 'abcdef'],
    ['an unknown prefix', 'x1.abcdef'],
    ['a format that never existed', 'v0.abcdef'],
    ['characters outside base64url', 'v2.ab+/cd=='],
    ['a length base64 cannot have', 'v2.abcde'],
    ['bytes that are not deflate data', 'v2.________'],
  ])('refuses %s as damaged', async (_, code) => {
    expect(await decodeShare(code)).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it('refuses a link cut short at any point', async () => {
    const big = occupation([10, 10, 10, 10]);
    const code = await encodeShare(fullAssessment(big, true), big);
    for (const length of [4, 10, 50, 200, Math.floor(code.length / 2), code.length - 3]) {
      expect(await decodeShare(code.slice(0, length))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
    }
  });

  it('never throws, whatever it is given', async () => {
    const big = occupation([10, 10, 10, 10]);
    const code = await encodeShare(fullAssessment(big, true), big);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const at = Math.floor(random() * code.length);
      const mangled = code.slice(0, at) + 'ABCxyz-_09'.charAt(Math.floor(random() * 10)) + code.slice(at + 1);
      const result = await decodeShare(mangled);
      // A flipped character may still decode (deflate has no checksum); it must never throw or crash.
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('says a link from a newer Ladder is newer, not damaged', async () => {
    expect(await decodeShare('v3.abcdef')).toEqual({ ok: false, message: NEWER_MESSAGE });
  });

  it('refuses a payload that is not JSON', async () => {
    const stream = new Blob(['not json']).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const code = `v2.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
    expect(await decodeShare(code)).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it.each([
    ['a missing field', { ...valid, u: undefined }],
    ['a digit outside the scale', { ...valid, r: [[0, 0, 4, 'x']] }],
    ['an unrated statement', { ...valid, r: [[0, 0, 0, 'x']] }],
    ['a level outside the four', { ...valid, r: [[4, 0, 1, 'x']] }],
    ['a position that is not a whole number', { ...valid, r: [[0, 0.5, 1, 'x']] }],
    ['a statement without its text', { ...valid, r: [[0, 0, 1]] }],
    [
      'two ratings of one statement',
      {
        ...valid,
        r: [
          [0, 0, 1, 'x'],
          [0, 0, 2, 'y'],
        ],
      },
    ],
    ['an earlier rating without its version', { ...valid, e: [[0, 'x', null, 1]] }],
    ['a format-1 payload under the format-2 prefix', { ...valid, r: ['31', '', '2', ''], n: [] }],
    ['a date that is not a date', { ...valid, u: 'yesterday' }],
    ['an array instead of an object', [valid]],
  ])('refuses a payload with %s', async (_, payload) => {
    expect(await decodeShare(await codeFor(payload))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it('refuses a small link that would unpack to an enormous payload', async () => {
    const bomb = await codeFor({ ...valid, t: 'x'.repeat(2_000_000) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeShare(bomb)).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });
});

describe('base64url', () => {
  it('round-trips every length of a run of bytes, without padding', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, index) => (index * 37 + 250) % 256);
    for (let length = 0; length <= bytes.length; length++) {
      const text = toBase64Url(bytes.subarray(0, length));
      expect(text).not.toContain('=');
      expect(fromBase64Url(text)).toEqual(bytes.subarray(0, length));
    }
  });

  it('matches the standard base64url alphabet', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x10]);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('refuses text that is not base64url', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abc=')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});
