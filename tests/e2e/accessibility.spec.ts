import { expectNoSeriousViolations } from './support/axe';
import { expect, test, type Page } from './support/test';
import { expectedAnchors } from './support/anchors';
import { STORAGE_KEY, format2, ratingKey } from './support/assessments';
import { JOURNEY_SOC, LEVEL_IDS, readAllExports, readExport, type LevelId } from './support/exports';

// axe-core on every view, in the light and the dark colour scheme. Serious and
// critical violations fail the test; the message lists each rule and where.

const journey = readExport(JOURNEY_SOC);
// Three occupations side by side: the journey one and the first two others.
const compared = [
  JOURNEY_SOC,
  ...readAllExports()
    .map((data) => data.occupation.soc)
    .filter((soc) => soc !== JOURNEY_SOC)
    .slice(0, 2),
];

// A self-assessment part way through, with a note, for the views that show one,
// saved as the app saves it: by level and anchor, with each statement's text.
const assessedLevels = journey.framework.levels;

function rated(level: LevelId, index: number, rating: string, note?: string) {
  const text = assessedLevels[level].statements[index];
  if (text === undefined) throw new Error(`${JOURNEY_SOC} has no statement ${index + 1} at ${level}`);
  return [ratingKey(JOURNEY_SOC, level, index), { rating, ...(note === undefined ? {} : { note }), text }] as const;
}

const assessed = {
  soc: JOURNEY_SOC,
  title: journey.occupation.title,
  frameworkVersion: journey.framework.version,
  startedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-02T08:00:00.000Z',
  ratings: Object.fromEntries([
    ...assessedLevels.emerging.statements.map((_, index) =>
      index === 0
        ? rated('emerging', index, 'with-help', 'At the front desk on Saturdays')
        : rated('emerging', index, index % 4 === 3 ? 'not-yet' : 'on-my-own'),
    ),
    rated('developing', 0, 'on-my-own'),
    rated('developing', 1, 'with-help'),
  ]),
};

// The same assessment after a new version of the framework: one statement was reworded
// and kept its rating, and two ratings are for statements the new version no longer has.
const earlierVersion = `${journey.framework.version}-earlier`;
const rewordedText = assessedLevels.emerging.statements[1] ?? '';
const rewordedBefore = rewordedText.replace(/ following /, ' according to ');
if (rewordedBefore === rewordedText) throw new Error('The reworded statement needs the word “following”');
const afterChange = {
  ...assessed,
  changes: {
    fromVersion: earlierVersion,
    toVersion: journey.framework.version,
    at: '2026-05-03T08:00:00.000Z',
    moved: 2,
    reworded: [{ level: 'emerging', before: rewordedBefore, after: rewordedText }],
    restored: 0,
    earlier: 2,
  },
  earlier: [
    {
      level: 'developing',
      text: 'Fax transmission — send and receive documents by fax with occasional guidance in a front-desk office environment.',
      position: 6,
      rating: 'on-my-own',
      note: 'Every morning',
      version: earlierVersion,
    },
    { level: 'proficient', text: null, position: 3, rating: 'with-help', version: earlierVersion },
  ],
};

// A statement cited by its address: the third at Developing.
const citedAnchor = expectedAnchors(journey.framework.levels.developing.statements)[2] ?? '';

interface View {
  name: string;
  /** The address, or how to find it out in the page (a share link is made by the app). */
  path: string | ((page: Page) => Promise<string>);
  /** Makes the page fail its data download before it opens. */
  failDownload?: boolean;
  /** Makes the search index fail to download (it is fetched by a worker, so routed on the context). */
  failSearch?: boolean;
  /** Saved assessment data to put in the browser before the page opens. */
  seed?: string;
  /** Waits until the content to analyse is on the page. */
  ready: (page: Page) => Promise<void>;
}

const views: View[] = [
  {
    name: 'catalog',
    path: '/',
    ready: async (page) => {
      await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link').first()).toBeVisible();
    },
  },
  {
    name: 'catalog empty state',
    path: '/?q=qqxzv',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'No occupations match' })).toBeVisible();
    },
  },
  ...LEVEL_IDS.map((id, index) => ({
    name: `occupation ${journey.framework.levels[id].label} level`,
    path: `/occupations/${JOURNEY_SOC}/${id}`,
    ready: async (page: Page) => {
      const panel = page.getByRole('region', {
        name: `Level ${index + 1} of ${LEVEL_IDS.length}: ${journey.framework.levels[id].label}`,
        exact: true,
      });
      await expect(panel.getByRole('listitem')).toHaveCount(journey.framework.levels[id].statements.length);
      await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
    },
  })),
  {
    name: 'level matrix',
    path: `/occupations/${JOURNEY_SOC}/compare`,
    ready: async (page) => {
      const table = page.getByRole('table', { name: /side by side across the four levels/ });
      await expect(table.locator('tbody tr').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
    },
  },
  ...(['proficient', 'all'] as const).map((level) => ({
    name: `comparison of ${compared.length} occupations at ${level === 'all' ? 'all levels' : `the ${journey.framework.levels[level].label} level`}`,
    path: `/compare?occupations=${compared.join(',')}&level=${level}`,
    ready: async (page: Page) => {
      await expect(page.getByRole('heading', { name: 'Close matches' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /^Level \d: / })).toHaveCount(
        level === 'all' ? LEVEL_IDS.length : 1,
      );
      await expect(page.locator('li[id^="cmp-"]').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources of these frameworks' })).toBeVisible();
    },
  })),
  {
    name: 'about',
    path: '/about',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'About Ladder' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Where the frameworks come from' })).toBeVisible();
    },
  },
  {
    name: 'start of a self-assessment',
    path: `/occupations/${JOURNEY_SOC}/assessment`,
    ready: async (page) => {
      await expect(page.getByRole('button', { name: 'Start assessment' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
    },
  },
  {
    name: 'self-assessment rating, part way through',
    path: `/occupations/${JOURNEY_SOC}/assessment`,
    seed: format2([assessed]),
    ready: async (page) => {
      const region = page.getByRole('region', {
        name: `Level 1 of ${LEVEL_IDS.length}: ${assessedLevels.emerging.label}`,
        exact: true,
      });
      await expect(region.getByRole('group')).toHaveCount(assessedLevels.emerging.statements.length);
      await expect(region.getByRole('radio', { checked: true })).toHaveCount(assessedLevels.emerging.statements.length);
      await expect(region.getByRole('textbox', { name: 'Note (optional)' })).toBeVisible();
    },
  },
  {
    name: 'self-assessment results',
    path: `/occupations/${JOURNEY_SOC}/assessment/results`,
    seed: format2([assessed]),
    ready: async (page) => {
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Next steps' }).getByRole('listitem').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy a share link' })).toBeVisible();
    },
  },
  {
    name: 'self-assessment results after a new framework version',
    path: `/occupations/${JOURNEY_SOC}/assessment/results`,
    seed: format2([afterChange]),
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Changes in this framework' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Reworded statements' }).getByRole('listitem')).toHaveCount(1);
      await expect(
        page.getByRole('list', { name: 'Ratings from an earlier version' }).getByRole('listitem'),
      ).toHaveCount(afterChange.earlier.length);
      await expect(page.getByRole('button', { name: 'Hide this summary' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();
    },
  },
  {
    name: 'self-assessment with data saved by a newer version of Ladder',
    path: `/occupations/${JOURNEY_SOC}/assessment`,
    seed: JSON.stringify({ version: 99, assessments: {} }),
    ready: async (page) => {
      const notice = page.getByRole('alert').filter({ hasText: 'Saved by a newer version of Ladder' });
      await expect(notice.getByRole('button', { name: 'Reload this page' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start assessment' })).toBeVisible();
    },
  },
  {
    name: 'my assessments with one assessment',
    path: '/assessments',
    seed: format2([assessed]),
    ready: async (page) => {
      await expect(page.getByRole('list', { name: 'Assessments' }).getByRole('link')).toHaveText([assessed.title]);
      await expect(page.getByRole('heading', { name: 'Import an assessment' })).toBeVisible();
    },
  },
  {
    name: 'shared assessment',
    seed: format2([assessed]),
    path: async (page) => {
      await page.goto(`/occupations/${JOURNEY_SOC}/assessment/results`);
      await page.getByRole('button', { name: 'Copy a share link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      return `${link.pathname}${link.hash}`;
    },
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Shared assessment: ${assessed.title}`);
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save a copy' })).toBeVisible();
    },
  },
  {
    name: 'search results',
    path: '/search?q=complaints',
    ready: async (page) => {
      const results = page.getByRole('region', { name: 'Search results' });
      await expect(results).toHaveAttribute('data-search-state', 'ready');
      await expect(results.getByRole('article').first()).toBeVisible();
      await expect(results.locator('mark').first()).toBeVisible();
      await expect(page.getByRole('status')).toContainText('match “complaints”');
    },
  },
  {
    name: 'search with nothing found',
    path: '/search?q=qqxzv&level=advanced',
    ready: async (page) => {
      await expect(page.getByRole('status')).toHaveText('Nothing matches “qqxzv” with these filters.');
      await expect(page.getByRole('button', { name: 'Search all levels and groups' })).toBeVisible();
    },
  },
  {
    name: 'search index download error',
    path: '/search?q=complaints',
    failSearch: true,
    ready: async (page) => {
      await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
  {
    name: 'level page with a cited statement',
    path: `/occupations/${JOURNEY_SOC}/developing#${citedAnchor}`,
    ready: async (page) => {
      const cited = page.locator(`[id="${citedAnchor}"]`);
      await expect(cited).toHaveAttribute('aria-current', 'location');
      await expect(cited).toBeFocused();
      await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
    },
  },
  {
    name: 'level page with a link to a statement that is not there',
    path: `/occupations/${JOURNEY_SOC}/developing#no-such-statement`,
    ready: async (page) => {
      await expect(page.getByRole('alert')).toContainText('is not at this level');
      await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
    },
  },
  {
    name: 'not found',
    path: '/occupations/99-9999.00/emerging',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    },
  },
  {
    name: 'download error',
    path: `/occupations/${JOURNEY_SOC}/emerging`,
    failDownload: true,
    ready: async (page) => {
      await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    for (const view of views) {
      test(`${view.name} has no serious or critical axe violations`, async ({ browser }) => {
        // axe over a whole page (a long comparison, or a download's retry first) nears the
        // default limit on a busy 2-core machine.
        test.slow();
        const context = await browser.newContext({
          colorScheme,
          permissions: ['clipboard-read', 'clipboard-write'],
        });
        try {
          const page = await context.newPage();
          if (view.failDownload) {
            await page.route('**/assets/occupations/**', (route) => route.fulfill({ status: 500, body: '' }));
          }
          if (view.failSearch) {
            await context.route('**/assets/search/**', (route) => route.fulfill({ status: 500, body: '' }));
          }
          if (view.seed) {
            // Saved once, as the app would have, then read by the page on load.
            await page.goto('/');
            await page.evaluate(([name, value]) => localStorage.setItem(name, value), [
              STORAGE_KEY,
              view.seed,
            ] as const);
          }
          const path = typeof view.path === 'string' ? view.path : await view.path(page);
          await page.goto(path);
          await view.ready(page);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
            colorScheme === 'dark',
          );
          // Let finite transitions settle so colours are final (a skeleton's pulse never ends).
          await page.evaluate(async () => {
            const finite = document
              .getAnimations()
              .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
            await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
          });

          await expectNoSeriousViolations(page, path);
        } finally {
          await context.close();
        }
      });
    }
  });
}
