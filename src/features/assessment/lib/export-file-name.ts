import type { Occupation } from '../../../lib/occupation';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * "ladder-assessment-43-4171.00-2026-11-22.csv". The date is the learner's
 * local calendar day, the day they would say they downloaded it.
 */
export function exportFileName(occupation: Pick<Occupation, 'soc'>, date: Date, extension: string): string {
  // SOC codes are already safe in a file name; this only keeps a malformed one from breaking the download.
  const soc = occupation.soc.replace(/[^A-Za-z0-9.-]+/g, '_');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `ladder-assessment-${soc}-${day}.${extension}`;
}
