import { expect, test, type BrowserContext, type Page } from './support/test';
import { expectedAnchors } from './support/anchors';
import { STORAGE_KEY, format2, ratingKey } from './support/assessments';
import { JOURNEY_SOC, LEVEL_IDS, readExport } from './support/exports';

// Screenshots of every view at a phone and a desktop width, in light and dark,
// written to tests/screenshots/ for a person to look at. Each view also must not
// scroll sideways at that width.

const journey = readExport(JOURNEY_SOC);
// A statement cited by its address, far enough down its level to be scrolled to.
const citedIndex = journey.framework.levels.developing.statements.length - 3;
const citedAnchor = expectedAnchors(journey.framework.levels.developing.statements)[citedIndex] ?? '';

interface View {
  name: string;
  path: string;
  /** A heading that shows the view is there. */
  ready: string;
  /** What else must be on the page before it is captured. */
  settled?: (page: Page) => Promise<void>;
}

async function searchResultsShown(page: Page) {
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-search-state', 'ready');
  await expect(results.getByRole('article').first()).toBeVisible();
}

const views: View[] = [
  { name: 'catalog', path: '/', ready: 'Occupations' },
  { name: 'catalog-empty', path: '/?q=zzzz', ready: 'Occupations' },
  { name: 'occupation-emerging', path: '/occupations/43-4171.00/emerging', ready: 'Level 1 of 4' },
  { name: 'occupation-advanced', path: '/occupations/43-6011.00/advanced', ready: 'Level 4 of 4' },
  { name: 'not-found', path: '/occupations/99-9999.00', ready: 'Page not found' },
  { name: 'level-matrix', path: '/occupations/43-4171.00/compare', ready: 'levels side by side' },
  { name: 'about', path: '/about', ready: 'Where the frameworks come from' },
  {
    name: 'comparison',
    path: '/compare?occupations=43-4171.00,43-6011.00,43-9061.00&level=proficient',
    ready: 'Close matches',
  },
  { name: 'comparison-empty', path: '/compare', ready: 'Compare occupations' },
  { name: 'assessment-start', path: '/occupations/43-4171.00/assessment', ready: 'Start your assessment' },
  { name: 'my-assessments-empty', path: '/assessments', ready: 'Import an assessment' },
  {
    name: 'shared-assessment-damaged',
    path: '/shared-assessment#v2.damaged',
    ready: 'Shared assessment',
    settled: (page) => expect(page.getByRole('alert')).toContainText('This share link is damaged or incomplete.'),
  },
  { name: 'search-results', path: '/search?q=complaints', ready: 'Search', settled: searchResultsShown },
  {
    name: 'search-results-filtered',
    path: '/search?q=scheduling&level=developing',
    ready: 'Search',
    settled: searchResultsShown,
  },
  {
    name: 'search-empty',
    path: '/search?q=qqxzv',
    ready: 'Search',
    settled: async (page) => {
      await expect(page.getByRole('status')).toHaveText('Nothing matches “qqxzv”.');
    },
  },
  {
    name: 'occupation-cited-statement',
    path: `/occupations/${JOURNEY_SOC}/developing#${citedAnchor}`,
    ready: 'Level 2 of 4',
    settled: async (page) => {
      await expect(page.locator(`[id="${citedAnchor}"]`)).toHaveAttribute('aria-current', 'location');
      await expect(page.locator(`[id="${citedAnchor}"]`)).toBeInViewport();
    },
  },
];

// The views that show a saved self-assessment need one in the browser first:
// every statement rated, Emerging reached, a note on the first statement; saved
// as the app saves it, by level and anchor with each statement's text.
const assessment = {
  soc: JOURNEY_SOC,
  title: journey.occupation.title,
  frameworkVersion: journey.framework.version,
  startedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-02T08:00:00.000Z',
  ratings: Object.fromEntries(
    LEVEL_IDS.flatMap((level) =>
      journey.framework.levels[level].statements.map(
        (text, index) =>
          [
            ratingKey(JOURNEY_SOC, level, index),
            {
              rating: level === 'emerging' || index % 3 === 0 ? 'on-my-own' : index % 3 === 1 ? 'with-help' : 'not-yet',
              ...(level === 'emerging' && index === 0
                ? { note: 'At the front desk on Saturdays, with nobody to ask' }
                : {}),
              text,
            },
          ] as const,
      ),
    ),
  ),
};
const rated = Object.keys(assessment.ratings).length;
const assessedViews: { name: string; path: string; ready: string; shows: (page: Page) => Promise<void> }[] = [
  {
    name: 'assessment-rating',
    path: `/occupations/${JOURNEY_SOC}/assessment`,
    ready: 'Level 1 of 4',
    // Every Emerging statement shows its saved rating.
    shows: (page) =>
      expect(page.getByRole('radio', { checked: true })).toHaveCount(
        journey.framework.levels.emerging.statements.length,
      ),
  },
  {
    name: 'assessment-results',
    path: `/occupations/${JOURNEY_SOC}/assessment/results`,
    ready: 'Next steps',
    // Every statement of every level counts as rated.
    shows: (page) =>
      expect(page.getByRole('region', { name: 'Ratings by level' }).getByRole('listitem')).toContainText(
        LEVEL_IDS.map(() => ', 0 unrated (of'),
      ),
  },
  {
    name: 'my-assessments',
    path: '/assessments',
    ready: 'My assessments',
    shows: (page) => expect(page.getByRole('list', { name: 'Assessments' })).toContainText(`${rated} statements rated`),
  },
];

/** Saves the assessment before the app's code runs, on every page load of the test. */
async function seedAssessment(context: BrowserContext) {
  await context.addInitScript(
    ([name, value]) => {
      localStorage.setItem(name, value);
    },
    [STORAGE_KEY, format2([assessment])] as const,
  );
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px in ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      for (const view of views) {
        test(`${view.name} fits the width and is captured`, async ({ page }) => {
          await page.goto(view.path);
          await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
          await view.settled?.(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `tests/screenshots/${view.name}-${width}-${colorScheme}.png`,
            fullPage: true,
          });
        });
      }
    });
  }
}

test.describe('at 360 px, the narrowest phone we support', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const view of views) {
    test(`${view.name} does not scroll sideways`, async ({ page }) => {
      await page.goto(view.path);
      await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
      await view.settled?.(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`with a saved self-assessment, at ${width} px in ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      for (const view of assessedViews) {
        test(`${view.name} fits the width and is captured`, async ({ page, context }) => {
          await seedAssessment(context);
          await page.goto(view.path);
          await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
          // The saved assessment is what the page shows.
          await expect(page.getByText(assessment.title).first()).toBeVisible();
          await expect(page.getByRole('button', { name: 'Start assessment' })).toHaveCount(0);
          await expect(page.getByText(/^No assessments yet/)).toHaveCount(0);
          await view.shows(page);
          // Captured first, so that a page that does scroll sideways can be seen.
          await page.screenshot({
            path: `tests/screenshots/${view.name}-${width}-${colorScheme}.png`,
            fullPage: true,
          });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}

test.describe('with a saved self-assessment, at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const view of assessedViews) {
    test(`${view.name} does not scroll sideways`, async ({ page, context }) => {
      await seedAssessment(context);
      await page.goto(view.path);
      await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start assessment' })).toHaveCount(0);
      await view.shows(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

// The moment after "Copy link": the button says Copied and a message says so at
// the foot of the screen, over the statements (captured as the screen shows it).
for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`copying a statement's link, at ${width} px in ${colorScheme}`, () => {
      test.use({
        viewport: { width, height: 900 },
        colorScheme,
        permissions: ['clipboard-read', 'clipboard-write'],
      });

      test('the copied message is captured', async ({ page }) => {
        await page.goto(`/occupations/${JOURNEY_SOC}/developing`);
        await expect(page.getByRole('heading', { name: 'Level 2 of 4' })).toBeVisible();
        const copy = page.getByRole('button', { name: 'Copy link to statement 3', exact: true });
        await copy.scrollIntoViewIfNeeded();
        await copy.click();
        await expect(copy).toHaveText('Copied');
        await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link to statement 3 copied.');
        await page.screenshot({ path: `tests/screenshots/statement-link-copied-${width}-${colorScheme}.png` });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  }
}
