import { test as plain, type Page, type Route } from '@playwright/test';
import { expect } from './support/test';
import { JOURNEY_SOC, readAllExports, readExport } from './support/exports';

// Every page paints from its HTML alone (decision 015): the stylesheet is in the page, the app's code
// starts after the first paint, and pages the build cannot write in full have a first frame (header,
// heading, skeleton). The app then hydrates without moving anything, and what is used meanwhile works.

const { title } = readExport(JOURNEY_SOC).occupation;
const other = readAllExports().find((data) => data.occupation.soc !== JOURNEY_SOC)?.occupation.soc;
if (!other) throw new Error('The comparison needs a second export');

const ROUTES = [
  { name: 'catalog', path: '/', heading: 'Occupations' },
  { name: 'level', path: `/occupations/${JOURNEY_SOC}/proficient`, heading: title },
  { name: 'level matrix', path: `/occupations/${JOURNEY_SOC}/compare`, heading: `${title}: levels side by side` },
  { name: 'handout', path: `/occupations/${JOURNEY_SOC}/handout`, heading: title },
  { name: 'about', path: '/about', heading: 'About Ladder' },
  {
    name: 'comparison',
    path: `/compare?occupations=${JOURNEY_SOC},${other}&level=all`,
    heading: 'Compare occupations',
  },
  { name: 'search', path: '/search?q=schedule', heading: 'Search' },
  { name: 'assessment', path: `/occupations/${JOURNEY_SOC}/assessment`, heading: `Assess yourself: ${title}` },
  {
    name: 'assessment results',
    path: `/occupations/${JOURNEY_SOC}/assessment/results`,
    heading: `Your results: ${title}`,
  },
  { name: 'my assessments', path: '/assessments', heading: 'My assessments' },
  { name: 'shared assessment', path: '/shared-assessment', heading: 'Shared assessment' },
];

/** Holds every script file until `release` is called: the page as it is before its code runs. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

plain.describe('before any script runs', () => {
  for (const { name, path, heading } of ROUTES) {
    plain(`the ${name} page shows its header, its heading and its styles from the HTML`, async ({ page }) => {
      const scripts: string[] = [];
      await page.route('**/*.js', (route) => {
        scripts.push(route.request().url());
        return route.abort();
      });
      await page.goto(path, { waitUntil: 'load' });
      await expect(page.getByRole('banner').getByRole('link', { name: 'Ladder' })).toBeVisible();
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(heading);
      // Styled from the page's own <style>: a stylesheet file would have been a request, and none is made.
      expect(await h1.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(24);
      await expect(page.getByRole('contentinfo')).toBeVisible();
      // The app's code was asked for only after the first paint, and not by the HTML.
      expect(await page.locator('script[src], link[rel="stylesheet"]').count()).toBe(0);
      expect(scripts.length).toBeGreaterThan(0);
    });
  }
});

plain('a button pressed when the app’s code cannot load says so, rather than waiting for ever', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(`/occupations/${JOURNEY_SOC}/proficient`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Copy link to statement 1', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not finish loading' })).toBeVisible();
  await expect(page.getByText('Getting ready…')).toHaveCount(0);
});

plain.describe('hydration', () => {
  for (const { name, path, heading } of ROUTES) {
    plain(`the ${name} page becomes live without moving anything and without console errors`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // Playwright blocks the service worker in these tests and says so.
        if (/Service Worker registration blocked/.test(message.text())) return;
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as { layoutShifts?: number[] }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.locator('html[data-page-ready][data-hydrated]')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // Shifts are reported after the frame that made them.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
      expect(await page.evaluate(() => (window as { layoutShifts?: number[] }).layoutShifts)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

plain.describe('used before the app is ready', () => {
  plain('a button pressed early says it is getting ready, then does what it says', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const release = await holdScripts(page);
    await page.goto(`/occupations/${JOURNEY_SOC}/proficient`, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'Copy link to statement 1', exact: true });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Getting ready…' })).toBeVisible();
    await expect(button).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.getByText('Link to statement 1 copied.')).toBeVisible();
    await expect(page.getByText('Getting ready…')).toHaveCount(0);
    await expect(button).not.toHaveAttribute('aria-busy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/occupations/${JOURNEY_SOC}/proficient#`),
    );
  });

  plain('a link followed early opens its page', async ({ page }) => {
    await holdScripts(page);
    await page.goto(`/occupations/${JOURNEY_SOC}/proficient`, { waitUntil: 'load' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole('heading', { level: 1, name: 'About Ladder' })).toBeVisible();
  });

  plain('a search typed early opens the results page as a plain form', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/about', { waitUntil: 'load' });
    const search = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search' });
    await search.fill('schedule');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=schedule$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    release();
    await expect(page.getByRole('status')).toContainText('match');
    await expect(page.getByRole('search', { name: 'Site' }).getByRole('searchbox')).toHaveValue('schedule');
  });

  plain('a catalog filter typed early filters the list once the app is ready', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/', { waitUntil: 'load' });
    const list = page.getByRole('main').getByRole('link', { name: new RegExp(title) });
    await expect(list).toHaveCount(1);
    const cards = page.getByRole('main').getByRole('listitem');
    const all = await cards.count();
    await page.getByRole('searchbox', { name: 'Search by title or SOC code' }).fill(JOURNEY_SOC);
    release();
    await expect(page).toHaveURL(new RegExp(`\\?q=${JOURNEY_SOC.replace('.', '\\.')}$`));
    await expect(cards).toHaveCount(1);
    expect(all).toBeGreaterThan(1);
    await expect(list).toBeVisible();
  });
});
