import { describe, expect, it } from 'vitest';
import { sweepFigures } from './sweep-figures.ts';
import { sweepOf, sweepSize } from './sweep-fixture.ts';
import { sweepSection, sweepTable } from './sweep-report.ts';

describe('sweepTable', () => {
  it('writes one Markdown row per size under the columns the issue asks for', () => {
    const lines = sweepTable([
      sweepSize(3000, {
        wallMs: 95_000,
        peakRssBytes: 1_500_000_000,
        averageGzip: 8_250,
        largestGzip: 12_345,
        distBytes: 120_450_000,
        distFiles: 21_034,
        catalogBytes: 150_300,
      }),
    ]).split('\n');
    expect(lines).toEqual([
      '| Occupations | Build time | Peak memory | Occupation file gzip avg | largest | dist size | dist files | catalog first load gzip |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 3,000 | 95.0 s | 1500 MB | 8.3 kB | 12.3 kB (43-1011.00) | 120.5 MB | 21,034 (over 20,000) | 150.3 kB |',
    ]);
  });

  it('shows a failed build with how it ended and its peak memory, and dashes for what it never made', () => {
    const failed = sweepSize(3000, {
      wallMs: 271_000,
      peakRssBytes: 4_200_000_000,
      build: { ok: false, exitCode: null, signal: 'SIGABRT', lastLines: 'FATAL ERROR' },
    });
    expect(sweepTable([failed]).split('\n')[2]).toBe(
      '| 3,000 | failed after 271.0 s (signal SIGABRT) | 4200 MB | — | — | — | — | — |',
    );
  });
});

describe('sweepSection', () => {
  it("follows the table with the budgets and each failed build's last lines", () => {
    const sweep = sweepOf(
      sweepSize(100),
      sweepSize(3000, {
        build: { ok: false, exitCode: 1, signal: null, lastLines: 'Error: Ladder found 1 problem\nnothing was built' },
      }),
    );
    const text = sweepSection(sweep, sweepFigures(sweep)).join('\n\n');
    expect(text).toContain('| Sweep builds that succeed | 1 of 2; failed at 3,000 (exit 1) | all | MISS |');
    expect(text).toContain(
      '### Build at 3,000 failed (exit 1): last lines of its output\n\n```\nError: Ladder found 1 problem\nnothing was built\n```',
    );
  });
});
