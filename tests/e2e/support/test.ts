import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Download, Locator, Page, Route } from '@playwright/test';

/**
 * Waits until the page's content is live. A prerendered page shows its content
 * before React hydrates it, and a button pressed before then does nothing; the
 * app marks <html data-page-ready> once the page has hydrated or rendered. A
 * page that is not hydrating (no data-prerendered left on #root, nor a first
 * frame's data-first-frame) is live as soon as it shows anything.
 */
export async function waitForPage(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute('data-page-ready') ||
      !['data-prerendered', 'data-first-frame'].some((mark) => document.getElementById('root')?.hasAttribute(mark)),
  );
}

/** Playwright's test, with a page whose goto() returns once a prerendered page has hydrated. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await waitForPage(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      await waitForPage(page);
      return response;
    };
    await use(page);
  },
});
