import { describe, expect, it } from 'vitest';
import { formatDate, formatLocalDate } from './format-date';

describe('formatDate', () => {
  it('writes the day, month name and year in UTC', () => {
    expect(formatDate('2026-05-15T12:38:50Z')).toBe('15 May 2026');
    expect(formatDate('2026-01-01T00:00:00Z')).toBe('1 January 2026');
    // 23:30 the day before in New York is still the 31st of December in UTC.
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('31 December 2025');
  });

  it('matches en-GB long dates for every month', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 28, 12));
      expect(formatDate(date.toISOString())).toBe(intl.format(date));
    }
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDate('sometime in May')).toBe('sometime in May');
  });
});

describe('formatLocalDate', () => {
  it('gives the day in the reader’s own time zone', () => {
    expect(formatLocalDate(new Date(2026, 0, 31, 23, 59))).toBe('31 January 2026');
    expect(formatLocalDate(new Date(2026, 11, 2, 0, 1))).toBe('2 December 2026');
  });
});
