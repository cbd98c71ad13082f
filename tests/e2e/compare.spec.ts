import { expect, test, type Locator, type Page } from './support/test';
import type { StatementMatch } from '../../src/lib/occupation.ts';
import { builtCloseMatches, readBuiltOccupation } from './support/built';
import {
  JOURNEY_SOC,
  LEVEL_IDS,
  escapeRegExp,
  readAllExports,
  readExport,
  statementTopic,
  type LevelId,
} from './support/exports';

// The views that put statements side by side: one occupation's four levels in
// the level matrix, and two to four occupations in the comparison. Expected
// statements come from data/, expected close matches from the built files.

const exports = readAllExports();
const journey = readExport(JOURNEY_SOC);
const { title } = journey.occupation;
const labels = LEVEL_IDS.map((id) => journey.framework.levels[id].label);

function exportOf(soc: string) {
  const found = exports.find((data) => data.occupation.soc === soc);
  if (!found) throw new Error(`No export for ${soc}`);
  return found;
}

function titleOf(soc: string): string {
  return exportOf(soc).occupation.title;
}

function socOfTitle(name: string): string {
  const found = exports.find((data) => data.occupation.title === name);
  if (!found) throw new Error(`No export titled ${name}`);
  return found.occupation.soc;
}

function levelAt(index: number): LevelId {
  const id = LEVEL_IDS[index];
  if (!id) throw new Error(`No level at index ${index}`);
  return id;
}

/** Collapses runs of white space, as the browser shows them. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// The built occupation files: related occupations are chosen at build time, close matches of any pair
// worked out by the same code in the browser.

interface BuiltOccupation {
  soc: string;
  related: { soc: string; shared: number; score: number; statements: StatementMatch[] }[];
}

function readBuilt(soc: string): BuiltOccupation {
  return readBuiltOccupation<BuiltOccupation>(soc);
}

/** The close matches of `from`'s statements in `to`, at the given level positions. */
function builtMatches(from: string, to: string, levels: readonly number[]): StatementMatch[] {
  return builtCloseMatches(from, to).filter(([level]) => levels.includes(level));
}

// ---------------------------------------------------------------------------
// Level matrix

interface MatrixCell {
  row: number;
  column: number;
  /** The statement as shown in full, or null for an empty cell. */
  statement: string | null;
  /** Phrases marked as added (<ins>) and listed as dropped (<del>). */
  added: string[];
  dropped: string[];
}

const EMPTY_CELL = 'No statement on this topic at this level';

function matrixTable(page: Page) {
  return page.getByRole('table', { name: /side by side across the four levels/ });
}

/** Every body cell of the matrix, read in the browser in one go. */
function readMatrix(page: Page): Promise<MatrixCell[]> {
  return matrixTable(page).evaluate((table, empty) => {
    const seen = (element: Element, drop: string) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(drop).forEach((node) => node.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const cells: {
      row: number;
      column: number;
      statement: string | null;
      added: string[];
      dropped: string[];
    }[] = [];
    table.querySelectorAll('tbody tr').forEach((tr, row) => {
      tr.querySelectorAll('td').forEach((td, column) => {
        const isEmpty = (td.textContent ?? '').includes(empty);
        cells.push({
          row,
          column,
          statement: isEmpty ? null : seen(td, '.sr-only, [aria-hidden="true"], p'),
          added: Array.from(td.querySelectorAll('ins')).map((node) => seen(node, '.sr-only, [aria-hidden="true"]')),
          dropped: Array.from(td.querySelectorAll('del')).map((node) => seen(node, '.sr-only, [aria-hidden="true"]')),
        });
      });
    });
    return cells;
  }, EMPTY_CELL);
}

function matrixHeaders(page: Page) {
  return LEVEL_IDS.map((_, index) =>
    matrixTable(page).getByRole('columnheader', {
      // With hidden elements included, the name also takes in the aria-hidden badge.
      name: new RegExp(`Level ${index + 1}: ${escapeRegExp(labels[index] ?? '')}$`),
      // Columns hidden on a phone are out of the accessibility tree, yet checked.
      includeHidden: true,
    }),
  );
}

async function openMatrix(page: Page) {
  await page.goto(`/occupations/${JOURNEY_SOC}/compare`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}: levels side by side`);
  await expect(matrixTable(page).locator('tbody tr').first()).toBeVisible();
}

test.describe('level matrix', () => {
  test('the link on a level page opens the matrix, with every statement once, in its level’s column', async ({
    page,
  }) => {
    await page.goto(`/occupations/${JOURNEY_SOC}/developing`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('link', { name: 'See all four levels side by side' }).click();

    await expect(page).toHaveURL(new RegExp(`/occupations/${escapeRegExp(JOURNEY_SOC)}/compare$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}: levels side by side`);
    const table = matrixTable(page);
    await expect(table).toBeVisible();
    for (const header of matrixHeaders(page)) await expect(header).toBeVisible();
    // Wait for the rows before reading them all.
    await expect(table.locator('tbody tr').first()).toBeVisible();

    const cells = await readMatrix(page);
    const filled = cells.filter((cell) => cell.statement !== null);
    const expectedTotal = LEVEL_IDS.reduce((sum, id) => sum + journey.framework.levels[id].statements.length, 0);
    expect(filled).toHaveLength(expectedTotal);
    for (const [column, id] of LEVEL_IDS.entries()) {
      const shown = filled.filter((cell) => cell.column === column).map((cell) => cell.statement ?? '');
      const expected = journey.framework.levels[id].statements.map(squash);
      // Same statements, each exactly once: sorted lists are equal.
      expect([...shown].sort(), `statements in the ${id} column`).toEqual([...expected].sort());
    }

    // Rows hold one topic across levels: some row carries a statement through three levels or more.
    const perRow = new Map<number, number>();
    for (const cell of filled) perRow.set(cell.row, (perRow.get(cell.row) ?? 0) + 1);
    expect(Math.max(...perRow.values())).toBeGreaterThanOrEqual(3);
    // Empty cells say so to screen readers.
    const rows = new Set(cells.map((cell) => cell.row)).size;
    expect(cells).toHaveLength(rows * LEVEL_IDS.length);
    await expect(table.getByText(EMPTY_CELL, { exact: true })).toHaveCount(cells.length - filled.length);

    // Words new at a level are marked, words gone from the level before are listed.
    const following = filled.filter((cell) => cells.some((other) => isBefore(other, cell) && other.statement));
    expect(following.some((cell) => cell.added.length > 0)).toBe(true);
    expect(following.some((cell) => cell.dropped.length > 0)).toBe(true);
    await expect(table.getByText('Dropped:').first()).toBeVisible();
    // The first level of a row is shown plain.
    for (const cell of filled.filter((item) => !following.includes(item))) {
      expect(cell.added, `row ${cell.row}, column ${cell.column}`).toEqual([]);
    }
  });

  test('Show only what changes keeps each statement whole, topic first, with the same added phrases, and back', async ({
    page,
  }) => {
    await openMatrix(page);
    const before = await readMatrix(page);
    const fullHeight = await matrixTable(page).evaluate((table) => table.getBoundingClientRect().height);
    const toggle = page.getByRole('checkbox', { name: 'Show only what changes' });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(toggle).toBeChecked();
    await expect(matrixTable(page).getByText('Dropped:')).toHaveCount(0);

    // Each cell as seen now: its text without the screen-reader-only parts and the paragraphs around the
    // statement (a "Loose match" mark), and its marked phrases.
    const after = await matrixTable(page).evaluate((table) => {
      const seen = (element: Element) => {
        const clone = element.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.sr-only, p').forEach((node) => node.remove());
        return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
      };
      return Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.querySelectorAll('td')).map((td) => ({
          text: seen(td),
          added: Array.from(td.querySelectorAll('ins')).map(seen),
          lists: td.querySelectorAll('ul, ol').length,
        })),
      );
    });
    let changedCells = 0;
    for (const cell of before) {
      if (cell.statement === null) continue;
      const where = `row ${cell.row}, column ${cell.column}`;
      const shown = after[cell.row]?.[cell.column];
      const previous = before.find((other) => isBefore(other, cell));
      if (!previous?.statement) {
        // The first statement of a row stays whole.
        expect(shown, where).toEqual({ text: cell.statement, added: [], lists: 0 });
        continue;
      }
      changedCells += 1;
      expect(shown?.lists, where).toBe(0);
      // The same phrases are marked as added as in the full view.
      expect(shown?.added, where).toEqual(cell.added);
      // The statement's own words in order, its topic first; only long kept runs are shortened to "…".
      const text = shown?.text ?? '';
      expect(text.startsWith(`${statementTopic(cell.statement)} — `), where).toBe(true);
      let from = 0;
      for (const piece of text.split('…').map((part) => part.trim())) {
        const at = cell.statement.indexOf(piece, from);
        expect(at, `${where}: “${piece}” in order`).toBeGreaterThanOrEqual(0);
        from = at + piece.length;
      }
    }
    expect(changedCells).toBeGreaterThan(0);
    const changesHeight = await matrixTable(page).evaluate((table) => table.getBoundingClientRect().height);
    expect(changesHeight).toBeLessThanOrEqual(fullHeight);

    await toggle.uncheck();
    await expect(toggle).not.toBeChecked();
    expect(await readMatrix(page)).toEqual(before);
  });

  test('at 375 px two neighbouring level columns show, and Proficient → Advanced shows those two', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openMatrix(page);
    const headers = matrixHeaders(page);
    const choices = page.getByRole('group', { name: 'Levels shown' });
    await expect(choices).toBeVisible();
    await expect(choices.getByRole('radio')).toHaveCount(LEVEL_IDS.length - 1);

    const expectColumns = async (shown: readonly number[]) => {
      for (const [index, header] of headers.entries()) {
        if (shown.includes(index)) {
          await expect(header).toBeVisible();
        } else {
          await expect(header).toBeHidden();
          expect(await header.evaluate((element) => getComputedStyle(element).display)).toBe('none');
        }
      }
      // Each row still on screen shows exactly the cells of those two levels.
      const visibleRows = matrixTable(page).locator('tbody tr:visible');
      for (const row of await visibleRows.all()) {
        await expect(row.locator('td:visible')).toHaveCount(shown.length);
      }
      // And between them, every statement of those two levels.
      const statements = await visibleRows.locator('td:visible').evaluateAll((tds) =>
        tds.map((td) => {
          const clone = td.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.sr-only, [aria-hidden="true"], p').forEach((node) => node.remove());
          return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      );
      const expected = shown.flatMap((index) => journey.framework.levels[levelAt(index)].statements.map(squash));
      expect(statements.filter(Boolean).sort()).toEqual(expected.sort());
    };

    const first = choices.getByRole('radio', { name: `${labels[0]} → ${labels[1]}`, exact: true });
    await expect(first).toBeChecked();
    await expectColumns([0, 1]);

    const last = choices.getByRole('radio', { name: `${labels[2]} → ${labels[3]}`, exact: true });
    await last.check();
    await expect(last).toBeChecked();
    await expect(first).not.toBeChecked();
    await expectColumns([2, 3]);
  });

  test('the level headers stay at the top of the window while the table scrolls under them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openMatrix(page);
    const table = matrixTable(page);
    const header = matrixHeaders(page)[0];
    if (!header) throw new Error('no header');

    const tableBox = await table.boundingBox();
    const height = await page.evaluate(() => window.innerHeight);
    expect(tableBox?.height ?? 0, 'the table should be taller than the window').toBeGreaterThan(height);
    // Scroll until the table's top is well above the window, with rows still below.
    await page.evaluate((y) => window.scrollTo(0, y), (tableBox?.y ?? 0) + 400);
    await expect.poll(async () => (await table.boundingBox())?.y ?? 0).toBeLessThan(-300);
    await expect.poll(async () => Math.abs((await header.boundingBox())?.y ?? 999)).toBeLessThan(2);
    // Every level header, not only the first.
    for (const other of matrixHeaders(page)) {
      expect(Math.abs((await other.boundingBox())?.y ?? 999)).toBeLessThan(2);
    }
  });
});

/** Whether `other` is the cell just before `cell` in its row. */
function isBefore(other: MatrixCell, cell: MatrixCell): boolean {
  return other.row === cell.row && other.column === cell.column - 1;
}

// ---------------------------------------------------------------------------
// Comparison

const SOCS = exports.map((data) => data.occupation.soc);

function compareUrl(socs: readonly string[], level?: string): string {
  return `/compare?occupations=${socs.join(',')}${level ? `&level=${level}` : ''}`;
}

interface ComparisonState {
  socs: readonly string[];
  /** A level id or 'all'. */
  level: string;
}

function chosenList(page: Page) {
  return page.getByRole('region', { name: /^Compared occupations/ }).getByRole('listitem');
}

function levelSelect(page: Page) {
  return page.getByRole('combobox', { name: 'Level', exact: true });
}

function levelHeadings(page: Page) {
  return page.getByRole('heading', { level: 2, name: /^Level \d: / });
}

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Find an occupation to add, by title or SOC code' });
}

function summaryLines(page: Page) {
  return page.getByRole('region', { name: 'Close matches' }).getByRole('listitem');
}

/** A statement of the comparison, by its anchor: cmp-<soc>-<level>-<k>, k from 1. */
function statementItem(page: Page, soc: string, level: LevelId, number: number) {
  return page.locator(`li[id="cmp-${soc}-${level}-${number}"]`);
}

/** The "≈" links in `from`'s statements that point at statements of `to`. */
function matchLinks(page: Page, from: string, to: string) {
  return page.locator(`li[id^="cmp-${from}-"] a[href^="#cmp-${to}-"]`);
}

/** Checks the address, the picker, the level select and the level sections. */
async function expectComparison(page: Page, { socs, level }: ComparisonState) {
  await expect.poll(() => new URL(page.url()).pathname).toBe('/compare');
  await expect.poll(() => new URL(page.url()).searchParams.get('occupations')).toBe(socs.join(','));
  await expect.poll(() => new URL(page.url()).searchParams.get('level') ?? 'all').toBe(level);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare occupations');
  await expect(chosenList(page)).toHaveCount(socs.length);
  for (const [index, soc] of socs.entries()) {
    await expect(chosenList(page).nth(index)).toContainText(titleOf(soc));
    await expect(page.getByRole('button', { name: `Remove ${titleOf(soc)}`, exact: true })).toBeVisible();
  }
  await expect(levelSelect(page)).toHaveValue(level);
  const first = socs[0] ? exportOf(socs[0]) : journey;
  const shownLevels = level === 'all' ? [...LEVEL_IDS] : LEVEL_IDS.filter((id) => id === level);
  await expect(levelHeadings(page)).toHaveText(
    shownLevels.map((id) => `Level ${LEVEL_IDS.indexOf(id) + 1}: ${first.framework.levels[id].label}`),
  );
  // Each occupation's statements at each level shown.
  for (const soc of socs) {
    const count = shownLevels.reduce((sum, id) => sum + exportOf(soc).framework.levels[id].statements.length, 0);
    await expect(page.locator(`li[id^="cmp-${soc}-"]`)).toHaveCount(count);
  }
  const pairs = (socs.length * (socs.length - 1)) / 2;
  await expect(summaryLines(page)).toHaveCount(pairs);
}

/** Three occupations: the journey one and its two most related, from the built file. */
function threeRelated(): [string, string, string] {
  const related = readBuilt(JOURNEY_SOC).related.map((item) => item.soc);
  const [second, third] = related.length >= 2 ? related : SOCS.filter((soc) => soc !== JOURNEY_SOC);
  if (!second || !third) throw new Error('The data should have at least three occupations');
  return [JOURNEY_SOC, second, third];
}

test.describe('comparison', () => {
  test('Compare in the main navigation opens an empty comparison that asks for two occupations', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Occupations', exact: true })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Compare', exact: true }).click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare occupations');
    await expect(nav.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Occupations', exact: true })).not.toHaveAttribute('aria-current');
    await expect(page.getByText('Add two occupations to start comparing.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Close matches' })).toHaveCount(0);
    await expect(levelSelect(page)).toHaveValue('all');
  });

  test('Related occupations on a level page opens the comparison of both at that level', async ({ page }) => {
    const level = 'proficient';
    await page.goto(`/occupations/${JOURNEY_SOC}/${level}`);
    const related = page.getByRole('region', { name: 'Related occupations' });
    const links = related.getByRole('link', { name: /^Compare with / });
    const expected = readBuilt(JOURNEY_SOC).related.map((item) => `Compare with ${titleOf(item.soc)}`);
    expect(expected.length, 'the journey occupation should have related occupations').toBeGreaterThan(0);
    await expect(links).toHaveText(expected);

    const link = links.first();
    const other = socOfTitle(((await link.textContent()) ?? '').replace(/^Compare with /, ''));
    await link.click();
    await expectComparison(page, { socs: [JOURNEY_SOC, other], level });
    await expect(summaryLines(page)).toContainText(
      new RegExp(`^${escapeRegExp(title)}.*${escapeRegExp(titleOf(other))}: \\d+ of \\d+ ${labels[2]} statements`),
    );
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare', exact: true }),
    ).toHaveAttribute('aria-current', 'page');

    // The links follow the level page they are on.
    await page.goto(`/occupations/${JOURNEY_SOC}/advanced`);
    await expect(links.first()).toHaveAttribute('href', `/compare?occupations=${JOURNEY_SOC},${other}&level=advanced`);
  });

  test('adding, removing and changing the level update the address; reload and Back keep up', async ({ page }) => {
    // A dozen comparisons checked, a reload and a walk back and forward: 13 s alone, over 30 s beside a second worker.
    test.slow();
    const [a, b, c] = threeRelated();
    const d = SOCS.find((soc) => ![a, b, c].includes(soc));
    if (!d) throw new Error('The data should have a fourth occupation');
    await page.goto(compareUrl([a, b]));
    await expectComparison(page, { socs: [a, b], level: 'all' });

    // Type part of the title, then pick it from the list.
    const search = searchBox(page);
    const options = page.getByRole('list', { name: 'Occupations to add' }).getByRole('button');
    await expect(options).toHaveCount(SOCS.length - 2);
    const word = titleOf(c).split(/\s+/)[0] ?? '';
    await search.fill(word.toLowerCase());
    const matching = exports.filter(
      (data) =>
        ![a, b].includes(data.occupation.soc) && data.occupation.title.toLowerCase().includes(word.toLowerCase()),
    );
    await expect(options).toHaveCount(matching.length);
    for (const data of matching) {
      await expect(page.getByRole('button', { name: `Add ${data.occupation.title}`, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: `Add ${titleOf(c)}`, exact: true }).click();
    await expectComparison(page, { socs: [a, b, c], level: 'all' });
    await expect(search).toHaveValue('');

    // A fourth is the most: then the search box is disabled.
    await page.getByRole('button', { name: `Add ${titleOf(d)}`, exact: true }).click();
    await expectComparison(page, { socs: [a, b, c, d], level: 'all' });
    await expect(search).toBeDisabled();
    await expect(page.getByRole('list', { name: 'Occupations to add' })).toHaveCount(0);
    await page.getByRole('button', { name: `Remove ${titleOf(d)}`, exact: true }).click();
    await expectComparison(page, { socs: [a, b, c], level: 'all' });
    await expect(search).toBeEnabled();

    await levelSelect(page).selectOption({ label: `Level 3: ${labels[2]}` });
    await expectComparison(page, { socs: [a, b, c], level: 'proficient' });
    await expect(summaryLines(page).first()).toContainText(`${labels[2]} statements have a close match`);

    await levelSelect(page).selectOption({ label: 'All levels' });
    await expectComparison(page, { socs: [a, b, c], level: 'all' });
    await expect(levelHeadings(page)).toHaveCount(4);

    await page.getByRole('button', { name: `Remove ${titleOf(b)}`, exact: true }).click();
    await expectComparison(page, { socs: [a, c], level: 'all' });

    await page.reload();
    await expectComparison(page, { socs: [a, c], level: 'all' });

    await page.goBack();
    await expectComparison(page, { socs: [a, b, c], level: 'all' });
    await page.goBack();
    await expectComparison(page, { socs: [a, b, c], level: 'proficient' });
    await page.goForward();
    await expectComparison(page, { socs: [a, b, c], level: 'all' });
  });

  for (const level of ['all', 'proficient'] as const) {
    test(`Close matches at ${level === 'all' ? 'all levels' : 'the Proficient level'} count the “≈” links each pair has`, async ({
      page,
    }) => {
      const socs = threeRelated();
      await page.goto(compareUrl(socs, level));
      await expectComparison(page, { socs, level });
      const positions = level === 'all' ? LEVEL_IDS.map((_, index) => index) : [LEVEL_IDS.indexOf(level)];
      const lines = summaryLines(page);
      let line = 0;
      let anyMatch = false;
      for (const [index, from] of socs.entries()) {
        for (const to of socs.slice(index + 1)) {
          const item = lines.nth(line);
          line += 1;
          const text = squash((await item.textContent()) ?? '');
          const phrase = level === 'all' ? '' : ` ${labels[2]}`;
          const parsed = new RegExp(
            `^${escapeRegExp(titleOf(from))} → ?compared with ${escapeRegExp(titleOf(to))}: (\\d+) of (\\d+)${phrase} statements have a close match$`,
          ).exec(text);
          expect(parsed, `summary line "${text}"`).not.toBeNull();
          const shown = Number(parsed?.[1]);
          const total = Number(parsed?.[2]);
          // The first one's statements at the levels compared.
          const expectedTotal = positions.reduce(
            (sum, position) => sum + exportOf(from).framework.levels[levelAt(position)].statements.length,
            0,
          );
          expect(total).toBe(expectedTotal);
          // As many as the built file has, and as many "≈" links as the column shows.
          const expected = builtMatches(from, to, positions);
          expect(shown, `${from} → ${to}`).toBe(expected.length);
          await expect(matchLinks(page, from, to)).toHaveCount(shown);
          // Each link points at the counterpart statement the build found.
          const hrefs = await matchLinks(page, from, to).evaluateAll((links) =>
            links.map((link) => link.getAttribute('href')),
          );
          expect([...hrefs].sort()).toEqual(
            expected.map(([position, , other]) => `#cmp-${to}-${levelAt(position)}-${other + 1}`).sort(),
          );
          if (shown > 0) anyMatch = true;
        }
      }
      expect(anyMatch, 'some pair should have close matches').toBe(true);
    });
  }

  test('focusing or hovering a “≈” link shows the counterpart’s text and highlights both statements', async ({
    page,
  }) => {
    const socs = threeRelated();
    await page.goto(compareUrl(socs, 'all'));
    await expectComparison(page, { socs, level: 'all' });
    const [from, to] = socs;
    const [match] = builtMatches(from, to, [0, 1, 2, 3]);
    if (!match) throw new Error(`${from} and ${to} should have a close match`);
    const [position, index, otherIndex] = match;
    const level = levelAt(position);
    const source = statementItem(page, from, level, index + 1);
    const target = statementItem(page, to, level, otherIndex + 1);
    const counterpartText = squash(exportOf(to).framework.levels[level].statements[otherIndex] ?? '');
    const link = source.getByRole('link', { name: `${titleOf(to)}, statement ${otherIndex + 1}`, exact: true });
    await expect(link).toHaveAttribute('href', `#cmp-${to}-${level}-${otherIndex + 1}`);

    await expect(source).not.toHaveClass(/\bring-2\b/);
    await expect(target).not.toHaveClass(/\bring-2\b/);
    await expect(source.getByText(counterpartText, { exact: true })).toHaveCount(0);

    await link.focus();
    await expect(source.getByText(counterpartText, { exact: true })).toBeVisible();
    await expect(source).toHaveClass(/\bring-2\b/);
    await expect(target).toHaveClass(/\bring-2\b/);
    // Only that pair is highlighted.
    await expect(page.locator('li[id^="cmp-"][class~="ring-2"]')).toHaveCount(2);

    await link.blur();
    await expect(source.getByText(counterpartText, { exact: true })).toHaveCount(0);
    await expect(target).not.toHaveClass(/\bring-2\b/);

    await link.hover();
    await expect(source.getByText(counterpartText, { exact: true })).toBeVisible();
    await expect(target).toHaveClass(/\bring-2\b/);
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(source.getByText(counterpartText, { exact: true })).toHaveCount(0);
    await expect(target).not.toHaveClass(/\bring-2\b/);
  });

  test('keyboard only: Tab to the search box, type, Tab to Add … and press Enter', async ({ page }) => {
    const [a, b] = threeRelated();
    await page.goto('/compare');
    await expect(page.getByText('Add two occupations to start comparing.')).toBeVisible();
    const search = searchBox(page);

    const tabTo = async (target: Locator, limit = 30) => {
      for (let tries = 0; tries < limit; tries += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };

    for (const [count, soc] of [a, b].entries()) {
      await tabTo(search);
      await page.keyboard.type(soc.slice(0, 7));
      const add = page.getByRole('button', { name: `Add ${titleOf(soc)}`, exact: true });
      await page.keyboard.press('Tab');
      await expect(add).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(chosenList(page)).toHaveCount(count + 1);
      await expect
        .poll(() => new URL(page.url()).searchParams.get('occupations'))
        .toBe([a, b].slice(0, count + 1).join(','));
      if (count === 0) await expect(page.getByText('Add one more occupation to compare.')).toBeVisible();
    }
    await expectComparison(page, { socs: [a, b], level: 'all' });

    // The level select works from the keyboard too.
    await tabTo(levelSelect(page));
    await page.keyboard.press('ArrowDown');
    await expectComparison(page, { socs: [a, b], level: 'emerging' });
  });

  test('SOC codes not in the catalog are named in a note and left out', async ({ page }) => {
    const unknown = ['99-9999.00', '11-1111.11'];
    const [a, b] = threeRelated();
    await page.goto(compareUrl([a, unknown[0] ?? '', b, unknown[1] ?? ''], 'developing'));
    await expect(page.getByRole('note')).toHaveText(`Not in this catalog, so left out: ${unknown.join(', ')}`);
    await expect(chosenList(page)).toHaveCount(2);
    await expect(levelHeadings(page)).toHaveText([`Level 2: ${exportOf(a).framework.levels.developing.label}`]);
    for (const code of unknown) await expect(page.getByRole('main')).not.toContainText(`Remove ${code}`);
  });

  test('with fewer than two occupations the page asks for more', async ({ page }) => {
    await page.goto(compareUrl([JOURNEY_SOC], 'all'));
    await expect(chosenList(page)).toHaveCount(1);
    await expect(page.getByText('Add one more occupation to compare.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Close matches' })).toHaveCount(0);
    await expect(levelHeadings(page)).toHaveCount(0);

    await page.goto(compareUrl(['99-9999.00']));
    await expect(page.getByText('Add two occupations to start comparing.')).toBeVisible();
    await expect(page.getByRole('note')).toContainText('99-9999.00');
    await expect(levelHeadings(page)).toHaveCount(0);
  });

  test('at 375 px the Occupation shown buttons switch the one column on screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const socs = threeRelated();
    await page.goto(compareUrl(socs, 'proficient'));
    await expectComparison(page, { socs, level: 'proficient' });
    const group = page.getByRole('group', { name: 'Occupation shown' });
    const buttons = group.getByRole('button');
    await expect(buttons).toHaveText(socs.map(titleOf));

    const expectShown = async (shown: number) => {
      for (const [index, soc] of socs.entries()) {
        await expect(buttons.nth(index)).toHaveAttribute('aria-pressed', String(index === shown));
        const first = statementItem(page, soc, 'proficient', 1);
        if (index === shown) await expect(first).toBeVisible();
        else await expect(first).toBeHidden();
      }
    };
    await expectShown(0);
    await buttons.nth(1).click();
    await expectShown(1);
    await buttons.nth(2).click();
    await expectShown(2);
    await buttons.nth(0).click();
    await expectShown(0);

    // A "≈" link shows the column its counterpart is in.
    const [from, to] = socs;
    const [match] = builtMatches(from, to, [2]);
    if (match) {
      const link = statementItem(page, from, 'proficient', match[1] + 1).getByRole('link', {
        name: `${titleOf(to)}, statement ${match[2] + 1}`,
      });
      await link.click();
      await expectShown(1);
      await expect(statementItem(page, to, 'proficient', match[2] + 1)).toBeInViewport();
    }
  });
});
