import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from './support/test';
import { JOURNEY_SOC, readAllExports, readExport, statementTopic } from './support/exports';
import { DATA_CACHE } from '../../src/lib/offline-copy.ts';

// The service worker (site-generation/service-worker.ts) against the built site: the
// other suites block it, so that their own request routing sees every request.
test.use({ serviceWorkers: 'allow' });
// One at a time: the update test changes the served sw.js for a moment.
test.describe.configure({ mode: 'serial' });

const SERVICE_WORKER = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

const journey = readExport(JOURNEY_SOC);
const unvisited = readAllExports().find((data) => data.occupation.soc !== JOURNEY_SOC);
if (!unvisited) throw new Error('The offline tests need a second export');

/**
 * Waits until the service worker has cached the app and controls the page.
 * Polled from here: page.waitForFunction takes a promise for a truthy value,
 * so an async predicate there returns at once without waiting for anything.
 */
async function waitForServiceWorker(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The site paths of the data files in the offline cache. */
async function cachedDataFiles(page: Page): Promise<string[]> {
  return page.evaluate(async (cache) => {
    const data = await caches.open(cache);
    return (await data.keys()).map((request) => new URL(request.url).pathname);
  }, DATA_CACHE);
}

/** Waits until the occupation's file is kept for offline use, as a reader's pause would allow. */
async function waitForOfflineCopy(page: Page, soc: string) {
  await expect.poll(async () => (await cachedDataFiles(page)).some((path) => path.endsWith(`/${soc}.json`))).toBe(true);
}

/** Whether the page's request for a file of `folder` (e.g. assets/occupations/) was answered by the service worker. */
async function requestsOf(page: Page, folder: string): Promise<{ path: string; viaWorker: boolean }[]> {
  return page.evaluate(
    (part) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(part))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          // workerStart is 0 for a request no service worker saw.
          viaWorker: (entry as PerformanceResourceTiming).workerStart > 0,
        })),
    folder,
  );
}

/**
 * Holds the service worker's script until released: the page and its data
 * load as on a first visit, before any worker is installed, whatever the speed
 * of the machine. (A real first visit is like this on any slow connection.)
 */
async function holdServiceWorker(context: BrowserContext): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function expectStatementsOffline(page: Page, level: 'emerging' | 'advanced') {
  await page.goto(`/occupations/${JOURNEY_SOC}/${level}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
  for (const statement of journey.framework.levels[level].statements) {
    await expect(page.getByRole('main')).toContainText(statementTopic(statement));
  }
}

test('after a first visit, the catalog, a visited occupation and its assessment open offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();
  await expect(page.getByRole('main')).toContainText(
    statementTopic(journey.framework.levels.emerging.statements[0] ?? ''),
  );
  // The worker keeps its copy of the file once the page has it; going offline the same instant
  // would race that write, which no reader does.
  await waitForOfflineCopy(page, JOURNEY_SOC);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await expect(page.getByRole('link', { name: journey.occupation.title, exact: true })).toBeVisible();

  // Another level of the visited occupation: the same file, so it opens.
  await expectStatementsOffline(page, 'advanced');

  // Self-assessment works offline: its code was cached, its ratings stay in the browser.
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  const firstRating = page.getByRole('radio').first();
  await firstRating.click();
  await expect(firstRating).toBeChecked();

  // An occupation never opened was never downloaded: the page says so and offers to try again.
  await page.goto(`/occupations/${unvisited.occupation.soc}/emerging`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unvisited.occupation.title);
  await expect(page.getByRole('alert')).toContainText('could not be downloaded');
  await expect(page.getByRole('button', { name: /Try again/ })).toBeVisible();
});

test('a first visit from the catalog works offline: the occupation read before the worker took control opens', async ({
  page,
  context,
}) => {
  const release = await holdServiceWorker(context);
  await page.goto('/');
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();
  await expect(page.getByRole('main')).toContainText(
    statementTopic(journey.framework.levels.emerging.statements[0] ?? ''),
  );
  // The file came from the network, not the worker: this is the first-visit case.
  const requests = await requestsOf(page, '/assets/occupations/');
  expect(requests.map((request) => request.path.split('/').at(-1))).toEqual([`${JOURNEY_SOC}.json`]);
  expect(requests.every((request) => !request.viaWorker)).toBe(true);

  // The reader stays on the page while the worker installs, then loses the connection.
  release();
  await waitForServiceWorker(page);
  await waitForOfflineCopy(page, JOURNEY_SOC);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('main')).toContainText(
    statementTopic(journey.framework.levels.emerging.statements[0] ?? ''),
  );
  await expectStatementsOffline(page, 'advanced');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
});

test('a first visit by a deep link works offline, and so does a search made before the worker took control', async ({
  page,
  context,
}) => {
  const release = await holdServiceWorker(context);
  // Opened from a link: the prerendered page loads its file before the app has started.
  await page.goto(`/occupations/${JOURNEY_SOC}/proficient`);
  await expect(page.getByRole('main')).toContainText(
    statementTopic(journey.framework.levels.proficient.statements[0] ?? ''),
  );
  const word = statementTopic(journey.framework.levels.proficient.statements[0] ?? '')
    .split(/\s+/)
    .find((candidate) => candidate.length > 4);
  if (!word) throw new Error('The first Proficient topic has no long word to search for');
  const searchbox = page.getByRole('searchbox', { name: 'Search', exact: true });
  await searchbox.fill(word);
  await searchbox.press('Enter');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results).toHaveAttribute('data-search-state', 'ready');
  await expect(results.getByRole('article', { name: journey.occupation.title, exact: true })).toBeVisible();
  const searched = page.url();
  expect((await requestsOf(page, '/assets/occupations/')).every((request) => !request.viaWorker)).toBe(true);

  release();
  await waitForServiceWorker(page);
  await waitForOfflineCopy(page, JOURNEY_SOC);
  // The search worker's index files are kept as well as the occupation's.
  await expect
    .poll(async () => (await cachedDataFiles(page)).filter((path) => path.includes('/assets/search/')).length)
    .toBeGreaterThan(0);
  await context.setOffline(true);

  await expectStatementsOffline(page, 'advanced');
  await page.goto(searched);
  await expect(results).toHaveAttribute('data-search-state', 'ready');
  await expect(results.getByRole('article', { name: journey.occupation.title, exact: true })).toBeVisible();
});

test('a new deploy is installed in the background and offered; Reload to update switches to it', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const banner = page.getByText('A new version of Ladder is ready.');
  await expect(banner).toBeHidden();

  // A new deploy, as the server sees it: sw.js changes. Same length, because the preview
  // server keeps the sizes it read at start; the directive is as valid in either quote.
  const original = readFileSync(SERVICE_WORKER, 'utf8');
  const deployed = original.replace("'use strict';", '"use strict";');
  expect(deployed).not.toBe(original);
  writeFileSync(SERVICE_WORKER, deployed);
  try {
    // Browsers check for a new worker on navigations and on update(); update() does not wait for a timer.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(banner).toBeVisible();
    for (const [width, scheme] of [
      [375, 'dark'],
      [1280, 'light'],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `tests/screenshots/update-offered-${width}-${scheme}.png`,
        animations: 'disabled',
      });
    }
    // Until the reader chooses, the page keeps running on the version it started with.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
    await expect(banner).toBeHidden();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      }),
    ).toEqual({ waiting: null, controlled: true });
  } finally {
    writeFileSync(SERVICE_WORKER, original);
  }
});

test('the web app manifest names the app and its icons load', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.short_name).toBe('Ladder');
  expect(manifest.display).toBe('standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((candidate) => candidate.sizes === size && candidate.type === 'image/png');
    expect(icon, `a ${size} PNG icon`).toBeDefined();
    const image = await request.get(new URL(icon?.src ?? '', new URL(href ?? '', page.url())).href);
    expect(image.ok()).toBe(true);
    expect(image.headers()['content-type']).toContain('image/png');
  }
});
