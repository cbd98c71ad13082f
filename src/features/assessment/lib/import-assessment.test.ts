import type { Assessment, EarlierRating, StatementRating } from './assessment';
import { buildExport, toExportJson } from './export-json';
import { MAX_IMPORT_CHARACTERS, issuePath, mergeAssessments, parseImport } from './import-assessment';
import { reconcileAssessment } from './reconcile';
import { makeAssessment, ratingsFor } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (sizes: number[]) =>
  makeOccupation({
    sizes,
    credit: { onet: 'O*NET', crosswalk: 'crosswalk', generator: 'generator', attribution: 'attribution' },
  });

const assessment = (ratings: Record<string, StatementRating>, changes: Partial<Assessment> = {}) =>
  makeAssessment({ ratings, ...changes });

const occ = occupation([3, 2, 2, 1]);
const saved = assessment(
  ratingsFor(occ, [
    ['emerging', 0, 'on-my-own', 'Every day, "really"'],
    ['emerging', 2, 'with-help'],
    ['proficient', 1, 'not-yet', ''],
  ]),
);
const now = new Date('2026-11-22T17:00:00.000Z');
const knowsAll = () => true;

/** An export of `saved` as parsed JSON, to be altered by a test. */
function exported(): Record<string, unknown> & { assessment: Record<string, unknown> } {
  return JSON.parse(toExportJson(occ, saved, now)) as Record<string, unknown> & { assessment: Record<string, unknown> };
}

function refusal(data: unknown, known: (soc: string) => boolean = knowsAll): string {
  const result = parseImport(typeof data === 'string' ? data : JSON.stringify(data), known);
  if (result.ok) throw new Error('Expected the import to be refused');
  return result.message;
}

describe('parseImport', () => {
  it('reads back exactly what toExportJson wrote', () => {
    expect(parseImport(toExportJson(occ, saved, now), knowsAll)).toEqual({
      ok: true,
      assessment: saved,
      frameworkVersion: 'v.1.0',
      warnings: [],
    });
  });

  it('asks whether the occupation is known by its SOC code', () => {
    const known = vi.fn(() => true);
    parseImport(toExportJson(occ, saved, now), known);
    expect(known).toHaveBeenCalledWith('43-4171.00');
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseImport(`\uFEFF${toExportJson(occ, saved, now)}`, knowsAll).ok).toBe(true);
  });

  it('accepts a file without the readable list of statements or the credit', () => {
    const file = exported();
    delete file.statements;
    delete file.credit;
    expect(parseImport(JSON.stringify(file), knowsAll)).toMatchObject({ ok: true, assessment: saved, warnings: [] });
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(refusal('{"format": "ladder-assessment",')).toMatch(/^This file is not valid JSON/);
    expect(refusal('')).toMatch(/^This file is not valid JSON/);
  });

  it.each([
    ['another program’s JSON', { name: 'something else' }],
    ['a different format', { format: 'other-app', formatVersion: 1 }],
    ['a list', [1, 2]],
    ['a bare value', 42],
    ['null', null],
  ])('refuses %s as not a Ladder export', (_, data) => {
    expect(refusal(data)).toBe('This is not a Ladder assessment export.');
  });

  it('refuses a file from a newer version of Ladder, saying so', () => {
    const message = refusal({ ...exported(), formatVersion: 3 });
    expect(message).toContain('made by a newer version of Ladder');
    expect(message).toContain('format 3');
  });

  it('refuses a format version it never wrote', () => {
    expect(refusal({ ...exported(), formatVersion: 0 })).toBe(
      'This file cannot be imported: formatVersion should be 2.',
    );
    expect(refusal({ ...exported(), formatVersion: undefined })).toBe(
      'This file cannot be imported: formatVersion is missing.',
    );
  });

  it('refuses a rating outside the scale, naming where it is and what it should be', () => {
    const file = exported();
    file.assessment.ratings = { 'emerging/statement-1': { rating: 'sometimes', text: 't' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["emerging/statement-1"].rating is "sometimes", but a rating must be one of not-yet, with-help, on-my-own.',
    );
  });

  it('refuses a rating without its rating', () => {
    const file = exported();
    file.assessment.ratings = { 'advanced/statement-1': { note: 'just a note', text: 't' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["advanced/statement-1"].rating is missing.',
    );
  });

  it('refuses a rating without the text of its statement', () => {
    const file = exported();
    file.assessment.ratings = { 'advanced/statement-1': { rating: 'on-my-own' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["advanced/statement-1"].text is missing.',
    );
  });

  it('refuses a rating under a key that is not a statement', () => {
    const file = exported();
    file.assessment.ratings = { 'emerging:0': { rating: 'on-my-own', text: 't' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["emerging:0"] is not a statement key like "proficient/customer-complaints" (a level name, a slash and the statement’s anchor).',
    );
  });

  it('refuses a note that is not text', () => {
    const file = exported();
    file.assessment.ratings = { 'emerging/statement-1': { rating: 'on-my-own', note: 5, text: 't' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["emerging/statement-1"].note should be text.',
    );
  });

  it('refuses missing or mistyped parts, naming them', () => {
    const file = exported();
    expect(refusal({ ...file, assessment: undefined })).toBe('This file cannot be imported: assessment is missing.');
    expect(refusal({ ...file, assessment: { ...file.assessment, ratings: [] } })).toBe(
      'This file cannot be imported: assessment.ratings should be an object.',
    );
    expect(refusal({ ...file, assessment: { ...file.assessment, updatedAt: 'last week' } })).toBe(
      'This file cannot be imported: assessment.updatedAt should be a date such as 2026-11-22.',
    );
    expect(
      refusal({
        ...file,
        statements: [{ level: 'expert', index: 0.5, anchor: 'a', text: 't', rating: null, note: null }],
      }),
    ).toBe(
      'This file cannot be imported: statements[0].level should be one of "emerging", "developing", "proficient", "advanced" (and 1 more problem).',
    );
  });

  it('refuses an occupation Ladder does not list, naming it', () => {
    expect(refusal(exported(), (soc) => soc !== '43-4171.00')).toBe(
      'This file is for Receptionists and Information Clerks (43-4171.00), an occupation Ladder does not list.',
    );
  });

  it('refuses a file whose occupation and assessment disagree', () => {
    expect(refusal({ ...exported(), occupation: { soc: '11-1011.00', title: 'Chief Executives' } })).toBe(
      'This file cannot be imported: it names occupation 11-1011.00 but holds an assessment for 43-4171.00.',
    );
  });

  it('refuses a file far too large to be an export', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_CHARACTERS + 1))).toBe(
      'This file is too large to be a Ladder assessment export.',
    );
  });

  it('returns the framework version the ratings were made against, and warns when the listed statements differ', () => {
    const file = buildExport(occupation([3, 2, 2, 1]), assessment(saved.ratings, { frameworkVersion: 'v.0.9' }), now);
    const result = parseImport(JSON.stringify(file), knowsAll);
    expect(result).toMatchObject({ ok: true, frameworkVersion: 'v.0.9' });
    expect(result.ok && result.warnings).toEqual([
      'The ratings were made against framework version v.0.9, but the file lists the statements of version v.1.0.',
    ]);
  });

  it('uses the saved ratings, with a warning, when the readable list was edited by hand', () => {
    const file = buildExport(occ, saved, now);
    file.statements[1] = { ...file.statements[1]!, rating: 'on-my-own' };
    file.statements[0] = { ...file.statements[0]!, note: 'changed' };
    const result = parseImport(JSON.stringify(file), knowsAll);
    expect(result).toMatchObject({ ok: true, assessment: saved });
    expect(result.ok && result.warnings).toEqual([
      'For 2 statements the readable list in the file differs from the saved ratings; the saved ratings were used.',
    ]);
  });

  it('warns when the file holds no ratings', () => {
    const result = parseImport(toExportJson(occ, assessment({}), now), knowsAll);
    expect(result.ok && result.warnings).toEqual(['This file has no ratings in it.']);
  });

  it('reads back the level last rated at and the carried-over marks, and files made before them without', () => {
    const marked: Assessment = {
      ...saved,
      lastLevel: 'proficient',
      carriedOver: { fromSoc: '43-9061.00', fromTitle: 'Office Clerks', keys: ['emerging/statement-3'] },
    };
    expect(parseImport(toExportJson(occ, marked, now), knowsAll)).toMatchObject({ ok: true, assessment: marked });
    const result = parseImport(toExportJson(occ, saved, now), knowsAll);
    expect(result.ok && result.assessment).not.toHaveProperty('lastLevel');
    expect(result.ok && result.assessment).not.toHaveProperty('carriedOver');
  });

  it('refuses carried-over marks that are not statement keys, naming where', () => {
    const file = exported();
    file.assessment.carriedOver = { fromSoc: 'x', fromTitle: 'X', keys: ['emerging:2'] };
    expect(refusal(file)).toMatch(
      /^This file cannot be imported: assessment\.carriedOver\.keys\[0\] is not a statement key/,
    );
  });

  it('drops fields it does not know rather than carrying them into the saved assessment', () => {
    const file = exported();
    file.assessment.extra = 'x';
    file.assessment.ratings = { 'emerging/statement-1': { rating: 'on-my-own', text: 't', colour: 'red' } };
    const result = parseImport(JSON.stringify(file), knowsAll);
    expect(result.ok && result.assessment).toEqual(
      assessment({ 'emerging/statement-1': { rating: 'on-my-own', text: 't' } }),
    );
  });

  it('does not let a "__proto__" key change the ratings object', () => {
    const text = toExportJson(occ, assessment({}), now).replace(
      '"ratings": {}',
      '"ratings": {"__proto__": {"rating": "on-my-own"}}',
    );
    const result = parseImport(text, knowsAll);
    expect(result.ok).toBe(true);
    const ratings = result.ok ? result.assessment.ratings : undefined;
    expect(Object.getPrototypeOf(ratings)).toBe(Object.prototype);
    expect(ratings).toEqual({});
  });
});

describe('parseImport of a format-1 file', () => {
  /** What Ladder wrote before ratings had texts: keys by position, and the readable list. */
  const v1File = (withList = true) => ({
    format: 'ladder-assessment',
    formatVersion: 1,
    exportedAt: '2026-11-22T17:00:00.000Z',
    occupation: { soc: '43-4171.00', title: 'Receptionists and Information Clerks' },
    framework: { version: 'v.1.0' },
    credit: { onet: '', crosswalk: '', generator: '', attribution: '' },
    assessment: {
      soc: '43-4171.00',
      title: 'Receptionists and Information Clerks',
      frameworkVersion: 'v.1.0',
      startedAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-22T16:45:12.345Z',
      ratings: {
        'emerging:0': { rating: 'on-my-own', note: 'Daily' },
        'emerging:1': { rating: 'not-yet' },
      } as Record<string, { rating: string; note?: string }>,
    },
    ...(withList
      ? {
          statements: [
            { level: 'emerging', index: 0, text: 'Filing — place documents.', rating: 'on-my-own', note: 'Daily' },
            { level: 'emerging', index: 1, text: 'Mail — sort the post.', rating: 'not-yet', note: null },
          ],
        }
      : {}),
  });

  function imported(file: unknown): Assessment {
    const result = parseImport(JSON.stringify(file), knowsAll);
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toEqual([]);
    return result.assessment;
  }

  it('ties each rating to the text its list gives for that position', () => {
    expect(imported(v1File()).unplaced).toEqual({
      version: 'v.1.0',
      ratings: {
        'emerging:0': { rating: 'on-my-own', note: 'Daily', text: 'Filing — place documents.' },
        'emerging:1': { rating: 'not-yet', text: 'Mail — sort the post.' },
      },
    });
  });

  it('places the ratings on their statements in a later version, wherever they are now', () => {
    const later = makeOccupation({
      framework: { ...occ.framework, version: 'v.2.0' },
      statements: [['Phones — answer calls.', 'Mail — sort the post.', 'Filing — place documents.'], [], [], []],
    });
    const { assessment: placed } = reconcileAssessment(imported(v1File()), later, now);
    expect(placed.ratings).toEqual(
      ratingsFor(later, [
        ['emerging', 1, 'not-yet'],
        ['emerging', 2, 'on-my-own', 'Daily'],
      ]),
    );
    expect(placed.earlier).toBeUndefined();
  });

  it('keeps the positions, for the version they were made against, when the file has no list', () => {
    const assessment = imported(v1File(false));
    expect(assessment.ratings).toEqual({});
    expect(assessment.unplaced).toEqual({ version: 'v.1.0', ratings: v1File().assessment.ratings });
  });

  it('still warns when its readable list was edited by hand', () => {
    const file = v1File();
    file.statements![1] = { ...file.statements![1]!, rating: 'with-help' };
    const result = parseImport(JSON.stringify(file), knowsAll);
    expect(result.ok && result.warnings).toEqual([
      'For 1 statement the readable list in the file differs from the saved ratings; the saved ratings were used.',
    ]);
  });

  it('refuses a format-1 file with a rating under a key that is not a position', () => {
    const file = v1File();
    file.assessment.ratings = { 'emerging/filing': { rating: 'on-my-own' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["emerging/filing"] is not a statement key like "proficient:3" (a level name, a colon and a number).',
    );
  });
});

describe('issuePath', () => {
  it('writes paths as they would be written in JavaScript', () => {
    expect(issuePath(['assessment', 'ratings', 'proficient/filing', 'rating'])).toBe(
      'assessment.ratings["proficient/filing"].rating',
    );
    expect(issuePath(['statements', 4, 'note'])).toBe('statements[4].note');
    expect(issuePath([])).toBe('the top level');
  });
});

describe('mergeAssessments', () => {
  const r = (rating: StatementRating['rating'], note?: string): StatementRating =>
    note === undefined ? { rating, text: 't' } : { rating, note, text: 't' };
  const gone: EarlierRating = {
    level: 'emerging',
    text: 'Gone.',
    position: null,
    rating: 'with-help',
    version: 'v.0.9',
  };
  const lost: EarlierRating = { level: 'advanced', text: null, position: 3, rating: 'not-yet', version: 'v.0.8' };
  const existing = assessment(
    {
      'emerging/a': r('on-my-own', 'mine'),
      'emerging/b': r('with-help'),
      'developing/a': r('not-yet'),
    },
    { startedAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', earlier: [gone] },
  );
  const incoming = assessment(
    {
      'emerging/a': r('on-my-own', 'theirs'),
      'emerging/b': r('with-help'),
      'proficient/a': r('on-my-own'),
      'advanced/a': r('not-yet'),
    },
    {
      title: 'Receptionists',
      startedAt: '2026-09-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      earlier: [{ ...gone }, lost],
    },
  );

  it('replaces: takes the incoming ratings as they are, counting what changes', () => {
    const result = mergeAssessments(existing, incoming, 'replace');
    expect(result.assessment).toEqual(incoming);
    // emerging/a changes note; emerging/b is the same; developing/a goes; two are new.
    expect([result.added, result.replaced, result.removed]).toEqual([2, 1, 1]);
  });

  it('replaces without losing an earlier rating only the existing assessment had', () => {
    const result = mergeAssessments(existing, { ...incoming, earlier: [lost] }, 'replace');
    expect(result.assessment.earlier).toEqual([gone, lost]);
  });

  it('fills gaps: keeps every existing rating and note, adding incoming ratings only where none exists', () => {
    const result = mergeAssessments(existing, incoming, 'fill-gaps');
    expect(result.assessment.ratings).toEqual({
      'emerging/a': r('on-my-own', 'mine'),
      'emerging/b': r('with-help'),
      'developing/a': r('not-yet'),
      'proficient/a': r('on-my-own'),
      'advanced/a': r('not-yet'),
    });
    expect([result.added, result.replaced, result.removed]).toEqual([2, 0, 0]);
  });

  it('keeps the earlier ratings of both, each once', () => {
    expect(mergeAssessments(existing, incoming, 'fill-gaps').assessment.earlier).toEqual([gone, lost]);
  });

  it('fills gaps: keeps the existing title and version, the earlier start and the later update', () => {
    const { assessment: merged } = mergeAssessments(existing, incoming, 'fill-gaps');
    expect(merged).toMatchObject({
      title: 'Receptionists and Information Clerks',
      startedAt: '2026-09-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('fills gaps: leaves the update time alone when nothing is added', () => {
    const result = mergeAssessments(
      existing,
      { ...incoming, ratings: { 'emerging/b': r('not-yet') }, earlier: [] },
      'fill-gaps',
    );
    expect(result.added).toBe(0);
    expect(result.assessment).toEqual({ ...existing, startedAt: '2026-09-01T00:00:00.000Z' });
  });

  it('changes neither input', () => {
    const before = JSON.stringify([existing, incoming]);
    mergeAssessments(existing, incoming, 'fill-gaps');
    mergeAssessments(existing, incoming, 'replace');
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });

  it('returns ratings the caller can change without changing the inputs', () => {
    const { assessment: replaced } = mergeAssessments(existing, incoming, 'replace');
    replaced.ratings['developing/b'] = r('not-yet');
    expect(incoming.ratings['developing/b']).toBeUndefined();
  });

  it('counts nothing when replacing with an identical assessment', () => {
    const result = mergeAssessments(existing, structuredClone(existing), 'replace');
    expect([result.added, result.replaced, result.removed]).toEqual([0, 0, 0]);
  });

  it('refuses to merge assessments of two different occupations', () => {
    expect(() => mergeAssessments(existing, { ...incoming, soc: '11-1011.00' }, 'fill-gaps')).toThrow(/11-1011\.00/);
  });
});
