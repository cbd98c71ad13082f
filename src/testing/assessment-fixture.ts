import type { Assessment } from '../features/assessment/lib/assessment';

/** An assessment for unit tests; only what a test names differs from the defaults. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    soc: '43-4171.00',
    title: 'Receptionists and Information Clerks',
    frameworkVersion: 'v.1.0',
    startedAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-22T16:45:12.345Z',
    ratings: {},
    ...overrides,
  };
}
