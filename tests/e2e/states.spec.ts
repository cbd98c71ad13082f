import { expect, test, type Page, type Route } from './support/test';
import { JOURNEY_SOC, LEVEL_IDS, countText, escapeRegExp, readAllExports, readExport } from './support/exports';

// What a person sees away from the happy path (wrong addresses, a slow or
// failing download) and whether what is shown is the export's own text.

const OCCUPATION_FILES = '**/assets/occupations/**';
const exports = readAllExports();
const total = exports.length;
const journey = readExport(JOURNEY_SOC);
const { title } = journey.occupation;

function isOccupationFile(url: string): boolean {
  return new URL(url).pathname.startsWith('/assets/occupations/');
}

function levelRegion(page: Page, index: number) {
  const id = LEVEL_IDS[index] ?? 'emerging';
  const { label } = journey.framework.levels[id];
  return page.getByRole('region', { name: `Level ${index + 1} of ${LEVEL_IDS.length}: ${label}`, exact: true });
}

/** A request held until `release` is called. */
function holdRequests(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: string[] = [];
  const ready = page.route(OCCUPATION_FILES, async (route: Route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { ready, held, release };
}

test.describe('not found', () => {
  const cases = [
    { name: 'an unknown path', path: '/no/such/page', detail: 'There is no page at this address' },
    { name: 'an unknown SOC code', path: '/occupations/99-9999.00/emerging', detail: '99-9999.00' },
    { name: 'an unknown SOC code without a level', path: '/occupations/99-9999.00', detail: '99-9999.00' },
    {
      name: 'an unknown level',
      path: `/occupations/${JOURNEY_SOC}/expert`,
      detail: `${title} has no level called “expert”`,
    },
  ];

  for (const { name, path, detail } of cases) {
    test(`${name} shows Page not found with a working link back to the catalog`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(detail);
      await expect(page).toHaveTitle(/^Page not found/);
      // A page that does not exist has no framework to download.
      expect(requests.filter(isOccupationFile)).toEqual([]);

      await page.getByRole('link', { name: 'Browse all occupations' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Occupations' })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(countText(total, total));
    });
  }
});

test.describe('loading and errors', () => {
  test('shows a loading state while the framework downloads, then the statements', async ({ page }) => {
    // Opened directly, a level page is prerendered with its statements; opened from within the app,
    // it downloads them.
    await page.goto('/');
    const hold = holdRequests(page);
    await hold.ready;
    await page.getByRole('list', { name: 'Occupations' }).getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/occupations/${JOURNEY_SOC}/emerging$`));

    // The catalog already knows the title; the statements wait for the download.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const loading = page.getByRole('heading', { name: 'Loading the framework…' });
    await expect(loading).toBeVisible();
    await expect(page.locator('section[aria-busy="true"]')).toContainText('Loading the framework…');
    await expect(levelRegion(page, 0)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Source of this framework' })).toHaveCount(0);
    await expect.poll(() => hold.held.length).toBe(1);

    hold.release();
    await expect(levelRegion(page, 0)).toBeVisible();
    await expect(levelRegion(page, 0).getByRole('listitem')).toHaveCount(
      journey.framework.levels.emerging.statements.length,
    );
    await expect(loading).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Source of this framework' })).toBeVisible();
  });

  test('shows an error when the download fails with HTTP 500, and Try again loads the statements', async ({ page }) => {
    let failures = 0;
    await page.route(OCCUPATION_FILES, async (route) => {
      failures += 1;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    });
    await page.goto(`/occupations/${JOURNEY_SOC}/developing`);

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: `The statements for ${title} could not be loaded` })).toBeVisible();
    await expect(alert).toContainText('HTTP 500');
    await expect(levelRegion(page, 1)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Loading the framework…' })).toHaveCount(0);
    expect(failures).toBeGreaterThanOrEqual(1);

    // The next attempt is held, to see what shows while it runs: the error box says it is
    // trying again, and its button keeps keyboard focus.
    await page.unroute(OCCUPATION_FILES);
    const hold = holdRequests(page);
    await hold.ready;
    await alert.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    const busy = alert.getByRole('button', { name: 'Trying again…' });
    await expect(busy).toBeFocused();
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(() => hold.held.length).toBe(1);
    hold.release();

    await expect(levelRegion(page, 1)).toBeVisible();
    await expect(levelRegion(page, 1).getByRole('listitem')).toHaveCount(
      journey.framework.levels.developing.statements.length,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Focus moves to the statements that replaced the error box, not to the page's start.
    await expect(page.getByRole('heading', { level: 2, name: /^Level 2 of 4/ })).toBeFocused();
  });

  test('shows an error when the connection drops, and Try again loads the statements', async ({ page }) => {
    await page.route(OCCUPATION_FILES, (route) => route.abort('internetdisconnected'));
    await page.goto(`/occupations/${JOURNEY_SOC}/advanced`);

    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', {
        name: new RegExp(`^The statements for ${escapeRegExp(title)} could not be loaded`),
      }),
      // The query retries once after a delay before it shows the error; a busy machine needs the margin.
    ).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(`The framework for ${JOURNEY_SOC} could not be downloaded.`);
    await expect(alert).not.toContainText('HTTP');
    // The level steps still work while the statements are missing.
    await expect(page.getByRole('navigation', { name: 'Levels' }).getByRole('link')).toHaveCount(LEVEL_IDS.length);

    await page.unroute(OCCUPATION_FILES);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(levelRegion(page, 3)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the error state links back to all occupations', async ({ page }) => {
    await page.route(OCCUPATION_FILES, (route) => route.abort('failed'));
    await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await alert.getByRole('link', { name: 'Back to all occupations' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('status')).toHaveText(countText(total, total));
  });
});

test.describe('statements', () => {
  test('each statement shows its topic in bold before the dash, as plain text', async ({ page }) => {
    await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);
    for (const [index, id] of LEVEL_IDS.entries()) {
      if (index > 0) await page.getByRole('button', { name: /^Next level/ }).click();
      const { statements } = journey.framework.levels[id];
      const items = levelRegion(page, index).getByRole('listitem');
      await expect(items).toHaveCount(statements.length);

      for (const [position, statement] of statements.entries()) {
        const item = items.nth(position);
        const text = statement.trim();
        const dash = text.indexOf(' — ');
        // The number is for the eye only; the text is the export's, unchanged.
        await expect(item.locator('p')).toHaveText(text.replace(/\s+/g, ' '));
        if (dash > 0) {
          await expect(item.locator('strong')).toHaveCount(1);
          await expect(item.locator('strong')).toHaveText(text.slice(0, dash).trim());
          await expect(item.locator('strong')).toHaveCSS('font-weight', /^(6|7|8|9)00$/);
        } else {
          await expect(item.locator('strong')).toHaveCount(0);
        }
      }
    }
  });

  test('markup inside a statement is shown as text, never run', async ({ page }) => {
    const topic = 'Front desk <b>tools</b>';
    const description =
      'greet <img src="x" onerror="window.__injected = true"> visitors <script>window.__injected = true</script>';
    await page.route(OCCUPATION_FILES, async (route) => {
      const response = await route.fetch();
      const occupation = (await response.json()) as { levels: { statements: string[] }[] };
      const first = occupation.levels[0];
      if (first) first.statements[0] = `${topic} — ${description}`;
      await route.fulfill({ response, json: occupation });
    });
    await page.goto(`/occupations/${JOURNEY_SOC}/emerging`);

    const item = levelRegion(page, 0).getByRole('listitem').first();
    await expect(item.locator('strong')).toHaveText(topic);
    await expect(item.locator('p')).toHaveText(`${topic} — ${description}`);
    await expect(item.locator('img, script, b')).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});

test.describe('sources and attribution', () => {
  test('the footer and the framework source show the export’s own source, crosswalk, generator and attribution', async ({
    page,
  }) => {
    const { onet, crosswalk, generator } = journey.sources;
    const crosswalkHost = new URL(crosswalk).host;
    await page.goto(`/occupations/${JOURNEY_SOC}/proficient`);

    const source = page.getByRole('region', { name: 'Source of this framework' });
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('heading', { name: 'Data sources' })).toBeVisible();
    for (const area of [source, footer]) {
      await expect(area).toBeVisible();
      await expect(area).toContainText(`O*NET ${onet}`);
      await expect(area).toContainText(generator);
      await expect(area).toContainText(journey.attribution);
      const link = area.getByRole('link', { name: crosswalkHost });
      await expect(link.first()).toBeVisible();
      expect(new URL((await link.first().getAttribute('href')) ?? '').host).toBe(crosswalkHost);
    }

    // The framework's own facts come from the same export.
    await expect(page.getByRole('main')).toContainText(journey.framework.version);
    if (journey.framework.contextCovered) {
      await expect(page.getByRole('region', { name: 'What this framework covers' })).toContainText(
        journey.framework.contextCovered,
      );
    }
  });

  test('the catalog footer lists the source of every export', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    for (const data of exports) {
      await expect(footer).toContainText(`O*NET ${data.sources.onet}`);
      await expect(footer).toContainText(data.sources.generator);
      await expect(footer).toContainText(data.attribution);
      await expect(footer.getByRole('link', { name: new URL(data.sources.crosswalk).host }).first()).toBeVisible();
    }
  });
});

test.describe('data files', () => {
  test('an occupation’s data file is downloaded only when that occupation is opened, and only once', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (isOccupationFile(request.url())) requested.push(new URL(request.url()).pathname);
    });

    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('list', { name: 'Occupations' }).getByRole('link')).toHaveCount(total);
    await page.getByRole('list', { name: 'Occupations' }).getByRole('link', { name: title }).hover();
    expect(requested, 'the catalog needs no occupation file').toEqual([]);

    await page.getByRole('list', { name: 'Occupations' }).getByRole('link', { name: title }).click();
    await expect(levelRegion(page, 0)).toBeVisible();
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(new RegExp(`^/assets/occupations/[0-9a-f]{10}/${escapeRegExp(JOURNEY_SOC)}\\.json$`));

    // Changing level reuses the file already downloaded.
    await page.getByRole('button', { name: /^Next level/ }).click();
    await expect(levelRegion(page, 1)).toBeVisible();
    await page.getByRole('button', { name: /^Next level/ }).click();
    await expect(levelRegion(page, 2)).toBeVisible();
    expect(requested).toHaveLength(1);

    // Another occupation downloads its own file, and only that one.
    const other = exports.find((data) => data.occupation.soc !== JOURNEY_SOC);
    expect(other).toBeDefined();
    await page.getByRole('link', { name: 'All occupations' }).click();
    await page
      .getByRole('list', { name: 'Occupations' })
      .getByRole('link', { name: other?.occupation.title ?? '' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other?.occupation.title ?? '');
    await expect(page.getByRole('heading', { name: /^Level 1 of 4/ })).toBeVisible();
    expect(requested).toHaveLength(2);
    expect(requested[1]).toMatch(
      new RegExp(`^/assets/occupations/[0-9a-f]{10}/${escapeRegExp(other?.occupation.soc ?? '')}\\.json$`),
    );
    // Both come from the one folder named after the build's content.
    expect(requested[1]?.split('/')[3]).toBe(requested[0]?.split('/')[3]);
  });
});
