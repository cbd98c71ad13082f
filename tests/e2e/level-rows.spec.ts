import { expect, test, type Page } from './support/test';
import type { Occupation } from '../../src/lib/occupation.ts';
import { expectNoSeriousViolations } from './support/axe';
import { readBuiltOccupation } from './support/built';
import { readAllExports, statementTopic } from './support/exports';
import { LEVEL_IDS } from '../../src/lib/levels.ts';
import { levelRowLinks, rowLabelsFile, readLevelRowLabels } from '../../scripts/quality/labels.ts';

// The level matrix of the real exports against the labelled rows of
// tests/quality/labels: the rows a careful reader draws show together as the
// build aligned them, and the links the build calls loose are marked as such,
// seen and heard.

const exports = readAllExports();
const statements = new Map(
  exports.map((data) => [data.occupation.soc, LEVEL_IDS.map((id) => data.framework.levels[id].statements)]),
);
const labels = readLevelRowLabels(rowLabelsFile, statements);

/** Per built occupation, its level matrix as the links it draws (loose or not). */
const builtLinks = (soc: string) => levelRowLinks(soc, readBuiltOccupation<Occupation>(soc).levelMatrix);

// The export with the most loose links, so that the marks have something to show.
const socs = exports.map((data) => data.occupation.soc);
const soc = [...socs].sort(
  (a, b) => builtLinks(b).filter((link) => link.loose).length - builtLinks(a).filter((link) => link.loose).length,
)[0]!;
const data = exports.find((item) => item.occupation.soc === soc)!;
const levels = LEVEL_IDS.map((id) => data.framework.levels[id]);

/** Each body row of the matrix as the topics it shows per level (null for an empty cell), and its loose marks. */
async function readRows(page: Page) {
  const table = page.getByRole('table', { name: /side by side across the four levels/ });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => {
        // The topic as a screen reader hears it, without the marks of added words.
        const strong = td.querySelector('strong')?.cloneNode(true) as HTMLElement | undefined;
        strong?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        const heard = strong?.textContent?.replace(/\[added: /g, '').replace(/\]/g, '');
        const topic = heard?.replace(/\s+/g, ' ').trim() ?? null;
        const tag = Array.from(td.querySelectorAll('p')).find((p) => p.textContent?.includes('Loose match'));
        return { topic, loose: tag !== undefined };
      }),
    ),
  );
}

test(`the level matrix of ${data.occupation.title} shows the labelled rows together as the build aligned them`, async ({
  page,
}) => {
  await page.goto(`/occupations/${soc}/compare`);
  const rows = await readRows(page);
  const topicAt = (level: number, index: number) => statementTopic(levels[level]!.statements[index]!);
  const shownTogether = (level: number, index: number, next: number) =>
    rows.some(
      (cells) => cells[level]?.topic === topicAt(level, index) && cells[level + 1]?.topic === topicAt(level + 1, next),
    );

  const built = builtLinks(soc);
  const labelled = [...labels.required].filter((key) => key.startsWith(`${soc} `));
  const drawn = built.filter((link) => labels.required.has(link.key));
  // Most of the labelled links are drawn, and every one the build drew shows in one row.
  expect(drawn.length, 'labelled links the build drew').toBeGreaterThan(labelled.length / 2);
  for (const link of drawn) {
    expect(shownTogether(link.level, link.index, link.next), `${link.key} in one row`).toBe(true);
  }
  // And no row joins two statements the build kept apart.
  const shownLinks = rows.flatMap((cells) =>
    cells.flatMap((cell, level) => {
      const next = cells[level + 1];
      return cell.topic !== null && next?.topic ? [`${cell.topic} → ${next.topic}`] : [];
    }),
  );
  expect(shownLinks.sort()).toEqual(
    built.map((link) => `${topicAt(link.level, link.index)} → ${topicAt(link.level + 1, link.next)}`).sort(),
  );
});

test('loosely matched statements are marked, seen and heard, exactly where the build found the link loose', async ({
  page,
}) => {
  await page.goto(`/occupations/${soc}/compare`);
  const rows = await readRows(page);
  const loose = builtLinks(soc).filter((link) => link.loose);
  expect(loose.length, 'loose links in the built matrix').toBeGreaterThan(0);
  const marked = rows.flatMap((cells, row) =>
    cells.flatMap((cell, level) => (cell.loose ? [{ row, level, cell }] : [])),
  );
  expect(marked.map(({ level, cell }) => `${level}: ${cell.topic}`).sort()).toEqual(
    loose.map((link) => `${link.level + 1}: ${statementTopic(levels[link.level + 1]!.statements[link.next]!)}`).sort(),
  );
  // A screen reader hears what the mark means and which level it refers to.
  const first = loose[0]!;
  const cell = page
    .getByRole('cell')
    .filter({ hasText: statementTopic(levels[first.level + 1]!.statements[first.next]!) });
  await expect(cell.first()).toContainText(
    `Loose match: this statement may not continue the ${levels[first.level]!.label} statement before it`,
  );
  await expect(page.getByText(/“Loose match” marks a statement that may not continue the one before it/)).toBeVisible();
  await expectNoSeriousViolations(page, `the level matrix of ${soc} with loose matches marked`);
});
