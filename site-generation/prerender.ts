import { paths } from '../src/config/paths.ts';
import { LEVEL_IDS } from '../src/lib/levels.ts';
import type { Catalog } from '../src/lib/occupation.ts';

/** The page that answers every address with no file of its own: the app, with nothing rendered yet. */
export const SHELL_PAGE = '404.html';

/** A page the build writes as HTML: its in-app path and the occupations it shows. */
export interface PrerenderedPath {
  path: string;
  socs: string[];
}

/**
 * Which pages the build writes as HTML (LADDER_PRERENDER): `all` (the
 * default), or `levels`, which leaves each occupation's level matrix and
 * handout to the app shell, for hosts that cap the number of files in a
 * deploy (nine per occupation with `all`, with the first frames of its
 * assessment and results; five with `levels`).
 */
export const PRERENDER_SCOPES = ['all', 'levels'] as const;
export type PrerenderScope = (typeof PRERENDER_SCOPES)[number];

/** LADDER_PRERENDER's value, checked: a typo fails the build rather than quietly changing the site. */
export function prerenderScope(value: string | undefined): PrerenderScope {
  if (value === undefined || value.trim() === '') return 'all';
  const scope = PRERENDER_SCOPES.find((item) => item === value.trim());
  if (!scope) {
    throw new Error(`LADDER_PRERENDER must be one of ${PRERENDER_SCOPES.join(', ')}; found ${JSON.stringify(value)}`);
  }
  return scope;
}

/**
 * Every page whose content is known at build time: the catalog, about, and
 * each occupation's four levels, level matrix and handout (the last two
 * only with the scope `all`). Pages that depend on the address's query
 * (search, comparison) or on the reader's own data (assessments) are
 * rendered in the browser.
 */
export function prerenderedPaths(catalog: Catalog, scope: PrerenderScope = 'all'): PrerenderedPath[] {
  return [
    { path: paths.catalog.getHref(), socs: [] },
    { path: paths.about.getHref(), socs: [] },
    ...catalog.occupations.flatMap(({ soc }) => [
      ...LEVEL_IDS.map((level) => ({ path: paths.level.getHref(soc, level), socs: [soc] })),
      ...(scope === 'all'
        ? [
            { path: paths.levelMatrix.getHref(soc), socs: [soc] },
            { path: paths.handout.getHref(soc), socs: [soc] },
          ]
        : []),
    ]),
  ];
}

/**
 * Every page the build cannot write in full, whose HTML is its first frame
 * (src/app/first-frame.ts): search, the comparison and the saved assessments
 * at their fixed addresses, and (with the scope `all`) each occupation's
 * assessment and results. Other addresses get the shell.
 */
export function firstFramePaths(catalog: Catalog, scope: PrerenderScope = 'all'): string[] {
  return [
    paths.comparison.path,
    paths.search.path,
    paths.myAssessments.path,
    paths.sharedAssessment.path,
    ...(scope === 'all'
      ? catalog.occupations.flatMap(({ soc }) => [paths.assessment.getHref(soc), paths.assessmentResults.getHref(soc)])
      : []),
  ];
}

/**
 * The file a page is written to: `occupations/43-4171.00/proficient.html` for
 * `/occupations/43-4171.00/proficient`. Static hosts (Netlify, Cloudflare
 * Pages, GitHub Pages, `vite preview`) serve `x.html` at `/x` without a
 * redirect, whereas `x/index.html` costs one to `/x/` on some of them.
 */
export function pageFileName(path: string): string {
  if (path === '/') return 'index.html';
  return `${decodeURIComponent(path).replace(/^\//, '')}.html`;
}

/** The address the browser shows for a page, base included: what main.tsx compares with. */
export function pageAddress(base: string, path: string): string {
  return path === '/' ? base : `${base.replace(/\/$/, '')}${path}`;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

const TEMPLATE_TITLE = /<title>[^<]*<\/title>/;
const EMPTY_ROOT = '<div id="root"></div>';
const NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;

/**
 * The built index.html with one page in it: the page's title, description and
 * canonical link in place of the template's title, and its content in #root,
 * marked with the address it was rendered for. A first frame is marked as one,
 * never hydrated, and keeps the shell's "needs JavaScript" notice.
 */
export function pageHtml(
  template: string,
  address: string,
  page: { head: string; body: string },
  { firstFrame = false } = {},
): string {
  if (!TEMPLATE_TITLE.test(template) || !template.includes(EMPTY_ROOT)) {
    throw new Error(`index.html must have a <title> and an empty ${EMPTY_ROOT} to prerender pages into`);
  }
  const mark = firstFrame ? 'data-first-frame' : `data-prerendered="${escapeAttribute(address)}"`;
  const html = template
    // A function, so that `$` in the content is not read as a replacement pattern. The shell has no
    // head tags of its own and keeps the template's title.
    .replace(TEMPLATE_TITLE, (title) => page.head || title)
    .replace(EMPTY_ROOT, () => `<div id="root" ${mark}>${page.body}</div>`);
  // The page reads without JavaScript; the shell's "needs JavaScript" notice would be wrong here.
  return firstFrame ? html : html.replace(NOSCRIPT, '');
}
