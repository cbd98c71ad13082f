import { test as plain, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectedAnchors } from './support/anchors';
import { JOURNEY_SOC, LEVEL_IDS, readExport, statementTopic } from './support/exports';

// The build writes real HTML for the catalog, about, and each occupation's levels and level matrix
// (site-generation/prerender.ts). Without JavaScript they read in full; with it, React takes over the same
// elements (hydration) with no warnings. The build for these tests sets LADDER_SITE_URL to
// http://localhost:4173, so pages carry canonical links.

const journey = readExport(JOURNEY_SOC);
const { title } = journey.occupation;
const ORIGIN = 'http://localhost:4173';

const PAGES = [
  { name: 'catalog', path: '/', heading: 'Occupations', title: 'Occupations · Ladder' },
  { name: 'about', path: '/about', heading: 'About Ladder', title: 'About · Ladder' },
  ...LEVEL_IDS.map((id) => ({
    name: `${id} level`,
    path: `/occupations/${JOURNEY_SOC}/${id}`,
    heading: title,
    title: `${title}: ${journey.framework.levels[id].label} level · Ladder`,
  })),
  {
    name: 'level matrix',
    path: `/occupations/${JOURNEY_SOC}/compare`,
    heading: `${title}: levels side by side`,
    title: `${title}: levels side by side · Ladder`,
  },
];

async function headTags(page: Page) {
  const head = page.locator('head');
  return {
    titles: await head.locator('title').allTextContents(),
    descriptions: await head
      .locator('meta[name="description"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('content') ?? '')),
    canonicals: await head
      .locator('link[rel="canonical"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? '')),
  };
}

plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false });

  for (const { name, path, heading, title: pageTitle } of PAGES) {
    plain(`the ${name} page has its content, title, description and canonical link in the HTML`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      const head = await headTags(page);
      expect(head.titles).toEqual([pageTitle]);
      expect(head.descriptions).toHaveLength(1);
      expect(head.descriptions[0]?.length ?? 0).toBeGreaterThan(40);
      expect(head.canonicals).toEqual([`${ORIGIN}${path}`]);
      await expect(page.getByText('needs JavaScript')).toHaveCount(0);
    });
  }

  plain(
    'a level page shows every statement of the level, and its links lead on without JavaScript',
    async ({ page }) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/proficient`);
      const { proficient, advanced } = journey.framework.levels;
      const panel = page.getByRole('region', {
        name: `Level 3 of ${LEVEL_IDS.length}: ${proficient.label}`,
        exact: true,
      });
      await expect(panel.getByRole('listitem')).toHaveCount(proficient.statements.length);
      for (const statement of proficient.statements) await expect(panel).toContainText(statementTopic(statement));
      // The stepper's links are plain links: the next level is a page of its own.
      await page.getByRole('navigation', { name: 'Levels' }).getByRole('link').nth(3).click();
      await expect(page).toHaveURL(new RegExp(`/occupations/${JOURNEY_SOC}/advanced$`));
      await expect(
        page
          .getByRole('region', { name: `Level 4 of ${LEVEL_IDS.length}: ${advanced.label}`, exact: true })
          .getByRole('listitem'),
      ).toHaveCount(advanced.statements.length);
    },
  );

  plain('the catalog lists the occupations, and the level matrix shows every level', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
    await page.goto(`/occupations/${JOURNEY_SOC}/compare`);
    const table = page.getByRole('table', { name: /side by side across the four levels/ });
    for (const id of LEVEL_IDS) {
      await expect(
        table.getByRole('columnheader', { name: new RegExp(journey.framework.levels[id].label) }),
      ).toBeVisible();
    }
  });
});

test.describe('hydration', () => {
  for (const { name, path } of PAGES) {
    test(`the ${name} page hydrates its prerendered HTML with no warnings`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        // Playwright blocks the service worker in these tests and says so.
        if (/Service Worker registration blocked/.test(message.text())) return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      // The heading as parsed from the HTML, before any script runs.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as { prerenderedHeading?: Element | null }).prerenderedHeading = document.querySelector('h1');
        });
      });
      await page.goto(path);
      await expect(page.locator('html[data-page-ready]')).toHaveCount(1);
      // Hydrated, not rendered afresh: React has taken over the very element the HTML made.
      const adopted = await page.evaluate(() => {
        const heading = (window as { prerenderedHeading?: Element | null }).prerenderedHeading;
        return (
          heading !== null &&
          heading !== undefined &&
          heading === document.querySelector('h1') &&
          Object.keys(heading).some((key) => key.startsWith('__reactFiber'))
        );
      });
      expect(adopted).toBe(true);
      const head = await headTags(page);
      expect(head.titles).toHaveLength(1);
      expect(head.descriptions).toHaveLength(1);
      expect(head.canonicals).toEqual([`${ORIGIN}${path}`]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('a cited statement’s address hydrates the page, then lands on the statement', async ({ page }) => {
    const anchor = expectedAnchors(journey.framework.levels.developing.statements)[2] ?? '';
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as { prerenderedHeading?: Element | null }).prerenderedHeading = document.querySelector('h1');
      });
    });
    await page.goto(`/occupations/${JOURNEY_SOC}/developing#${anchor}`);
    const cited = page.locator(`[id="${anchor}"]`);
    await expect(cited).toHaveAttribute('aria-current', 'location');
    await expect(cited).toBeFocused();
    const adopted = await page.evaluate(
      () => (window as { prerenderedHeading?: Element | null }).prerenderedHeading === document.querySelector('h1'),
    );
    expect(adopted).toBe(true);
    expect(problems).toEqual([]);
  });

  test('a hydrated level page moves between levels in the page, without loading another document', async ({ page }) => {
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/occupations/${JOURNEY_SOC}/developing$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const head = await headTags(page);
    expect(head.titles).toEqual([`${title}: ${journey.framework.levels.developing.label} level · Ladder`]);
    expect(head.canonicals).toEqual([`${ORIGIN}/occupations/${JOURNEY_SOC}/developing`]);
    expect(documents).toHaveLength(1);
  });

  test('an address with a query is rendered afresh from the prerendered page, with the query applied', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // The catalog's HTML lists every occupation; the address asks for one group.
    await page.goto(`/?group=${encodeURIComponent(journey.occupation.group)}`);
    await expect(page.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
    const head = await headTags(page);
    expect(head.titles).toEqual(['Occupations · Ladder']);
    expect(head.descriptions).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  test('a page the build cannot write in full (search) opens from its first frame, not from the catalog’s HTML', async ({
    page,
  }) => {
    const response = await page.request.get('/search?q=schedule', { headers: { Accept: 'text/html' } });
    const html = await response.text();
    expect(html).not.toContain('data-prerendered');
    expect(html).toContain('<div id="root" data-first-frame>');
    expect(html).toMatch(/<h1[^>]*>Search<\/h1>/);
    await page.goto('/search?q=schedule');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('match');
    await expect(page.locator('#root')).not.toHaveAttribute('data-first-frame');
  });
});
