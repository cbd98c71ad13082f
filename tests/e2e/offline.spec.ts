import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/test';
import { JOURNEY_SOC, readAllExports, readExport, statementTopic } from './support/exports';
import { DATA_CACHE } from '../../build/service-worker.ts';

// The service worker (build/service-worker.ts) against the built site: the
// other suites block it, so that their own request routing sees every request.
test.use({ serviceWorkers: 'allow' });
// One at a time: the update test changes the served sw.js for a moment.
test.describe.configure({ mode: 'serial' });

const SERVICE_WORKER = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

const journey = readExport(JOURNEY_SOC);
const unvisited = readAllExports().find((data) => data.occupation.soc !== JOURNEY_SOC);
if (!unvisited) throw new Error('The offline tests need a second export');

/** Waits until the service worker has cached the app and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
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
  await page.waitForFunction(
    async ({ cache, soc }) => {
      const data = await caches.open(cache);
      return (await data.keys()).some((request) => request.url.endsWith(`/${soc}.json`));
    },
    { cache: DATA_CACHE, soc: JOURNEY_SOC },
  );

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await expect(page.getByRole('link', { name: journey.occupation.title, exact: true })).toBeVisible();

  // Another level of the visited occupation: the same file, so it opens.
  await page.goto(`/occupations/${JOURNEY_SOC}/advanced`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
  await expect(page.getByRole('main')).toContainText(
    statementTopic(journey.framework.levels.advanced.statements[0] ?? ''),
  );

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
