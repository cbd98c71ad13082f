import { splitStatement } from './statement.ts';

describe('splitStatement', () => {
  it('splits the topic from the description at the em dash', () => {
    expect(splitStatement('Incoming calls — route them under supervision in an office.')).toEqual({
      topic: 'Incoming calls',
      description: 'route them under supervision in an office.',
    });
  });

  it('splits at the first separator only', () => {
    expect(splitStatement('Records — review them — carefully.')).toEqual({
      topic: 'Records',
      description: 'review them — carefully.',
    });
  });

  it('accepts an en dash or a spaced hyphen', () => {
    expect(splitStatement('Records – review.').topic).toBe('Records');
    expect(splitStatement('Records - review.').topic).toBe('Records');
  });

  it('does not split a hyphenated word', () => {
    expect(splitStatement('Follow-up calls made daily.')).toEqual({
      topic: null,
      description: 'Follow-up calls made daily.',
    });
  });

  it('shows a statement without a separator whole', () => {
    expect(splitStatement('  Keep the work area clean ')).toEqual({
      topic: null,
      description: 'Keep the work area clean',
    });
  });

  it('keeps the statement whole when either side of the dash is empty', () => {
    expect(splitStatement('— leading dash')).toEqual({ topic: null, description: '— leading dash' });
  });
});
