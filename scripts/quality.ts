import { parseArgs } from 'node:util';
import { formatQuality } from './quality/format-quality.ts';
import { QUALITY_BUDGETS, measureQuality } from './quality/measure-quality.ts';

// Usage: npm run quality [-- --details]
// Prints precision and recall of the level rows and the occupation matches on
// the labelled set; --details lists every link drawn but not labelled and
// every labelled link missed. Exits 1 when a figure is below its budget.

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false } } });
const report = measureQuality();
process.stdout.write(`${formatQuality(report, values.details)}\n`);
const within = (figures: { precision: number; recall: number }, budget: { precision: number; recall: number }) =>
  figures.precision >= budget.precision && figures.recall >= budget.recall;
const met = within(report.levelRows, QUALITY_BUDGETS.levelRows) && within(report.matches, QUALITY_BUDGETS.matches);
process.exitCode = met ? 0 : 1;
