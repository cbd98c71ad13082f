import { test as plain, type Page } from '@playwright/test';
import { expectNoSeriousViolations, expectReadableContrast } from './support/axe';
import { expect, test, type Locator } from './support/test';
import { JOURNEY_SOC, LEVEL_IDS, readExport, statementDescription, statementTopic } from './support/exports';

// A counselor's handout of one occupation: its four levels on one page, to print for a client.
// On screen it reads at a phone's and a laptop's width, in light and dark; printed, even from
// a device in dark mode, it is dark ink on white in two columns of small type, one or two A4
// pages for the journey occupation's 40 statements, with the credits once.

const journey = readExport(JOURNEY_SOC);
const { title } = journey.occupation;
const HANDOUT = `/occupations/${JOURNEY_SOC}/handout`;
const SCREENS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;

function levelRegion(page: Page, index: number): Locator {
  const id = LEVEL_IDS[index] ?? 'emerging';
  return page.getByRole('region', {
    name: new RegExp(`^Level ${index + 1} of ${LEVEL_IDS.length}: ${journey.framework.levels[id].label}`),
  });
}

async function expectAllFourLevels(page: Page) {
  for (const [index, level] of LEVEL_IDS.entries()) {
    const { statements } = journey.framework.levels[level];
    const items = levelRegion(page, index).getByRole('listitem');
    await expect(items).toHaveCount(statements.length);
    for (const [position, statement] of statements.entries()) {
      await expect(items.nth(position)).toContainText(statementTopic(statement));
      await expect(items.nth(position)).toContainText(statementDescription(statement));
    }
  }
}

async function expectCreditsOnce(page: Page) {
  const source = page.getByRole('main').getByRole('region', { name: 'Source of this framework' });
  await expect(source).toHaveCount(1);
  await expect(source).toContainText(`O*NET ${journey.sources.onet}`);
  await expect(source).toContainText(journey.sources.generator);
  await expect(source).toContainText(journey.attribution);
  await expect(source.getByRole('link', { name: new URL(journey.sources.crosswalk).host })).toBeVisible();
}

/** Red, green and blue of a computed colour. */
function channels(colour: string): number[] {
  return (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
}

for (const { width, height } of SCREENS) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the level page’s “Print a handout” opens all four levels with the credits', async ({ page }) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/proficient`);
      await page.getByRole('link', { name: 'Print a handout' }).click();
      await expect(page).toHaveURL(new RegExp(`${HANDOUT}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title}: handout of the four levels · Ladder`);
      const main = page.getByRole('main');
      await expect(main.getByText(JOURNEY_SOC, { exact: true })).toBeVisible();
      await expect(main.getByText(`Job zone ${journey.occupation.jobZone ?? ''}`, { exact: true })).toBeVisible();
      await expectAllFourLevels(page);
      await expectCreditsOnce(page);
      await expect(page.getByRole('link', { name: /O\*NET OnLine/ })).toHaveAttribute(
        'href',
        `https://www.onetonline.org/link/summary/${JOURNEY_SOC}`,
      );
      await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });

    test('Print this handout opens the print dialog', async ({ page }) => {
      await page.goto(HANDOUT);
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.getByRole('button', { name: 'Print this handout' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no serious or critical violations on the handout in ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(HANDOUT);
        await expect(levelRegion(page, 3).getByRole('listitem').first()).toBeVisible();
        await expectNoSeriousViolations(page, `the handout in ${colorScheme}`);
      });
    }

    test('printed from a dark device, the handout is dark ink on white with readable contrast, without its button', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(HANDOUT);
      await expect(levelRegion(page, 0).getByRole('listitem').first()).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.getByRole('button', { name: 'Print this handout', includeHidden: true })).toBeHidden();
      await expectAllFourLevels(page);
      await expectCreditsOnce(page);
      await expectReadableContrast(page, 'the handout printed from a dark device');
      const colours = await page.evaluate(() => ({
        title: getComputedStyle(document.querySelector('h1') ?? document.body).color,
        statement: getComputedStyle(document.querySelector('main li p') ?? document.body).color,
        paper: getComputedStyle(document.body).backgroundColor,
      }));
      expect(
        channels(colours.title).every((value) => value < 64),
        `title ${colours.title}`,
      ).toBe(true);
      expect(
        channels(colours.statement).every((value) => value < 64),
        `statement ${colours.statement}`,
      ).toBe(true);
      expect(
        channels(colours.paper).every((value) => value > 240),
        `paper ${colours.paper}`,
      ).toBe(true);
    });
  });
}

test('the journey occupation’s 40 statements print in two columns on one or two A4 pages', async ({
  page,
}, testInfo) => {
  const total = LEVEL_IDS.reduce((sum, level) => sum + journey.framework.levels[level].statements.length, 0);
  expect(total).toBeGreaterThanOrEqual(40);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(HANDOUT);
  await expect(levelRegion(page, 3).getByRole('listitem').first()).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const columns = await page
    .getByRole('region', { name: /^Level 1 of 4/ })
    .evaluate((element) => getComputedStyle(element.parentElement ?? element).columnCount);
  expect(columns).toBe('2');
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  testInfo.annotations.push({ type: 'PDF pages', description: String(pages) });
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test.describe('loading, errors and wrong addresses', () => {
  test('an unknown SOC code says there is no such occupation', async ({ page }) => {
    await page.goto('/occupations/99-9999.00/handout');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(
      page.getByText('There is no occupation with the SOC code “99-9999.00” in this catalog.'),
    ).toBeVisible();
  });

  test('opened from within the app, it shows a loading state, then an error when the download fails', async ({
    page,
  }) => {
    const other = readExport('43-9061.00');
    await page.goto('/');
    let fail = () => {};
    const failing = new Promise<void>((resolve) => {
      fail = resolve;
    });
    await page.route('**/assets/occupations/**', async (route) => {
      await failing;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    });
    await page
      .getByRole('list', { name: 'Occupations' })
      .getByRole('link', { name: other.occupation.title, exact: true })
      .click();
    await page.getByRole('link', { name: 'Print a handout' }).click();
    await expect(page).toHaveURL(/\/occupations\/43-9061\.00\/handout$/);
    // The catalog knows the title and the facts; the statements wait for the download.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.occupation.title);
    await expect(page.getByRole('heading', { name: 'Loading the framework…' })).toBeVisible();
    fail();
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: `The statements for ${other.occupation.title} could not be loaded` }),
    ).toBeVisible();
    await expect(alert).toContainText('HTTP 500');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(levelRegion(page, 0)).toHaveCount(0);
  });
});

plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false });

  plain('the prerendered handout has all four levels, the credits and its own title', async ({ page }) => {
    await page.goto(HANDOUT);
    await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${title}: handout of the four levels · Ladder`);
    await expectAllFourLevels(page);
    await expectCreditsOnce(page);
  });
});
