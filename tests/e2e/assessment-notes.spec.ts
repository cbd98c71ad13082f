import { expectNoSeriousViolations } from './support/axe';
import { expect, test, type Locator, type Page } from './support/test';
import { STORAGE_KEY, format2, ratingKey, savedAssessment, savedRating, type SavedRating } from './support/assessments';
import { JOURNEY_SOC, LEVEL_IDS, escapeRegExp, readExport, type LevelId } from './support/exports';

// What a learner wrote and carried over stays in view: every rating with its
// note on the results, in the shared view and on paper; the rating page picks
// up where the learner left off, follows "Next level" to the new level's
// heading, and marks ratings carried over from another occupation until the
// learner keeps or changes them. Each test runs at a phone's and a laptop's
// width. Expected texts come from data/, never typed in.

const SOC = JOURNEY_SOC;
/** An occupation with close matches to the journey one, whose ratings can be carried over. */
const OTHER_SOC = '43-9061.00';
const WIDTHS = [375, 1280] as const;
const LABELS: Record<SavedRating['rating'], string> = {
  'not-yet': 'Not yet',
  'with-help': 'With help',
  'on-my-own': 'On my own',
};

const data = readExport(SOC);
const statementsOf = (soc: string, level: LevelId) => readExport(soc).framework.levels[level].statements;
const labelOf = (soc: string, level: LevelId) => readExport(soc).framework.levels[level].label;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const total = LEVEL_IDS.reduce((sum, level) => sum + statementsOf(SOC, level).length, 0);

const NOTE_EMERGING = 'Covered the front desk alone on Saturdays, “with” the phones';
const NOTE_PROFICIENT = 'Only once, during the audit week — would like more practice';

/** Ratings at three levels, two with notes, the rest of the framework unrated. */
const RATINGS: [LevelId, number, SavedRating['rating'], string?][] = [
  ['emerging', 0, 'on-my-own'],
  ['emerging', 1, 'with-help', NOTE_EMERGING],
  ['emerging', 2, 'not-yet'],
  ['developing', 0, 'on-my-own'],
  ['proficient', 3, 'with-help', NOTE_PROFICIENT],
];
const ratings = Object.fromEntries(
  RATINGS.map(([level, index, rating, note]) => savedRating(SOC, level, index, rating, note)),
);

async function seed(page: Page, assessments: ({ soc: string } & Record<string, unknown>)[], path: string) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, format2(assessments)] as const);
  await page.goto(path);
}

async function stored(page: Page, soc: string): Promise<Record<string, unknown> | undefined> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null
    ? undefined
    : (JSON.parse(raw) as { assessments: Record<string, Record<string, unknown>> }).assessments[soc];
}

/** The list of every rating, and within it one level's statements. */
function everyRating(page: Page): Locator {
  // On paper, when only notes are printed, the list is headed "Your notes".
  return page.getByRole('region', { name: /^(Every rating, with notes|Your notes)$/ });
}

function levelList(page: Page, level: LevelId): Locator {
  const position = LEVEL_IDS.indexOf(level) + 1;
  return everyRating(page).getByRole('region', { name: `Level ${position}: ${labelOf(SOC, level)}`, exact: true });
}

function listedStatement(page: Page, level: LevelId, index: number): Locator {
  const text = squash(statementsOf(SOC, level)[index] ?? '');
  return levelList(page, level).getByRole('listitem').filter({ hasText: text });
}

/** Every statement of every level is listed with its rating, or "Not rated", and its note: one check per level. */
async function expectEveryRating(page: Page) {
  const list = everyRating(page);
  await expect(list).toContainText(
    `All ${total} statements, level by level: 2 notes, ${total - RATINGS.length} not rated.`,
  );
  for (const level of LEVEL_IDS) {
    const expected = statementsOf(SOC, level).map((text, index) => {
      const planned = RATINGS.find(([l, i]) => l === level && i === index);
      const rating = planned ? LABELS[planned[2]] : 'Not rated';
      const note = planned?.[3] === undefined ? '(?!.*Note:)' : `.*Note: ${escapeRegExp(planned[3])}`;
      return new RegExp(`^${escapeRegExp(`${index + 1}. ${squash(text)}`)}Rating: ${rating}${note}`);
    });
    await expect(levelList(page, level).getByRole('listitem')).toHaveText(expected);
  }
}

/** Whether the element's box lies within the window, as the learner sees it. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return box !== null && size !== null && box.y >= 0 && box.y + box.height <= size.height;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });

    test('a note shows on the results, in the shared view and on paper, with every rating listed', async ({ page }) => {
      // Two pages, on screen and on paper: slow on a busy 2-core machine.
      test.slow();
      await seed(page, [savedAssessment(SOC, ratings)], `/occupations/${SOC}/assessment/results`);
      await expectEveryRating(page);
      const noted = listedStatement(page, 'emerging', 1);
      await expect(noted.getByText(NOTE_EMERGING)).toBeVisible();

      // On paper by default: the summary and the statements with a note, nothing else of the list.
      await page.emulateMedia({ media: 'print' });
      await expect(noted.getByText(NOTE_EMERGING)).toBeVisible();
      await expect(listedStatement(page, 'proficient', 3).getByText(NOTE_PROFICIENT)).toBeVisible();
      await expect(listedStatement(page, 'emerging', 0)).toBeHidden();
      await expect(levelList(page, 'developing')).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Your notes' })).toBeVisible();
      // Asked for every rating, paper gets them all, still with the notes.
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('checkbox', { name: /^Print every rating/ }).check();
      await page.emulateMedia({ media: 'print' });
      await expect(listedStatement(page, 'emerging', 0)).toBeVisible();
      await expect(levelList(page, 'advanced').getByRole('listitem')).toHaveCount(statementsOf(SOC, 'advanced').length);
      await expect(levelList(page, 'advanced').getByRole('listitem').first()).toBeVisible();
      await expect(noted.getByText(NOTE_EMERGING)).toBeVisible();
      await page.emulateMedia({ media: 'screen' });

      // The share link carries the notes: the shared view lists every rating with them, on screen and on paper.
      await page.getByRole('button', { name: 'Copy a share link' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Link copied' });
      await expect(status).toContainText('It holds your ratings and notes');
      // Words wrap whole: nothing may break them mid-word ("rating s").
      expect(await status.evaluate((element) => getComputedStyle(element).wordBreak)).toBe('normal');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const shared = await page.context().newPage();
      await shared.goto(link);
      await expect(shared.getByRole('heading', { level: 1 })).toHaveText(`Shared assessment: ${data.occupation.title}`);
      await expectEveryRating(shared);
      // Read-only: nothing there leads back to a rating page.
      await expect(everyRating(shared).getByRole('link', { name: /^Change/ })).toHaveCount(0);
      await shared.emulateMedia({ media: 'print' });
      await expect(listedStatement(shared, 'emerging', 1).getByText(NOTE_EMERGING)).toBeVisible();
      await expect(listedStatement(shared, 'emerging', 0)).toBeVisible();
      await shared.close();
    });

    test('"Next level" brings the new level’s heading into view and focuses it', async ({ page }) => {
      await page.goto(`/occupations/${SOC}/assessment`);
      await page.getByRole('button', { name: 'Start assessment' }).click();
      for (const [from, to] of [
        ['emerging', 'developing'],
        ['developing', 'proficient'],
      ] as const) {
        const next = page.getByRole('button', { name: 'Next level →' });
        await next.scrollIntoViewIfNeeded();
        // At the bottom of the list, the current level's heading is far above the window.
        const current = page.getByRole('heading', { level: 2, name: new RegExp(`: ${labelOf(SOC, from)}$`) });
        expect(await inView(page, current)).toBe(false);
        await next.click();
        const heading = page.getByRole('heading', {
          level: 2,
          name: `Level ${LEVEL_IDS.indexOf(to) + 1} of 4: ${labelOf(SOC, to)}`,
          exact: true,
        });
        await expect(heading).toBeFocused();
        await expect.poll(() => inView(page, heading)).toBe(true);
      }
      const previous = page.getByRole('button', { name: '← Previous level' });
      await previous.scrollIntoViewIfNeeded();
      await previous.click();
      const back = page.getByRole('heading', { level: 2, name: `Level 2 of 4: ${labelOf(SOC, 'developing')}` });
      await expect(back).toBeFocused();
      await expect.poll(() => inView(page, back)).toBe(true);
    });

    test('ratings carried over from another occupation are marked until kept or changed', async ({ page }) => {
      // The other occupation fully rated, so every close match carries a rating.
      const source = Object.fromEntries(
        LEVEL_IDS.flatMap((level) =>
          statementsOf(OTHER_SOC, level).map((_, index) => savedRating(OTHER_SOC, level, index, 'on-my-own')),
        ),
      );
      const otherTitle = readExport(OTHER_SOC).occupation.title;
      await seed(page, [savedAssessment(OTHER_SOC, source)], `/occupations/${SOC}/assessment`);
      // The offer comes once the other framework is loaded and matched, as a learner sees it.
      await expect(page.getByRole('radio', { name: new RegExp(`^Carry over \\d+ ratings from `) })).toBeChecked();
      await page.getByRole('button', { name: 'Start assessment' }).click();
      const saved = await stored(page, SOC);
      const carried =
        (saved?.carriedOver as { fromSoc: string; fromTitle: string; keys: string[] } | undefined) ?? null;
      expect(carried).toMatchObject({ fromSoc: OTHER_SOC, fromTitle: otherTitle });
      expect([...(carried?.keys ?? [])].sort()).toEqual(Object.keys(saved?.ratings ?? {}).sort());
      const count = carried?.keys.length ?? 0;
      expect(count, 'the head start carries some ratings').toBeGreaterThan(1);

      const notice = page.getByRole('region', { name: `${count} ratings carried over from ${otherTitle}` });
      await expect(notice).toBeVisible();
      // Each carried-over rating says so, to the eye and, as the group's description, to a screen reader.
      const mark = `Carried over from ${otherTitle}, not confirmed yet`;
      // A level with at least two carried-over ratings: one to change, one to keep.
      const keys = carried?.keys ?? [];
      const level = LEVEL_IDS.find((id) => keys.filter((key) => key.startsWith(`${id}/`)).length >= 2);
      if (level === undefined) throw new Error('expected two carried-over ratings at one level');
      const position = LEVEL_IDS.indexOf(level) + 1;
      await page
        .getByRole('group', { name: 'Level to rate' })
        .getByRole('button', { name: new RegExp(`^${position}\\. `) })
        .click();
      const region = page.getByRole('region', { name: `Level ${position} of 4: ${labelOf(SOC, level)}`, exact: true });
      const indexes = statementsOf(SOC, level).flatMap((_, index) =>
        keys.includes(ratingKey(SOC, level, index)) ? [index] : [],
      );
      const group = (index: number) =>
        region.getByRole('group', {
          name: `${index + 1}. ${squash(statementsOf(SOC, level)[index] ?? '')}`,
          exact: true,
        });
      for (const index of statementsOf(SOC, level).keys()) {
        if (indexes.includes(index)) await expect(group(index)).toHaveAccessibleDescription(mark);
        else await expect(group(index)).not.toHaveAccessibleDescription(mark);
      }
      await expect(region.getByText(mark, { exact: true })).toHaveCount(indexes.length);

      // Still marked after a reload: the mark is saved.
      await page.reload();
      await expect(group(indexes[0] ?? 0)).toHaveAccessibleDescription(mark);

      // Changing a rating confirms it.
      const [changed, kept] = indexes;
      if (changed === undefined || kept === undefined)
        throw new Error('expected two carried-over ratings at one level');
      await group(changed).getByRole('radio', { name: 'Not yet' }).click();
      await expect(group(changed)).not.toHaveAccessibleDescription(mark);
      // "Keep this rating" confirms it as it is, and leaves focus on its choice.
      await group(kept)
        .getByRole('button', { name: `Keep this rating for statement ${kept + 1}` })
        .click();
      await expect(group(kept)).not.toHaveAccessibleDescription(mark);
      await expect(group(kept).getByRole('radio', { name: 'On my own' })).toBeChecked();
      await expect(group(kept).getByRole('radio', { name: 'On my own' })).toBeFocused();
      await expect(
        page.getByRole('region', { name: `${count - 2} ratings carried over from ${otherTitle}` }),
      ).toBeVisible();
      expect(((await stored(page, SOC))?.carriedOver as { keys: string[] }).keys).toHaveLength(count - 2);

      // Keep all: no mark is left, and none comes back.
      await page.getByRole('button', { name: `Keep all ${count - 2} carried-over ratings` }).click();
      await expect(page.getByText(mark)).toHaveCount(0);
      await expect(page.getByRole('region', { name: /carried over from/ })).toHaveCount(0);
      expect(await stored(page, SOC)).not.toHaveProperty('carriedOver');
      await page.reload();
      await expect(region).toBeVisible();
      await expect(page.getByText(mark)).toHaveCount(0);
    });

    test('the rating page offers to resume where the learner left off, and a Change link from the results opens at its statement', async ({
      page,
    }) => {
      // Emerging all rated; at Proficient, where the learner last rated, the first three.
      const done = [
        ...statementsOf(SOC, 'emerging').map((_, index) => savedRating(SOC, 'emerging', index, 'on-my-own')),
        ...[0, 1, 2].map((index) => savedRating(SOC, 'proficient', index, 'with-help')),
      ];
      await seed(
        page,
        [savedAssessment(SOC, Object.fromEntries(done), { lastLevel: 'proficient' })],
        `/occupations/${SOC}/assessment`,
      );
      // The page opens at the first level, as always; the learner resumes with one press.
      await expect(
        page.getByRole('region', { name: `Level 1 of 4: ${labelOf(SOC, 'emerging')}`, exact: true }),
      ).toBeVisible();
      const proficient = page.getByRole('region', { name: `Level 3 of 4: ${labelOf(SOC, 'proficient')}`, exact: true });
      const welcome = page.getByRole('region', { name: 'Welcome back' });
      await expect(welcome).toContainText(
        `You have rated ${done.length} of ${total} statements. Next to rate: statement 4 of Level 3, ${labelOf(SOC, 'proficient')}.`,
      );
      await welcome.getByRole('button', { name: 'Continue where you left off' }).click();
      const fourth = proficient.getByRole('group', {
        name: `4. ${squash(statementsOf(SOC, 'proficient')[3] ?? '')}`,
        exact: true,
      });
      await expect(fourth.getByRole('radio', { name: 'Not yet' })).toBeFocused();
      await expect.poll(() => inView(page, fourth.getByRole('radio', { name: 'Not yet' }))).toBe(true);
      await expect(welcome).toHaveCount(0);

      // Rating elsewhere moves the place to come back to: saved with the assessment.
      await page.getByRole('group', { name: 'Level to rate' }).getByRole('button', { name: /^2\. / }).click();
      const developing = page.getByRole('region', { name: `Level 2 of 4: ${labelOf(SOC, 'developing')}`, exact: true });
      await developing.getByRole('radio', { name: 'On my own' }).first().click();
      await expect.poll(async () => (await stored(page, SOC))?.lastLevel).toBe('developing');
      await page.reload();
      await expect(page.getByRole('region', { name: 'Welcome back' })).toContainText(
        `Next to rate: statement 2 of Level 2, ${labelOf(SOC, 'developing')}.`,
      );

      // From the results, "Change" opens the rating page at that statement, focused.
      await page.goto(`/occupations/${SOC}/assessment/results`);
      await levelList(page, 'proficient')
        .getByRole('link', { name: `Change the rating of statement 2 of ${labelOf(SOC, 'proficient')}` })
        .click();
      const second = proficient.getByRole('group', {
        name: `2. ${squash(statementsOf(SOC, 'proficient')[1] ?? '')}`,
        exact: true,
      });
      await expect(second.getByRole('radio', { name: 'Not yet' })).toBeFocused();
      await expect(second.getByRole('radio', { name: 'With help' })).toBeChecked();
      await expect.poll(() => inView(page, second.getByRole('radio', { name: 'Not yet' }))).toBe(true);
    });

    test('data saved before the place was kept resumes at the first unrated statement', async ({ page }) => {
      const first = Object.fromEntries([0, 1].map((index) => savedRating(SOC, 'emerging', index, 'not-yet')));
      await seed(page, [savedAssessment(SOC, first)], `/occupations/${SOC}/assessment`);
      const emerging = page.getByRole('region', { name: `Level 1 of 4: ${labelOf(SOC, 'emerging')}`, exact: true });
      await expect(emerging).toBeVisible();
      await page.getByRole('button', { name: 'Continue where you left off' }).click();
      const third = emerging.getByRole('group', {
        name: `3. ${squash(statementsOf(SOC, 'emerging')[2] ?? '')}`,
        exact: true,
      });
      await expect(third.getByRole('radio', { name: 'Not yet' })).toBeFocused();
      // Nothing saved by merely opening it.
      expect(await stored(page, SOC)).not.toHaveProperty('lastLevel');
    });

    test('axe finds nothing serious on the results and the shared view with notes, light or dark', async ({ page }) => {
      // Four analyses of long pages: minutes on a busy 2-core machine.
      test.setTimeout(240_000);
      await seed(page, [savedAssessment(SOC, ratings)], `/occupations/${SOC}/assessment/results`);
      await expect(everyRating(page)).toContainText(NOTE_EMERGING);
      await page.getByRole('button', { name: 'Copy a share link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoSeriousViolations(page, `the results in ${colorScheme}`);
      }
      await page.goto(link);
      await expect(everyRating(page)).toContainText(NOTE_PROFICIENT);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoSeriousViolations(page, `the shared view in ${colorScheme}`);
      }
    });
  });
}
