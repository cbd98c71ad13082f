import { expect, test, type Page } from './support/test';
import { JOURNEY_SOC, readExport, statementDescription } from './support/exports';

// The site built with LADDER_BASE=/careers/ladder/ and served only under that
// path (playwright.config.ts): links, code, data, the search index and its
// worker, and copied addresses must all stay inside it.

const BASE = '/careers/ladder/';
const journey = readExport(JOURNEY_SOC);

/** Every request of the page, to check that none leaves the sub-path. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

test('the catalog, an occupation and its levels work under the sub-path, and every file comes from it', async ({
  page,
}) => {
  const requested = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}occupations/${JOURNEY_SOC.replace('.', '\\.')}/emerging$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
  const first = journey.framework.levels.emerging.statements[0] ?? '';
  await expect(page.getByRole('main')).toContainText(statementDescription(first));

  await page.getByRole('button', { name: /^Next level/ }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}occupations/.+/developing$`));

  // A deep link, reloaded, is answered by the app under the sub-path.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);

  expect(requested.length).toBeGreaterThan(3);
  expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
  expect(requested.some((path) => path.startsWith(`${BASE}assets/occupations/`))).toBe(true);
  expect(errors).toEqual([]);
});

test('search finds statements under the sub-path and its results link inside it', async ({ page }) => {
  const requested = recordRequests(page);
  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.type('appointment');
  await expect(page).toHaveURL(new RegExp(`${BASE}search\\?q=appointment$`));
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('article').first()).toBeVisible();
  const statementLink = results.locator('a[href*="#"]').first();
  expect(await statementLink.getAttribute('href')).toMatch(new RegExp(`^${BASE}occupations/`));
  await statementLink.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}occupations/[^/]+/[a-z]+#.+`));
  await expect(page.locator('[aria-current="location"]')).toBeFocused();

  expect(requested.some((path) => path.startsWith(`${BASE}assets/search/`))).toBe(true);
  expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
});

test('a copied statement link carries the sub-path', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL ?? ''}occupations/${JOURNEY_SOC}/proficient`);
    await page.getByRole('button', { name: 'Copy link to statement 1', exact: true }).click();
    // A press before hydration is pressed again once the page has hydrated (src/lib/early-input.ts):
    // the status says when the link is on the clipboard, as in statement-links.spec.ts.
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link to statement 1 copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`${BASE}occupations/${JOURNEY_SOC}/proficient`);
    expect(new URL(copied).hash).not.toBe('');
  } finally {
    await context.close();
  }
});
