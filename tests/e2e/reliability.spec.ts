import { expect, test, type Locator, type Page } from './support/test';
import { STORAGE_KEY } from './support/assessments';
import { JOURNEY_SOC, readExport } from './support/exports';

// Saved assessments when the browser's storage misbehaves: full, refused, or
// the tab closed while saving. Each fault is listed in docs/reliability.md
// with what the learner sees.

const journey = readExport(JOURNEY_SOC);
const emerging = journey.framework.levels.emerging.statements;
const total = Object.values(journey.framework.levels).reduce((sum, level) => sum + level.statements.length, 0);

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function emergingRadio(page: Page, index: number, name: 'Not yet' | 'With help' | 'On my own'): Locator {
  return page
    .getByRole('region', { name: `Level 1 of 4: ${journey.framework.levels.emerging.label}`, exact: true })
    .getByRole('group', { name: `${index + 1}. ${squash(emerging[index] ?? '')}`, exact: true })
    .getByRole('radio', { name, exact: true });
}

async function start(page: Page) {
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByText(`0 of ${total} statements rated`, { exact: true })).toBeVisible();
}

test('a full storage says Not saved, keeps every rating on screen, and saves again once there is room', async ({
  page,
}) => {
  // The quota runs out for Ladder's key until the test makes room (window.__roomAgain).
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key && !(window as unknown as { __roomAgain?: boolean }).__roomAgain) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
  await page.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await page.getByRole('button', { name: 'Start assessment' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('storage for Ladder is full');
  await emergingRadio(page, 0, 'On my own').click();
  await emergingRadio(page, 1, 'With help').click();
  await expect(emergingRadio(page, 0, 'On my own')).toBeChecked();
  await expect(emergingRadio(page, 1, 'With help')).toBeChecked();
  await expect(page.getByText(`2 of ${total} statements rated`, { exact: true })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

  // Room again: the next change saves everything on screen, and the warning goes.
  await page.evaluate(() => ((window as unknown as { __roomAgain?: boolean }).__roomAgain = true));
  await emergingRadio(page, 2, 'Not yet').click();
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(emergingRadio(page, 0, 'On my own')).toBeChecked();
  await expect(emergingRadio(page, 1, 'With help')).toBeChecked();
  await expect(emergingRadio(page, 2, 'Not yet')).toBeChecked();
});

test('a browser that refuses storage lets the learner rate, and says the ratings last only while the page is open', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
    });
  });
  await start(page);
  await emergingRadio(page, 0, 'With help').click();
  await expect(emergingRadio(page, 0, 'With help')).toBeChecked();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    'does not let Ladder save, so changes last only until you close the page',
  );
});

test('a tab closed right after a rating leaves a readable assessment, never a half-written one', async ({
  context,
}) => {
  const page = await context.newPage();
  await start(page);
  for (let index = 0; index < emerging.length; index++) {
    // No waiting between clicks, and the tab closes the moment the last one is sent.
    await emergingRadio(page, index, 'On my own').click({ noWaitAfter: true });
  }
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(`/occupations/${JOURNEY_SOC}/assessment`);
  await expect(again.getByRole('heading', { level: 1 })).toContainText(journey.occupation.title);
  await expect(again.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  const progress = again.getByText(new RegExp(`^\\d+ of ${total} statements rated$`));
  await expect(progress).toBeVisible();
  const rated = Number((await progress.textContent())?.split(' ')[0]);
  // Every save is the whole assessment in one write: what is there is a run of the ratings made, in order.
  expect(rated).toBeGreaterThan(0);
  for (let index = 0; index < emerging.length; index++) {
    if (index < rated) await expect(emergingRadio(again, index, 'On my own')).toBeChecked();
    else await expect(emergingRadio(again, index, 'On my own')).not.toBeChecked();
  }
});
