import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchAll, pairKey } from '../../src/lib/occupation-matching.ts';
import type { Occupation, StatementMatch } from '../../src/lib/occupation.ts';
import { expectedAnchors } from './support/anchors';
import { RATINGS, RATING_LABELS, STORAGE_KEY, type Rating } from './support/assessments';
import { expectNoSeriousViolations } from './support/axe';
import { LEVEL_IDS, escapeRegExp } from './support/exports';
import { MANY_COUNT, MANY_SITE_DIR, manyOccupations, serveManySite } from './support/many-site';
import { expect, test, type Locator, type Page } from './support/test';

// Comparing any two occupations, related or not, on a site of more occupations
// than a file lists as related (dist-many/, tests/e2e/support/many-site.ts): an
// occupation file holds only its twelve related occupations and their matches,
// and the browser works out any other pair in a worker with the build's own
// code. Expected matches come from the built files and from matchAll run here,
// in Node, on the same files: what the browser shows must equal them exactly.

/** How many related occupations an occupation page shows before "Show more" (the file lists twelve). */
const SHOWN_FIRST = 6;
const RELATED_COUNT = 12;

// Read when a test first needs them: test files are loaded before the global setup builds dist-many/.
let built: Occupation[] | undefined;
function allOccupations(): Occupation[] {
  built ??= manyOccupations();
  return built;
}

function occupationOf(soc: string): Occupation {
  const found = allOccupations().find((occupation) => occupation.soc === soc);
  if (!found) throw new Error(`No built occupation ${soc} in dist-many/`);
  return found;
}

function isRelated(from: Occupation, to: Occupation): boolean {
  return from.related.some((item) => item.soc === to.soc);
}

function statementTotal(occupation: Occupation): number {
  return occupation.levels.reduce((sum, level) => sum + level.statements.length, 0);
}

/** The close matches of `from` in `to` as the build's code gives them, run here on the built files. */
function nodeMatches(from: Occupation, to: Occupation): StatementMatch[] {
  const matches = matchAll([from, to]).get(pairKey(from.soc, to.soc));
  if (!matches) throw new Error(`matchAll gave nothing for ${from.soc} → ${to.soc}`);
  return matches;
}

/** The pairs not in each other's related list, most close matches first (SOC order on ties). */
function unrelatedPairs(): [Occupation, Occupation][] {
  const pairs: { pair: [Occupation, Occupation]; matched: number }[] = [];
  const occupations = allOccupations();
  occupations.forEach((a, index) => {
    for (const b of occupations.slice(index + 1)) {
      if (isRelated(a, b) || isRelated(b, a)) continue;
      pairs.push({ pair: [a, b], matched: nodeMatches(a, b).length });
    }
  });
  return pairs.sort((x, y) => y.matched - x.matched).map(({ pair }) => pair);
}

/** The first occupation, in SOC order, with a related occupation that lists it back, and that one. */
function relatedPair(): [Occupation, Occupation] {
  for (const a of allOccupations()) {
    for (const item of a.related) {
      const b = occupationOf(item.soc);
      if (isRelated(b, a) && item.statements.length > 0) return [a, b];
    }
  }
  throw new Error('dist-many/ should have two occupations related both ways');
}

/** The site's origin, where dist-many/ is served in place of dist/. */
function origin(): string {
  return new URL(test.info().project.use.baseURL ?? '').origin;
}

test.beforeEach(async ({ context }) => {
  await serveManySite(context, origin());
});

test('the third build has more occupations than a file lists as related', () => {
  const occupations = allOccupations();
  expect(occupations).toHaveLength(MANY_COUNT);
  for (const occupation of occupations) {
    expect(occupation.related, `${occupation.soc} lists twelve related occupations`).toHaveLength(RELATED_COUNT);
  }
  expect(unrelatedPairs().length, 'some pairs are not in each other’s related list').toBeGreaterThan(0);
});

// ---------------------------------------------------------------------------
// The comparison

function compareUrl(socs: readonly string[]): string {
  return `/compare?occupations=${socs.map(encodeURIComponent).join(',')}&level=all`;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Per statement of `from` shown in the comparison (by its anchor), the "≈" links it has into `to`. */
function shownMarks(page: Page, from: Occupation, to: Occupation): Promise<Record<string, string[]>> {
  return page
    .locator(`li[id^="cmp-${from.soc}-"]`)
    .evaluateAll(
      (items, prefix) =>
        Object.fromEntries(
          items.map((item) => [
            item.id,
            Array.from(item.querySelectorAll(`a[href^="${prefix}"]`)).map(
              (link) => `${link.getAttribute('href')} ${(link.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
            ),
          ]),
        ),
      `#cmp-${to.soc}-`,
    );
}

/** The same, expected from `matches` (from `from`'s side): every statement, with its mark or none. */
function expectedMarks(from: Occupation, to: Occupation, matches: readonly StatementMatch[]): Record<string, string[]> {
  const marks: Record<string, string[]> = {};
  from.levels.forEach((level, position) => {
    level.statements.forEach((_, index) => {
      marks[`cmp-${from.soc}-${LEVEL_IDS[position]}-${index + 1}`] = matches
        .filter(([at, mine]) => at === position && mine === index)
        .map(
          ([, , theirs]) =>
            `#cmp-${to.soc}-${LEVEL_IDS[position]}-${theirs + 1} ≈ ${to.title}, statement ${theirs + 1}`,
        );
    });
  });
  return marks;
}

/** The comparison of two occupations, with its summary line of the pair. */
async function openComparison(page: Page, a: Occupation, b: Occupation): Promise<Locator> {
  await page.goto(compareUrl([a.soc, b.soc]));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare occupations');
  const summary = page.getByRole('region', { name: 'Close matches' }).getByRole('listitem');
  await expect(summary).toHaveCount(1);
  await expect(page.locator(`li[id^="cmp-${a.soc}-"]`)).toHaveCount(statementTotal(a));
  await expect(page.locator(`li[id^="cmp-${b.soc}-"]`)).toHaveCount(statementTotal(b));
  return summary;
}

async function expectSummary(summary: Locator, a: Occupation, b: Occupation, matched: number) {
  await expect(summary).toHaveText(
    new RegExp(
      `^${escapeRegExp(a.title)} → ?compared with ${escapeRegExp(b.title)}: ${matched} of ${statementTotal(a)} statements have a close match$`,
    ),
  );
}

test.describe('comparing any two occupations', () => {
  test('two occupations not in each other’s related lists still show their close matches, exactly as the build’s code finds them', async ({
    page,
  }) => {
    const [a, b] = unrelatedPairs()[0] ?? [];
    if (!a || !b) throw new Error('dist-many/ should have a pair of unrelated occupations');
    expect(isRelated(a, b), `${b.soc} is not in ${a.soc}’s related list`).toBe(false);
    expect(isRelated(b, a), `${a.soc} is not in ${b.soc}’s related list`).toBe(false);
    const forward = nodeMatches(a, b);
    const backward = nodeMatches(b, a);
    expect(forward.length, 'the high-overlap corpus gives the pair close matches').toBeGreaterThan(0);
    expect(backward).toHaveLength(forward.length);

    const summary = await openComparison(page, a, b);
    await expectSummary(summary, a, b, forward.length);
    await expect(page.getByText('Close match in', { exact: true })).toHaveCount(forward.length + backward.length);
    expect(await shownMarks(page, a, b)).toEqual(expectedMarks(a, b, forward));
    expect(await shownMarks(page, b, a)).toEqual(expectedMarks(b, a, backward));

    // The same pair the other way round: the same matches, each from its own side.
    await page.goto(compareUrl([b.soc, a.soc]));
    await expectSummary(
      page.getByRole('region', { name: 'Close matches' }).getByRole('listitem'),
      b,
      a,
      backward.length,
    );
    expect(await shownMarks(page, b, a)).toEqual(expectedMarks(b, a, backward));
    expect(await shownMarks(page, a, b)).toEqual(expectedMarks(a, b, forward));
  });

  test('two related occupations show exactly the matches their files list', async ({ page }) => {
    const [a, b] = relatedPair();
    const forward = a.related.find((item) => item.soc === b.soc)?.statements ?? [];
    const backward = b.related.find((item) => item.soc === a.soc)?.statements ?? [];

    const summary = await openComparison(page, a, b);
    await expectSummary(summary, a, b, forward.length);
    await expect(page.getByText('Close match in', { exact: true })).toHaveCount(forward.length + backward.length);
    expect(await shownMarks(page, a, b)).toEqual(expectedMarks(a, b, forward));
    expect(await shownMarks(page, b, a)).toEqual(expectedMarks(b, a, backward));
  });

  test('the comparison of two unrelated occupations has no serious accessibility violations', async ({ page }) => {
    const [a, b] = unrelatedPairs()[0] ?? [];
    if (!a || !b) throw new Error('dist-many/ should have a pair of unrelated occupations');
    const summary = await openComparison(page, a, b);
    await expectSummary(summary, a, b, nodeMatches(a, b).length);
    await expectNoSeriousViolations(page, `the comparison of ${a.soc} and ${b.soc}`);
  });
});

// ---------------------------------------------------------------------------
// The occupation page's related occupations

function relatedRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Related occupations' });
}

function relatedLinks(page: Page): Locator {
  return relatedRegion(page).getByRole('link', { name: /^Compare with / });
}

/** The accessible name of the focused element, or its text: what a keyboard user is on. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** The occupation whose page is opened (the first in SOC order), and the names of its related occupations' links. */
function pageOccupation(): { occupation: Occupation; names: string[] } {
  const [occupation] = allOccupations();
  if (!occupation) throw new Error('dist-many/ should have occupations');
  return { occupation, names: occupation.related.map((item) => `Compare with ${occupationOf(item.soc).title}`) };
}

test.describe('related occupations', () => {
  const hidden = RELATED_COUNT - SHOWN_FIRST;

  test(`an occupation page shows ${SHOWN_FIRST} related occupations, and the keyboard shows and hides the other ${hidden}`, async ({
    page,
  }) => {
    const { occupation, names } = pageOccupation();
    await page.goto(`/occupations/${occupation.soc}/emerging`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(occupation.title);
    await expect(relatedLinks(page)).toHaveText(names.slice(0, SHOWN_FIRST));
    const more = relatedRegion(page).getByRole('button', { name: `Show ${hidden} more related occupations` });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const list = page.locator(`[id="${await more.getAttribute('aria-controls')}"]`);
    await expect(list.getByRole('link')).toHaveCount(SHOWN_FIRST);
    // Each says how many of this occupation's statements match, from the file.
    const total = statementTotal(occupation);
    await expect(list.getByRole('listitem')).toHaveText(
      occupation.related
        .slice(0, SHOWN_FIRST)
        .map(
          (item) => `Compare with ${occupationOf(item.soc).title}${item.shared} of ${total} statements match closely`,
        ),
    );

    // Tab from the top of the page: the related occupations in order, then the button.
    const reached: string[] = [];
    for (let presses = 0; presses < 200; presses += 1) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      reached.push(name);
      if (name === `Show ${hidden} more related occupations`) break;
    }
    await expect(more).toBeFocused();
    expect(reached.slice(-SHOWN_FIRST - 1, -1), 'the six related occupations come just before the button').toEqual(
      names.slice(0, SHOWN_FIRST),
    );

    await page.keyboard.press('Enter');
    const fewer = relatedRegion(page).getByRole('button', { name: 'Show fewer related occupations' });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await expect(fewer).toBeFocused();
    await expect(relatedLinks(page)).toHaveText(names);
    // The revealed occupations come just before the button: Shift+Tab reaches the last one.
    await page.keyboard.press('Shift+Tab');
    await expect(relatedLinks(page).last()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(fewer).toBeFocused();

    await page.keyboard.press('Space');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(relatedLinks(page)).toHaveText(names.slice(0, SHOWN_FIRST));

    // Enter on a revealed one opens the comparison of both.
    await page.keyboard.press('Enter');
    await expect(fewer).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(relatedLinks(page).last()).toBeFocused();
    await page.keyboard.press('Enter');
    const lastSoc = occupation.related[RELATED_COUNT - 1]?.soc ?? '';
    await expect.poll(() => new URL(page.url()).searchParams.get('occupations')).toBe(`${occupation.soc},${lastSoc}`);
    await expect(page.getByRole('region', { name: 'Close matches' }).getByRole('listitem')).toHaveCount(1);
  });

  test('the occupation page with all related occupations shown has no serious accessibility violations', async ({
    page,
  }) => {
    const { occupation, names } = pageOccupation();
    await page.goto(`/occupations/${occupation.soc}/emerging`);
    await relatedRegion(page)
      .getByRole('button', { name: `Show ${hidden} more related occupations` })
      .click();
    await expect(relatedLinks(page)).toHaveText(names);
    await expectNoSeriousViolations(page, `the occupation page of ${occupation.soc} with all related shown`);
  });
});

// ---------------------------------------------------------------------------
// The head start

/** The key a rating of statement `index` of level `position` is saved under: "emerging/<anchor>". */
function ratingKey(occupation: Occupation, position: number, index: number): string {
  const level = occupation.levels[position];
  const anchor = expectedAnchors(level?.statements ?? [])[index];
  if (!level || anchor === undefined) throw new Error(`${occupation.soc} has no statement ${index + 1} at ${position}`);
  return `${level.id}/${anchor}`;
}

/** What the test rates of the first occupation: every other Emerging statement, the ratings in turn. */
function ratingsToGive(occupation: Occupation): { index: number; rating: Rating }[] {
  return (occupation.levels[0]?.statements ?? []).flatMap((_, index) =>
    index % 2 === 0 ? [{ index, rating: RATINGS[(index / 2) % RATINGS.length] ?? 'not-yet' }] : [],
  );
}

/**
 * How many of `target`'s statements take a rating from `source`, as the head
 * start counts them: a statement takes the rating of its closest rated match
 * at the same level (rated: the keys of `source`'s rated statements).
 */
function carriedCount(target: Occupation, source: Occupation, rated: ReadonlySet<string>): number {
  const best = new Map<string, number>();
  for (const [position, index, otherIndex, similarity] of nodeMatches(target, source)) {
    if (!rated.has(ratingKey(source, position, otherIndex))) continue;
    const key = ratingKey(target, position, index);
    best.set(key, Math.max(best.get(key) ?? 0, similarity));
  }
  return best.size;
}

/** An occupation to rate and another that does not list it as related, with the most ratings to carry. */
function headStartPair(): { source: Occupation; target: Occupation; count: number } {
  let found: { source: Occupation; target: Occupation; count: number } | undefined;
  const occupations = allOccupations();
  for (const source of occupations) {
    const rated = new Set(ratingsToGive(source).map(({ index }) => ratingKey(source, 0, index)));
    for (const target of occupations) {
      if (target === source || isRelated(target, source)) continue;
      const count = carriedCount(target, source, rated);
      if (!found || count > found.count) found = { source, target, count };
    }
  }
  if (!found) throw new Error('dist-many/ should have an occupation that another does not list as related');
  return found;
}

test.describe('head start', () => {
  test('ratings of an occupation that is not related carry over to the one started next', async ({ page }) => {
    const { source, target, count } = headStartPair();
    expect(isRelated(target, source), `${source.soc} is not in ${target.soc}’s related list`).toBe(false);
    expect(count, `some of ${target.soc}'s statements match rated ones of ${source.soc}`).toBeGreaterThan(0);

    await page.goto(`/occupations/${source.soc}/assessment`);
    await expect(page.getByRole('group', { name: 'Get a head start' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Start assessment' }).click();
    const emerging = page.getByRole('region', {
      name: `Level 1 of ${LEVEL_IDS.length}: ${source.levels[0]?.label ?? ''}`,
      exact: true,
    });
    await expect(emerging).toBeVisible();
    const given = ratingsToGive(source);
    for (const { index, rating } of given) {
      const text = squash(source.levels[0]?.statements[index] ?? '');
      const choice = emerging
        .getByRole('group', { name: `${index + 1}. ${text}`, exact: true })
        .getByRole('radio', { name: RATING_LABELS[rating], exact: true });
      await choice.click();
      await expect(choice).toBeChecked();
    }
    await expect(
      page.getByText(`${given.length} of ${statementTotal(source)} statements rated`, { exact: true }),
    ).toBeVisible();
    // Saved under the keys the count above was worked out with.
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const ratings = (JSON.parse(saved ?? '{}') as { assessments?: Record<string, { ratings?: object }> }).assessments?.[
      source.soc
    ]?.ratings;
    expect(Object.keys(ratings ?? {}).sort()).toEqual(given.map(({ index }) => ratingKey(source, 0, index)).sort());

    await page.goto(`/occupations/${target.soc}/assessment`);
    const offer = page.getByRole('group', { name: 'Get a head start' });
    await expect(offer.getByRole('radio')).toHaveCount(2);
    const carry = offer.getByRole('radio', {
      name: `Carry over ${count} rating${count === 1 ? '' : 's'} from ${source.title}`,
      exact: true,
    });
    await expect(carry).toBeChecked();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await expect(
      page.getByText(`${count} of ${statementTotal(target)} statements rated`, { exact: true }),
    ).toBeVisible();
  });
});

// ---------------------------------------------------------------------------
// A build with LADDER_PRERENDER=levels

test.describe('a site built with LADDER_PRERENDER=levels', () => {
  test('writes the level pages as HTML and opens the level matrix and handout from the app shell', async ({ page }) => {
    const [occupation] = allOccupations();
    if (!occupation) throw new Error('dist-many/ has no occupations');
    const folder = join(MANY_SITE_DIR, 'occupations', occupation.soc);
    expect(readdirSync(folder).sort()).toEqual(LEVEL_IDS.map((level) => `${level}.html`).sort());

    await page.goto(`/occupations/${occupation.soc}/emerging`);
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', `/occupations/${occupation.soc}/emerging`);

    await page.goto(`/occupations/${occupation.soc}/compare`);
    await expect(
      page.getByRole('heading', { level: 1, name: `${occupation.title}: levels side by side` }),
    ).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered', /./);
    await expect(page.getByRole('table')).toContainText(occupation.levels[0]?.statements[0]?.split(' — ')[0] ?? '');

    await page.goto(`/occupations/${occupation.soc}/handout`);
    await expect(page.getByRole('heading', { level: 1, name: occupation.title })).toBeVisible();
    await expect(page.getByText(occupation.credit.attribution).first()).toBeVisible();
  });
});
