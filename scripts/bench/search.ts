import type { Browser, Page } from '@playwright/test';
import { TransferLog, sumBytes } from './browser.ts';
import type { SearchQuery } from './search-queries.ts';
import { max, percentile } from './stats.ts';

/**
 * Search as a visitor uses it: on a fresh page, `/` focuses the header search
 * box and the query is typed one key at a time. Times are taken inside the
 * page, from the keydown to the frame in which that keystroke's results are
 * painted, so Playwright's round trips are not counted.
 *
 * UI contract: `<input type="search">` named "Search"; results are rendered in
 * an element with data-search-query (the input value they are for) and
 * data-search-state="ready" once shown.
 */

interface Render {
  value: string;
  keydownAt: number;
  paintedAt: number;
}

interface Probe {
  lastKeydownAt: number;
  pending: { value: string; keydownAt: number } | null;
  renders: Render[];
}

declare global {
  interface Window {
    __ladderBench?: Probe;
  }
}

/**
 * Runs in the page before its scripts. Playwright sends its source text, so it must not use anything
 * outside itself, nor declare named inner functions (see below).
 */
function installProbe(): void {
  const probe: Probe = { lastKeydownAt: 0, pending: null, renders: [] };
  window.__ladderBench = probe;
  // Capture phase on window runs before any handler of the app.
  addEventListener('keydown', () => (probe.lastKeydownAt = performance.now()), { capture: true });
  // Armed on `input`, not keydown: only then does the box hold the value whose results we wait for,
  // and results still showing for the previous value cannot be mistaken for the new ones.
  addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'search') {
        probe.pending = { value: target.value, keydownAt: probe.lastKeydownAt };
      }
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const pending = probe.pending;
    // Attribute values are compared as strings, so quotes or backslashes in a query need no escaping.
    // (Inline, not a helper const: tsx wraps named functions in __name(), which does not exist in the page.)
    const ready = Array.from(document.querySelectorAll('[data-search-state="ready"][data-search-query]'));
    if (!pending || !ready.some((element) => element.getAttribute('data-search-query') === pending.value)) return;
    probe.pending = null;
    // The next frame is when the results reach the screen.
    requestAnimationFrame(() => probe.renders.push({ ...pending, paintedAt: performance.now() }));
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-search-state', 'data-search-query'],
  });
}

export interface QueryResult extends SearchQuery {
  /** First keystroke on a fresh page to its results painted. */
  firstMs: number | null;
  /** Bytes transferred from the first keystroke until those results showed. */
  firstBytes: number | null;
  firstFiles: string[];
  /** Bytes transferred from the first keystroke to the last results, e.g. index parts fetched as the query grows. */
  totalBytes: number;
  /** Every later keystroke to its results painted. */
  laterMs: number[];
  error: string | null;
}

export interface SearchResult {
  uiFound: boolean;
  /** Contract breaches seen on any query, e.g. `/` not focusing the box. */
  issues: string[];
  queries: QueryResult[];
  firstBytes: { p50: number | null; max: number | null };
  totalBytes: { p50: number | null; max: number | null };
  firstMs: { p50: number | null; p95: number | null; max: number | null };
  laterMs: { p50: number | null; p95: number | null; max: number | null; count: number };
}

class SearchUiMissing extends Error {}
/** A fault of the bench itself, not of the site: the whole search part crashes. */
class ProbeMissing extends Error {}

const KEY_TIMEOUT_MS = 10_000;
const GIVE_UP_AFTER = 3;

export async function measureSearch(
  browser: Browser,
  origin: string,
  queries: readonly SearchQuery[],
): Promise<SearchResult> {
  const issues = new Set<string>();
  const results: QueryResult[] = [];
  for (const query of queries) {
    // When search never answers, every query would wait out its timeout; a few such failures say enough.
    const error =
      results.length >= GIVE_UP_AFTER && results.every((result) => result.firstMs === null)
        ? `skipped: the first ${GIVE_UP_AFTER} queries got no results`
        : null;
    if (error) {
      results.push({ ...query, firstMs: null, firstBytes: null, firstFiles: [], totalBytes: 0, laterMs: [], error });
      continue;
    }
    try {
      results.push(await measureQuery(browser, origin, query, issues));
    } catch (failure) {
      if (failure instanceof SearchUiMissing) return summarise(false, [failure.message], []);
      if (failure instanceof ProbeMissing) throw failure;
      results.push({
        ...query,
        firstMs: null,
        firstBytes: null,
        firstFiles: [],
        totalBytes: 0,
        laterMs: [],
        error: message(failure),
      });
    }
  }
  return summarise(true, [...issues], results);
}

async function measureQuery(
  browser: Browser,
  origin: string,
  query: SearchQuery,
  issues: Set<string>,
): Promise<QueryResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(`${origin}/`, { waitUntil: 'networkidle', timeout: 60_000 });
    // exact: the catalog's own filter box is named "Search by title or SOC code".
    if (!(await page.evaluate(() => window.__ladderBench !== undefined))) {
      throw new ProbeMissing('the timing probe did not install in the page (did installProbe use a helper?)');
    }
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    // The first render runs in a transition, in slices: it may still be under way at network idle.
    await box.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
    if ((await box.count()) === 0) {
      throw new SearchUiMissing('search UI not found: no searchbox named "Search" on /');
    }
    // Counted from the `/` key: focusing the box starts loading search, before any keystroke.
    const log = new TransferLog(page);
    await page.keyboard.press('/');
    if (!(await box.evaluate((element) => element === document.activeElement))) {
      issues.add('pressing / did not focus the search box (focused it directly to go on)');
      await box.focus();
    }
    if ((await box.inputValue()) !== '') {
      issues.add('pressing / typed into the search box (cleared it to go on)');
      await box.fill('');
      await page.evaluate(() => window.__ladderBench?.renders.splice(0));
    }

    const renders: Render[] = [];
    let firstCount = 0;
    let error: string | null = null;
    try {
      for (const [index, character] of [...query.text].entries()) {
        await page.keyboard.type(character);
        renders.push(await nextRender(page, query.text.slice(0, index + 1)));
        // The budget is on bytes to the first results; the rest is reported beside it.
        if (index === 0) firstCount = log.count;
      }
    } catch (failure) {
      // Keep the keystrokes measured so far; the error shows in the report.
      error = message(failure);
    }
    log.recording = false;
    // The service worker installing on this first visit downloads the app's own files for offline
    // use; that is not search. What it fetches for search (index and occupation files) counts.
    const transfers = (await log.transfers()).filter(
      (item) => !item.serviceWorker || /^\/assets\/(search|occupations)\//.test(item.path),
    );
    const firstTransfers = transfers.slice(0, firstCount);
    const [first, ...later] = renders.map((render) => render.paintedAt - render.keydownAt);
    return {
      ...query,
      firstMs: first ?? null,
      firstBytes: first === undefined ? null : sumBytes(firstTransfers),
      firstFiles: firstTransfers.map((item) => item.path),
      totalBytes: sumBytes(transfers),
      laterMs: later,
      error,
    };
  } finally {
    await context.close();
  }
}

/** Waits for the results of `value` to be painted, or explains what the page shows instead. */
async function nextRender(page: Page, value: string): Promise<Render> {
  try {
    await page.waitForFunction(
      (wanted) => window.__ladderBench?.renders.some((render) => render.value === wanted),
      value,
      { timeout: KEY_TIMEOUT_MS },
    );
  } catch {
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-search-query]')).map(
        (element) =>
          `query=${JSON.stringify(element.getAttribute('data-search-query'))} state=${element.getAttribute('data-search-state')}`,
      ),
    );
    throw new Error(
      `results for ${JSON.stringify(value)} not rendered within ${KEY_TIMEOUT_MS} ms at ${page.url()}; ` +
        `results elements: ${shown.join('; ') || 'none'}`,
    );
  }
  const renders = await page.evaluate(() => window.__ladderBench?.renders ?? []);
  const render = renders.find((item) => item.value === value);
  if (!render) throw new Error(`lost the render of ${JSON.stringify(value)}`);
  return render;
}

function summarise(uiFound: boolean, issues: string[], queries: QueryResult[]): SearchResult {
  const firstMs = queries.flatMap((query) => (query.firstMs === null ? [] : [query.firstMs]));
  const firstBytes = queries.flatMap((query) => (query.firstBytes === null ? [] : [query.firstBytes]));
  const laterMs = queries.flatMap((query) => query.laterMs);
  const totalBytes = queries.flatMap((query) => (query.firstMs === null ? [] : [query.totalBytes]));
  return {
    uiFound,
    issues,
    queries,
    firstBytes: { p50: percentile(firstBytes, 50), max: max(firstBytes) },
    totalBytes: { p50: percentile(totalBytes, 50), max: max(totalBytes) },
    firstMs: { p50: percentile(firstMs, 50), p95: percentile(firstMs, 95), max: max(firstMs) },
    laterMs: { p50: percentile(laterMs, 50), p95: percentile(laterMs, 95), max: max(laterMs), count: laterMs.length },
  };
}

/** First line of an error, without terminal colours, short enough for a table cell. */
export const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    // eslint-disable-next-line no-control-regex -- Playwright colours its call logs with ANSI escapes.
    .replace(/\u001b\[\d+m/g, '')
    .split('\n')[0]
    ?.slice(0, 300) ?? '';
