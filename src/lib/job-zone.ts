export type JobZone = 1 | 2 | 3 | 4 | 5;

// O*NET's own names for its five job zones (how much preparation a job needs).
const MEANINGS: Record<JobZone, string> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};

export function jobZoneMeaning(zone: JobZone | null): string {
  return zone === null ? 'No job zone assigned' : MEANINGS[zone];
}

export function jobZoneLabel(zone: JobZone | null): string {
  return zone === null ? 'Job zone not assigned' : `Job zone ${zone}`;
}

export const JOB_ZONES: readonly JobZone[] = [1, 2, 3, 4, 5];
