import { parseComparisonParams } from './comparison-params';

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
