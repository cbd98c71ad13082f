import type { Figure } from './figure.ts';
import { formatQuality, percent } from '../quality/format-quality.ts';
import { QUALITY_BUDGETS, type QualityReport } from '../quality/measure-quality.ts';

function atLeast(figure: string, value: number, budget: number): Figure {
  return { figure, value, display: percent(value), budget: `≥ ${percent(budget)}`, pass: value >= budget };
}

/** Summary rows of the quality part: precision and recall on the labelled set, against issue 16's budgets. */
export function qualityFigures(report: QualityReport): Figure[] {
  const on = `on the labelled set (${report.occupations} exports)`;
  return [
    atLeast(`Level-row link precision ${on}`, report.levelRows.precision, QUALITY_BUDGETS.levelRows.precision),
    atLeast(`Level-row link recall ${on}`, report.levelRows.recall, QUALITY_BUDGETS.levelRows.recall),
    atLeast(`Occupation match precision ${on}`, report.matches.precision, QUALITY_BUDGETS.matches.precision),
    atLeast(`Occupation match recall ${on}`, report.matches.recall, QUALITY_BUDGETS.matches.recall),
  ];
}

/** The report's quality section: what `npm run quality` prints. */
export function qualitySection(report: QualityReport): string[] {
  return ['## Quality of level rows and matches', formatQuality(report)];
}
