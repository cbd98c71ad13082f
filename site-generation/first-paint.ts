import { createHash } from 'node:crypto';

/**
 * Makes every page paint from its HTML alone (decision 015): the stylesheet goes
 * into the page as one `<style>`, and the app's scripts, instead of loading with
 * the page, are started by a small inline script once the first frame has painted.
 * Both are allowed by the Content-Security-Policy through their hashes.
 */

/** The hashes of a page's inline `<style>` and `<script>`, as CSP source expressions. */
export interface InlineHashes {
  styles: string[];
  scripts: string[];
}

export const NO_INLINE: InlineHashes = { styles: [], scripts: [] };

/** `'sha256-…'` of a text exactly as it stands between its tags. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline script that starts the app: `chunks` are the entry's static imports,
 * dependencies first, and the entry last. It waits for the first contentful paint
 * to be on screen, so that the app's code never competes with the page's own
 * content (a hidden tab paints nothing, so it starts at once there), then adds
 * `lateHead` (the icon and the manifest, which the first paint does not need but
 * whose requests would come before it), preloads every chunk and evaluates them
 * one by one. Until the app has hydrated
 * (`data-hydrated` on <html>, set by src/lib/early-input.ts), a button, checkbox
 * or radio used is kept with a "Getting ready…" notice and pressed once the app
 * is ready, and fields typed into or changed are listed so that the app takes
 * their values in; should the app's code fail to load, the notice says so. Links
 * and forms work as plain HTML meanwhile.
 */
export function bootScript(chunks: readonly string[], lateHead: readonly string[] = []): string {
  return `(() => {
  const root = document.documentElement;
  const early = (window.ladderEarly = { control: null, fields: new Set(), notice: null, failed: false });
  const ready = () => 'hydrated' in root.dataset;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = target && target.closest('button, input[type=checkbox], input[type=radio]');
    if (ready() || !control || control.disabled || !control.closest('#root')) return;
    event.preventDefault();
    if (early.control) early.control.removeAttribute('aria-busy');
    early.control = control;
    control.setAttribute('aria-busy', 'true');
    if (!early.notice) {
      early.notice = document.createElement('p');
      early.notice.setAttribute('role', 'status');
      early.notice.dataset.gettingReady = '';
      document.body.append(early.notice);
      setTimeout(() => { if (early.notice) early.notice.textContent = early.failed ? FAILED : 'Getting ready…'; });
    }
  }, true);
  const FAILED = 'This page could not finish loading. Reload it to try again.';
  const fail = () => {
    early.failed = true;
    if (early.notice) early.notice.textContent = FAILED;
  };
  const edited = (event) => {
    const field = event.target;
    if (!ready() && field instanceof Element && field.matches('input, select, textarea')) early.fields.add(field);
  };
  document.addEventListener('input', edited, true);
  document.addEventListener('change', edited, true);
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    document.head.insertAdjacentHTML('beforeend', ${JSON.stringify(lateHead.join(''))});
    const chunks = ${JSON.stringify(chunks)};
    for (const href of chunks) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    // One chunk at a time, dependencies first, each evaluated in a task of its own: together they
    // would be one long task that blocks any input meanwhile. The last is the app's entry.
    try {
      for (const href of chunks) {
        await import(href);
        await new Promise((resolve) => setTimeout(resolve));
      }
    } catch (error) {
      // Offline on a first visit, or blocked: what was pressed says so instead of waiting for ever.
      fail();
      throw error;
    }
  };
  // After the first contentful paint is on screen: a task queued from requestAnimationFrame can still
  // run before the frame is presented. A hidden tab paints nothing, so there it starts at once.
  // A page with nothing in #root (the app shell) has nothing to paint first. The script stands at
  // the end of the body, so #root is parsed. Should no paint be reported, the app starts all the same.
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const empty = !document.getElementById('root')?.hasChildNodes();
  setTimeout(start, 3000);
  if (document.visibilityState === 'hidden' || empty || painted()) start();
  else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint' });
  } else requestAnimationFrame(() => setTimeout(start));
  document.addEventListener('visibilitychange', start, { once: true });
})();`;
}

/**
 * The chunks that `entry` imports statically, each after its own imports, and the
 * entry last: the order in which evaluating them one by one never runs a module
 * before its dependencies.
 */
export function staticImportOrder(entry: string, importsOf: (file: string) => readonly string[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dependency of importsOf(file)) visit(dependency);
    order.push(file);
  };
  visit(entry);
  return order;
}

const STYLESHEET = /\s*<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g;
const ENTRY_SCRIPT = /\s*<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"(?: crossorigin)? href="([^"]+)">/g;
// The tab's icon and the web app manifest: fetched as soon as the HTML names them, ahead of nothing the
// reader sees; the boot script adds them after the first paint.
const LATE_HEAD = /\s*(<link rel="(?:icon|manifest)"[^>]*>)/g;

/**
 * The built index.html made to paint from its HTML: its stylesheets inlined (read
 * by `readAsset` from their addresses) and its module script, instead of loading
 * with the page, started by `bootScript` with `chunks` (the entry's static
 * imports in order, entry last, from its address). Returns the page and the
 * hashes the policy must allow.
 */
export function firstPaintHtml(
  html: string,
  readAsset: (href: string) => string,
  chunks: (entry: string) => readonly string[],
): { html: string; hashes: InlineHashes } {
  const stylesheets = [...html.matchAll(STYLESHEET)].map((match) => match[1] ?? '');
  const [entry, ...otherEntries] = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1] ?? '');
  if (entry === undefined || otherEntries.length > 0) {
    throw new Error(`index.html must load exactly one module script; found ${1 + otherEntries.length}`);
  }
  // One <style>, so that every page of a build has the same hash.
  const css = stylesheets.map(readAsset).join('\n');
  if (css.includes('</style')) throw new Error('the stylesheet cannot be inlined: it contains "</style"');
  const lateHead = [...html.matchAll(LATE_HEAD)].map((match) => match[1] ?? '');
  const script = bootScript(chunks(entry), lateHead);
  // Vite's preloads of the entry's imports: the boot script preloads them after the first paint.
  const stripped = html
    .replace(STYLESHEET, '')
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(LATE_HEAD, '');
  const head = /\n\s*<\/head>/;
  const body = /\n\s*<\/body>/;
  if (!head.test(stripped) || !body.test(stripped)) {
    throw new Error('index.html must have </head> and </body> on lines of their own');
  }
  return {
    html: stripped
      .replace(head, () => (css ? `\n    <style>${css}</style>\n  </head>` : '\n  </head>'))
      .replace(body, () => `\n    <script>${script}</script>\n  </body>`),
    hashes: { styles: css ? [cspHash(css)] : [], scripts: [cspHash(script)] },
  };
}
