import { constants } from 'node:os';

/**
 * What `/usr/bin/time -v` wrote about the build process: its peak memory,
 * and how it ended. GNU time exits with 128 + the signal number when the
 * command was killed, so its own exit code cannot tell "exit 134" from
 * "SIGABRT"; the report it writes can.
 */

export interface GnuTimeReport {
  /** Maximum resident set size, in bytes. */
  peakRssBytes: number | null;
  /** e.g. SIGABRT (Node's out-of-memory abort) or SIGKILL (the system's OOM killer). */
  signal: string | null;
  exitStatus: number | null;
}

export function readGnuTime(text: string): GnuTimeReport {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
  const signal = /Command terminated by signal (\d+)/.exec(text)?.[1];
  const exit = /Exit status: (\d+)/.exec(text)?.[1];
  return {
    peakRssBytes: rss === undefined ? null : Number(rss) * 1024,
    signal: signal === undefined ? null : signalName(Number(signal)),
    // A killed command has no exit status of its own; GNU time prints 0 for it.
    exitStatus: signal === undefined && exit !== undefined ? Number(exit) : null,
  };
}

export function signalName(number: number): string {
  const found = Object.entries(constants.signals).find(([, value]) => value === number);
  return found?.[0] ?? `signal ${number}`;
}
