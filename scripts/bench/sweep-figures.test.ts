import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.ts';
import { lastLines, sweepFigures, withinPercent } from './sweep-figures.ts';
import { sweepOf, sweepSize } from './sweep-fixture.ts';

const GIB = 1024 ** 3;

/** The row whose figure starts with `start`; fails the test when there is none. */
function row(rows: readonly Figure[], start: string): Figure {
  const found = rows.find((candidate) => candidate.figure.startsWith(start));
  if (!found) throw new Error(`no row starting "${start}" in ${rows.map((candidate) => candidate.figure).join(', ')}`);
  return found;
}

describe('withinPercent', () => {
  it('takes both edges of ±10% and nothing beyond them', () => {
    expect(withinPercent(110, 100, 10)).toBe(true);
    expect(withinPercent(90, 100, 10)).toBe(true);
    expect(withinPercent(110.1, 100, 10)).toBe(false);
    expect(withinPercent(89.9, 100, 10)).toBe(false);
  });
});

describe('sweepFigures', () => {
  it('passes every budget of a linear sweep and notes the sizes over 20,000 files', () => {
    const rows = sweepFigures(
      sweepOf(
        sweepSize(100, { averageGzip: 8_000 }),
        sweepSize(1000, { wallMs: 40_000 }),
        sweepSize(3000, { averageGzip: 8_300, wallMs: 100_000, peakRssBytes: 1.5 * GIB, distFiles: 21_034 }),
      ),
    );
    expect(rows.filter((figure) => figure.pass === false)).toEqual([]);
    expect(row(rows, 'Sweep occupation file gzip').display).toBe('8.3 kB vs 8.0 kB (+3.8%)');
    expect(row(rows, 'Sweep build time').display).toBe('100.0 s vs 40.0 s (× 2.50)');
    expect(row(rows, 'Sweep dist files')).toMatchObject({ display: 'over at 21,034 files at 3,000', pass: null });
  });

  it('misses each budget that its figure at 3,000 exceeds', () => {
    const rows = sweepFigures(
      sweepOf(
        sweepSize(100, { averageGzip: 8_000 }),
        sweepSize(1000, { wallMs: 40_000 }),
        sweepSize(3000, { averageGzip: 9_000, wallMs: 140_001, peakRssBytes: 2 * GIB + 1, catalogBytes: 160_001 }),
      ),
    );
    expect(row(rows, 'Sweep builds').pass).toBe(true);
    for (const start of ['Sweep occupation file', 'Sweep peak memory', 'Sweep build time', 'Sweep first load /']) {
      expect(row(rows, start).pass, start).toBe(false);
    }
  });

  it('passes a figure exactly at its budget: 3.5 × the time, 2 GiB, 160,000 bytes', () => {
    const rows = sweepFigures(
      sweepOf(
        sweepSize(100),
        sweepSize(1000, { wallMs: 40_000 }),
        sweepSize(3000, { wallMs: 140_000, peakRssBytes: 2 * GIB, catalogBytes: 160_000 }),
      ),
    );
    expect(row(rows, 'Sweep build time').pass).toBe(true);
    expect(row(rows, 'Sweep peak memory').pass).toBe(true);
    expect(row(rows, 'Sweep first load /').pass).toBe(true);
  });

  it('fails every budget at 3,000 when that build failed, and shows how it ended and its peak memory', () => {
    const failed = { ok: false, exitCode: null, signal: 'SIGABRT', lastLines: 'FATAL ERROR: heap out of memory' };
    const rows = sweepFigures(
      sweepOf(sweepSize(100), sweepSize(1000), sweepSize(3000, { peakRssBytes: 4.2e9, build: failed })),
    );
    expect(row(rows, 'Sweep builds')).toMatchObject({
      display: '2 of 3; failed at 3,000 (signal SIGABRT)',
      pass: false,
    });
    expect(row(rows, 'Sweep peak memory')).toMatchObject({
      display: '4200 MB (3.91 GiB); build failed (signal SIGABRT)',
      pass: false,
    });
    expect(row(rows, 'Sweep build time')).toMatchObject({
      display: 'build at 3,000 failed (signal SIGABRT)',
      pass: false,
    });
    expect(row(rows, 'Sweep first load /').pass).toBe(false);
  });

  it('leaves a budget unjudged when the sweep did not run a size it needs', () => {
    const rows = sweepFigures(sweepOf(sweepSize(20), sweepSize(100)));
    expect(row(rows, 'Sweep builds').pass).toBe(true);
    expect(row(rows, 'Sweep occupation file')).toMatchObject({ display: '3,000 not in --sweep-sizes', pass: null });
    expect(row(rows, 'Sweep build time').display).toBe('3,000 not in --sweep-sizes; 1,000 not in --sweep-sizes');
    expect(rows.filter((figure) => figure.pass === false)).toEqual([]);
  });
});

describe('lastLines', () => {
  it("keeps a failed build's last non-blank lines, without V8's native stack frames", () => {
    const output = [
      'vite v7 building for production...',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      ' 1: 0xb78db3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [/usr/bin/node]',
      '18: 0xbb835e _start [/usr/bin/node]',
      '',
    ].join('\n');
    expect(lastLines(output, 2)).toBe(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----',
    );
  });
});
