import { comparisonQuery, formatQuery, parseComparisonParams } from './comparison-params';

const known = (soc: string) => ['11-1111.00', '22-2222.00', '33-3333.00', '44-4444.00', '55-5555.00'].includes(soc);
const parse = (search: string) => parseComparisonParams(new URLSearchParams(search), known);

describe('parseComparisonParams', () => {
  it('reads the occupations in order and the level', () => {
    expect(parse('occupations=22-2222.00,11-1111.00&level=proficient')).toEqual({
      socs: ['22-2222.00', '11-1111.00'],
      unknown: [],
      level: 'proficient',
    });
  });

  it('compares all levels when the level is missing or unknown', () => {
    expect(parse('occupations=11-1111.00').level).toBe('all');
    expect(parse('occupations=11-1111.00&level=expert').level).toBe('all');
  });

  it('sets aside unknown SOC codes and repeats, and keeps at most four', () => {
    expect(parse('occupations=11-1111.00,99-9999.00,11-1111.00,22-2222.00,33-3333.00,44-4444.00,55-5555.00')).toEqual({
      socs: ['11-1111.00', '22-2222.00', '33-3333.00', '44-4444.00'],
      unknown: ['99-9999.00'],
      level: 'all',
    });
  });

  it('reads an empty address as nothing chosen', () => {
    expect(parse('')).toEqual({ socs: [], unknown: [], level: 'all' });
  });
});

describe('parseComparisonParams, commas written either way', () => {
  it('reads commas written as %2C, as older addresses have them', () => {
    expect(parse('occupations=22-2222.00%2C11-1111.00&level=developing').socs).toEqual(['22-2222.00', '11-1111.00']);
  });
});

describe('comparisonQuery', () => {
  it('joins the occupations with plain commas, as the prerendered links do', () => {
    expect(comparisonQuery(['43-4171.00', '43-6011.00'], 'proficient')).toBe(
      '?occupations=43-4171.00,43-6011.00&level=proficient',
    );
  });

  it('writes an empty choice as an empty list', () => {
    expect(comparisonQuery([], 'all')).toBe('?occupations=&level=all');
  });

  it('reads back as the same comparison', () => {
    const query = comparisonQuery(['33-3333.00', '11-1111.00', '22-2222.00'], 'advanced');
    expect(parse(query.slice(1))).toEqual({
      socs: ['33-3333.00', '11-1111.00', '22-2222.00'],
      unknown: [],
      level: 'advanced',
    });
  });
});

describe('formatQuery', () => {
  it('joins list items with plain commas and percent-encodes every other character', () => {
    expect(
      formatQuery([
        ['q', 'a&b=c d+é'],
        ['tags', ['x y', 'z/ü', '#1']],
      ]),
    ).toBe('?q=a%26b%3Dc%20d%2B%C3%A9&tags=x%20y,z%2F%C3%BC,%231');
  });
});
