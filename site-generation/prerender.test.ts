import { buildSiteData } from '../data-pipeline/build-site-data';
import { firstFramePaths, pageAddress, pageFileName, pageHtml, prerenderScope, prerenderedPaths } from './prerender';
import { FIXTURE_EXPORTS_DIR } from '../src/testing/fixture-paths';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Ladder</title>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Ladder needs JavaScript.</noscript>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;

describe('prerenderedPaths', () => {
  it('lists the catalog, about, and each occupation’s four levels, level matrix and handout, with what each shows', () => {
    const { catalog } = buildSiteData(FIXTURE_EXPORTS_DIR);
    const pages = prerenderedPaths(catalog);
    expect(pages.slice(0, 2)).toEqual([
      { path: '/', socs: [] },
      { path: '/about', socs: [] },
    ]);
    const first = catalog.occupations[0];
    if (!first) throw new Error('the fixture catalog is empty');
    expect(pages).toContainEqual({ path: `/occupations/${first.soc}/emerging`, socs: [first.soc] });
    expect(pages).toContainEqual({ path: `/occupations/${first.soc}/advanced`, socs: [first.soc] });
    expect(pages).toContainEqual({ path: `/occupations/${first.soc}/compare`, socs: [first.soc] });
    expect(pages).toContainEqual({ path: `/occupations/${first.soc}/handout`, socs: [first.soc] });
    expect(pages).toHaveLength(2 + 6 * catalog.occupations.length);
    // Pages that depend on the query or on the reader's data are the browser's to render.
    expect(pages.map((page) => page.path).filter((path) => /search|assessment|^\/compare/.test(path))).toEqual([]);
  });
});

describe('prerenderedPaths with the scope levels', () => {
  it('leaves out each occupation’s level matrix and handout, and nothing else', () => {
    const { catalog } = buildSiteData(FIXTURE_EXPORTS_DIR);
    const all = prerenderedPaths(catalog, 'all').map(({ path }) => path);
    const levels = prerenderedPaths(catalog, 'levels').map(({ path }) => path);
    expect(all.filter((path) => !levels.includes(path)).sort()).toEqual(
      catalog.occupations.flatMap(({ soc }) => [`/occupations/${soc}/compare`, `/occupations/${soc}/handout`]).sort(),
    );
    expect(levels).toHaveLength(2 + 4 * catalog.occupations.length);
  });
});

describe('firstFramePaths', () => {
  it('lists search, the comparison and the saved assessments, and each occupation’s assessment and results', () => {
    const { catalog } = buildSiteData(FIXTURE_EXPORTS_DIR);
    const first = catalog.occupations[0];
    if (!first) throw new Error('the fixture catalog is empty');
    const paths = firstFramePaths(catalog);
    expect(paths.slice(0, 4)).toEqual(['/compare', '/search', '/assessments', '/shared-assessment']);
    expect(paths).toContain(`/occupations/${first.soc}/assessment`);
    expect(paths).toContain(`/occupations/${first.soc}/assessment/results`);
    expect(paths).toHaveLength(4 + 2 * catalog.occupations.length);
    // None of them is a prerendered page too.
    const prerendered = new Set(prerenderedPaths(catalog).map((page) => page.path));
    expect(paths.filter((path) => prerendered.has(path))).toEqual([]);
  });

  it('leaves each occupation’s assessment pages to the shell with the scope levels', () => {
    const { catalog } = buildSiteData(FIXTURE_EXPORTS_DIR);
    expect(firstFramePaths(catalog, 'levels')).toEqual(['/compare', '/search', '/assessments', '/shared-assessment']);
  });
});

describe('prerenderScope', () => {
  it('reads LADDER_PRERENDER, all by default, and refuses anything else', () => {
    expect(prerenderScope(undefined)).toBe('all');
    expect(prerenderScope('')).toBe('all');
    expect(prerenderScope('levels')).toBe('levels');
    expect(prerenderScope(' all ')).toBe('all');
    expect(() => prerenderScope('level')).toThrow('LADDER_PRERENDER must be one of all, levels; found "level"');
  });
});

describe('pageFileName and pageAddress', () => {
  it('write /x as x.html, which static hosts serve at /x', () => {
    expect(pageFileName('/')).toBe('index.html');
    expect(pageFileName('/about')).toBe('about.html');
    expect(pageFileName('/occupations/43-4171.00/proficient')).toBe('occupations/43-4171.00/proficient.html');
  });

  it('give the address the browser shows, base included', () => {
    expect(pageAddress('/', '/')).toBe('/');
    expect(pageAddress('/', '/about')).toBe('/about');
    expect(pageAddress('/careers/ladder/', '/')).toBe('/careers/ladder/');
    expect(pageAddress('/careers/ladder/', '/occupations/43-4171.00/compare')).toBe(
      '/careers/ladder/occupations/43-4171.00/compare',
    );
  });
});

describe('pageHtml', () => {
  const page = {
    head: '<title>Receptionists · Ladder</title><meta name="description" content="Ten statements"/>',
    body: '<main><h1>Receptionists</h1><p>Costs $5 &amp; up</p></main>',
  };

  it('puts the page’s head in place of the template’s title and its content in #root, marked with its address', () => {
    const html = pageHtml(TEMPLATE, '/occupations/43-4171.00/proficient', page);
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${page.head}\n  </head>`);
    expect(html).not.toContain('<title>Ladder</title>');
    expect(html).toContain(`<div id="root" data-prerendered="/occupations/43-4171.00/proficient">${page.body}</div>`);
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
  });

  it('drops the “needs JavaScript” notice, since the page reads without it', () => {
    expect(pageHtml(TEMPLATE, '/', page)).not.toContain('noscript');
  });

  it('marks a first frame as one, never as a page to hydrate, and keeps the “needs JavaScript” notice', () => {
    const html = pageHtml(
      TEMPLATE,
      '/search',
      { head: '<title>Search · Ladder</title>', body: '<h1>Search</h1>' },
      {
        firstFrame: true,
      },
    );
    expect(html).toContain('<div id="root" data-first-frame><h1>Search</h1></div>');
    expect(html).not.toContain('data-prerendered');
    expect(html).toContain('<noscript>Ladder needs JavaScript.</noscript>');
    expect(html).toContain('<title>Search · Ladder</title>');
  });

  it('keeps the template’s title for a page with no head tags of its own (the shell)', () => {
    const html = pageHtml(TEMPLATE, '/', { head: '', body: '<p>Loading…</p>' }, { firstFrame: true });
    expect(html).toContain('<title>Ladder</title>');
  });

  it('escapes the address in its attribute', () => {
    expect(pageHtml(TEMPLATE, '/a"b&c', page)).toContain('data-prerendered="/a&quot;b&amp;c"');
  });

  it('fails on a template with no title or no empty #root to fill', () => {
    expect(() => pageHtml(TEMPLATE.replace('<title>Ladder</title>', ''), '/', page)).toThrow(/<title>/);
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', '<div id="app"></div>'), '/', page)).toThrow(
      /#root|id="root"/,
    );
  });
});
