import { parseArgs } from 'node:util';
import { formatQuality } from './quality/format-quality.ts';
import { QUALITY_BUDGETS, measureQuality, meetsBudget } from './quality/measure-quality.ts';

// Usage: npm run quality [-- --details]
// Prints precision and recall of the level rows and the occupation matches on
// the labelled set; --details lists every link drawn but not labelled and
// every labelled link missed. Exits 1 when a figure is below its budget.

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false } } });
const report = measureQuality();
process.stdout.write(`${formatQuality(report, values.details)}\n`);
const met =
  meetsBudget(report.levelRows, QUALITY_BUDGETS.levelRows) && meetsBudget(report.matches, QUALITY_BUDGETS.matches);
process.exitCode = met ? 0 : 1;
