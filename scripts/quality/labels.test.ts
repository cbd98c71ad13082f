import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabelError, matchKey, readLevelRowLabels, readMatchLabels, rowLinkKey } from './labels.ts';
import { score } from './score.ts';

const statements = new Map([
  [
    '11-1111.00',
    [
      ['Phone calls — answer calls.', 'Mail — sort mail.'],
      ['Phone lines — manage lines.', 'Mail routing — route mail.'],
      ['Call management — resolve calls.'],
      [],
    ],
  ],
  ['22-2222.00', [['Telephone work — answer the telephone.'], [], [], []]],
]);

function labelFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ladder-labels-')), 'labels.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('level-row labels', () => {
  it('turns each labelled row into links between neighbouring levels', () => {
    const file = labelFile({
      occupations: {
        '11-1111.00': {
          rows: [
            ['E0 Phone calls', 'D0 Phone lines', 'P0 Call management'],
            ['E1 Mail', 'D1 Mail routing'],
          ],
          acceptable: [['D1 Mail routing', 'P0 Call management']],
        },
      },
    });
    const labels = readLevelRowLabels(file, statements);
    expect([...labels.required].sort()).toEqual(
      [rowLinkKey('11-1111.00', 0, 0, 0), rowLinkKey('11-1111.00', 1, 0, 0), rowLinkKey('11-1111.00', 0, 1, 1)].sort(),
    );
    expect([...labels.acceptable]).toEqual([rowLinkKey('11-1111.00', 1, 1, 0)]);
  });

  it('names the file, the path and the new wording when an export has changed under a label', () => {
    const file = labelFile({ occupations: { '11-1111.00': { rows: [['E0 Phone calls', 'D0 Telephone lines']] } } });
    expect(() => readLevelRowLabels(file, statements)).toThrow(LabelError);
    expect(() => readLevelRowLabels(file, statements)).toThrow(
      `${file} $.occupations["11-1111.00"].rows[0][1]: the statement there is now "Phone lines", not "Telephone lines"`,
    );
  });

  it('refuses a row that skips a level or lists a statement twice', () => {
    const skips = labelFile({ occupations: { '11-1111.00': { rows: [['E0 Phone calls', 'P0 Call management']] } } });
    expect(() => readLevelRowLabels(skips, statements)).toThrow(/neighbouring levels/);
    const twice = labelFile({
      occupations: { '11-1111.00': { rows: [['E0 Phone calls', 'D0 Phone lines'], ['E0 Phone calls']] } },
    });
    expect(() => readLevelRowLabels(twice, statements)).toThrow(/rows\[1\]\[0\]: already in/);
  });
});

describe('match labels', () => {
  it('keys a pair the same whichever occupation comes first', () => {
    const file = labelFile({
      pairs: [{ level: 'emerging', a: '22-2222.00 E0 Telephone work', b: '11-1111.00 E0 Phone calls', label: 'same' }],
    });
    const labels = readMatchLabels(file, statements);
    expect([...labels.required]).toEqual([
      matchKey({ soc: '11-1111.00', level: 0, index: 0 }, { soc: '22-2222.00', level: 0, index: 0 }),
    ]);
  });

  it('refuses pairs at two levels, unknown labels and unknown occupations', () => {
    const levels = labelFile({
      pairs: [{ a: '11-1111.00 D0 Phone lines', b: '22-2222.00 E0 Telephone work', label: 'same' }],
    });
    expect(() => readMatchLabels(levels, statements)).toThrow(/same level/);
    const label = labelFile({
      pairs: [{ a: '11-1111.00 E0 Phone calls', b: '22-2222.00 E0 Telephone work', label: 'close' }],
    });
    expect(() => readMatchLabels(label, statements)).toThrow(/\$\.pairs\[0\]\.label: expected one of same/);
    const unknown = labelFile({
      pairs: [{ a: '11-1111.00 E0 Phone calls', b: '33-3333.00 E0 Telephone work', label: 'same' }],
    });
    expect(() => readMatchLabels(unknown, statements)).toThrow(/no export with SOC code 33-3333.00/);
  });
});

describe('score', () => {
  it('counts acceptable links as right but never as required', () => {
    const labels = { required: new Set(['a', 'b', 'c', 'd']), acceptable: new Set(['x']), different: new Set(['y']) };
    const result = score(['a', 'b', 'x', 'y'], labels);
    expect(result).toMatchObject({ drawn: 4, right: 3, required: 4, found: 2, precision: 0.75, recall: 0.5 });
    expect(result.differentDrawn).toBe(1);
    expect(result.wrong).toEqual(['y']);
    expect(result.missed).toEqual(['c', 'd']);
  });

  it('gives full precision when nothing is drawn and full recall when nothing is required', () => {
    const none = { required: new Set<string>(), acceptable: new Set<string>(), different: new Set<string>() };
    expect(score([], none)).toMatchObject({ precision: 1, recall: 1 });
  });
});
