import type { EarlierRating, StatementRating } from './assessment';
import { CSV_BYTE_ORDER_MARK, csvCell, csvFileName, toCsv } from './export-csv';
import { makeAssessment, ratingsFor } from '../../../testing/assessment-fixture';
import { makeOccupation } from '../../../testing/occupation-fixture';

const occupation = (statements: string[][]) => makeOccupation({ statements, label: (id) => `Label ${id}` });

const assessment = (ratings: Record<string, StatementRating>) => makeAssessment({ ratings });

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('toCsv', () => {
  const occ = occupation([
    ['Greeting — welcome visitors at the front desk', 'Phones — answer calls'],
    ['Scheduling — book rooms'],
    [],
    ['Leadership — train new staff'],
  ]);

  it('writes the header, then one row per statement in level order, rated or not', () => {
    const text = toCsv(
      occ,
      assessment(
        ratingsFor(occ, [
          ['emerging', 0, 'on-my-own', 'Every day'],
          ['developing', 0, 'with-help'],
          ['advanced', 0, 'not-yet'],
        ]),
      ),
    );
    expect(text).toBe(
      'occupation,soc,level,statement,rating,note\r\n' +
        'Receptionists and Information Clerks,43-4171.00,Emerging,Greeting — welcome visitors at the front desk,On my own,Every day\r\n' +
        'Receptionists and Information Clerks,43-4171.00,Emerging,Phones — answer calls,,\r\n' +
        'Receptionists and Information Clerks,43-4171.00,Developing,Scheduling — book rooms,With help,\r\n' +
        'Receptionists and Information Clerks,43-4171.00,Advanced,Leadership — train new staff,Not yet,\r\n',
    );
  });

  it('ends every line, the last included, with CRLF and never a bare LF', () => {
    const text = toCsv(occ, assessment({}));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('quotes notes with commas, quotes and line breaks so that they read back unchanged', () => {
    const note = 'Said "yes", then\nasked again,\r\ntwice';
    const text = toCsv(occ, assessment(ratingsFor(occ, [['emerging', 1, 'with-help', note]])));
    expect(text).toContain('"Said ""yes"", then\nasked again,\r\ntwice"');
    expect(parseCsv(text)[2]).toEqual([
      'Receptionists and Information Clerks',
      '43-4171.00',
      'Emerging',
      'Phones — answer calls',
      'With help',
      note,
    ]);
  });

  it('reads back as a header and one row of six cells per statement', () => {
    const rows = parseCsv(toCsv(occ, assessment(ratingsFor(occ, [['emerging', 0, 'on-my-own', 'a, b']]))));
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 6)).toBe(true);
  });

  it('guards notes that a spreadsheet would run as formulas', () => {
    const six = occupation([['a', 'b', 'c', 'd', 'e', 'f']]);
    const notes = ['=HYPERLINK("http://evil.example","click")', '+1 more', '-practise', '@SUM(A1)', '\tcmd', '\rcmd'];
    const rows = parseCsv(
      toCsv(
        six,
        assessment(
          ratingsFor(
            six,
            notes.map((note, index) => ['emerging', index, 'not-yet', note] as const),
          ),
        ),
      ),
    );
    expect(rows.slice(1).map((row) => row[5])).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+1 more",
      "'-practise",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rcmd",
    ]);
  });

  it('guards statements and titles too, not only notes', () => {
    const odd = { ...occupation([['=1+1']]), title: '@Home' };
    expect(parseCsv(toCsv(odd, assessment({})))[1]).toEqual(["'@Home", '43-4171.00', 'Emerging', "'=1+1", '', '']);
  });

  it('leaves text with those characters later in it alone', () => {
    expect(csvCell('a=b+c-d@e')).toBe('a=b+c-d@e');
  });

  it('does not show a rating saved for another text against the statement under its key', () => {
    const rows = parseCsv(
      toCsv(occ, assessment({ 'emerging/greeting': { rating: 'on-my-own', text: 'Greeting — another wording' } })),
    );
    expect(rows[1]?.slice(4)).toEqual(['', '']);
  });

  it('adds a row for each rating from an earlier version, after the statements, saying which version', () => {
    const earlier: EarlierRating[] = [
      {
        level: 'proficient',
        text: '=Gone — a statement.',
        position: null,
        rating: 'with-help',
        note: 'kept',
        version: 'v.26.04',
      },
      { level: 'emerging', text: null, position: 2, rating: 'not-yet', version: 'v.26.03' },
    ];
    const rows = parseCsv(toCsv(occ, makeAssessment({ earlier })));
    expect(rows[0]).toEqual(['occupation', 'soc', 'level', 'statement', 'rating', 'note']);
    expect(rows.slice(-2)).toEqual([
      [
        'Receptionists and Information Clerks',
        '43-4171.00',
        'Proficient (earlier version v.26.04)',
        "'=Gone — a statement.",
        'With help',
        'kept',
      ],
      [
        'Receptionists and Information Clerks',
        '43-4171.00',
        'Emerging (earlier version v.26.03)',
        'Statement 3 in version v.26.03',
        'Not yet',
        '',
      ],
    ]);
    expect(rows).toHaveLength(1 + 4 + 2);
  });

  it('writes only the header for a framework without statements', () => {
    expect(toCsv(occupation([]), assessment({}))).toBe('occupation,soc,level,statement,rating,note\r\n');
  });

  it('leaves the byte order mark to the download, so the text starts with the header', () => {
    expect(toCsv(occ, assessment({})).startsWith(CSV_BYTE_ORDER_MARK)).toBe(false);
    expect(CSV_BYTE_ORDER_MARK).toBe('\uFEFF');
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1', "'=1"],
    ['-"x",y', '"\'-""x"",y"'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('csvFileName', () => {
  it('names the occupation and the local calendar day, zero-padded', () => {
    expect(csvFileName({ soc: '43-4171.00' }, new Date(2026, 10, 22, 0, 0))).toBe(
      'ladder-assessment-43-4171.00-2026-11-22.csv',
    );
    expect(csvFileName({ soc: '43-4171.00' }, new Date(2027, 0, 5, 23, 59))).toBe(
      'ladder-assessment-43-4171.00-2027-01-05.csv',
    );
  });

  it('keeps a malformed SOC code from putting path characters in the name', () => {
    expect(csvFileName({ soc: '../x y' }, new Date(2026, 10, 22))).toBe('ladder-assessment-.._x_y-2026-11-22.csv');
  });
});
