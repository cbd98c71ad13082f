import { LEVEL_IDS } from '../../../lib/levels';
import { RATINGS, type Assessment, type StatementRating } from './assessment';
import {
  DAMAGED_MESSAGE,
  NEWER_MESSAGE,
  decodeShare,
  encodeShare,
  fromBase64Url,
  toBase64Url,
  type SharedAssessment,
} from './share-link';
import { makeAssessment } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (sizes: number[]) => makeOccupation({ sizes });

const assessment = (ratings: Record<string, StatementRating>) => makeAssessment({ ratings });

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

function fullAssessment(withNotes: boolean): Assessment {
  const ratings: Record<string, StatementRating> = {};
  LEVEL_IDS.forEach((level, position) => {
    for (let index = 0; index < 10; index++) {
      const rating = RATINGS[(index * 7 + position * 3) % 3]!;
      const note = NOTES[position * 10 + index]!.padEnd(60, '.').slice(0, 60);
      ratings[`${level}:${index}`] = withNotes ? { rating, note } : { rating };
    }
  });
  return assessment(ratings);
}

async function decoded(code: string): Promise<SharedAssessment> {
  const result = await decodeShare(code);
  if (!result.ok) throw new Error(result.message);
  return result.share;
}

describe('encodeShare and decodeShare', () => {
  const occ = occupation([4, 3, 3, 2]);

  it('round-trips ratings, notes and what identifies the assessment', async () => {
    const original = assessment({
      'emerging:0': { rating: 'on-my-own' },
      'emerging:2': { rating: 'with-help', note: 'With the “supervisor”, café — naïve 👍' },
      'developing:1': { rating: 'not-yet' },
      'advanced:1': { rating: 'on-my-own', note: 'Led it, twice' },
    });
    expect(await decoded(await encodeShare(original, occ))).toEqual({
      soc: '43-4171.00',
      title: 'Receptionists and Information Clerks',
      frameworkVersion: 'v.1.0',
      updatedAt: '2026-11-22T16:45:12.345Z',
      ratings: original.ratings,
    });
  });

  it('round-trips an assessment with nothing rated', async () => {
    expect((await decoded(await encodeShare(assessment({}), occ))).ratings).toEqual({});
  });

  it('round-trips a full assessment with a note on every statement', async () => {
    const full = fullAssessment(true);
    expect((await decoded(await encodeShare(full, occupation([10, 10, 10, 10])))).ratings).toEqual(full.ratings);
  });

  it('makes a URL-safe code with a version prefix', async () => {
    const code = await encodeShare(fullAssessment(true), occupation([10, 10, 10, 10]));
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('keeps a link to a full assessment short: under 200 characters without notes', async () => {
    const code = await encodeShare(fullAssessment(false), occupation([10, 10, 10, 10]));
    expect(code.length).toBeLessThan(200);
  });

  it('keeps a link to a full assessment with a 60-character note on every statement under 2,500 characters', async () => {
    const code = await encodeShare(fullAssessment(true), occupation([10, 10, 10, 10]));
    expect(code.length).toBeLessThan(2500);
  });

  it('carries only the statements the framework has, the occupation’s current title and no start date', async () => {
    const stale = assessment({ 'emerging:0': { rating: 'on-my-own' }, 'emerging:9': { rating: 'not-yet', note: 'x' } });
    const renamed = { ...occ, title: 'Receptionists' };
    const share = await decoded(await encodeShare(stale, renamed));
    expect(share.ratings).toEqual({ 'emerging:0': { rating: 'on-my-own' } });
    expect(share.title).toBe('Receptionists');
    expect(share).not.toHaveProperty('startedAt');
  });

  it('drops an empty note rather than carrying it', async () => {
    const share = await decoded(await encodeShare(assessment({ 'emerging:1': { rating: 'not-yet', note: '' } }), occ));
    expect(share.ratings).toEqual({ 'emerging:1': { rating: 'not-yet' } });
  });

  it('accepts a code with surrounding whitespace, as pasted', async () => {
    const code = await encodeShare(assessment({ 'emerging:0': { rating: 'on-my-own' } }), occ);
    expect((await decoded(`  ${code}\n`)).ratings).toEqual({ 'emerging:0': { rating: 'on-my-own' } });
  });
});

describe('decodeShare refusals', () => {
  /** A code for any JSON payload, made the way encodeShare makes one. */
  async function codeFor(payload: unknown): Promise<string> {
    const stream = new Blob([JSON.stringify(payload)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return `v1.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
  }

  const valid = {
    s: '43-4171.00',
    t: 'Receptionists',
    v: 'v.1.0',
    u: '2026-11-22T16:45:12.345Z',
    r: ['31', '', '2', ''],
    n: [['emerging:0', 'note']],
  };

  it('accepts the handmade payload the refusals below are variations of', async () => {
    expect((await decoded(await codeFor(valid))).ratings).toEqual({
      'emerging:0': { rating: 'on-my-own', note: 'note' },
      'emerging:1': { rating: 'not-yet' },
      'proficient:0': { rating: 'with-help' },
    });
  });

  it.each([
    ['an empty code', ''],
    ['only the prefix', 'v1.'],
    ['no prefix', 'abcdef'],
    ['an unknown prefix', 'x1.abcdef'],
    ['characters outside base64url', 'v1.ab+/cd=='],
    ['a length base64 cannot have', 'v1.abcde'],
    ['bytes that are not deflate data', 'v1.________'],
  ])('refuses %s as damaged', async (_, code) => {
    expect(await decodeShare(code)).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it('refuses a link cut short at any point', async () => {
    const code = await encodeShare(fullAssessment(true), occupation([10, 10, 10, 10]));
    for (const length of [4, 10, 50, 200, Math.floor(code.length / 2), code.length - 3]) {
      expect(await decodeShare(code.slice(0, length))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
    }
  });

  it('never throws, whatever it is given', async () => {
    const code = await encodeShare(fullAssessment(true), occupation([10, 10, 10, 10]));
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
    expect(await decodeShare('v2.abcdef')).toEqual({ ok: false, message: NEWER_MESSAGE });
  });

  it('refuses a payload that is not JSON', async () => {
    const stream = new Blob(['not json']).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const code = `v1.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
    expect(await decodeShare(code)).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it.each([
    ['a missing field', { ...valid, u: undefined }],
    ['a digit outside the scale', { ...valid, r: ['34', '', '', ''] }],
    ['the wrong number of levels', { ...valid, r: ['3', '', ''] }],
    ['a note on an unrated statement', { ...valid, n: [['developing:0', 'note']] }],
    [
      'two notes on one statement',
      {
        ...valid,
        n: [
          ['emerging:0', 'a'],
          ['emerging:0', 'b'],
        ],
      },
    ],
    ['a note under a malformed key', { ...valid, n: [['expert:0', 'note']] }],
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
