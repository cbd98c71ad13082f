import { describe, expect, it } from 'vitest';
import { readGnuTime } from './gnu-time.ts';

// Trimmed from real `/usr/bin/time -v` reports.
const KILLED = `Command terminated by signal 6
\tCommand being timed: "node vite.js build"
\tMaximum resident set size (kbytes): 4194304
\tExit status: 0`;
const FAILED = `Command exited with non-zero status 1
\tCommand being timed: "node vite.js build"
\tMaximum resident set size (kbytes): 1552
\tExit status: 1`;

describe('readGnuTime', () => {
  it('names the signal that ended a killed build and keeps its peak memory, with no exit status', () => {
    expect(readGnuTime(KILLED)).toEqual({ peakRssBytes: 4 * 1024 ** 3, signal: 'SIGABRT', exitStatus: null });
  });

  it('reads the exit status of a build that exited', () => {
    expect(readGnuTime(FAILED)).toEqual({ peakRssBytes: 1552 * 1024, signal: null, exitStatus: 1 });
  });
});
