import { expect, test, type Page } from './support/test';
import { JOURNEY_SOC, LEVEL_IDS, countText, escapeRegExp, readAllExports, readExport } from './support/exports';

// A person's way through the site: find an occupation in the catalog, open it,
// and move between its four levels with the buttons, the keys and the browser.

const exports = readAllExports();
const total = exports.length;
const journey = readExport(JOURNEY_SOC);
const { title } = journey.occupation;
const levels = LEVEL_IDS.map((id, index) => ({
  id,
  position: index + 1,
  ...journey.framework.levels[id],
}));

/** Titles as the catalog lists them: alphabetically. */
function titles(list: typeof exports): string[] {
  return list.map((data) => data.occupation.title).sort((a, b) => a.localeCompare(b, 'en'));
}

function levelAt(index: number) {
  const level = levels[index];
  if (!level) throw new Error(`No level at index ${index}`);
  return level;
}

function levelUrl(index: number): string {
  return `/occupations/${JOURNEY_SOC}/${levelAt(index).id}`;
}

/** Checks address, heading, current step and statements of the level at `index`. */
async function expectLevel(page: Page, index: number) {
  const level = levelAt(index);
  await expect(page).toHaveURL(new RegExp(`/occupations/${escapeRegExp(JOURNEY_SOC)}/${level.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const panel = page.getByRole('region', {
    name: `Level ${level.position} of ${LEVEL_IDS.length}: ${level.label}`,
    exact: true,
  });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(level.statements.length);

  const steps = page.getByRole('navigation', { name: 'Levels' }).getByRole('link');
  await expect(steps).toHaveCount(LEVEL_IDS.length);
  for (const [other, step] of (await steps.all()).entries()) {
    if (other === index) {
      await expect(step).toHaveAccessibleName(new RegExp(`^Level ${level.position}: ${escapeRegExp(level.label)}\\b`));
      await expect(step).toHaveAttribute('aria-current', 'step');
    } else {
      await expect(step).not.toHaveAttribute('aria-current');
    }
  }
}

function nextButton(page: Page) {
  return page.getByRole('button', { name: /^Next level/ });
}

function previousButton(page: Page) {
  return page.getByRole('button', { name: /^Previous level/ });
}

/** Presses a key with nothing focused, as when the reader just looks at the page. */
async function pressOnBody(page: Page, key: string) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await expect(page.locator('body')).toBeFocused();
  await page.keyboard.press(key);
}

/** Lets any navigation a click or key press might have started take place. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

test.describe('catalog to occupation', () => {
  test('finds an occupation by typing in the search box and opens it at the Emerging level', async ({ page }) => {
    await page.goto('/');
    const status = page.getByRole('status');
    await expect(status).toHaveText(countText(total, total));
    const list = page.getByRole('list', { name: 'Occupations' });
    await expect(list.getByRole('link')).toHaveCount(total);

    const query = 'recep';
    const matches = exports.filter((data) => data.occupation.title.toLowerCase().includes(query));
    expect(matches.length, 'the query should match some but not all occupations').toBeGreaterThan(0);
    expect(matches.length).toBeLessThan(total);

    // One key at a time, each time waiting for the list to follow, as a person
    // reading the count would (fast typing loses keys: see the test further down).
    const search = page.getByRole('searchbox', { name: 'Search by title or SOC code' });
    for (let length = 1; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      await search.press(query.charAt(length - 1));
      await expect(page).toHaveURL(new RegExp(`[?&]q=${typed}(&|$)`));
      const shown = exports.filter((data) => data.occupation.title.toLowerCase().includes(typed));
      await expect(status).toHaveText(countText(shown.length, total));
    }
    await expect(search).toHaveValue(query);
    await expect(status).toHaveText(countText(matches.length, total));
    await expect(list.getByRole('link')).toHaveText(titles(matches));

    await list.getByRole('link', { name: title }).click();
    await expectLevel(page, 0);
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(title)}: ${levelAt(0).label} level`));
  });

  test('/occupations/:soc opens the Emerging level', async ({ page }) => {
    await page.goto(`/occupations/${JOURNEY_SOC}`);
    await expectLevel(page, 0);
  });
});

test.describe('moving between levels', () => {
  test('steps through all four levels with the Next level and Previous level buttons', async ({ page }) => {
    await page.goto(levelUrl(0));
    await expectLevel(page, 0);
    await expect(previousButton(page)).toHaveAttribute('aria-disabled', 'true');

    for (let index = 1; index < levels.length; index += 1) {
      await nextButton(page).click();
      await expectLevel(page, index);
    }
    await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(previousButton(page)).not.toHaveAttribute('aria-disabled');

    for (let index = levels.length - 2; index >= 0; index -= 1) {
      await previousButton(page).click();
      await expectLevel(page, index);
    }
    await expect(previousButton(page)).toHaveAttribute('aria-disabled', 'true');
  });

  test('steps through all four levels with the arrow keys', async ({ page }) => {
    await page.goto(levelUrl(0));
    await expectLevel(page, 0);

    for (let index = 1; index < levels.length; index += 1) {
      await pressOnBody(page, 'ArrowRight');
      await expectLevel(page, index);
    }
    for (let index = levels.length - 2; index >= 0; index -= 1) {
      await pressOnBody(page, 'ArrowLeft');
      await expectLevel(page, index);
    }
  });

  test('arrow keys with a modifier held do not change level', async ({ page }) => {
    await page.goto(levelUrl(1));
    await expectLevel(page, 1);
    for (const key of ['Shift+ArrowRight', 'Alt+ArrowRight', 'Control+ArrowLeft']) {
      await pressOnBody(page, key);
      await settle(page);
      await expectLevel(page, 1);
    }
  });

  test('Next level at Advanced and Previous level at Emerging stay where they are', async ({ page }) => {
    const last = levels.length - 1;
    await page.goto(levelUrl(last));
    await expectLevel(page, last);
    const historyBefore = await page.evaluate(() => history.length);

    await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
    // aria-disabled keeps the button focusable and clickable: the click must do nothing.
    await nextButton(page).click({ force: true });
    await settle(page);
    await expectLevel(page, last);
    await pressOnBody(page, 'ArrowRight');
    await settle(page);
    await expectLevel(page, last);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    await page.goto(levelUrl(0));
    await expectLevel(page, 0);
    await previousButton(page).click({ force: true });
    await settle(page);
    await expectLevel(page, 0);
    await pressOnBody(page, 'ArrowLeft');
    await settle(page);
    await expectLevel(page, 0);
  });

  test('reloading a level address shows the same level', async ({ page }) => {
    await page.goto(levelUrl(0));
    await nextButton(page).click();
    await nextButton(page).click();
    await expectLevel(page, 2);
    await page.reload();
    await expectLevel(page, 2);
  });

  test('the browser back button returns to the previous level', async ({ page }) => {
    await page.goto(levelUrl(0));
    await expectLevel(page, 0);
    await nextButton(page).click();
    await expectLevel(page, 1);
    await pressOnBody(page, 'ArrowRight');
    await expectLevel(page, 2);

    await page.goBack();
    await expectLevel(page, 1);
    await page.goBack();
    await expectLevel(page, 0);
    await page.goForward();
    await expectLevel(page, 1);
  });

  test('the live region announces the new level after a change', async ({ page }) => {
    await page.goto(levelUrl(0));
    await expectLevel(page, 0);
    // The one status region of the page, visually hidden but in the accessibility tree.
    const live = page.getByRole('status');
    await expect(live).toHaveCount(1);
    await expect(live).toHaveClass(/\bsr-only\b/);
    // Nothing is announced on arrival: the page heading says where the reader is.
    await expect(live).toHaveText('');

    const announce = (index: number) => {
      const level = levelAt(index);
      const count = level.statements.length;
      return `${level.label}, level ${level.position} of ${LEVEL_IDS.length}: ${count} statement${count === 1 ? '' : 's'}`;
    };

    await nextButton(page).click();
    await expect(live).toHaveText(announce(1));
    await pressOnBody(page, 'ArrowRight');
    await expect(live).toHaveText(announce(2));
    await page
      .getByRole('navigation', { name: 'Levels' })
      .getByRole('link', { name: new RegExp(`^Level 1: `) })
      .click();
    await expect(live).toHaveText(announce(0));
  });
});

test.describe('catalog search and filters', () => {
  test('job zone and group filters narrow the list and stay in the address after a reload', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Occupations' });
    const status = page.getByRole('status');
    await expect(status).toHaveText(countText(total, total));

    // The job zone held by the most occupations while still narrowing the list.
    const zones = new Map<string, number>();
    for (const data of exports) {
      const zone = data.occupation.jobZone === null ? 'none' : String(data.occupation.jobZone);
      zones.set(zone, (zones.get(zone) ?? 0) + 1);
    }
    const narrowing = [...zones].filter(([, count]) => count < total).sort((a, b) => b[1] - a[1]);
    const [zone] = narrowing[0] ?? [];
    expect(zone, 'the data should have more than one job zone').toBeDefined();
    const inZone = exports.filter((data) => String(data.occupation.jobZone ?? 'none') === zone);

    await page.getByRole('combobox', { name: 'Job zone' }).selectOption(zone ?? '');
    await expect(status).toHaveText(countText(inZone.length, total));
    await expect(list.getByRole('link')).toHaveText(titles(inZone));
    await expect(page).toHaveURL(new RegExp(`[?&]zone=${zone}(&|$)`));

    const group = exports[0]?.occupation.group ?? '';
    const inBoth = inZone.filter((data) => data.occupation.group === group);
    await page.getByRole('combobox', { name: 'Group' }).selectOption(group);
    await expect(status).toHaveText(countText(inBoth.length, total));
    await expect(list.getByRole('link')).toHaveText(titles(inBoth));
    expect(new URL(page.url()).searchParams.get('group')).toBe(group);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Job zone' })).toHaveValue(zone ?? '');
    await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue(group);
    await expect(status).toHaveText(countText(inBoth.length, total));
    await expect(list.getByRole('link')).toHaveText(titles(inBoth));

    // The group on its own.
    await page.getByRole('combobox', { name: 'Job zone' }).selectOption('');
    const inGroup = exports.filter((data) => data.occupation.group === group);
    await expect(status).toHaveText(countText(inGroup.length, total));
    await expect(list.getByRole('link')).toHaveText(titles(inGroup));
    expect(new URL(page.url()).searchParams.has('zone')).toBe(false);
  });

  test('a query that matches nothing shows the empty state, and Clear search and filters restores all', async ({
    page,
  }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by title or SOC code' });
    const query = 'qqxzv';
    expect(exports.some((data) => data.occupation.title.toLowerCase().includes(query))).toBe(false);

    await expect(page.getByRole('button', { name: 'Clear search and filters' })).toHaveCount(0);
    await search.fill(query);
    await expect(page.getByRole('heading', { name: 'No occupations match' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(countText(0, total));
    await expect(page.getByRole('list', { name: 'Occupations' })).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Job zone' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.getByRole('heading', { name: 'No occupations match' })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(countText(total, total));
    await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link')).toHaveCount(total);
    await expect(search).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Job zone' })).toHaveValue('');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('button', { name: 'Clear search and filters' })).toHaveCount(0);
  });

  // Known bug: the search box's value is the URL's ?q=, which React Router
  // updates in a transition, so the input is re-rendered with the old value
  // until the navigation commits. Keys typed in that window are lost.
  test('keeps every character when typing quickly in the search box', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by title or SOC code' });
    const word = exports.find((data) => data.occupation.title.length > 10)?.occupation.title.toLowerCase() ?? '';
    // 25 ms between keys is a brisk but human typing speed.
    await search.pressSequentially(word, { delay: 25 });
    await expect(search).toHaveValue(word);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  test('typing in the middle of the search text keeps the caret where the typing is', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by title or SOC code' });
    await search.fill('recep');
    await expect(page).toHaveURL(/[?&]q=recep(&|$)/);
    await search.press('Home');
    await search.press('ArrowRight');
    await search.press('ArrowRight');
    await search.press('x');
    await expect(search).toHaveValue('rexcep');
    await expect(page).toHaveURL(/[?&]q=rexcep(&|$)/);
    expect(await search.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(3);
  });

  test('arrow keys in the search box move the caret and do not navigate', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by title or SOC code' });
    await search.fill('recep');
    await expect(page).toHaveURL(/[?&]q=recep/);
    const status = await page.getByRole('status').textContent();

    await search.press('Home');
    await search.press('ArrowRight');
    await search.press('ArrowRight');
    expect(await search.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(2);
    await search.press('ArrowLeft');
    expect(await search.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(1);
    await settle(page);

    expect(new URL(page.url()).pathname).toBe('/');
    await expect(search).toHaveValue('recep');
    await expect(search).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(status ?? '');
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches the skip link, then the catalog controls, and Enter on a card link opens the occupation', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText(countText(total, total));

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    // The skip link shows itself when focused (it is visually hidden otherwise).
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Ladder' })).toBeFocused();
    // The site search box comes next in the header, then the main navigation.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search', exact: true })).toBeFocused();
    const mainNav = page.getByRole('navigation', { name: 'Main' });
    await page.keyboard.press('Tab');
    await expect(mainNav.getByRole('link', { name: 'Occupations' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(mainNav.getByRole('link', { name: 'Compare' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(mainNav.getByRole('link', { name: 'My assessments' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(mainNav.getByRole('link', { name: 'About' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox', { name: 'Search by title or SOC code' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Group' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Job zone' })).toBeFocused();
    await page.keyboard.press('Tab');
    const firstCard = page.getByRole('list', { name: 'Occupations' }).getByRole('link').first();
    await expect(firstCard).toBeFocused();

    const cardTitle = (await firstCard.textContent())?.trim() ?? '';
    const opened = exports.find((data) => data.occupation.title === cardTitle);
    expect(opened, `the focused card "${cardTitle}" should be an export`).toBeDefined();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/occupations/${escapeRegExp(opened?.occupation.soc ?? '')}/emerging$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cardTitle);
    // Focus moves to the new page's heading, so the next Tab starts from the top of the content.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the skip link moves focus past the header to the main content', async ({ page }) => {
    await page.goto('/');
    // The first render runs in a transition and may commit after the load event: wait for the page.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox', { name: 'Search by title or SOC code' })).toBeFocused();
  });

  test('focused links and controls show a visible focus indicator', async ({ page }) => {
    const focusedOutline = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });

    await page.goto('/');
    // The first render runs in a transition and may commit after the load event: wait for the page.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occupations');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    let outline = await focusedOutline();
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Ladder' })).toBeFocused();
    outline = await focusedOutline();
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);

    // A card shows focus on its whole box: its border changes when its link is focused.
    const firstCard = page.getByRole('list', { name: 'Occupations' }).getByRole('listitem').first();
    const border = () => firstCard.evaluate((card) => getComputedStyle(card).borderTopColor);
    const restingBorder = await border();
    await page.getByRole('combobox', { name: 'Job zone' }).focus();
    await page.keyboard.press('Tab');
    await expect(firstCard.getByRole('link')).toBeFocused();
    // The border colour eases in (a transition), so it is read until it has changed.
    await expect.poll(border).not.toBe(restingBorder);

    // The level steps on an occupation page.
    await page.goto(levelUrl(0));
    await expectLevel(page, 0);
    const step = page.getByRole('navigation', { name: 'Levels' }).getByRole('link').nth(1);
    await page.getByRole('link', { name: 'All occupations' }).focus();
    for (let tries = 0; tries < 10; tries += 1) {
      await page.keyboard.press('Tab');
      if (await step.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(step).toBeFocused();
    outline = await focusedOutline();
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
  });
});
