import { expectReadableContrast } from './support/axe';
import { expect, test, type Page } from './support/test';
import { STORAGE_KEY, format2, ratingKey } from './support/assessments';
import { JOURNEY_SOC, readAllExports, readExport } from './support/exports';

// Every view printed from a device in dark mode, at a phone's and a desktop's width: the
// printout is dark ink on white that passes axe's colour-contrast rule, says where and when
// it was printed, and credits each export once (a page's own credits, or the footer's; a
// comparison credits each occupation by name).

const journey = readExport(JOURNEY_SOC);
const compared = [
  JOURNEY_SOC,
  ...readAllExports()
    .map((data) => data.occupation.soc)
    .filter((soc) => soc !== JOURNEY_SOC)
    .slice(0, 2),
];
const firstEmerging = journey.framework.levels.emerging.statements[0] ?? '';

const assessed = {
  soc: JOURNEY_SOC,
  title: journey.occupation.title,
  frameworkVersion: journey.framework.version,
  startedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-02T08:00:00.000Z',
  ratings: {
    [ratingKey(JOURNEY_SOC, 'emerging', 0)]: {
      rating: 'with-help',
      note: 'At the front desk on Saturdays',
      text: firstEmerging,
    },
  },
};

interface View {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  seed?: string;
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
    name: 'level page',
    path: `/occupations/${JOURNEY_SOC}/emerging`,
    ready: async (page) => {
      await expect(page.getByText(firstEmerging.split(' — ')[1] ?? firstEmerging).first()).toBeVisible();
    },
  },
  {
    name: 'level matrix',
    path: `/occupations/${JOURNEY_SOC}/compare`,
    ready: async (page) => {
      await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'comparison',
    path: `/compare?occupations=${compared.join(',')}&level=proficient`,
    ready: async (page) => {
      await expect(page.locator('li[id^="cmp-"]').first()).toBeVisible();
    },
  },
  {
    name: 'about',
    path: '/about',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'About Ladder' })).toBeVisible();
    },
  },
  {
    name: 'search results',
    path: '/search?q=complaints',
    ready: async (page) => {
      const results = page.getByRole('region', { name: 'Search results' });
      await expect(results).toHaveAttribute('data-search-state', 'ready');
      await expect(results.getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'assessment results',
    path: `/occupations/${JOURNEY_SOC}/assessment/results`,
    seed: format2([assessed]),
    ready: async (page) => {
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();
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
    },
  },
  {
    name: 'my assessments',
    path: '/assessments',
    seed: format2([assessed]),
    ready: async (page) => {
      await expect(page.getByRole('list', { name: 'Assessments' }).getByRole('link')).toHaveText([assessed.title]);
    },
  },
];

const widths = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

// The day as the page prints it: "2 December 2026", in the machine's time zone like the browser's.
function today(): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

for (const size of widths) {
  test.describe(`printed from a dark ${size.name} (${size.width} px)`, () => {
    for (const view of views) {
      test(`${view.name} prints dark on white, with its address, the date and its credits once`, async ({
        browser,
      }) => {
        test.slow();
        const context = await browser.newContext({
          colorScheme: 'dark',
          viewport: { width: size.width, height: size.height },
          permissions: ['clipboard-read', 'clipboard-write'],
        });
        try {
          const page = await context.newPage();
          if (view.seed) {
            await page.goto('/');
            await page.evaluate(([name, value]) => localStorage.setItem(name, value), [
              STORAGE_KEY,
              view.seed,
            ] as const);
          }
          const path = typeof view.path === 'string' ? view.path : await view.path(page);
          await page.goto(path);
          await view.ready(page);
          await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
          expect(await page.evaluate(() => matchMedia('print and (prefers-color-scheme: dark)').matches)).toBe(true);

          // Dark ink on white paper, whatever the device's theme.
          const paper = await page.evaluate(() => {
            const style = getComputedStyle(document.body);
            return { background: getComputedStyle(document.documentElement).backgroundColor, ink: style.color };
          });
          expect(paper).toEqual({ background: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
          await expectReadableContrast(page, `${path} in print`);

          // Where and when it was printed.
          const printed = page.getByText(/^Printed on /);
          await expect(printed).toBeVisible();
          await expect(printed).toHaveText(
            `Printed on ${today()} from ${new URL(page.url()).origin}${path.split('#')[0]}`,
            {
              // A shared assessment's link carries its data in the fragment, which is left out.
              useInnerText: true,
            },
          );

          // Each export's credits once: the page's own, or else the footer's.
          const credits = page.locator('[data-credit]');
          // A list is printed when it takes up room (display: none anywhere above it leaves none).
          const shown = await credits.evaluateAll((lists) =>
            lists
              .filter((list) => list instanceof HTMLElement && list.offsetParent !== null)
              .map((list) => (list.closest('li') ?? list).textContent ?? ''),
          );
          expect(shown.length).toBeGreaterThan(0);
          expect(new Set(shown).size, `credits printed twice on ${path}: ${shown.join(' | ')}`).toBe(shown.length);
          const ownCredits = await page.locator('main [data-credit]').count();
          await expect(page.locator('footer[data-site-credits]')).toBeVisible({ visible: ownCredits === 0 });
        } finally {
          await context.close();
        }
      });
    }
  });
}
