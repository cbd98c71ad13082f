import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from './support/test';
import { JOURNEY_SOC, readExport } from './support/exports';
import { INSERTED_STATEMENT, rebuiltExport, serveRebuiltSite } from './support/rebuilt-site';

// A site owner drops in a new version of an export and deploys again: ratings,
// share links and files made before keep to the statements they were made
// for. The second build (tests/e2e/support/rebuilt-site.ts) has a statement
// inserted at the top of the journey occupation's Emerging level and its
// second and third statements swapped; it is served on the same origin, as a
// redeploy is, so the browser keeps what it saved.

const before = readExport(JOURNEY_SOC);
const after = rebuiltExport();
const oldEmerging = before.framework.levels.emerging.statements;
const newEmerging = after.framework.levels.emerging.statements;
const label = before.framework.levels.emerging.label;
const total = (data: typeof before) =>
  Object.values(data.framework.levels).reduce((sum, level) => sum + level.statements.length, 0);

type RatingName = 'Not yet' | 'With help' | 'On my own';
/** Old Emerging statements by position, with the rating the learner gives each. */
const PLAN: [index: number, rating: RatingName][] = [
  [0, 'On my own'],
  [1, 'With help'],
  [2, 'Not yet'],
  [3, 'On my own'],
];
const NOTE = 'Covered the switchboard alone for a week';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function level(page: Page): Locator {
  return page.getByRole('region', { name: `Level 1 of 4: ${label}`, exact: true });
}

/** An Emerging statement's group name: its number on the page and its text. */
function groupName(statements: readonly string[], text: string): string {
  const number = statements.indexOf(text) + 1;
  if (number === 0) throw new Error(`No Emerging statement "${text}"`);
  return `${number}. ${squash(text)}`;
}

/** The rating group of an Emerging statement, found by its text and its number on the page. */
function statement(page: Page, statements: readonly string[], text: string): Locator {
  return level(page).getByRole('group', { name: groupName(statements, text), exact: true });
}

/** The list item of an Emerging statement: its rating group and its note. */
function item(page: Page, statements: readonly string[], text: string): Locator {
  // `has` looks inside each item, so its locator starts from the item, not the page.
  return level(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('group', { name: groupName(statements, text), exact: true }) });
}

/** Every Emerging statement shows the rating the plan gave its text, and the new one none. */
async function expectRatingsFollowed(page: Page) {
  for (const [index, rating] of PLAN) {
    const text = oldEmerging[index] ?? '';
    await expect(statement(page, newEmerging, text).getByRole('radio', { name: rating, exact: true })).toBeChecked();
  }
  const inserted = statement(page, newEmerging, INSERTED_STATEMENT);
  for (const name of ['Not yet', 'With help', 'On my own'] as const) {
    await expect(inserted.getByRole('radio', { name, exact: true })).not.toBeChecked();
  }
  await expect(page.getByText(`${PLAN.length} of ${total(after)} statements rated`, { exact: true })).toBeVisible();
}

async function rateBeforeTheRebuild(page: Page) {
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  for (const [index, rating] of PLAN) {
    const group = statement(page, oldEmerging, oldEmerging[index] ?? '');
    await group.getByRole('radio', { name: rating, exact: true }).click();
    await expect(group.getByRole('radio', { name: rating, exact: true })).toBeChecked();
  }
  const first = item(page, oldEmerging, oldEmerging[0] ?? '');
  await first.getByRole('button', { name: 'Add a note to statement 1', exact: true }).click();
  await first.getByRole('textbox', { name: 'Note (optional)' }).fill(NOTE);
  await expect(first.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue(NOTE);
  await expect(page.getByText(`${PLAN.length} of ${total(before)} statements rated`, { exact: true })).toBeVisible();
}

async function shareLinkAndFile(page: Page): Promise<{ link: string; file: string }> {
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment/results`);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  return { link, file: await download.path() };
}

/** The site's origin, where the second build is served in place of the first. */
function origin(): string {
  return new URL(test.info().project.use.baseURL ?? '').origin;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await serveRebuiltSite(context, origin());
  return context;
}

/** Screenshots at a phone's and a laptop's width, light and dark, each scheme checked with axe. */
async function lookAt(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `tests/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(
      serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      `axe on ${name} in ${colorScheme}`,
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('ratings made before a new export version stay beside their statements after it, and the changes are shown', async ({
  browser,
}) => {
  // Three browsers, two builds, screenshots and axe in both schemes: minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await rateBeforeTheRebuild(page);
    const { link, file } = await shareLinkAndFile(page);

    // The site is built again with the new export; the learner comes back.
    await serveRebuiltSite(context, origin());
    await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
    await expectRatingsFollowed(page);
    const note = item(page, newEmerging, oldEmerging[0] ?? '').getByRole('textbox', { name: 'Note (optional)' });
    await expect(note).toHaveValue(NOTE);
    await expect(page.getByText(/This framework changed from version/)).toContainText(
      `from version ${before.framework.version} to ${after.framework.version} since you rated it. Your ratings followed their statements. 1 statement is new.`,
    );

    await page.getByRole('link', { name: 'See what changed' }).click();
    const changes = page.getByRole('region', { name: 'Changes in this framework' });
    await expect(changes).toBeFocused();
    await expect(changes).toContainText(
      `The framework changed from version ${before.framework.version} to ${after.framework.version}`,
    );
    await expect(changes).toContainText('Every statement you rated is worded as before: your ratings still apply.');
    await expect(changes).toContainText('1 statement is new in this version, not yet rated, listed below.');
    await expect(changes.getByRole('list', { name: 'New statements' }).getByRole('listitem')).toHaveText(
      `${label}${INSERTED_STATEMENT}`,
    );
    // Reloading says the same: the carry-over was saved once, not redone.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Changes in this framework' })).toContainText(
      '1 statement is new in this version',
    );
    await lookAt(page, 'version-changes-results');
    await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
    await expect(page.getByRole('link', { name: 'See what changed' })).toBeVisible();
    await lookAt(page, 'version-changes-notice');

    // The share link made before the rebuild, in another browser that has only the new build.
    const other = await newContext(browser);
    try {
      const shared = await other.newPage();
      await shared.goto(link);
      await expect(shared.getByRole('heading', { level: 1 })).toHaveText(
        `Shared assessment: ${before.occupation.title}`,
      );
      await shared.getByRole('button', { name: 'Save a copy' }).click();
      await expect(shared.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await shared.goto(`/occupations/${JOURNEY_SOC}/assessment`);
      await expectRatingsFollowed(shared);
    } finally {
      await other.close();
    }

    // The JSON file made before the rebuild, imported into a third browser.
    const third = await newContext(browser);
    try {
      const fresh = await third.newPage();
      await fresh.goto('/assessments');
      await fresh.getByLabel(/^Choose a JSON file downloaded from Ladder/).setInputFiles({
        name: 'before-the-rebuild.json',
        mimeType: 'application/json',
        buffer: readFileSync(file),
      });
      await expect(fresh.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
        `Imported the assessment of ${before.occupation.title}.`,
      );
      await fresh.goto(`/occupations/${JOURNEY_SOC}/assessment`);
      await expectRatingsFollowed(fresh);
      await expect(
        item(fresh, newEmerging, oldEmerging[0] ?? '').getByRole('textbox', { name: 'Note (optional)' }),
      ).toHaveValue(NOTE);
    } finally {
      await third.close();
    }
  } finally {
    await context.close();
  }
});

test('ratings saved by the Ladder before stable keys are upgraded on the version they were made for, then follow a new version', async ({
  page,
  context,
}) => {
  // Two builds and several page loads: past the default limit on a busy 2-core machine.
  test.slow();
  // Format 1, as the previous Ladder saved it: ratings by position.
  const ratings = Object.fromEntries(PLAN.map(([index, rating]) => [`emerging:${index}`, { rating: toId(rating) }]));
  const legacy = JSON.stringify({
    version: 1,
    assessments: {
      [JOURNEY_SOC]: {
        soc: JOURNEY_SOC,
        title: before.occupation.title,
        frameworkVersion: before.framework.version,
        startedAt: '2026-11-20T09:00:00.000Z',
        updatedAt: '2026-11-21T09:00:00.000Z',
        ratings,
      },
    },
  });
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('ladder.assessments', value), legacy);
  // Opened on the build it was made for: the positions are placed with their texts.
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  for (const [index, rating] of PLAN) {
    await expect(
      statement(page, oldEmerging, oldEmerging[index] ?? '').getByRole('radio', { name: rating, exact: true }),
    ).toBeChecked();
  }
  // Left where it was, for any tab still running the Ladder that wrote it.
  expect(await page.evaluate(() => localStorage.getItem('ladder.assessments'))).toBe(legacy);

  await serveRebuiltSite(context, origin());
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await expectRatingsFollowed(page);
});

function toId(name: RatingName): 'not-yet' | 'with-help' | 'on-my-own' {
  return name === 'Not yet' ? 'not-yet' : name === 'With help' ? 'with-help' : 'on-my-own';
}
