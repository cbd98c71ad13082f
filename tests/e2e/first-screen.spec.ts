import { test as plain, type Page } from '@playwright/test';
import { expectNoSeriousViolations, expectReadableContrast } from './support/axe';
import { expect, test, type Locator } from './support/test';
import { JOURNEY_SOC, LEVEL_IDS, readAllExports, readExport } from './support/exports';

// An occupation's level page opens on what the reader came for: on a phone and on a laptop,
// the level stepper and the level's first statement are on the first screen, before any
// scrolling, both as prerendered and once the app has taken over. The occupation's metadata
// is one compact line; what the framework covers, the links on and the credits come after.

const journey = readExport(JOURNEY_SOC);
const SCREENS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;

function levelRegion(page: Page, index: number): Locator {
  const id = LEVEL_IDS[index] ?? 'emerging';
  return page.getByRole('region', {
    name: `Level ${index + 1} of ${LEVEL_IDS.length}: ${journey.framework.levels[id].label}`,
    exact: true,
  });
}

/** The bottom edge of an element, in page pixels from the top of the document. */
async function bottomOf(locator: Locator): Promise<number> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box');
  const scrolled = await locator.page().evaluate(() => window.scrollY);
  return box.y + box.height + scrolled;
}

async function expectFirstScreen(page: Page, index: number, height: number) {
  expect(await page.evaluate(() => window.scrollY), 'the page is at its top').toBe(0);
  const stepper = page.getByRole('navigation', { name: 'Levels' });
  const first = levelRegion(page, index).getByRole('list').first().getByRole('listitem').first();
  const stepperBottom = await bottomOf(stepper);
  const firstBottom = await bottomOf(first);
  expect(stepperBottom, 'the level stepper is on the first screen').toBeLessThanOrEqual(height);
  expect(firstBottom, 'the first statement is on the first screen').toBeLessThanOrEqual(height);
}

for (const { width, height } of SCREENS) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const [index, level] of LEVEL_IDS.entries()) {
      test(`the ${level} level opens with the stepper and its first statement on the first screen`, async ({
        page,
      }) => {
        await page.goto(`/occupations/${JOURNEY_SOC}/${level}`);
        await expect(levelRegion(page, index).getByRole('listitem').first()).toContainText(
          journey.framework.levels[level].statements[0]?.split(' — ')[0] ?? '',
        );
        await expectFirstScreen(page, index, height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
      });
    }

    // The longest first statements and titles are not the journey occupation's.
    for (const data of readAllExports().filter((each) => each.occupation.soc !== JOURNEY_SOC)) {
      test(`every level of ${data.occupation.soc} opens with its first statement on the first screen`, async ({
        page,
      }) => {
        for (const [index, level] of LEVEL_IDS.entries()) {
          await page.goto(`/occupations/${data.occupation.soc}/${level}`);
          const region = page.getByRole('region', {
            name: `Level ${index + 1} of ${LEVEL_IDS.length}: ${data.framework.levels[level].label}`,
            exact: true,
          });
          await expect(region.getByRole('listitem').first()).toContainText(
            data.framework.levels[level].statements[0]?.split(' — ')[0] ?? '',
          );
          const stepper = page.getByRole('navigation', { name: 'Levels' });
          const first = region.getByRole('list').first().getByRole('listitem').first();
          expect(await page.evaluate(() => window.scrollY), 'the page is at its top').toBe(0);
          expect(await bottomOf(stepper), `the stepper at ${level}`).toBeLessThanOrEqual(height);
          expect(await bottomOf(first), `the first statement at ${level}`).toBeLessThanOrEqual(height);
        }
      });
    }

    test('the facts, what the framework covers and the credits stay on the page', async ({ page }) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
      await expect(main.getByText(JOURNEY_SOC, { exact: true }).first()).toBeVisible();
      await expect(main.getByText(journey.occupation.group, { exact: true })).toBeVisible();
      await expect(main.getByText(journey.framework.version, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'What this framework covers' })).toContainText(
        journey.framework.contextCovered,
      );
      const source = page.getByRole('region', { name: 'Source of this framework' });
      await expect(source).toContainText(`O*NET ${journey.sources.onet}`);
      await expect(source).toContainText(journey.sources.generator);
      await expect(source).toContainText(journey.attribution);
      await expect(source.getByRole('link', { name: new URL(journey.sources.crosswalk).host })).toBeVisible();
    });

    test('the level page links to the occupation on O*NET OnLine and to its handout', async ({ page }) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/developing`);
      const onet = page.getByRole('link', { name: /O\*NET OnLine/ });
      await expect(onet).toHaveAccessibleName(`${JOURNEY_SOC} on O*NET OnLine (external site)`);
      await expect(onet).toHaveAttribute('href', `https://www.onetonline.org/link/summary/${JOURNEY_SOC}`);
      await expect(page.getByRole('link', { name: 'Print a handout' })).toHaveAttribute(
        'href',
        `/occupations/${JOURNEY_SOC}/handout`,
      );
    });

    test('the header keeps its search box, its `/` shortcut and its navigation', async ({ page }) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
      const banner = page.getByRole('banner');
      const search = banner.getByRole('searchbox', { name: 'Search', exact: true });
      await expect(search).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Compare', 'My assessments', 'About']) {
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      }
      // On a phone the site's name leads to the catalog, and the navigation is a single row.
      await expect(banner.getByRole('link', { name: 'Ladder' })).toHaveAttribute('href', '/');
      const rows = await nav
        .getByRole('listitem')
        .evaluateAll((items: HTMLElement[]) => new Set(items.map((item) => item.offsetTop)).size);
      expect(rows).toBe(1);
      await page.keyboard.press('/');
      await expect(search).toBeFocused();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no serious or critical violations on the level page in ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/occupations/${JOURNEY_SOC}/proficient`);
        await expect(levelRegion(page, 2).getByRole('listitem').first()).toBeVisible();
        await expectNoSeriousViolations(page, `the ${JOURNEY_SOC} Proficient level in ${colorScheme}`);
      });
    }

    test('printed from a dark device, the level page is dark ink on white, without the stepper or buttons', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
      await expect(levelRegion(page, 0).getByRole('listitem').first()).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.getByRole('navigation', { name: 'Levels' })).toBeHidden();
      const buttons = page.getByRole('button', { includeHidden: true });
      await expect(buttons.filter({ hasText: 'Copy link' })).toHaveCount(
        journey.framework.levels.emerging.statements.length,
      );
      for (const button of await buttons.all()) await expect(button).toBeHidden();
      await expect(levelRegion(page, 0).getByRole('listitem')).toHaveCount(
        journey.framework.levels.emerging.statements.length,
      );
      await expectReadableContrast(page, 'the level page printed from a dark device');
      const ink = await page
        .getByRole('heading', { level: 1 })
        .evaluate((element) => getComputedStyle(element).color.match(/\d+/g)?.slice(0, 3).map(Number) ?? []);
      expect(
        ink.every((channel) => channel < 64),
        `the title prints in dark ink (${ink.join(', ')})`,
      ).toBe(true);
    });
  });
}

// The prerendered HTML, before any JavaScript: the same first screen.
for (const { width, height } of SCREENS) {
  plain.describe(`without JavaScript, at ${width} × ${height}`, () => {
    plain.use({ javaScriptEnabled: false, viewport: { width, height } });

    plain(
      'the prerendered level page has the stepper and the first statement on the first screen',
      async ({ page }) => {
        await page.goto(`/occupations/${JOURNEY_SOC}/developing`);
        await expect(levelRegion(page, 1).getByRole('listitem')).toHaveCount(
          journey.framework.levels.developing.statements.length,
        );
        await expectFirstScreen(page, 1, height);
        await expect(page.getByRole('region', { name: 'What this framework covers' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Source of this framework' })).toBeVisible();
      },
    );
  });
}
