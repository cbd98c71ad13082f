import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { medianRun } from './lighthouse.ts';

/** Only the two audits the choice reads. */
function run(name: string, fcp: number, interactive: number): { name: string; lhr: Result } {
  const lhr = {
    audits: {
      'first-contentful-paint': { numericValue: fcp },
      interactive: { numericValue: interactive },
    },
  } as unknown as Result;
  return { name, lhr };
}

describe('medianRun', () => {
  it('chooses the run nearest the median first paint and time to interactive, not the best or the worst', () => {
    const runs = [run('slow', 2400, 6000), run('middle', 1600, 2600), run('fast', 1500, 2400)];
    expect(medianRun(runs).name).toBe('middle');
  });

  it('breaks a tie with the earlier time to interactive', () => {
    const runs = [run('later', 1000, 3000), run('earlier', 1000, 1000)];
    expect(medianRun(runs).name).toBe('earlier');
  });

  it('takes the only run there is', () => {
    expect(medianRun([run('only', 1200, 2000)]).name).toBe('only');
  });
});
