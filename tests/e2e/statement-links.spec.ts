import { expect, test, type Locator, type Page } from './support/test';
import { expectedAnchors, statementPath } from './support/anchors';
import {
  JOURNEY_SOC,
  LEVEL_IDS,
  escapeRegExp,
  readAllExports,
  readExport,
  statementDescription,
  type LevelId,
} from './support/exports';

// Every statement has an address of its own: its level page plus an anchor
// made from its topic. Copying it, opening it elsewhere and following it from
// the comparison all land on that statement, scrolled to, focused and marked.

const journey = readExport(JOURNEY_SOC);

function levelRegion(page: Page, level: LevelId): Locator {
  return page.getByRole('region', { name: new RegExp(`^Level ${LEVEL_IDS.indexOf(level) + 1} of 4: `) });
}

/** The cited statement is scrolled into view, focused, and the only one marked as the current location. */
async function expectCited(page: Page, level: LevelId, index: number, text: string, anchor: string) {
  const item = levelRegion(page, level).getByRole('listitem').nth(index);
  await expect(item).toContainText(statementDescription(text));
  await expect(item).toHaveAttribute('id', anchor);
  await expect(item).toHaveAttribute('aria-current', 'location');
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await expect(page.locator('[aria-current="location"]')).toHaveCount(1);
}

test.describe('statement addresses', () => {
  // The journey occupation, and the one whose long topics are cut to 60 characters.
  for (const data of [journey, readExport('43-9061.00')]) {
    test(`every statement on a level page of ${data.occupation.soc} carries the anchor made from its topic`, async ({
      page,
    }) => {
      for (const level of LEVEL_IDS) {
        await page.goto(`/occupations/${data.occupation.soc}/${level}`);
        const items = levelRegion(page, level).getByRole('listitem');
        const statements = data.framework.levels[level].statements;
        await expect(items).toHaveCount(statements.length);
        const ids = await items.evaluateAll((elements) => elements.map((element) => element.id));
        expect(ids, `${data.occupation.soc} ${level}`).toEqual(expectedAnchors(statements));
        // Without an anchor in the address, no statement is singled out.
        await expect(page.locator('[aria-current="location"]')).toHaveCount(0);
      }
    });
  }

  test('Copy link copies the statement’s address, and opening it in another browser lands on that statement', async ({
    browser,
    baseURL,
  }) => {
    const level: LevelId = 'advanced';
    const statements = journey.framework.levels[level].statements;
    // Far enough down the page to need scrolling to.
    const index = statements.length - 2;
    const number = index + 1;
    const text = statements[index] ?? '';
    const path = statementPath(journey, level, index);
    const anchor = expectedAnchors(statements)[index] ?? '';

    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(`/occupations/${JOURNEY_SOC}/${level}`);
      const item = levelRegion(page, level).getByRole('listitem').nth(index);
      await expect(item).toContainText(statementDescription(text));
      const copy = item.getByRole('button', { name: `Copy link to statement ${number}`, exact: true });
      await expect(copy).toHaveText('Copy link');
      await copy.click();
      await expect(copy).toHaveText('Copied');
      await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
        `Link to statement ${number} copied.`,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(path, baseURL).href);
      // Copying does not itself move to the statement.
      await expect(page).toHaveURL(new RegExp(`/occupations/${escapeRegExp(JOURNEY_SOC)}/${level}$`));
      // The button says so for a moment only.
      await expect(copy).toHaveText('Copy link');
    } finally {
      await context.close();
    }

    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, baseURL).href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
      await expectCited(page, level, index, text, anchor);
      expect(await page.evaluate(() => window.scrollY), 'the page scrolled to the statement').toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('an anchor that is not at this level says the statement is not there, and cites none', async ({ page }) => {
    await page.goto(`/occupations/${JOURNEY_SOC}/developing#a-topic-that-was-reworded`);
    await expect(levelRegion(page, 'developing').getByRole('listitem')).toHaveCount(
      journey.framework.levels.developing.statements.length,
    );
    await expect(page.getByRole('alert')).toContainText(
      'The statement this link points to (“a-topic-that-was-reworded”) is not at this level',
    );
    await expect(page.locator('[aria-current="location"]')).toHaveCount(0);

    // A statement's anchor from another level is not at this one either.
    const elsewhere = expectedAnchors(journey.framework.levels.emerging.statements)[0] ?? '';
    expect(expectedAnchors(journey.framework.levels.developing.statements)).not.toContain(elsewhere);
    await page.goto(`/occupations/${JOURNEY_SOC}/developing#${elsewhere}`);
    await expect(levelRegion(page, 'developing').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(`(“${elsewhere}”) is not at this level`);
  });

  test('a statement number in the comparison opens its level page at that statement', async ({ page }) => {
    const others = readAllExports().filter((data) => data.occupation.soc !== JOURNEY_SOC);
    const other = others[0];
    if (!other) throw new Error('The data needs a second occupation');
    const level: LevelId = 'proficient';
    const statements = other.framework.levels[level].statements;
    const index = statements.length - 1;
    const text = statements[index] ?? '';

    await page.goto(`/compare?occupations=${JOURNEY_SOC},${other.occupation.soc}&level=${level}`);
    const link = page.getByRole('link', {
      name: `Statement ${index + 1} of ${other.occupation.title}, on its level page`,
      exact: true,
    });
    await expect(link).toHaveAttribute('href', statementPath(other, level, index));
    await link.click();

    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(statementPath(other, level, index))}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.occupation.title);
    await expectCited(page, level, index, text, expectedAnchors(statements)[index] ?? '');

    // Back returns to the comparison.
    await page.goBack();
    await expect(page).toHaveURL(/\/compare\?/);
    await expect(link).toBeVisible();
  });
});
