import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import { JOURNEY_SOC, readAllExports } from './support/exports';

// The shipped policy, as the browser enforces it from the meta tag (vite preview
// sends no headers of its own), on every page and the actions that load more code:
// nothing inline, nothing from another origin.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const other = readAllExports().find((data) => data.occupation.soc !== JOURNEY_SOC)?.occupation.soc;
if (!other) throw new Error('The journeys need a second export');

const PAGES: { name: string; path: string; heading: RegExp }[] = [
  { name: 'catalog', path: '/', heading: /Occupations/ },
  { name: 'level', path: `/occupations/${JOURNEY_SOC}/proficient`, heading: /Receptionists/ },
  { name: 'level matrix', path: `/occupations/${JOURNEY_SOC}/compare`, heading: /Receptionists/ },
  { name: 'about', path: '/about', heading: /About Ladder/ },
  { name: 'comparison', path: `/compare?occupations=${JOURNEY_SOC},${other}&level=all`, heading: /Compare/ },
  { name: 'assessment', path: `/occupations/${JOURNEY_SOC}/assessment`, heading: /Receptionists|assess/i },
  { name: 'assessment results', path: `/occupations/${JOURNEY_SOC}/assessment/results`, heading: /./ },
  { name: 'my assessments', path: '/assessments', heading: /assessments/i },
  { name: 'search', path: '/search?q=schedule', heading: /Search/ },
  { name: 'shared assessment', path: '/shared-assessment', heading: /./ },
  { name: 'not found', path: '/no/such/page', heading: /./ },
];

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

function readPolicy(text: string): string[] {
  return text
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .sort();
}

test.describe('content security policy', () => {
  for (const { name, path, heading } of PAGES) {
    test(`the ${name} page breaks no rule of the policy and asks no other origin`, async ({ browser, baseURL }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__policyViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__policyViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      if (name === 'search') await expect(page.getByRole('status')).toContainText('match');

      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta).toContain("script-src 'self'");
      expect(await page.evaluate(() => window.__policyViolations)).toEqual([]);
      expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
      await context.close();
    });
  }

  test('the _headers file sends the same policy, plus what only a header can say', () => {
    const headers = readFileSync(`${DIST}_headers`, 'utf8');
    const html = readFileSync(`${DIST}index.html`, 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
    expect(meta).toBeDefined();
    expect(header).toBeDefined();
    expect(readPolicy(header ?? '')).toEqual(readPolicy(`${meta ?? ''}; frame-ancestors 'none'`));
    expect(readPolicy(meta ?? '')).not.toContainEqual(expect.stringMatching(/unsafe|\*|https?:/));
    expect(readPolicy(meta ?? '').join(';')).not.toContain('unsafe-inline');
    expect(headers).toMatch(/^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).toMatch(/^\/\n {2}Cache-Control: no-cache$/m);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Referrer-Policy: \S+/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
  });

  test('every page’s inline style and script are allowed by their hashes, and nothing else inline is', () => {
    const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const directive = (policy: string, name: string) =>
      readPolicy(policy)
        .find((item) => item.startsWith(`${name} `))
        ?.split(' ')
        .slice(1)
        .sort();
    const header = /Content-Security-Policy: (.+)/.exec(readFileSync(`${DIST}_headers`, 'utf8'))?.[1] ?? '';
    for (const file of ['index.html', '404.html', 'about.html', `occupations/${JOURNEY_SOC}/proficient.html`]) {
      const html = readFileSync(`${DIST}${file}`, 'utf8');
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => hashOf(match[1] ?? ''));
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => hashOf(match[1] ?? ''));
      // The stylesheet and the boot script, nothing else: no stylesheet or script file blocks the first paint.
      expect(styles, file).toHaveLength(1);
      expect(scripts, file).toHaveLength(1);
      expect(html, file).not.toMatch(/<link rel="stylesheet"|<script [^>]*src=|<link rel="modulepreload"/);
      for (const policy of [meta ?? '', header]) {
        expect(directive(policy, 'style-src'), file).toEqual(["'self'", ...styles].sort());
        expect(directive(policy, 'script-src'), file).toEqual(["'self'", ...scripts].sort());
      }
    }
  });
});
