import { MATCH_FLOOR } from '../../src/lib/occupation-matching.ts';
import { QUALITY_BUDGETS, meetsBudget, type QualityReport } from './measure-quality.ts';
import type { Score } from './score.ts';

/** A share as the quality report prints it: 0.9167 → "91.7%". */
export const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function line(name: string, result: Score, budget: { precision: number; recall: number }): string {
  const met = meetsBudget(result, budget);
  return (
    `| ${name} | ${percent(result.precision)} (${result.right} of ${result.drawn}) | ` +
    `${percent(result.recall)} (${result.found} of ${result.required}) | ` +
    `precision ≥ ${percent(budget.precision)}, recall ≥ ${percent(budget.recall)} | ${met ? 'met' : 'MISS'} |`
  );
}

/** The quality report as Markdown: the table, the match curve and, on request, every wrong and missed link. */
export function formatQuality(report: QualityReport, details = false): string {
  const lines = [
    `Quality on the labelled set (tests/quality/labels), ${report.occupations} exports:`,
    '',
    '| | precision | recall | budget | |',
    '|---|---|---|---|---|',
    line('Level-row links', report.levelRows, QUALITY_BUDGETS.levelRows),
    line(`Occupation matches (floor ${MATCH_FLOOR})`, report.matches, QUALITY_BUDGETS.matches),
    '',
    `Of the level-row links, the matrix shows ${report.levelRowsSure.drawn} as sure (${percent(report.levelRowsSure.precision)} right) ` +
      `and marks ${report.levelRowsLoose.drawn} as loose (${percent(report.levelRowsLoose.precision)} right).`,
    '',
    `Hard negatives drawn: ${report.levelRows.differentDrawn} level-row links, ${report.matches.differentDrawn} matches.`,
    '',
    'Occupation matches by floor: ' +
      report.matchCurve
        .map(({ floor, precision, recall }) => `${floor.toFixed(2)}: ${percent(precision)} / ${percent(recall)}`)
        .join(' · ') +
      ' (precision / recall).',
  ];
  if (details) {
    const list = (title: string, links: string[]) => [
      '',
      `${title} (${links.length}):`,
      ...links.map((link) => `- ${link}`),
    ];
    lines.push(
      ...list('Level-row links drawn but not labelled', report.levelRows.wrong),
      ...list('Level-row links labelled but not drawn', report.levelRows.missed),
      ...list('Matches drawn but not labelled', report.matches.wrong),
      ...list('Matches labelled but not drawn', report.matches.missed),
    );
  }
  return lines.join('\n');
}
