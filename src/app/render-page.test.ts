import { buildSiteData } from '../../data-pipeline/build-site-data';
import type { Occupation } from '../lib/occupation';
import { FIXTURE_EXPORTS_DIR } from '../testing/fixture-paths';
import { renderFirstFrame, renderPage } from './render-page';

// The same files as the build renders from: the fixture exports through the real build step.
const site = buildSiteData(FIXTURE_EXPORTS_DIR);
const entry = site.catalog.occupations[0];
if (!entry) throw new Error('the fixture catalog is empty');
const occupation = JSON.parse(site.files.get(entry.dataPath) ?? '') as Occupation;
const level = occupation.levels.find((candidate) => candidate.statements.length > 0);
const statement = level?.statements.at(-1);
if (!level || statement === undefined) throw new Error('the fixture occupation has no statements');

describe('renderPage', () => {
  it('renders a level page whole, its statements in the HTML and its title and description apart for the head', async () => {
    const { head, body } = await renderPage(`/occupations/${entry.soc}/${level.id}`, [occupation]);
    expect(head).toMatch(
      new RegExp(`^<title>${entry.title}: .+ level · Ladder</title><meta name="description" [^>]*/>$`),
    );
    expect(body).toContain(`<h1`);
    expect(body).toContain(entry.title);
    // The level's last statement (its topic, which the page sets apart), as React escapes it.
    expect(body).toContain(statement.split(' — ')[0]?.replaceAll('&', '&amp;'));
    // Nothing left for a script to fill in: the page reads without JavaScript and under the policy.
    expect(body).not.toMatch(/<script|<!--\$[?!]-->|Loading…/);
  });

  it('waits for the page’s lazily loaded code, on the first render as on later ones', async () => {
    for (const path of ['/about', '/about', `/occupations/${entry.soc}/compare`]) {
      const { body } = await renderPage(path, path === '/about' ? [] : [occupation]);
      expect(body).not.toMatch(/<script|<!--\$[?!]-->|Loading…/);
      expect(body).toMatch(path === '/about' ? /About Ladder/ : /levels side by side/);
    }
  });

  it('renders the catalog with every occupation’s card link', async () => {
    const { head, body } = await renderPage('/', []);
    expect(head).toContain('<title>Occupations · Ladder</title>');
    for (const { soc } of site.catalog.occupations.slice(0, 3)) expect(body).toContain(`/occupations/${soc}`);
  });
});

describe('renderFirstFrame', () => {
  it('renders a page’s header, heading and skeleton, and its title for the head, with no page content', () => {
    const frame = renderFirstFrame(`/occupations/${entry.soc}/assessment`);
    expect(frame?.head).toContain(`<title>Assess yourself: ${entry.title.replaceAll('&', '&amp;')} · Ladder</title>`);
    expect(frame?.body).toMatch(/<h1[^>]*>Assess yourself: /);
    expect(frame?.body).toContain('aria-busy="true"');
    expect(frame?.body).toContain('<header');
    expect(frame?.body).not.toMatch(/<script|<!--\$[?!]-->/);
  });

  it('has none for an address whose route has no first frame, or an occupation the catalog lacks', () => {
    expect(renderFirstFrame('/about')).toBeNull();
    expect(renderFirstFrame('/occupations/00-0000.00/assessment')).toBeNull();
  });

  it('renders the shell’s header and skeleton with no heading and no head tags', () => {
    const shell = renderFirstFrame();
    expect(shell?.head).toBe('');
    expect(shell?.body).not.toContain('<h1');
    expect(shell?.body).toContain('aria-busy="true"');
  });
});
