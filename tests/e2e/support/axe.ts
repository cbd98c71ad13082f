import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from './test';

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;

function report(violations: Results['violations']): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n` +
        violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** axe over the page as it is: no serious or critical violation, each listed by rule and place. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious, `axe found serious or critical violations on ${where}:\n${report(serious)}`).toEqual([]);
  expect(results.passes.length, 'the analysis ran over the page').toBeGreaterThan(0);
}

/** axe's colour-contrast rule alone (under print emulation, the printout's contrast): no violation at all. */
export async function expectReadableContrast(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations, `low contrast on ${where}:\n${report(results.violations)}`).toEqual([]);
  expect(results.passes.length, 'the analysis ran over the page').toBeGreaterThan(0);
}
