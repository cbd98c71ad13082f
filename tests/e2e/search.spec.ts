import { expect, test, type BrowserContext, type Locator, type Page } from './support/test';
import { statementPath } from './support/anchors';
import {
  JOURNEY_SOC,
  LEVEL_IDS,
  escapeRegExp,
  readAllExports,
  readExport,
  statementDescription,
  type LevelId,
} from './support/exports';

// Search in a real browser: from the header of any page to results grouped by
// occupation and level, into a statement on its level page and back. Which
// statements must be found is worked out here from data/, never typed in.

const exports = readAllExports();
const journey = readExport(JOURNEY_SOC);
const LEVEL_NAMES: Record<LevelId, string> = {
  emerging: 'Emerging',
  developing: 'Developing',
  proficient: 'Proficient',
  advanced: 'Advanced',
};

interface Found {
  soc: string;
  title: string;
  group: string;
  level: LevelId;
  /** Position in its level, from 0. */
  index: number;
  text: string;
  href: string;
}

/** Words as search sees them: accents folded, lower case, split on anything not a letter or digit. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every statement of the data with a word that passes `test`, in data order. */
function statementsWith(test: (word: string) => boolean): Found[] {
  return exports.flatMap((data) =>
    LEVEL_IDS.flatMap((level) =>
      data.framework.levels[level].statements.flatMap((text, index) =>
        words(text).some(test)
          ? [
              {
                soc: data.occupation.soc,
                title: data.occupation.title,
                group: data.occupation.group,
                level,
                index,
                text,
                href: statementPath(data, level, index),
              },
            ]
          : [],
      ),
    ),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function occupationsOf(found: readonly Found[]): string[] {
  return [...new Set(found.map((statement) => statement.soc))];
}

/** The status line the results page shows for these matches. */
function summary(query: string, found: readonly Found[], suffix = ''): string {
  const verb = found.length === 1 ? 'matches' : 'match';
  return `${plural(found.length, 'statement')} in ${plural(occupationsOf(found).length, 'occupation')} ${verb} “${query}”${suffix}.`;
}

function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search', exact: true });
}

function resultsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Search results' });
}

/** Waits until the results on screen are those of `query`, not a previous keystroke's. */
async function expectResultsFor(page: Page, query: string) {
  const results = resultsRegion(page);
  await expect(results).toHaveAttribute('data-search-query', query);
  await expect(results).toHaveAttribute('data-search-state', 'ready');
}

/** Statements shown for an occupation before "Show all". */
const STATEMENTS_PREVIEWED = 3;

function statementName(statement: Found): string {
  return `Statement ${statement.index + 1}: ${statement.text}`;
}

function showAllButton(article: Locator): Locator {
  return article.getByRole('button', { name: /^Show all \d+ matching statements of / });
}

/** Presses every "Show all" in the results, so that each occupation lists all its matches. */
async function showEveryMatch(page: Page) {
  const buttons = resultsRegion(page).getByRole('button', { name: /^Show all \d+ matching statements of / });
  for (let count = await buttons.count(); count > 0; count -= 1) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(count - 1);
  }
}

/**
 * The results show exactly these statements: one article per occupation, with
 * a link to it, then a region per level, in level order, with a link to each
 * statement (in data order) that has the matched words marked. An occupation
 * with more than three matches first shows its first three and a "Show all"
 * button, which this presses (unless an earlier search on the page did).
 */
async function expectResults(page: Page, found: readonly Found[], marked: (word: string) => boolean) {
  const results = resultsRegion(page);
  const socs = occupationsOf(found);
  await expect(results.getByRole('article')).toHaveCount(socs.length);
  for (const soc of socs) {
    const inOccupation = found.filter((statement) => statement.soc === soc);
    const { title } = inOccupation[0] ?? { title: '' };
    const article = results.getByRole('article', { name: title, exact: true });
    await expect(article.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      `/occupations/${soc}`,
    );
    const statementLinks = article.getByRole('region').getByRole('link');
    if (inOccupation.length <= STATEMENTS_PREVIEWED) {
      await expect(showAllButton(article)).toHaveCount(0);
    } else if ((await showAllButton(article).count()) > 0) {
      await expect(statementLinks).toHaveText(inOccupation.slice(0, STATEMENTS_PREVIEWED).map(statementName));
      await expect(showAllButton(article)).toHaveAccessibleName(
        `Show all ${inOccupation.length} matching statements of ${title}`,
      );
      await showAllButton(article).click();
      await expect(showAllButton(article)).toHaveCount(0);
    }

    const levels = LEVEL_IDS.filter((level) => inOccupation.some((statement) => statement.level === level));
    const regions = article.getByRole('region');
    await expect(regions).toHaveCount(levels.length);
    for (const [position, level] of levels.entries()) {
      const region = regions.nth(position);
      const expected = inOccupation.filter((statement) => statement.level === level);
      await expect(region).toHaveAccessibleName(`${title}, ${LEVEL_NAMES[level]}`);
      await expect(region.getByRole('heading', { level: 3 })).toContainText(plural(expected.length, 'statement'));
      const links = region.getByRole('link');
      await expect(links).toHaveText(expected.map(statementName));
      const [first] = expected;
      if (!first) throw new Error(`No statement expected at ${level}`);
      await expect(links.first()).toHaveAccessibleName(statementName(first));
      expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')))).toEqual(
        expected.map((statement) => statement.href),
      );
      // Every statement shows why it matched.
      await expect(links.filter({ hasNot: page.locator('mark') })).toHaveCount(0);
    }
  }
  // Only matched words are marked.
  const marks = await results.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThanOrEqual(found.length);
  const unexpected = marks.filter((text) => !words(text).every(marked));
  expect(unexpected, 'marked words that do not match the query').toEqual([]);
}

/** Main-thread errors and console errors of a page, to be empty at the end of a journey. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Site-relative paths of every search index file the context requests, workers included. */
function watchSearchFiles(context: BrowserContext): string[] {
  const requested: string[] = [];
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/search/')) requested.push(pathname);
  });
  return requested;
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

// Forms of "complaint", and of "schedule" that start "schedul".
const complaints = statementsWith((word) => word.startsWith('complaint'));
const scheduling = statementsWith((word) => word.startsWith('schedul'));

test.describe('search from the header', () => {
  // Each test checks every result against the data: on a busy 2-core machine that nears the default limit.
  test.describe.configure({ timeout: 60_000 });

  test('pressing / on the catalog and typing shows the matching statements, grouped by occupation and level, with the words marked', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    expect(complaints.length, 'the data has statements about complaints').toBeGreaterThan(1);

    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link').first()).toBeVisible();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    // The slash jumps to the box; it is not typed into it.
    await expect(searchBox(page)).toHaveValue('');

    await page.keyboard.type('complaints');
    await expect(page).toHaveURL(/\/search\?q=complaints$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(searchBox(page)).toBeFocused();
    await expectResultsFor(page, 'complaints');
    await expect(page.getByRole('status')).toHaveText(summary('complaints', complaints));
    await expectResults(page, complaints, (word) => word.startsWith('complaint'));
    await expect(page).toHaveTitle('Search: complaints · Ladder');

    expect(errors).toEqual([]);
  });

  test('typing adds one entry to the history: Back returns to the page the search started from', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link').first()).toBeVisible();
    const before = await page.evaluate(() => history.length);
    // Typed at once, as a fast typist or a paste would, before the results page has loaded.
    await searchBox(page).pressSequentially('complaints');
    await expect(page).toHaveURL(/\/search\?q=complaints$/);
    await expectResultsFor(page, 'complaints');
    expect(await page.evaluate(() => history.length), 'one entry for the whole query').toBe(before + 1);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Occupations' })).toBeVisible();
    await page.goForward();
    await expectResultsFor(page, 'complaints');
    await expect(searchBox(page)).toHaveValue('complaints');
  });

  test('the search URL can be reloaded and shared: a fresh browser shows the same results', async ({
    page,
    browser,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/search?q=scheduling');
    await expectResultsFor(page, 'scheduling');
    await expect(page.getByRole('status')).toHaveText(summary('scheduling', scheduling));
    const shown = await resultsRegion(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await expectResults(page, scheduling, (word) => word.startsWith('schedul'));

    await page.reload();
    await expectResultsFor(page, 'scheduling');
    await expect(searchBox(page)).toHaveValue('scheduling');
    await expect(resultsRegion(page).getByRole('link')).toHaveCount(shown.length);
    expect(
      await resultsRegion(page)
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(shown);

    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      const otherErrors = watchErrors(other);
      await other.goto(page.url());
      await expectResultsFor(other, 'scheduling');
      await expect(searchBox(other)).toHaveValue('scheduling');
      await expect(other.getByRole('status')).toHaveText(summary('scheduling', scheduling));
      expect(
        await resultsRegion(other)
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(shown);
      expect(otherErrors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(errors).toEqual([]);
  });

  test('the arrow keys move from the box through the results; Enter opens a statement on its level page, and Back returns to the results', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await searchBox(page).click();
    await page.keyboard.type('complaints');
    await expectResultsFor(page, 'complaints');
    const links = resultsRegion(page).getByRole('link');
    const firstArticle = resultsRegion(page).getByRole('article').first();

    // Down from the box to the first occupation, down again to its first statement, up twice back to the box.
    await page.keyboard.press('ArrowDown');
    await expect(firstArticle.getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(firstArticle.getByRole('region').first().getByRole('link').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(firstArticle.getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(searchBox(page)).toBeFocused();

    // A statement far enough down its level that the page has to scroll to it.
    const names = await links.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    const target = names.findIndex((name) => Number(/^Statement (\d+): /.exec(name)?.[1] ?? 0) >= 6);
    expect(target, 'a result past the fifth statement of its level').toBeGreaterThan(0);
    for (let step = 0; step <= target; step += 1) {
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(step)).toBeFocused();
    }
    const href = (await links.nth(target).getAttribute('href')) ?? '';
    const statement = complaints.find((candidate) => candidate.href === href);
    expect(statement, `${href} is one of the expected results`).toBeDefined();
    if (!statement) return;

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href)}$`));
    const item = page
      .getByRole('region', { name: new RegExp(`^Level ${LEVEL_IDS.indexOf(statement.level) + 1} of 4: `) })
      .getByRole('listitem')
      .nth(statement.index);
    await expect(item).toContainText(statementDescription(statement.text));
    await expect(item).toHaveAttribute('id', decodeURIComponent(href.split('#')[1] ?? ''));
    await expect(item).toHaveAttribute('aria-current', 'location');
    await expect(item).toBeFocused();
    await expect(item).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY), 'the page scrolled to the statement').toBeGreaterThan(0);
    await expect(page.locator('[aria-current="location"]')).toHaveCount(1);

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=complaints$/);
    await expectResultsFor(page, 'complaints');
    await expect(searchBox(page)).toHaveValue('complaints');
    await expect(links).toHaveCount(names.length);

    expect(errors).toEqual([]);
  });

  test('Show all, pressed from the keyboard, lists every match of an occupation and keeps focus in it', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const many = occupationsOf(scheduling).find(
      (soc) => scheduling.filter((statement) => statement.soc === soc).length > STATEMENTS_PREVIEWED,
    );
    if (!many) throw new Error('The data needs an occupation with more than three scheduling statements');
    const found = scheduling.filter((statement) => statement.soc === many);
    const { title } = found[0] ?? { title: '' };

    await page.goto('/search?q=scheduling');
    await expectResultsFor(page, 'scheduling');
    const article = resultsRegion(page).getByRole('article', { name: title, exact: true });
    const statementLinks = article.getByRole('region').getByRole('link');
    await expect(statementLinks).toHaveCount(STATEMENTS_PREVIEWED);
    const showAll = article.getByRole('button', {
      name: `Show all ${found.length} matching statements of ${title}`,
      exact: true,
    });
    await expect(showAll).toHaveText(`Show all ${found.length} matching statements`);
    await showAll.focus();
    await page.keyboard.press('Enter');

    await expect(statementLinks).toHaveText(found.map(statementName));
    await expect(showAll).toHaveCount(0);
    // The button goes once pressed; focus must not fall back to the top of the page with it.
    await expect(article.locator(':focus'), 'focus stays within the occupation whose matches were shown').toHaveCount(
      1,
    );
    expect(errors).toEqual([]);
  });

  test('the level and group filters narrow the results, say so, and are kept in the URL', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/search?q=scheduling');
    await expectResultsFor(page, 'scheduling');
    const level = page.getByRole('combobox', { name: 'Level' });
    const group = page.getByRole('combobox', { name: 'Group' });

    // Each level says how many statements match there.
    await expect(level.getByRole('option')).toHaveText([
      'All levels',
      ...LEVEL_IDS.map(
        (id) => `${LEVEL_NAMES[id]} (${scheduling.filter((statement) => statement.level === id).length})`,
      ),
    ]);
    const groups = [...new Set(exports.map((data) => data.occupation.group))].sort();
    const groupCount = (name: string, found: readonly Found[]) =>
      occupationsOf(found.filter((statement) => statement.group === name)).length;
    await expect(group.getByRole('option')).toHaveText([
      'All groups',
      ...groups.map((name) => `${name} (${groupCount(name, scheduling)})`),
    ]);

    const developing = scheduling.filter((statement) => statement.level === 'developing');
    expect(developing.length).toBeGreaterThan(0);
    expect(developing.length).toBeLessThan(scheduling.length);
    await level.selectOption('developing');
    await expect.poll(() => searchParams(page).get('level')).toBe('developing');
    expect(searchParams(page).get('q')).toBe('scheduling');
    await expect(page.getByRole('status')).toHaveText(summary('scheduling', developing, ' at Developing'));
    await expectResultsFor(page, 'scheduling');
    await expectResults(page, developing, (word) => word.startsWith('schedul'));
    // Groups now count the occupations with a match at Developing.
    await expect(group.getByRole('option')).toHaveText([
      'All groups',
      ...groups.map((name) => `${name} (${groupCount(name, developing)})`),
    ]);

    const [firstGroup] = groups;
    if (firstGroup === undefined) throw new Error('The data has no occupation group');
    const inGroup = developing.filter((statement) => statement.group === firstGroup);
    await group.selectOption(firstGroup);
    await expect.poll(() => searchParams(page).get('group')).toBe(firstGroup);
    expect(searchParams(page).get('level')).toBe('developing');
    await expect(page.getByRole('status')).toHaveText(
      summary('scheduling', inGroup, ` at Developing in ${firstGroup}`),
    );
    await expectResults(page, inGroup, (word) => word.startsWith('schedul'));

    // The filters come back with the address.
    await page.reload();
    await expectResultsFor(page, 'scheduling');
    await expect(level).toHaveValue('developing');
    await expect(group).toHaveValue(firstGroup);
    await expect(page.getByRole('status')).toHaveText(
      summary('scheduling', inGroup, ` at Developing in ${firstGroup}`),
    );

    // Back to every level.
    await level.selectOption({ label: 'All levels' });
    await expect.poll(() => searchParams(page).has('level')).toBe(false);
    await expect(page.getByRole('status')).toHaveText(
      summary(
        'scheduling',
        scheduling.filter((statement) => statement.group === firstGroup),
        ` in ${firstGroup}`,
      ),
    );

    expect(errors).toEqual([]);
  });

  test('a word’s beginning, or another form of it, finds every form', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');

    // A prefix finds every form that starts with it.
    await searchBox(page).fill('schedul');
    await expectResultsFor(page, 'schedul');
    await expect(page.getByRole('status')).toHaveText(summary('schedul', scheduling));
    await expectResults(page, scheduling, (word) => word.startsWith('schedul'));

    // Another form of the word finds the others.
    await searchBox(page).fill('complaint');
    await expectResultsFor(page, 'complaint');
    await expect(page.getByRole('status')).toHaveText(summary('complaint', complaints));
    expect(errors).toEqual([]);
  });

  test('a word with one letter left out, or two letters swapped, still finds it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');

    // One letter left out of a seven-letter word.
    const customer = statementsWith((word) => word === 'customer');
    expect(customer.length).toBeGreaterThan(0);
    await searchBox(page).fill('custmer');
    await expectResultsFor(page, 'custmer');
    await showEveryMatch(page);
    for (const statement of customer) {
      await expect(resultsRegion(page).locator(`a[href="${statement.href}"]`)).toHaveCount(1);
    }
    const customerMarks = await resultsRegion(page).locator('mark').allTextContents();
    expect(customerMarks.length).toBeGreaterThanOrEqual(customer.length);
    expect(customerMarks.filter((text) => !text.toLowerCase().startsWith('custom'))).toEqual([]);

    // Two neighbouring letters swapped in a short word.
    const email = statementsWith((word) => word === 'email');
    expect(email.length).toBeGreaterThan(0);
    await searchBox(page).fill('emial');
    await expectResultsFor(page, 'emial');
    await showEveryMatch(page);
    for (const statement of email) {
      await expect(resultsRegion(page).locator(`a[href="${statement.href}"]`)).toHaveCount(1);
    }
    const emailMarks = await resultsRegion(page).locator('mark').allTextContents();
    expect(emailMarks.length).toBeGreaterThanOrEqual(email.length);
    expect(emailMarks.filter((text) => text.toLowerCase() !== 'email')).toEqual([]);

    expect(errors).toEqual([]);
  });

  test('an occupation’s title or SOC code finds the occupation, above statements that match', async ({ page }) => {
    const errors = watchErrors(page);
    const { soc, title } = journey.occupation;
    const code = soc.replace(/\.\d+$/, '');

    await page.goto(`/search?q=${code}`);
    await expectResultsFor(page, code);
    const article = resultsRegion(page).getByRole('article', { name: title, exact: true });
    await expect(resultsRegion(page).getByRole('article')).toHaveCount(1);
    await expect(article.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      `/occupations/${soc}`,
    );
    await expect(article).toContainText('the title matches; no statement does');
    await expect(article.getByRole('region')).toHaveCount(0);

    // A word of the title puts that occupation first, its title marked.
    const [titleWord = ''] = words(title);
    await searchBox(page).fill(titleWord);
    await expectResultsFor(page, titleWord);
    const first = resultsRegion(page).getByRole('article').first();
    await expect(first).toHaveAccessibleName(title);
    await expect(first.getByRole('heading', { level: 2 }).locator('mark').first()).toHaveText(
      new RegExp(`^${escapeRegExp(titleWord)}$`, 'i'),
    );
    expect(errors).toEqual([]);
  });

  test('a search that finds nothing says so', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey.occupation.title);
    await searchBox(page).fill('qqxzv');
    await expect(page).toHaveURL(/\/search\?q=qqxzv$/);
    await expectResultsFor(page, 'qqxzv');
    await expect(page.getByRole('status')).toHaveText('Nothing matches “qqxzv”.');
    await expect(page.getByText('Check the spelling')).toBeVisible();
    await expect(resultsRegion(page).getByRole('article')).toHaveCount(0);
    await expect(resultsRegion(page).getByRole('link')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a word found only at other levels says the filters hide it, and one button searches everywhere', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    // Templates come up at Emerging only.
    const templates = statementsWith((word) => word.startsWith('template'));
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((statement) => statement.level === 'advanced')).toEqual([]);

    await page.goto('/search?q=templates&level=advanced');
    await expectResultsFor(page, 'templates');
    await expect(page.getByRole('status')).toHaveText('Nothing matches “templates” with these filters.');
    await expect(resultsRegion(page).getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Level' }).getByRole('option', { name: 'Advanced' })).toHaveText(
      'Advanced (0)',
    );

    await page.getByRole('button', { name: 'Search all levels and groups' }).click();
    await expect.poll(() => searchParams(page).has('level')).toBe(false);
    expect(searchParams(page).get('q')).toBe('templates');
    await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('');
    await expectResultsFor(page, 'templates');
    await expect(page.getByRole('status')).toHaveText(summary('templates', templates));
    await expectResults(page, templates, (word) => word.startsWith('template'));
    expect(errors).toEqual([]);
  });
});

test.describe('the search index', () => {
  test('is not downloaded by the catalog or a level page, only once a search starts', async ({ page, context }) => {
    const errors = watchErrors(page);
    const requested = watchSearchFiles(context);

    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link').first()).toBeVisible();
    await page.goto(`/occupations/${JOURNEY_SOC}/developing`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('region', { name: /^Level 2 of 4: / }).getByRole('listitem')).toHaveCount(
      journey.framework.levels.developing.statements.length,
    );
    // Moving around the site without searching does not start it either.
    await page.getByRole('button', { name: /^Next level/ }).click();
    await expect(page.getByRole('region', { name: /^Level 3 of 4: / })).toBeVisible();
    await page.getByRole('link', { name: 'Occupations', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Occupations' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requested, 'no search file before a search').toEqual([]);
    expect(page.workers(), 'no search worker before a search').toEqual([]);

    // The recording does see the index once a search starts: the manifest, then word shards.
    await searchBox(page).fill('scheduling');
    await expectResultsFor(page, 'scheduling');
    expect(requested.some((path) => /^\/assets\/search\/manifest\.[0-9a-z]+\.json$/.test(path))).toBe(true);
    expect(requested.some((path) => /^\/assets\/search\/words-\d+\.[0-9a-z]+\.json$/.test(path))).toBe(true);
    // Searching happens off the main thread.
    expect(page.workers().length, 'a search worker').toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a failed download says search is not available, and Try again recovers', async ({ page, context }) => {
    const failing = '**/assets/search/**';
    await context.route(failing, (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto('/');
    await searchBox(page).fill('complaints');
    await expect(page).toHaveURL(/\/search\?q=complaints$/);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Search is not available right now');
    await expect(resultsRegion(page).getByRole('article')).toHaveCount(0);

    await context.unroute(failing);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectResultsFor(page, 'complaints');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(summary('complaints', complaints));
    await expect(resultsRegion(page).getByRole('article')).toHaveCount(occupationsOf(complaints).length);
  });
});
