import { expectNoSeriousViolations, expectReadableContrast } from './support/axe';
import { expect, test, type Page } from './support/test';
import { JOURNEY_SOC, LEVEL_IDS, readAllExports, readExport, statementTopic } from './support/exports';

// Small defects a counselor or a learner meets every day (issue 14, point 5, and
// the level matrix's print): the comparison's address, the matrix's "Show only
// what changes" and its print from a dark device, a search with a typo, and the
// keyboard hints on a phone. Each at a phone's width and a desktop's.

const exports = readAllExports();
const journey = readExport(JOURNEY_SOC);
const others = exports.map((data) => data.occupation.soc).filter((soc) => soc !== JOURNEY_SOC);
const titleOf = (soc: string) => exports.find((data) => data.occupation.soc === soc)?.occupation.title ?? soc;
const statementCount = LEVEL_IDS.reduce((sum, id) => sum + journey.framework.levels[id].statements.length, 0);

// Words that only link others: a "change" of these alone is a fragment, not a phrase.
const LINKING_ONLY = /^(a|an|the|and|or|of|to|in|on|at|by|for|with|from|as)$/i;

const WIDTHS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** The query string exactly as the address bar holds it, without decoding. */
function rawSearch(page: Page): string {
  return new URL(page.url()).search;
}

function matrixTable(page: Page) {
  return page.getByRole('table', { name: /side by side across the four levels/ });
}

async function openMatrix(page: Page) {
  await page.goto(`/occupations/${JOURNEY_SOC}/compare`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${journey.occupation.title}: levels side by side`);
  await expect(matrixTable(page).locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
}

/** Each statement cell's seen text (without screen-reader-only parts) and its marked phrases, with the statement before. */
function readCells(page: Page) {
  return matrixTable(page).evaluate((table) => {
    const seen = (element: Element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.sr-only').forEach((node) => node.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return Array.from(table.querySelectorAll('tbody tr')).flatMap((tr, row) =>
      Array.from(tr.querySelectorAll('td')).map((td, column) => ({
        row,
        column,
        empty: (td.textContent ?? '').includes('No statement on this topic at this level'),
        text: seen(td),
        added: Array.from(td.querySelectorAll('ins')).map(seen),
        lists: td.querySelectorAll('ul, ol, li').length,
      })),
    );
  });
}

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the comparison address keeps plain commas after the level and the occupations change', async ({ page }) => {
      const [first, second, third] = others;
      if (!first || !second || !third) throw new Error('Needs four exports');
      await page.goto(`/compare?occupations=${JOURNEY_SOC},${first}&level=all`);
      await expect(page.getByRole('heading', { name: 'Close matches' })).toBeVisible();

      await page.getByRole('combobox', { name: 'Level' }).selectOption('proficient');
      await expect.poll(() => rawSearch(page)).toBe(`?occupations=${JOURNEY_SOC},${first}&level=proficient`);

      const box = page.getByRole('searchbox', { name: /find an occupation to add/i });
      await box.fill(titleOf(second));
      await page
        .getByRole('list', { name: 'Occupations to add' })
        .getByRole('button', { name: `Add ${titleOf(second)}` })
        .click();
      await expect.poll(() => rawSearch(page)).toBe(`?occupations=${JOURNEY_SOC},${first},${second}&level=proficient`);

      await page.getByRole('button', { name: `Remove ${titleOf(first)}` }).click();
      await expect.poll(() => rawSearch(page)).toBe(`?occupations=${JOURNEY_SOC},${second}&level=proficient`);
      expect(page.url()).not.toContain('%2C');

      // An address written with %2C, as the app wrote it before, opens the same comparison.
      await page.goto(`/compare?occupations=${JOURNEY_SOC}%2C${third}&level=developing`);
      await expect(page.getByRole('heading', { name: 'Close matches' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /^Level 2: / })).toBeVisible();
      await expect(page.getByRole('button', { name: `Remove ${titleOf(third)}` })).toBeVisible();
      await expect(page.getByRole('button', { name: `Remove ${journey.occupation.title}` })).toBeVisible();
    });

    test('“Show only what changes” shows whole statements with their changes marked, never a taller page', async ({
      page,
    }) => {
      // Two axe runs over the whole matrix and every cell read twice: 20 s with a second worker beside it.
      test.slow();
      await openMatrix(page);
      const full = await readCells(page);
      const fullHeight = await matrixTable(page).evaluate((table) => table.getBoundingClientRect().height);
      await expectNoSeriousViolations(page, 'the full matrix');

      await page.getByRole('checkbox', { name: 'Show only what changes' }).check();
      await expect(matrixTable(page).getByText('Dropped:')).toHaveCount(0);
      const changes = await readCells(page);
      expect(changes).toHaveLength(full.length);

      let compared = 0;
      for (const cell of changes) {
        if (cell.empty) continue;
        const where = `row ${cell.row + 1}, level ${cell.column + 1}: “${cell.text}”`;
        expect(cell.lists, where).toBe(0);
        const previous = changes.find((other) => other.row === cell.row && other.column === cell.column - 1);
        if (!previous || previous.empty) continue;
        compared += 1;
        // The statement it shows, as the full view shows it.
        const statement = full.find((other) => other.row === cell.row && other.column === cell.column)?.text ?? '';
        if (cell.text.startsWith('Same as ')) continue;
        // Its topic, whole, then its words in order; only long kept runs are shortened to "…".
        expect(cell.text.startsWith(`${statementTopic(statement)} — `), where).toBe(true);
        let from = 0;
        for (const piece of cell.text.split('…').map((part) => part.trim())) {
          const at = statement.indexOf(piece, from);
          expect(at, `${where}: “${piece}” is part of “${statement}”`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
        // Each marked change reads as a phrase, never a stray linking word.
        for (const phrase of cell.added) expect(phrase, where).not.toMatch(LINKING_ONLY);
        expect(cell.added.length, `${where} marks what it adds`).toBeGreaterThan(0);
      }
      expect(compared).toBeGreaterThan(0);

      const changesHeight = await matrixTable(page).evaluate((table) => table.getBoundingClientRect().height);
      expect(changesHeight).toBeLessThanOrEqual(fullHeight);
      await expectNoSeriousViolations(page, 'the matrix showing only what changes');
    });

    test('the matrix in both views has no serious axe violations in the dark colour scheme', async ({ page }) => {
      // Two axe runs over the whole matrix: 15 s with a second worker beside it, over 30 s on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme: 'dark' });
      await openMatrix(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await expectNoSeriousViolations(page, 'the full matrix, dark');
      await page.getByRole('checkbox', { name: 'Show only what changes' }).check();
      await expect(matrixTable(page).getByText('Dropped:')).toHaveCount(0);
      await expectNoSeriousViolations(page, 'the matrix showing only what changes, dark');
    });

    test('the matrix printed from a dark device is dark ink on white, with readable contrast, on two A4 pages', async ({
      page,
    }, testInfo) => {
      // The journey occupation has about 40 statements: the size the two pages are for.
      expect(statementCount).toBeGreaterThanOrEqual(36);
      await page.emulateMedia({ colorScheme: 'dark' });
      await openMatrix(page);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

      const heading = await page
        .getByRole('heading', { level: 1 })
        .evaluate((element) => getComputedStyle(element).color);
      const channels = (heading.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      expect(
        channels.every((value) => value < 64),
        `heading ${heading}`,
      ).toBe(true);
      // Every level column prints, whatever the screen's width.
      await expect(matrixTable(page).getByRole('columnheader', { name: /^\d?Level \d: / })).toHaveCount(
        LEVEL_IDS.length,
      );
      // Type no smaller than 8 pt (8 pt = 10.67 CSS px).
      const smallest = await matrixTable(page).evaluate((table) =>
        Math.min(
          ...Array.from(table.querySelectorAll('td, th'))
            .filter((cell) => (cell.textContent ?? '').trim() !== '' && getComputedStyle(cell).display !== 'none')
            .map((cell) => parseFloat(getComputedStyle(cell).fontSize)),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(10.66);

      await expectReadableContrast(page, 'the matrix printed from a dark device');

      // With the margins a print dialog uses by default.
      const margin = '10mm';
      const pages = pdfPages(
        await page.pdf({ format: 'A4', margin: { top: margin, bottom: margin, left: margin, right: margin } }),
      );
      testInfo.annotations.push({ type: 'PDF pages', description: String(pages) });
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(2);
    });

    test('a search with a typo says which spelling it shows results for, and links to it', async ({ page }) => {
      const typed = 'schedulng';
      const meant = 'scheduling';
      // The data has the word meant, and no word that is or starts with the typo.
      const words = new Set(
        exports.flatMap((data) =>
          LEVEL_IDS.flatMap((id) =>
            data.framework.levels[id].statements
              .join(' ')
              .toLowerCase()
              .split(/[^a-z0-9]+/),
          ),
        ),
      );
      expect(words.has(meant)).toBe(true);
      expect([...words].some((word) => word.startsWith(typed))).toBe(false);

      await page.goto(`/search?q=${typed}`);
      const results = page.getByRole('region', { name: 'Search results' });
      await expect(results).toHaveAttribute('data-search-state', 'ready');
      await expect(results.getByRole('article').first()).toBeVisible();
      const status = page.getByRole('status');
      await expect(status).toContainText(`No exact matches for “${typed}”. Showing results for “${meant}”.`);
      await expect(status).toContainText(`match “${meant}”.`);
      await expectNoSeriousViolations(page, 'search with a corrected spelling');

      await status.getByRole('link', { name: meant }).click();
      await expect.poll(() => rawSearch(page)).toBe(`?q=${meant}`);
      await expect(results).toHaveAttribute('data-search-query', meant);
      await expect(status).not.toContainText('No exact matches');
      await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(meant);
    });

    test('the search page mentions the / and ↓ keys only where a keyboard is likely', async ({ page }) => {
      await page.goto('/search');
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
      const intro = page.getByText(/Every occupation’s title and every statement/);
      const hint = page.getByText('to get there from anywhere');
      if (size.width < 640) {
        await expect(intro).toHaveText(
          'Every occupation’s title and every statement at every level. Use the search box at the top of the page.',
          { useInnerText: true },
        );
        await expect(hint).toBeHidden();
        // Left out of the page for screen readers too, not only out of sight.
        expect(await hint.evaluate((element) => getComputedStyle(element).display)).toBe('none');
      } else {
        await expect(hint).toBeVisible();
        await expect(intro).toContainText('press / to get there from anywhere, and ↓ to move into the results.', {
          useInnerText: true,
        });
      }
    });
  });
}

test('on a touch screen without a fine pointer, the search page shows no keyboard hints at any width', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
    const hint = page.getByText('to get there from anywhere');
    await expect(hint).toBeHidden();
    expect(await hint.evaluate((element) => getComputedStyle(element).display)).toBe('none');
  } finally {
    await context.close();
  }
});
