import type { Browser } from '@playwright/test';
import { TransferLog, sumBytes } from './browser.ts';
import type { Transfer } from './browser.ts';

/**
 * What a first visit downloads: every response of a fresh, cache-less browser
 * context until the network is idle and the page heading shows. Counting all
 * responses (not a list of expected files) keeps the figure honest when data
 * moves between the JavaScript and separate JSON files.
 */

export interface FirstLoad {
  size: number;
  route: string;
  /** The page's h1, so the report shows the page rendered and was not an error page. */
  heading: string;
  bytes: number;
  /** What the service worker downloads after the page has loaded, to work offline next time. */
  serviceWorkerBytes: number;
  transfers: Transfer[];
  /** Search files fetched on first load; there should be none, search loads on demand. */
  searchFiles: string[];
}

/** Polls `check` every 100 ms until it holds or `timeoutMs` has passed; a worker that never activates is reported by its bytes. */
async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function measureFirstLoad(
  browser: Browser,
  origin: string,
  size: number,
  route: string,
): Promise<FirstLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const log = new TransferLog(page);
    const response = await page.goto(`${origin}${route}`, { waitUntil: 'networkidle', timeout: 60_000 });
    if (!response?.ok()) throw new Error(`${route} answered ${response?.status() ?? 'nothing'}`);
    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor({ state: 'visible', timeout: 30_000 });
    // The heading can appear before late data requests settle; wait for quiet again.
    await page.waitForLoadState('networkidle');
    // The service worker installs after the page has loaded; its downloads are counted apart.
    // Polled with evaluate: waitForFunction takes an async predicate's promise as truthy and returns at once.
    await waitUntil(
      () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'),
      30_000,
    );
    log.recording = false;
    const transfers = await log.transfers();
    return {
      size,
      route,
      heading: (await heading.textContent())?.trim() ?? '',
      bytes: sumBytes(transfers.filter((item) => !item.serviceWorker)),
      serviceWorkerBytes: sumBytes(transfers.filter((item) => item.serviceWorker)),
      transfers,
      searchFiles: transfers.filter((item) => item.path.startsWith('/assets/search/')).map((item) => item.path),
    };
  } finally {
    await context.close();
  }
}
