import type { Assessment, StatementRating } from './assessment';
import { buildExport, toExportJson } from './export-json';
import { MAX_IMPORT_CHARACTERS, issuePath, mergeAssessments, parseImport } from './import-assessment';
import { makeAssessment } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (sizes: number[]) =>
  makeOccupation({
    sizes,
    credit: { onet: 'O*NET', crosswalk: 'crosswalk', generator: 'generator', attribution: 'attribution' },
  });

const assessment = (ratings: Record<string, StatementRating>, changes: Partial<Assessment> = {}) =>
  makeAssessment({ ratings, ...changes });

const occ = occupation([3, 2, 2, 1]);
const saved = assessment({
  'emerging:0': { rating: 'on-my-own', note: 'Every day, "really"' },
  'emerging:2': { rating: 'with-help' },
  'proficient:1': { rating: 'not-yet', note: '' },
});
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
    const message = refusal({ ...exported(), formatVersion: 2 });
    expect(message).toContain('made by a newer version of Ladder');
    expect(message).toContain('format 2');
  });

  it('refuses a format version it never wrote', () => {
    expect(refusal({ ...exported(), formatVersion: 0 })).toBe(
      'This file cannot be imported: formatVersion should be 1.',
    );
    expect(refusal({ ...exported(), formatVersion: undefined })).toBe(
      'This file cannot be imported: formatVersion is missing.',
    );
  });

  it('refuses a rating outside the scale, naming where it is and what it should be', () => {
    const file = exported();
    file.assessment.ratings = { 'emerging:0': { rating: 'sometimes' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["emerging:0"].rating is "sometimes", but a rating must be one of not-yet, with-help, on-my-own.',
    );
  });

  it('refuses a rating without its rating', () => {
    const file = exported();
    file.assessment.ratings = { 'advanced:0': { note: 'just a note' } };
    expect(refusal(file)).toBe('This file cannot be imported: assessment.ratings["advanced:0"].rating is missing.');
  });

  it('refuses a rating under a key that is not a statement', () => {
    const file = exported();
    file.assessment.ratings = { 'expert:01': { rating: 'on-my-own' } };
    expect(refusal(file)).toBe(
      'This file cannot be imported: assessment.ratings["expert:01"] is not a statement key like "proficient:3" (a level name, a colon and a number).',
    );
  });

  it('refuses a note that is not text', () => {
    const file = exported();
    file.assessment.ratings = { 'emerging:0': { rating: 'on-my-own', note: 5 } };
    expect(refusal(file)).toBe('This file cannot be imported: assessment.ratings["emerging:0"].note should be text.');
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
      refusal({ ...file, statements: [{ level: 'expert', index: 0.5, text: 't', rating: null, note: null }] }),
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

  it('drops fields it does not know rather than carrying them into the saved assessment', () => {
    const file = exported();
    file.assessment.extra = 'x';
    file.assessment.ratings = { 'emerging:0': { rating: 'on-my-own', colour: 'red' } };
    const result = parseImport(JSON.stringify(file), knowsAll);
    expect(result.ok && result.assessment).toEqual(assessment({ 'emerging:0': { rating: 'on-my-own' } }));
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

describe('issuePath', () => {
  it('writes paths as they would be written in JavaScript', () => {
    expect(issuePath(['assessment', 'ratings', 'proficient:3', 'rating'])).toBe(
      'assessment.ratings["proficient:3"].rating',
    );
    expect(issuePath(['statements', 4, 'note'])).toBe('statements[4].note');
    expect(issuePath([])).toBe('the top level');
  });
});

describe('mergeAssessments', () => {
  const existing = assessment(
    {
      'emerging:0': { rating: 'on-my-own', note: 'mine' },
      'emerging:1': { rating: 'with-help' },
      'developing:0': { rating: 'not-yet' },
    },
    { startedAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' },
  );
  const incoming = assessment(
    {
      'emerging:0': { rating: 'on-my-own', note: 'theirs' },
      'emerging:1': { rating: 'with-help' },
      'proficient:0': { rating: 'on-my-own' },
      'advanced:0': { rating: 'not-yet' },
    },
    { title: 'Receptionists', startedAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' },
  );

  it('replaces: takes the incoming assessment as it is, counting what changes', () => {
    const result = mergeAssessments(existing, incoming, 'replace');
    expect(result.assessment).toEqual(incoming);
    // emerging:0 changes note; emerging:1 is the same; developing:0 goes; two are new.
    expect([result.added, result.replaced, result.removed]).toEqual([2, 1, 1]);
  });

  it('fills gaps: keeps every existing rating and note, adding incoming ratings only where none exists', () => {
    const result = mergeAssessments(existing, incoming, 'fill-gaps');
    expect(result.assessment.ratings).toEqual({
      'emerging:0': { rating: 'on-my-own', note: 'mine' },
      'emerging:1': { rating: 'with-help' },
      'developing:0': { rating: 'not-yet' },
      'proficient:0': { rating: 'on-my-own' },
      'advanced:0': { rating: 'not-yet' },
    });
    expect([result.added, result.replaced, result.removed]).toEqual([2, 0, 0]);
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
      { ...incoming, ratings: { 'emerging:1': { rating: 'not-yet' } } },
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
    replaced.ratings['developing:1'] = { rating: 'not-yet' };
    expect(incoming.ratings['developing:1']).toBeUndefined();
  });

  it('counts nothing when replacing with an identical assessment', () => {
    const result = mergeAssessments(existing, structuredClone(existing), 'replace');
    expect([result.added, result.replaced, result.removed]).toEqual([0, 0, 0]);
  });

  it('refuses to merge assessments of two different occupations', () => {
    expect(() => mergeAssessments(existing, { ...incoming, soc: '11-1011.00' }, 'fill-gaps')).toThrow(/11-1011\.00/);
  });
});
