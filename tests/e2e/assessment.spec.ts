import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Download, type Locator, type Page } from './support/test';
import {
  ASIDE_PREFIX,
  FORMAT_VERSION,
  LEGACY_STORAGE_KEY,
  RATINGS,
  RATING_LABELS,
  STORAGE_KEY,
  type Rating,
  format1,
  format2,
  positionKey,
  ratingKey,
} from './support/assessments';
import { expectedAnchors } from './support/anchors';
import { builtCloseMatches } from './support/built';
import { JOURNEY_SOC, LEVEL_IDS, escapeRegExp, readExport, type LevelId } from './support/exports';

// Self-assessment in a real browser: rate statements level by level, read the
// results, keep them (download, import, share link) and recover from damaged
// storage. Expected counts, estimates and next steps are worked out here from
// data/ and the ratings the test gives, never typed in; so are the keys the
// ratings are saved under (level and anchor, as the statements' links have them).

/** The share of On my own ratings a level needs, as the rule on the results page says. */
const THRESHOLD = 0.8;

const RATING_KEYS: Record<Rating, string> = { 'not-yet': '1', 'with-help': '2', 'on-my-own': '3' };

/** A rating as saved: with the full text of the statement it was given to. */
interface Saved {
  rating: Rating;
  note?: string;
  text: string;
}
type Ratings = Record<string, Saved>;

interface StoredAssessment {
  soc: string;
  title: string;
  frameworkVersion: string;
  startedAt: string;
  updatedAt: string;
  ratings: Ratings;
  unplaced?: { version: string; ratings: Record<string, { rating: Rating; note?: string; text?: string }> };
  earlier?: unknown[];
  changes?: unknown;
  /** A short print of each statement's text, per level, in the version the ratings are placed against. */
  statementPrints?: string[][];
}

/** The occupation the journeys open, and one that shares close matches with it. */
const A_SOC = JOURNEY_SOC;
const B_SOC = '43-9061.00';

/** The key statement `index` (from 0) of a level is saved under: "emerging/visitor-greeting-procedures". */
function key(soc: string, level: LevelId, index: number): string {
  return ratingKey(soc, level, index);
}

/** A rating of statement `index` of a level, as the app saves it. */
function saved(soc: string, level: LevelId, index: number, rating: Rating, note?: string): Saved {
  const text = statementsOf(soc, level)[index];
  if (text === undefined) throw new Error(`${soc} has no statement ${index} at ${level}`);
  return note === undefined ? { rating, text } : { rating, note, text };
}

/** Records in `ratings` what the test has just rated. */
function record(ratings: Ratings, soc: string, level: LevelId, index: number, rating: Rating, note?: string) {
  ratings[key(soc, level, index)] = saved(soc, level, index, rating, note);
}

function statementsOf(soc: string, level: LevelId): string[] {
  return readExport(soc).framework.levels[level].statements;
}

function titleOf(soc: string): string {
  return readExport(soc).occupation.title;
}

function labelOf(soc: string, level: LevelId): string {
  return readExport(soc).framework.levels[level].label;
}

function totalOf(soc: string): number {
  return LEVEL_IDS.reduce((sum, level) => sum + statementsOf(soc, level).length, 0);
}

/** Collapses runs of white space, as the browser shows them. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function assessmentUrl(soc: string): string {
  return `/occupations/${soc}/assessment`;
}

function resultsUrl(soc: string): string {
  return `/occupations/${soc}/assessment/results`;
}

// ---------------------------------------------------------------------------
// What the results page should say, worked out from the data and the ratings.

interface LevelCount {
  level: LevelId;
  total: number;
  onMyOwn: number;
  withHelp: number;
  notYet: number;
  unrated: number;
}

function levelCounts(soc: string, ratings: Ratings): LevelCount[] {
  return LEVEL_IDS.map((level) => {
    const statements = statementsOf(soc, level);
    const of = (rating: Rating) => statements.filter((_, index) => ratings[key(soc, level, index)]?.rating === rating);
    const rated = statements.filter((_, index) => ratings[key(soc, level, index)] !== undefined).length;
    return {
      level,
      total: statements.length,
      onMyOwn: of('on-my-own').length,
      withHelp: of('with-help').length,
      notYet: of('not-yet').length,
      unrated: statements.length - rated,
    };
  });
}

/** The highest level with ≥ 80 % On my own at it and at every level below; null before the first. */
function expectedEstimate(soc: string, ratings: Ratings): LevelId | null {
  let estimate: LevelId | null = null;
  for (const count of levelCounts(soc, ratings)) {
    if (count.total > 0 && count.onMyOwn / count.total < THRESHOLD) break;
    estimate = count.level;
  }
  return estimate;
}

function estimateText(soc: string, ratings: Ratings): string {
  const estimate = expectedEstimate(soc, ratings);
  return estimate === null ? `Working towards ${labelOf(soc, 'emerging')}` : labelOf(soc, estimate);
}

function countLine(count: LevelCount): string {
  return `${count.onMyOwn} on my own, ${count.withHelp} with help, ${count.notYet} not yet, ${count.unrated} unrated (of ${count.total})`;
}

/** The next level's statements not rated On my own, as the Next steps list shows them. */
function expectedNextSteps(soc: string, ratings: Ratings): { level: LevelId | undefined; items: string[] } {
  const estimate = expectedEstimate(soc, ratings);
  const level = estimate === null ? LEVEL_IDS[0] : LEVEL_IDS[LEVEL_IDS.indexOf(estimate) + 1];
  if (level === undefined) return { level, items: [] };
  const items = statementsOf(soc, level).flatMap((text, index) => {
    const rating = ratings[key(soc, level, index)]?.rating;
    if (rating === 'on-my-own') return [];
    return [`${squash(text)} (${rating ? RATING_LABELS[rating] : 'not rated'})`];
  });
  return { level, items };
}

/** Checks the estimate, the line per level and the next steps on a results or shared page. */
async function expectSummary(page: Page, soc: string, ratings: Ratings) {
  const estimate = page.getByRole('region', { name: 'Estimated level' });
  await expect(estimate.getByText(estimateText(soc, ratings), { exact: true })).toBeVisible();
  await expect(estimate).toContainText('at least 80% of statements are rated On my own, and every level below it');

  const byLevel = page.getByRole('region', { name: 'Ratings by level' });
  const counts = levelCounts(soc, ratings);
  await expect(byLevel.getByRole('listitem')).toHaveCount(counts.length);
  for (const [index, count] of counts.entries()) {
    const item = byLevel.getByRole('listitem').nth(index);
    await expect(item).toContainText(`${index + 1}. ${labelOf(soc, count.level)}`);
    await expect(item.getByText(countLine(count), { exact: true })).toBeVisible();
  }

  const next = page.getByRole('region', { name: 'Next steps' });
  const steps = expectedNextSteps(soc, ratings);
  if (steps.items.length === 0) {
    await expect(next.getByRole('listitem')).toHaveCount(0);
  } else {
    await expect(next).toContainText(
      `Statements of the ${labelOf(soc, steps.level ?? 'emerging')} level not yet rated On my own:`,
    );
    await expect(next.getByRole('listitem')).toHaveText(steps.items);
  }
}

// ---------------------------------------------------------------------------
// The rating page

function levelRegion(page: Page, soc: string, level: LevelId): Locator {
  const position = LEVEL_IDS.indexOf(level) + 1;
  return page.getByRole('region', {
    name: `Level ${position} of ${LEVEL_IDS.length}: ${labelOf(soc, level)}`,
    exact: true,
  });
}

/** Statement `index` (0-based) of a level: a group named by its number and text. */
function statementGroup(page: Page, soc: string, level: LevelId, index: number): Locator {
  const text = statementsOf(soc, level)[index];
  if (text === undefined) throw new Error(`${soc} has no statement ${index} at ${level}`);
  return levelRegion(page, soc, level).getByRole('group', { name: `${index + 1}. ${squash(text)}`, exact: true });
}

function statementItem(page: Page, soc: string, level: LevelId, index: number): Locator {
  const text = statementsOf(soc, level)[index] ?? '';
  // `has` looks inside each item: the group is named from the item, not from the page.
  return levelRegion(page, soc, level)
    .getByRole('listitem')
    .filter({ has: page.getByRole('group', { name: `${index + 1}. ${squash(text)}`, exact: true }) });
}

function radio(page: Page, soc: string, level: LevelId, index: number, rating: Rating): Locator {
  return statementGroup(page, soc, level, index).getByRole('radio', { name: RATING_LABELS[rating], exact: true });
}

function progressText(rated: number, total: number): string {
  return `${rated} of ${total} statements rated`;
}

async function startAssessment(page: Page, soc: string) {
  await page.goto(assessmentUrl(soc));
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByText(progressText(0, totalOf(soc)), { exact: true })).toBeVisible();
  await expect(levelRegion(page, soc, 'emerging')).toBeVisible();
}

async function showLevel(page: Page, soc: string, level: LevelId) {
  const position = LEVEL_IDS.indexOf(level) + 1;
  const button = page
    .getByRole('group', { name: 'Level to rate' })
    .getByRole('button', { name: new RegExp(`^${position}\\. ${escapeRegExp(labelOf(soc, level))}\\b`) });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(levelRegion(page, soc, level)).toBeVisible();
}

/** Rates with the pointer: a click on the choice. */
async function rateByPointer(page: Page, soc: string, level: LevelId, index: number, rating: Rating) {
  await radio(page, soc, level, index, rating).click();
  await expect(radio(page, soc, level, index, rating)).toBeChecked();
}

/** Rates with the keys 1, 2 and 3, with one of the statement's choices (or its note button) focused. */
async function rateByKey(page: Page, soc: string, level: LevelId, index: number, rating: Rating, from: Locator) {
  await from.focus();
  await expect(from).toBeFocused();
  await page.keyboard.press(RATING_KEYS[rating]);
  await expect(radio(page, soc, level, index, rating)).toBeChecked();
}

async function addNote(page: Page, soc: string, level: LevelId, index: number, note: string) {
  await statementItem(page, soc, level, index)
    .getByRole('button', { name: `Add a note to statement ${index + 1}`, exact: true })
    .click();
  const box = statementItem(page, soc, level, index).getByRole('textbox', { name: 'Note (optional)' });
  await box.fill(note);
  await expect(box).toHaveValue(note);
}

/** Every statement of the level shows the saved rating (or none), and its note when it has one. */
async function expectLevelShows(page: Page, soc: string, level: LevelId, ratings: Ratings) {
  await showLevel(page, soc, level);
  for (const index of statementsOf(soc, level).keys()) {
    const expected = ratings[key(soc, level, index)];
    for (const rating of RATINGS) {
      const choice = radio(page, soc, level, index, rating);
      if (expected?.rating === rating) await expect(choice).toBeChecked();
      else await expect(choice).not.toBeChecked();
    }
    const item = statementItem(page, soc, level, index);
    if (expected?.note) {
      await expect(item.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue(expected.note);
    } else {
      await expect(item.getByRole('textbox')).toHaveCount(0);
    }
  }
}

/** Rates every statement of every level with the pointer: `pick` chooses each rating. */
async function rateAll(page: Page, soc: string, pick: (level: LevelId, index: number) => Rating): Promise<Ratings> {
  const ratings: Ratings = {};
  for (const level of LEVEL_IDS) {
    await showLevel(page, soc, level);
    for (const index of statementsOf(soc, level).keys()) {
      const rating = pick(level, index);
      await rateByPointer(page, soc, level, index, rating);
      record(ratings, soc, level, index, rating);
    }
  }
  await expect(page.getByText(progressText(totalOf(soc), totalOf(soc)), { exact: true })).toBeVisible();
  return ratings;
}

// ---------------------------------------------------------------------------
// Storage

function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const all: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index += 1) {
      const name = localStorage.key(index);
      if (name !== null) all[name] = localStorage.getItem(name) ?? '';
    }
    return all;
  });
}

interface StoredData {
  version: number;
  assessments: Record<string, StoredAssessment>;
  /** The updatedAt of each format-1 assessment taken in from the old key. */
  legacySeen?: Record<string, string>;
}

/** The saved data under the key of format 2, as a whole; null when there is none. */
async function storedData(page: Page): Promise<StoredData | null> {
  const raw = (await readStorage(page))[STORAGE_KEY];
  if (raw === undefined) return null;
  const parsed = JSON.parse(raw) as StoredData;
  expect(parsed.version, 'saved in the current format').toBe(FORMAT_VERSION);
  expect(['assessments', 'legacySeen', 'version']).toEqual(expect.arrayContaining(Object.keys(parsed)));
  return parsed;
}

async function storedAssessments(page: Page): Promise<Record<string, StoredAssessment>> {
  return (await storedData(page))?.assessments ?? {};
}

async function storedRatings(page: Page, soc: string): Promise<Ratings | undefined> {
  return (await storedAssessments(page))[soc]?.ratings;
}

/** A saved assessment as the app writes one, for tests whose subject is not the rating itself. */
function makeAssessment(soc: string, ratings: Ratings, updatedAt: string): StoredAssessment {
  return {
    soc,
    title: titleOf(soc),
    frameworkVersion: readExport(soc).framework.version,
    startedAt: updatedAt,
    updatedAt,
    ratings,
  };
}

/** Puts `value` into storage under `name` once, then opens `path` so the app reads it on load. */
async function seedRaw(page: Page, name: string, value: string, path: string) {
  await page.goto('/');
  await page.evaluate(([name, value]) => localStorage.setItem(name, value), [name, value] as const);
  await page.goto(path);
}

/** Puts assessments into storage once, in the current format, then opens `path`. */
async function seed(page: Page, assessments: StoredAssessment[], path: string) {
  await seedRaw(page, STORAGE_KEY, format2(assessments), path);
}

/** All 40 statements rated: Emerging reached, nothing On my own above it, so Next steps is as long as it gets. */
function fullRatings(soc: string): Ratings {
  const ratings: Ratings = {};
  for (const level of LEVEL_IDS) {
    statementsOf(soc, level).forEach((_, index) => {
      record(
        ratings,
        soc,
        level,
        index,
        level === 'emerging' ? 'on-my-own' : index % 2 === 0 ? 'with-help' : 'not-yet',
      );
    });
  }
  return ratings;
}

async function downloadFrom(page: Page, button: Locator): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

/** The browser's local calendar day, as the export file names use it. */
function localDay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// ---------------------------------------------------------------------------
// The head start, worked out from the built files as the browser does.

/**
 * The ratings `target` takes from `source`: each matched statement gets its
 * closest rated match's rating, no note, and its own text (the target's).
 */
function carriedRatings(target: string, source: string, sourceRatings: Ratings): Ratings {
  const best = new Map<string, { rating: Saved; similarity: number }>();
  for (const [position, index, otherIndex, similarity] of builtCloseMatches(target, source)) {
    const level = LEVEL_IDS[position];
    if (level === undefined) continue;
    const rated = sourceRatings[key(source, level, otherIndex)];
    if (!rated) continue;
    const name = key(target, level, index);
    const current = best.get(name);
    if (!current || similarity > current.similarity) {
      best.set(name, { rating: saved(target, level, index, rated.rating), similarity });
    }
  }
  return Object.fromEntries([...best].map(([name, { rating }]) => [name, rating]));
}

// ---------------------------------------------------------------------------

test.describe('rating and results', () => {
  test('rates every Emerging statement with pointer and keys, keeps a note after a reload, and shows the estimate and next steps', async ({
    page,
  }) => {
    const soc = A_SOC;
    const title = titleOf(soc);
    const total = totalOf(soc);
    await page.goto(`/occupations/${soc}/emerging`);
    await page.getByRole('link', { name: 'Assess yourself against this framework' }).click();

    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(assessmentUrl(soc))}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Assess yourself: ${title}`);
    await expect(page.getByText(/stay in this browser/)).toBeVisible();
    const start = page.getByRole('region', { name: 'Start your assessment' });
    await expect(start).toContainText(`the ${total} statements`);
    // Nothing assessed yet in this browser: there is nothing to carry over.
    await expect(page.getByRole('group', { name: 'Get a head start' })).toHaveCount(0);
    await start.getByRole('button', { name: 'Start assessment' }).click();

    const progress = page.getByText(/ of \d+ statements rated$/);
    await expect(progress).toHaveText(progressText(0, total));
    await expect(page.locator('progress')).toHaveAttribute('max', String(total));
    const toggles = page.getByRole('group', { name: 'Level to rate' }).getByRole('button');
    await expect(toggles).toHaveCount(LEVEL_IDS.length);
    await expect(toggles.first()).toHaveAttribute('aria-pressed', 'true');
    const emerging = statementsOf(soc, 'emerging');
    await expect(levelRegion(page, soc, 'emerging').getByRole('group')).toHaveCount(emerging.length);

    // Every Emerging statement, half with the pointer and half with the keys;
    // the keys work from any of the statement's choices and from its note button.
    const plan: Rating[] = emerging.map((_, index) =>
      index === 2 ? 'with-help' : index === emerging.length - 5 ? 'not-yet' : 'on-my-own',
    );
    const ratings: Ratings = {};
    for (const [index, rating] of plan.entries()) {
      if (index % 2 === 0) {
        await rateByPointer(page, soc, 'emerging', index, rating);
      } else if (index % 4 === 1) {
        await rateByKey(page, soc, 'emerging', index, rating, radio(page, soc, 'emerging', index, 'not-yet'));
      } else {
        const noteButton = statementItem(page, soc, 'emerging', index).getByRole('button', {
          name: `Add a note to statement ${index + 1}`,
        });
        await rateByKey(page, soc, 'emerging', index, rating, noteButton);
      }
      record(ratings, soc, 'emerging', index, rating);
      await expect(progress).toHaveText(progressText(index + 1, total));
    }
    // A key changes a rating already given, and leaves the other statements alone.
    await rateByKey(page, soc, 'emerging', 0, 'with-help', radio(page, soc, 'emerging', 0, 'on-my-own'));
    await rateByKey(page, soc, 'emerging', 0, 'on-my-own', radio(page, soc, 'emerging', 0, 'with-help'));
    await expect(radio(page, soc, 'emerging', 1, plan[1] ?? 'on-my-own')).toBeChecked();
    await expect(page.locator('progress')).toHaveAttribute('value', String(emerging.length));

    const note = 'Covered the front desk alone on Saturdays';
    await addNote(page, soc, 'emerging', 2, note);
    record(ratings, soc, 'emerging', 2, 'with-help', note);

    // Two Developing statements, so that the next steps mix rated and unrated.
    await showLevel(page, soc, 'developing');
    await rateByPointer(page, soc, 'developing', 0, 'on-my-own');
    await rateByPointer(page, soc, 'developing', 1, 'with-help');
    record(ratings, soc, 'developing', 0, 'on-my-own');
    record(ratings, soc, 'developing', 1, 'with-help');
    const rated = Object.keys(ratings).length;
    await expect(progress).toHaveText(progressText(rated, total));
    await expect(toggles.first()).toContainText(`${emerging.length} of ${emerging.length} rated`);

    // Saved under each statement's level and anchor, with its text; nothing left to place or carried over.
    const stored = (await storedAssessments(page))[soc];
    expect(stored?.ratings).toEqual(ratings);
    expect(stored).toMatchObject({ soc, title, frameworkVersion: readExport(soc).framework.version });
    expect(stored).not.toHaveProperty('unplaced');
    expect(stored).not.toHaveProperty('earlier');
    expect(stored).not.toHaveProperty('changes');

    await page.reload();
    await expect(page.getByText(progressText(rated, total), { exact: true })).toBeVisible();
    await expectLevelShows(page, soc, 'emerging', ratings);
    await expectLevelShows(page, soc, 'developing', ratings);

    await page.getByRole('link', { name: 'See your results', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(resultsUrl(soc))}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your results: ${title}`);
    // 80 % On my own is enough: the test's plan sits exactly on the threshold.
    expect(expectedEstimate(soc, ratings)).toBe('emerging');
    await expectSummary(page, soc, ratings);
  });

  test('a rating made in one tab shows in another tab of the same browser without a reload', async ({ context }) => {
    const soc = A_SOC;
    const total = totalOf(soc);
    const first = await context.newPage();
    await startAssessment(first, soc);
    const second = await context.newPage();
    await second.goto(assessmentUrl(soc));
    await expect(second.getByText(progressText(0, total), { exact: true })).toBeVisible();
    const navigations: string[] = [];
    second.on('framenavigated', (frame) => navigations.push(frame.url()));

    await rateByPointer(first, soc, 'emerging', 0, 'on-my-own');
    await expect(radio(second, soc, 'emerging', 0, 'on-my-own')).toBeChecked();
    await expect(second.getByText(progressText(1, total), { exact: true })).toBeVisible();

    // And back the other way, with a note.
    await rateByPointer(second, soc, 'emerging', 3, 'not-yet');
    await addNote(second, soc, 'emerging', 3, 'Only watched it done');
    await expect(radio(first, soc, 'emerging', 3, 'not-yet')).toBeChecked();
    await expect(first.getByText(progressText(2, total), { exact: true })).toBeVisible();
    await expect(
      statementItem(first, soc, 'emerging', 3).getByRole('button', { name: 'Add a note to statement 4' }),
    ).toBeVisible();
    expect(await storedRatings(first, soc)).toEqual({
      [key(soc, 'emerging', 0)]: saved(soc, 'emerging', 0, 'on-my-own'),
      [key(soc, 'emerging', 3)]: saved(soc, 'emerging', 3, 'not-yet', 'Only watched it done'),
    });
    expect(navigations, 'the second tab did not reload').toEqual([]);
  });
});

test.describe('keeping the results', () => {
  test('Download JSON imports into another browser; a second import asks first, a wrong file is refused; the CSV lists every statement', async ({
    page,
    browser,
  }) => {
    // Two browser profiles, three downloads and two imports: near the default limit on a busy 2-core machine.
    test.slow();
    const soc = A_SOC;
    const title = titleOf(soc);
    await startAssessment(page, soc);
    const ratings: Ratings = {};
    for (const [index, rating] of (['on-my-own', 'with-help', 'not-yet', 'on-my-own'] as const).entries()) {
      await rateByPointer(page, soc, 'emerging', index, rating);
      record(ratings, soc, 'emerging', index, rating);
    }
    // A note with a comma and quotes, which the CSV must quote.
    const note = 'Did it, "mostly" alone';
    await addNote(page, soc, 'emerging', 1, note);
    record(ratings, soc, 'emerging', 1, 'with-help', note);
    await showLevel(page, soc, 'proficient');
    await rateByPointer(page, soc, 'proficient', 4, 'on-my-own');
    record(ratings, soc, 'proficient', 4, 'on-my-own');

    await page.goto(resultsUrl(soc));
    await expectSummary(page, soc, ratings);
    const day = await localDay(page);
    const json = await downloadFrom(page, page.getByRole('button', { name: 'Download JSON' }));
    expect(json.download.suggestedFilename()).toBe(`ladder-assessment-${soc}-${day}.json`);
    // Format 2: the assessment as saved (ratings by level and anchor, with texts), and every statement with its anchor.
    const file = JSON.parse(json.text) as {
      format: string;
      formatVersion: number;
      occupation: { soc: string; title: string };
      framework: { version: string };
      assessment: StoredAssessment;
      statements: unknown[];
    };
    expect(file).toMatchObject({
      format: 'ladder-assessment',
      formatVersion: 2,
      occupation: { soc, title },
      framework: { version: readExport(soc).framework.version },
    });
    expect(file.assessment).toEqual((await storedAssessments(page))[soc]);
    expect(file.assessment.ratings).toEqual(ratings);
    expect(file.statements).toHaveLength(totalOf(soc));
    expect(file.statements).toEqual(
      LEVEL_IDS.flatMap((level) =>
        statementsOf(soc, level).map((text, index) => {
          const entry = ratings[key(soc, level, index)];
          return {
            level,
            index,
            anchor: expectedAnchors(statementsOf(soc, level))[index],
            text,
            rating: entry?.rating ?? null,
            note: entry?.note ?? null,
          };
        }),
      ),
    );

    const csv = await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(csv.download.suggestedFilename()).toBe(`ladder-assessment-${soc}-${day}.csv`);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['occupation', 'soc', 'level', 'statement', 'rating', 'note']);
    const expectedRows = LEVEL_IDS.flatMap((level) =>
      statementsOf(soc, level).map((text, index) => {
        const entry = ratings[key(soc, level, index)];
        return [title, soc, labelOf(soc, level), text, entry ? RATING_LABELS[entry.rating] : '', entry?.note ?? ''];
      }),
    );
    expect(rows.slice(1)).toHaveLength(totalOf(soc));
    expect(rows.slice(1)).toEqual(expectedRows);

    // A new browser profile: nothing saved, until the file is imported.
    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto('/assessments');
      await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('My assessments');
      await expect(fresh.getByText(/^No assessments yet/)).toBeVisible();
      const fileInput = fresh.getByLabel(/^Choose a JSON file downloaded from Ladder/);
      await fileInput.setInputFiles(await json.download.path());
      await expect(fresh.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
        `Imported the assessment of ${title}.`,
      );
      const list = fresh.getByRole('list', { name: 'Assessments' });
      await expect(list.getByRole('listitem')).toHaveCount(1);
      await expect(list.getByRole('listitem')).toContainText(`${Object.keys(ratings).length} statements rated`);
      expect(await storedRatings(fresh, soc)).toEqual(ratings);

      await list.getByRole('link', { name: title }).click();
      await expect(fresh).toHaveURL(new RegExp(`${escapeRegExp(resultsUrl(soc))}$`));
      await expectSummary(fresh, soc, ratings);
      await fresh.goto(assessmentUrl(soc));
      await expectLevelShows(fresh, soc, 'emerging', ratings);
      await expectLevelShows(fresh, soc, 'proficient', ratings);

      // The same file again: the app asks, and Cancel changes nothing.
      await fresh.goto('/assessments');
      const before = await readStorage(fresh);
      await fresh.getByLabel(/^Choose a JSON file downloaded from Ladder/).setInputFiles(await json.download.path());
      const dialog = fresh.getByRole('alertdialog', {
        name: `You already have an assessment of ${title}. What should the import do?`,
      });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button')).toHaveText([
        'Keep mine, add only what I have not rated',
        'Replace mine with the imported ratings',
        'Cancel',
      ]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(fresh.getByRole('status').filter({ hasText: 'Import' })).toHaveText(
        'Import cancelled: nothing changed.',
      );
      expect(await readStorage(fresh)).toEqual(before);

      // Files that are not Ladder exports are refused, saying why.
      await fresh.getByLabel(/^Choose a JSON file downloaded from Ladder/).setInputFiles({
        name: 'hello.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":1}'),
      });
      await expect(fresh.getByRole('alert')).toHaveText(
        'hello.json was not imported. This is not a Ladder assessment export.',
      );
      await fresh.getByLabel(/^Choose a JSON file downloaded from Ladder/).setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not json at all'),
      });
      await expect(fresh.getByRole('alert')).toHaveText(/^notes\.json was not imported\. This file is not valid JSON/);
      expect(await readStorage(fresh)).toEqual(before);
      await expect(fresh.getByRole('list', { name: 'Assessments' }).getByRole('listitem')).toHaveCount(1);
    } finally {
      await other.close();
    }
  });

  test('Copy a share link opens read-only in another browser with the same results, saves a copy there, and a damaged link says so', async ({
    browser,
  }, testInfo) => {
    // Many page loads in several browsers: near the default limit on a busy 2-core machine.
    test.slow();
    const soc = A_SOC;
    const title = titleOf(soc);
    const permissions = ['clipboard-read', 'clipboard-write'];
    const own = await browser.newContext({ permissions });
    const other = await browser.newContext({ permissions });
    try {
      const page = await own.newPage();
      await startAssessment(page, soc);
      const ratings: Ratings = {};
      for (const index of statementsOf(soc, 'emerging').keys()) {
        const rating: Rating = index < 8 ? 'on-my-own' : index === 8 ? 'with-help' : 'not-yet';
        await rateByPointer(page, soc, 'emerging', index, rating);
        record(ratings, soc, 'emerging', index, rating);
      }
      await showLevel(page, soc, 'developing');
      await rateByPointer(page, soc, 'developing', 2, 'with-help');
      record(ratings, soc, 'developing', 2, 'with-help');

      const copyLink = async (): Promise<string> => {
        await page.goto(resultsUrl(soc));
        const status = page.getByRole('status').filter({ hasText: 'Link copied' });
        await page.getByRole('button', { name: 'Copy a share link' }).click();
        await expect(status).toHaveText(
          /^Link copied \(\d+ characters\)\. It holds your ratings and notes: share it only with people you trust\.$/,
        );
        const link = await page.evaluate(() => navigator.clipboard.readText());
        const stated = Number(/\((\d+) characters\)/.exec((await status.textContent()) ?? '')?.[1]);
        expect(link.length, 'the length the status gives is the link’s').toBe(stated);
        // Format 2 of share links, which carries each rated statement's text.
        expect(link.startsWith(new URL('/shared-assessment#v2.', page.url()).href)).toBe(true);
        return link;
      };

      const withoutNotes = await copyLink();
      await page.goto(assessmentUrl(soc));
      const note = 'Handled the switchboard on my own for a week while the senior receptionist was away';
      await addNote(page, soc, 'emerging', 0, note);
      record(ratings, soc, 'emerging', 0, 'on-my-own', note);
      const link = await copyLink();
      expect(link.length).toBeGreaterThan(withoutNotes.length);
      testInfo.annotations.push({
        type: 'share link length',
        description: `${withoutNotes.length} characters without notes, ${link.length} with one ${note.length}-character note (${Object.keys(ratings).length} of ${totalOf(soc)} statements rated)`,
      });

      const shared = await other.newPage();
      await shared.goto(link);
      await expect(shared.getByRole('heading', { level: 1 })).toHaveText(`Shared assessment: ${title}`);
      await expectSummary(shared, soc, ratings);
      // Read-only: nothing to rate, nothing to download.
      await expect(shared.getByRole('radio')).toHaveCount(0);
      await expect(shared.getByRole('button', { name: /^Download/ })).toHaveCount(0);
      expect(await storedRatings(shared, soc)).toBeUndefined();

      await shared.getByRole('button', { name: 'Save a copy' }).click();
      await expect(shared.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
        'Saved in this browser. You can find it under My assessments.',
      );
      expect(await storedRatings(shared, soc)).toEqual(ratings);
      expect((await storedAssessments(shared))[soc]).toMatchObject({
        soc,
        title,
        frameworkVersion: readExport(soc).framework.version,
      });
      expect((await storedAssessments(shared))[soc]).not.toHaveProperty('unplaced');
      // A second copy would overwrite: the app asks first.
      const before = await readStorage(shared);
      await shared.getByRole('button', { name: 'Save a copy' }).click();
      const dialog = shared.getByRole('alertdialog', {
        name: `This browser already has an assessment of ${title}. What should the copy do?`,
      });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      expect(await readStorage(shared)).toEqual(before);

      await shared.goto('/assessments');
      await expect(shared.getByRole('list', { name: 'Assessments' }).getByRole('link', { name: title })).toBeVisible();

      // Links cut short or mangled on the way.
      const [base, code] = link.split('#');
      for (const broken of [
        code?.slice(0, Math.floor(code.length / 2)),
        'v2.not*base64',
        'v2.',
        'v1.not*base64',
        'v1.',
      ]) {
        const damaged = await other.newPage();
        await damaged.goto(`${base}#${broken}`);
        await expect(damaged.getByRole('alert')).toContainText('This share link is damaged or incomplete.');
        await expect(damaged.getByRole('region', { name: 'Estimated level' })).toHaveCount(0);
        await damaged.close();
      }
      // A link of a format this Ladder does not know yet is not called damaged.
      const newer = await other.newPage();
      await newer.goto(`${base}#v3.${code?.slice(3) ?? ''}`);
      await expect(newer.getByRole('alert')).toContainText(
        'This share link was made by a newer version of Ladder. Reload the page to get the latest version, then open the link again.',
      );
      await expect(newer.getByRole('region', { name: 'Estimated level' })).toHaveCount(0);
      await newer.close();
    } finally {
      await own.close();
      await other.close();
    }
  });

  test('a share link of format 1, made by the previous Ladder, opens with the same results and saves a copy keyed by statement', async ({
    browser,
  }) => {
    const soc = A_SOC;
    const title = titleOf(soc);
    const version = readExport(soc).framework.version;
    // What the previous Ladder put in a link: per level a digit per statement by position
    // (0 unrated, 1 Not yet, 2 With help, 3 On my own), and notes by "level:index".
    const digits: Record<LevelId, number[]> = {
      emerging: statementsOf(soc, 'emerging').map((_, index) => (index < 8 ? 3 : index === 8 ? 2 : 1)),
      developing: statementsOf(soc, 'developing').map((_, index) => (index === 1 ? 3 : index === 4 ? 2 : 0)),
      proficient: statementsOf(soc, 'proficient').map((_, index) => (index === 9 ? 1 : 0)),
      advanced: statementsOf(soc, 'advanced').map(() => 0),
    };
    const note = 'Ran the desk alone during the move';
    const compact = {
      s: soc,
      t: title,
      v: version,
      u: '2026-06-01T12:00:00.000Z',
      r: LEVEL_IDS.map((level) => digits[level].join('')),
      n: [[positionKey('developing', 1), note]],
    };
    const code = `v1.${deflateRawSync(Buffer.from(JSON.stringify(compact), 'utf8')).toString('base64url')}`;
    const ratings: Ratings = {};
    for (const level of LEVEL_IDS) {
      digits[level].forEach((digit, index) => {
        const rating = [undefined, 'not-yet', 'with-help', 'on-my-own'][digit] as Rating | undefined;
        if (rating)
          record(ratings, soc, level, index, rating, level === 'developing' && index === 1 ? note : undefined);
      });
    }

    const other = await browser.newContext();
    try {
      const shared = await other.newPage();
      await shared.goto(`/shared-assessment#${code}`);
      await expect(shared.getByRole('heading', { level: 1 })).toHaveText(`Shared assessment: ${title}`);
      await expectSummary(shared, soc, ratings);
      // Same framework version: placed by position, nothing to report as changed.
      await expect(shared.getByRole('heading', { name: 'Changes in this framework' })).toHaveCount(0);
      expect(await storedAssessments(shared)).toEqual({});

      await shared.getByRole('button', { name: 'Save a copy' }).click();
      await expect(shared.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
        'Saved in this browser. You can find it under My assessments.',
      );
      const copy = (await storedAssessments(shared))[soc];
      expect(copy?.ratings).toEqual(ratings);
      expect(copy).toMatchObject({ soc, title, frameworkVersion: version });
      expect(copy).not.toHaveProperty('unplaced');
      expect(copy).not.toHaveProperty('earlier');
    } finally {
      await other.close();
    }
  });
});

test.describe('head start', () => {
  test(`starting ${B_SOC} after ${A_SOC} offers the matching ratings, and taking them pre-fills them`, async ({
    page,
  }) => {
    // Rates all 80 statements of two frameworks: near the default limit on a busy 2-core machine.
    test.slow();
    const a = A_SOC;
    const b = B_SOC;
    await startAssessment(page, a);
    const aRatings = await rateAll(
      page,
      a,
      (level, index) => RATINGS[(LEVEL_IDS.indexOf(level) + index) % 3] ?? 'not-yet',
    );
    // A note on every Emerging statement of A: none may travel to B.
    await showLevel(page, a, 'emerging');
    for (const index of statementsOf(a, 'emerging').keys()) {
      const note = `A note on ${a} statement ${index + 1}`;
      await addNote(page, a, 'emerging', index, note);
      record(aRatings, a, 'emerging', index, aRatings[key(a, 'emerging', index)]?.rating ?? 'not-yet', note);
    }
    expect(await storedRatings(page, a)).toEqual(aRatings);

    const carried = carriedRatings(b, a, aRatings);
    const count = Object.keys(carried).length;
    expect(count, `${b} should have statements matching ${a}`).toBeGreaterThan(0);
    const carriedLevels = new Set(Object.keys(carried).map((name) => name.split('/')[0]));
    expect(carriedLevels.size, 'matches at more than one level').toBeGreaterThan(1);

    await page.goto(assessmentUrl(b));
    const offer = page.getByRole('group', { name: 'Get a head start' });
    await expect(offer.getByRole('radio')).toHaveCount(2);
    const carry = offer.getByRole('radio', {
      name: `Carry over ${count} rating${count === 1 ? '' : 's'} from ${titleOf(a)}`,
      exact: true,
    });
    const none = offer.getByRole('radio', { name: 'Start with no ratings', exact: true });
    await expect(carry).toBeChecked();
    await expect(none).not.toBeChecked();
    await page.getByRole('button', { name: 'Start assessment' }).click();

    await expect(page.getByText(progressText(count, totalOf(b)), { exact: true })).toBeVisible();
    expect(await storedRatings(page, b)).toEqual(carried);
    for (const level of LEVEL_IDS) await expectLevelShows(page, b, level, carried);

    // The other choice: delete B and start it again with no ratings.
    await page.goto('/assessments');
    await page.getByRole('button', { name: `Delete the assessment of ${titleOf(b)}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
    await page.goto(assessmentUrl(b));
    await page.getByRole('radio', { name: 'Start with no ratings' }).check();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect(page.getByText(progressText(0, totalOf(b)), { exact: true })).toBeVisible();
    expect(await storedRatings(page, b)).toEqual({});
  });
});

test.describe('my assessments', () => {
  test('deleting an assessment can be undone, and stays deleted otherwise', async ({ page }) => {
    const a = makeAssessment(A_SOC, fullRatings(A_SOC), '2026-03-02T10:00:00.000Z');
    const b = makeAssessment(
      B_SOC,
      // Two ratings: with one the page says "1 statements rated", reported rather than asserted.
      {
        [key(B_SOC, 'emerging', 0)]: saved(B_SOC, 'emerging', 0, 'with-help', 'Some days'),
        [key(B_SOC, 'emerging', 1)]: saved(B_SOC, 'emerging', 1, 'on-my-own'),
      },
      '2026-04-05T09:30:00.000Z',
    );
    await seed(page, [a, b], '/assessments');
    const list = page.getByRole('list', { name: 'Assessments' });
    // Most recently updated first, each with its date, count and estimate.
    await expect(list.getByRole('listitem').getByRole('link')).toHaveText([b.title, a.title]);
    const longDate = (value: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));
    for (const item of [a, b]) {
      const estimate = expectedEstimate(item.soc, item.ratings);
      await expect(list.getByRole('listitem').filter({ hasText: item.title })).toContainText(
        `Updated ${longDate(item.updatedAt)} · ${Object.keys(item.ratings).length} statements rated · Estimated level: ${estimate === null ? 'working towards Emerging' : labelOf(item.soc, estimate)}`,
      );
    }

    const status = page.getByRole('status').filter({ hasText: 'Deleted' });
    await page.getByRole('button', { name: `Delete the assessment of ${a.title}` }).click();
    await expect(status).toContainText(`Deleted the assessment of ${a.title}.`);
    await expect(list.getByRole('listitem')).toHaveCount(1);
    expect(Object.keys(await storedAssessments(page))).toEqual([b.soc]);

    await status.getByRole('button', { name: 'Undo' }).click();
    await expect(status).toHaveCount(0);
    await expect(list.getByRole('listitem').getByRole('link')).toHaveText([b.title, a.title]);
    expect(await storedAssessments(page)).toEqual({ [a.soc]: a, [b.soc]: b });

    // Without Undo the deletion stands after a reload.
    await page.getByRole('button', { name: `Delete the assessment of ${b.title}` }).click();
    await expect(status).toContainText(`Deleted the assessment of ${b.title}.`);
    await page.reload();
    await expect(list.getByRole('listitem').getByRole('link')).toHaveText([a.title]);
    await expect(status).toHaveCount(0);
    expect(await storedData(page)).toEqual({ version: FORMAT_VERSION, assessments: { [a.soc]: a } });
  });

  test('format-1 data under the old key is upgraded on first load, placed on its statements when opened, and the old key is left as it was', async ({
    page,
  }) => {
    // Two assessments migrated, every level of one checked statement by statement: 20 s beside a second worker.
    test.slow();
    // Saved by the previous Ladder: ratings keyed by position in a level, without texts.
    const plan: [LevelId, number, Rating, string?][] = [
      ['emerging', 0, 'on-my-own'],
      ['emerging', 1, 'on-my-own'],
      ['emerging', 3, 'with-help', 'Only with the supervisor beside me'],
      ['emerging', 9, 'not-yet'],
      ['developing', 2, 'on-my-own'],
      ['advanced', 7, 'with-help', 'Once, for a visiting delegation'],
    ];
    const legacyRatings = Object.fromEntries(
      plan.map(([level, index, rating, note]) => [
        positionKey(level, index),
        note === undefined ? { rating } : { rating, note },
      ]),
    );
    const ratings: Ratings = {};
    for (const [level, index, rating, note] of plan) record(ratings, A_SOC, level, index, rating, note);
    const version = readExport(A_SOC).framework.version;
    const legacyA = {
      soc: A_SOC,
      title: titleOf(A_SOC),
      frameworkVersion: version,
      startedAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-02-03T09:00:00.000Z',
      ratings: legacyRatings,
    };
    const legacyB = {
      soc: B_SOC,
      title: titleOf(B_SOC),
      frameworkVersion: readExport(B_SOC).framework.version,
      startedAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-12T09:00:00.000Z',
      ratings: { [positionKey('emerging', 4)]: { rating: 'with-help' } },
    };
    const legacy = format1([legacyA, legacyB]);
    await seedRaw(page, LEGACY_STORAGE_KEY, legacy, '/assessments');

    // Both are listed as before, with their counts and estimates.
    const list = page.getByRole('list', { name: 'Assessments' });
    await expect(list.getByRole('listitem').getByRole('link')).toHaveText([legacyA.title, legacyB.title]);
    await expect(list.getByRole('listitem').filter({ hasText: legacyA.title })).toContainText(
      `${plan.length} statements rated · Estimated level: working towards Emerging`,
    );
    await expect(list.getByRole('listitem').filter({ hasText: legacyB.title })).toContainText(
      '1 statement rated · Estimated level: working towards Emerging',
    );
    expect(expectedEstimate(A_SOC, ratings)).toBeNull();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Upgraded once to format 2 under its own key, the positions kept until the framework is at hand.
    const storage = await readStorage(page);
    expect(storage[LEGACY_STORAGE_KEY], 'the old key is left as it was').toBe(legacy);
    expect(Object.keys(storage).filter((name) => name.startsWith(ASIDE_PREFIX))).toEqual([]);
    const { ratings: legacyOfB, ...restOfB } = legacyB;
    expect(await storedData(page)).toEqual({
      version: FORMAT_VERSION,
      assessments: {
        [A_SOC]: { ...legacyA, ratings: {}, unplaced: { version, ratings: legacyRatings } },
        [B_SOC]: { ...restOfB, ratings: {}, unplaced: { version: legacyB.frameworkVersion, ratings: legacyOfB } },
      },
      legacySeen: { [A_SOC]: legacyA.updatedAt, [B_SOC]: legacyB.updatedAt },
    });

    // Opened with its framework: every rating beside the statement it was given to, and saved so.
    await page.goto(assessmentUrl(A_SOC));
    await expect(page.getByText(progressText(plan.length, totalOf(A_SOC)), { exact: true })).toBeVisible();
    for (const level of LEVEL_IDS) await expectLevelShows(page, A_SOC, level, ratings);
    await expect.poll(async () => (await storedAssessments(page))[A_SOC]?.ratings).toEqual(ratings);
    const placed = (await storedAssessments(page))[A_SOC];
    expect(placed).toEqual({ ...legacyA, ratings, statementPrints: expect.any(Array) as unknown });
    // With it, a print of every statement of the framework it is placed on, one per statement, level by level.
    expect(placed?.statementPrints?.map((prints) => prints.length)).toEqual(
      LEVEL_IDS.map((level) => statementsOf(A_SOC, level).length),
    );
    for (const prints of placed?.statementPrints ?? []) {
      for (const print of prints) expect(print).toMatch(/^[0-9a-z]+$/);
      expect(new Set(prints).size, 'the statements of a level are told apart').toBe(prints.length);
    }
    // The other assessment waits, by position, until it is opened.
    expect((await storedAssessments(page))[B_SOC]?.unplaced).toEqual({
      version: legacyB.frameworkVersion,
      ratings: legacyOfB,
    });
    expect((await readStorage(page))[LEGACY_STORAGE_KEY]).toBe(legacy);

    // The results agree, and report no change of framework: the version is the same.
    await page.goto(resultsUrl(A_SOC));
    await expectSummary(page, A_SOC, ratings);
    await expect(page.getByRole('heading', { name: 'Changes in this framework' })).toHaveCount(0);

    // Changes from now on go to the new key only; the old one is never read again over them.
    await page.goto(assessmentUrl(A_SOC));
    await rateByPointer(page, A_SOC, 'emerging', 2, 'with-help');
    record(ratings, A_SOC, 'emerging', 2, 'with-help');
    await page.reload();
    await expectLevelShows(page, A_SOC, 'emerging', ratings);
    const after = (await storedAssessments(page))[A_SOC];
    expect(after?.ratings).toEqual(ratings);
    expect(after?.statementPrints).toEqual(placed?.statementPrints);
    expect(after).not.toHaveProperty('unplaced');
    expect(after).not.toHaveProperty('changes');
    expect((await readStorage(page))[LEGACY_STORAGE_KEY]).toBe(legacy);
  });

  test('unreadable saved data is kept aside, can be downloaded as it was, and the app goes on working', async ({
    page,
  }) => {
    const raw = '{"version":2,"assessm';
    const openedAt = Date.now();
    await seedRaw(page, STORAGE_KEY, raw, '/assessments');

    const alert = page.getByRole('alert').filter({ hasText: 'Saved assessments could not be read' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('because it is not valid JSON');
    await expect(alert).toContainText('They have been kept aside, not deleted, and Ladder has started afresh.');
    const storage = await readStorage(page);
    expect(storage[STORAGE_KEY]).toBeUndefined();
    const aside = Object.keys(storage).filter((name) => name.startsWith(ASIDE_PREFIX));
    expect(aside).toHaveLength(1);
    const [asideKey = ''] = aside;
    expect(storage[asideKey]).toBe(raw);
    const stamp = asideKey.slice(ASIDE_PREFIX.length);
    expect(new Date(stamp).toISOString()).toBe(stamp);
    expect(Math.abs(Date.parse(stamp) - openedAt)).toBeLessThan(60_000);

    const { text } = await downloadFrom(page, alert.getByRole('button', { name: 'Download the unreadable data' }));
    expect(text).toBe(raw);
    await alert.getByRole('button', { name: 'Hide this message' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByText(/^No assessments yet/)).toBeVisible();

    // The app starts afresh: a new assessment saves, and the data kept aside stays.
    await startAssessment(page, A_SOC);
    await rateByPointer(page, A_SOC, 'emerging', 0, 'with-help');
    expect(await storedRatings(page, A_SOC)).toEqual({
      [key(A_SOC, 'emerging', 0)]: saved(A_SOC, 'emerging', 0, 'with-help'),
    });
    expect((await readStorage(page))[asideKey]).toBe(raw);

    // Data from a newer Ladder is not damaged: it is left where it is, never moved aside or saved over.
    // Here a tab of that Ladder saves while this one is open.
    const newer = JSON.stringify({
      version: 99,
      assessments: { [A_SOC]: { soc: A_SOC, statements: 'in a shape this Ladder does not know' } },
    });
    const newerTab = await page.context().newPage();
    await newerTab.goto('/');
    await newerTab.evaluate(([name, value]) => localStorage.setItem(name, value), [STORAGE_KEY, newer] as const);
    await newerTab.close();

    const notice = page.getByRole('alert').filter({ hasText: 'Saved by a newer version of Ladder' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(
      'Your assessments were saved by a newer version of Ladder, in another tab or window. Reload this page to see them; changes made here are not saved until then.',
    );
    await expect(notice.getByRole('button', { name: 'Reload this page' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
    // What is on screen stays, and a change made now stays on the page only.
    await expect(radio(page, A_SOC, 'emerging', 0, 'with-help')).toBeChecked();
    await rateByPointer(page, A_SOC, 'emerging', 1, 'on-my-own');
    await expect(page.getByText(progressText(2, totalOf(A_SOC)), { exact: true })).toBeVisible();
    const untouched = { [STORAGE_KEY]: newer, [asideKey]: raw };
    expect(await readStorage(page), 'nothing saved over it, nothing moved aside').toEqual(untouched);

    // Opened afresh, the assessment pages say the same, and still leave the data alone.
    await page.goto(assessmentUrl(A_SOC));
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Reload this page' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start assessment' })).toBeVisible();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await rateByPointer(page, A_SOC, 'emerging', 0, 'not-yet');
    await expect(notice).toBeVisible();
    expect(await readStorage(page)).toEqual(untouched);

    // The button reloads the page; the data is still the newer Ladder's, so the page says so again.
    await page.evaluate(() => Reflect.set(window, 'ladderBeforeReload', true));
    const loaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload this page' }).click();
    await loaded;
    expect(await page.evaluate(() => Reflect.has(window, 'ladderBeforeReload')), 'the page was reloaded').toBe(false);
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start assessment' })).toBeVisible();
    expect(await readStorage(page)).toEqual(untouched);
  });
});

test.describe('print', () => {
  test('the results of a 40-statement assessment print on one A4 page', async ({ page }, testInfo) => {
    const soc = A_SOC;
    const ratings = fullRatings(soc);
    expect(Object.keys(ratings)).toHaveLength(totalOf(soc));
    // The longest Next steps list: every statement of the next level.
    expect(expectedNextSteps(soc, ratings).items).toHaveLength(statementsOf(soc, 'developing').length);
    await page.setViewportSize({ width: 794, height: 1123 });
    await seed(page, [makeAssessment(soc, ratings, '2026-05-01T08:00:00.000Z')], resultsUrl(soc));
    await expectSummary(page, soc, ratings);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Next steps' })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    testInfo.annotations.push({ type: 'PDF pages', description: String(pages) });
    expect(pages).toBe(1);
  });

  test('printed from a device in dark mode, the results are dark ink on white paper', async ({ page }) => {
    const soc = A_SOC;
    await page.emulateMedia({ colorScheme: 'dark' });
    await seed(page, [makeAssessment(soc, fullRatings(soc), '2026-05-01T08:00:00.000Z')], resultsUrl(soc));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your results: ${titleOf(soc)}`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = (locator: Locator, property: 'color' | 'backgroundColor') =>
      locator.evaluate((element, name) => getComputedStyle(element)[name], property);
    const estimate = page.getByRole('region', { name: 'Estimated level' });
    const colours = {
      heading: await style(page.getByRole('heading', { level: 1 }), 'color'),
      estimateText: await style(estimate, 'color'),
      estimateBackground: await style(estimate, 'backgroundColor'),
    };
    // Dark ink (each channel under 64) on a white or transparent background, as on paper.
    const channels = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    expect(
      channels(colours.heading).every((value) => value < 64),
      `heading ${colours.heading}`,
    ).toBe(true);
    expect(
      channels(colours.estimateText).every((value) => value < 64),
      `estimate ${colours.estimateText}`,
    ).toBe(true);
    expect(
      colours.estimateBackground === 'rgba(0, 0, 0, 0)' ||
        channels(colours.estimateBackground).every((value) => value > 240),
      `estimate background ${colours.estimateBackground}`,
    ).toBe(true);
  });
});

test.describe('privacy', () => {
  test('no request carries a rating or a note, and none leaves the site', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      const requests: { url: string; method: string; body: string | null }[] = [];
      context.on('request', (request) =>
        requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
      );
      const soc = A_SOC;
      const note = 'Zebra-unique-note-7731';
      await page.goto(`/occupations/${soc}/emerging`);
      await page.getByRole('link', { name: 'Assess yourself against this framework' }).click();
      await page.getByRole('button', { name: 'Start assessment' }).click();
      for (const [index, rating] of RATINGS.entries()) await rateByPointer(page, soc, 'emerging', index, rating);
      await addNote(page, soc, 'emerging', 2, note);
      await page.reload();
      await page.getByRole('link', { name: 'See your results', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();
      await downloadFrom(page, page.getByRole('button', { name: 'Download JSON' }));
      await downloadFrom(page, page.getByRole('button', { name: 'Download CSV' }));
      await page.getByRole('button', { name: 'Copy a share link' }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await page.getByRole('link', { name: 'My assessments' }).click();
      await expect(page.getByRole('list', { name: 'Assessments' })).toBeVisible();
      await page.goto(link);
      await expect(page.getByRole('region', { name: 'Estimated level' })).toBeVisible();

      expect(requests.length).toBeGreaterThan(0);
      const origin = new URL(page.url()).origin;
      const code = link.split('#')[1] ?? '';
      const secrets = [note, encodeURIComponent(note), ...RATINGS, 'ratings', code];
      for (const request of requests) {
        const url = new URL(request.url);
        // A blob: download is made in the page and stays on the device.
        expect([origin, 'null'], request.url).toContain(
          url.protocol === 'blob:' ? new URL(url.pathname).origin : url.origin,
        );
        expect(request.method, request.url).toBe('GET');
        expect(request.body, request.url).toBeNull();
        for (const secret of secrets) expect(request.url, `a request carried “${secret}”`).not.toContain(secret);
      }
    } finally {
      await context.close();
    }
  });
});
