const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "2026-05-15T12:38:50Z" → "15 May 2026" (in UTC); text that is not a date is shown as it is.
 *
 * Written out rather than with Intl.DateTimeFormat: the first DateTimeFormat a page creates loads
 * the locale's calendar and time-zone data, a ~40 ms task on the occupation page's first load.
 */
export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** A moment as a date in the reader's own time zone: "2 December 2026" (the day a page was printed). */
export function formatLocalDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
