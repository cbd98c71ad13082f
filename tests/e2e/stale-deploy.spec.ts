import { expect, test, type Page } from './support/test';
import { JOURNEY_SOC, readExport, statementTopic } from './support/exports';

// A tab opened before a new deploy asks for files of the old build, which are
// gone (content-hashed names). The app reloads once to get the new build, and
// shows its error state, not a reload loop, when that does not help.

const journey = readExport(JOURNEY_SOC);
const LEVEL_CHUNK = /\/assets\/occupation-level-[\w-]+\.js$/;

/** Counts the page's document loads: the first one, then each reload. */
function countDocumentLoads(page: Page): { count: number } {
  const loads = { count: 0 };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads.count += 1;
  });
  return loads;
}

test('a page’s code gone after a new deploy: one reload, and the page opens', async ({ page }) => {
  const loads = countDocumentLoads(page);
  // The old build's chunk is missing until the reload fetches the new build's page.
  let deployed = false;
  await page.route(LEVEL_CHUNK, (route) => (deployed ? route.continue() : route.fulfill({ status: 404, body: '' })));
  page.on('request', (request) => {
    if (request.isNavigationRequest() && loads.count > 1) deployed = true;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
  await expect(page).toHaveURL(new RegExp(`/occupations/${JOURNEY_SOC.replace('.', '\\.')}/emerging$`));
  expect(loads.count).toBe(2);
});

test('a page’s code missing from the new build too: one reload, then the error with a way out', async ({ page }) => {
  const loads = countDocumentLoads(page);
  await page.route(LEVEL_CHUNK, (route) => route.fulfill({ status: 404, body: '' }));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The header stays usable: the catalog opens from it.
  await expect(page.getByRole('link', { name: /Ladder/ }).first()).toBeVisible();
  // Long enough for a loop to show itself.
  await page.waitForTimeout(1_500);
  expect(loads.count).toBe(2);
  expect(consoleErrors.length).toBeGreaterThan(0);
});

test('an occupation file gone after a new deploy: one reload, and the statements show', async ({ page }) => {
  const loads = countDocumentLoads(page);
  let deployed = false;
  await page.route('**/assets/occupations/**', (route) =>
    deployed ? route.continue() : route.fulfill({ status: 404, body: '' }),
  );
  page.on('request', (request) => {
    if (request.isNavigationRequest() && loads.count > 1) deployed = true;
  });
  await page.goto('/');
  await page.getByRole('link', { name: journey.occupation.title, exact: true }).click();
  const first = journey.framework.levels.emerging.statements[0] ?? '';
  await expect(page.getByRole('main')).toContainText(statementTopic(first));
  await expect(page.getByRole('main')).not.toContainText('could not be downloaded');
  expect(loads.count).toBe(2);
});
