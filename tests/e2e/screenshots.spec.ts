import { expect, test } from '@playwright/test';

// Screenshots of every view at a phone and a desktop width, in light and dark,
// written to tests/screenshots/ for a person to look at. Each view also must not
// scroll sideways at that width.
const views = [
  { name: 'catalog', path: '/', ready: 'Occupations' },
  { name: 'catalog-empty', path: '/?q=zzzz', ready: 'Occupations' },
  { name: 'occupation-emerging', path: '/occupations/43-4171.00/emerging', ready: 'Level 1 of 4' },
  { name: 'occupation-advanced', path: '/occupations/43-6011.00/advanced', ready: 'Level 4 of 4' },
  { name: 'not-found', path: '/occupations/99-9999.00', ready: 'Page not found' },
  { name: 'level-matrix', path: '/occupations/43-4171.00/compare', ready: 'levels side by side' },
  {
    name: 'comparison',
    path: '/compare?occupations=43-4171.00,43-6011.00,43-9061.00&level=proficient',
    ready: 'Close matches',
  },
  { name: 'comparison-empty', path: '/compare', ready: 'Compare occupations' },
];

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px in ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      for (const view of views) {
        test(`${view.name} fits the width and is captured`, async ({ page }) => {
          await page.goto(view.path);
          await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
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
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
