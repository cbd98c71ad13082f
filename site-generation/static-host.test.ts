import { NO_INLINE, type InlineHashes } from './first-paint';
import { headerContentSecurityPolicy, headersFile, metaContentSecurityPolicy, redirectsFile } from './security-policy';
import { siteBase, siteOrigin } from './static-host-plugin';

describe('siteBase', () => {
  it('is / unless LADDER_BASE names a sub-path that starts and ends with /', () => {
    expect(siteBase(undefined)).toBe('/');
    expect(siteBase('')).toBe('/');
    expect(siteBase('/careers/ladder/')).toBe('/careers/ladder/');
    expect(() => siteBase('/careers/ladder')).toThrow(/starts and ends with "\/"/);
    expect(() => siteBase('careers/')).toThrow(/LADDER_BASE/);
    expect(() => siteBase('https://example.org/')).toThrow(/LADDER_BASE/);
  });
});

describe('siteOrigin', () => {
  it('is the origin LADDER_SITE_URL names, or empty, and refuses a path, which belongs in LADDER_BASE', () => {
    expect(siteOrigin(undefined)).toBe('');
    expect(siteOrigin('https://careers.example.org')).toBe('https://careers.example.org');
    expect(siteOrigin('https://careers.example.org/')).toBe('https://careers.example.org');
    expect(siteOrigin('http://localhost:4173')).toBe('http://localhost:4173');
    expect(() => siteOrigin('https://example.org/careers/')).toThrow(/LADDER_BASE/);
    expect(() => siteOrigin('careers.example.org')).toThrow(/LADDER_SITE_URL/);
    expect(() => siteOrigin('ftp://example.org')).toThrow(/LADDER_SITE_URL/);
  });
});

const HASHES: InlineHashes = { styles: ["'sha256-style='"], scripts: ["'sha256-script='"] };

describe('the policy', () => {
  it('allows only the site itself, never inline code or eval', () => {
    const meta = metaContentSecurityPolicy(NO_INLINE);
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toMatch(/unsafe|\*|https?:|data:/);
    // frame-ancestors is ignored, with a console error, in a meta tag.
    expect(meta).not.toContain('frame-ancestors');
    expect(headerContentSecurityPolicy(NO_INLINE)).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('allows the inline style and script by their hashes only, in the meta tag and the header alike', () => {
    const meta = metaContentSecurityPolicy(HASHES);
    expect(meta).toContain("script-src 'self' 'sha256-script='");
    expect(meta).toContain("style-src 'self' 'sha256-style='");
    expect(meta).not.toMatch(/unsafe/);
    expect(headerContentSecurityPolicy(HASHES)).toBe(`${meta}; frame-ancestors 'none'`);
  });
});

describe('headersFile', () => {
  const text = headersFile('/careers/ladder/', ['occupations/*', 'compare'], HASHES);
  const rules = text
    .split('\n\n')
    .filter((block) => !block.startsWith('#') && block.trim() !== '')
    .map((block) => {
      const [path = '', ...headers] = block.split('\n');
      return { path, headers: headers.map((line) => line.trim()) };
    });

  it('sends the security headers for every path under the base', () => {
    const all = rules.find((rule) => rule.path === '/careers/ladder/*');
    expect(all?.headers).toContain(`Content-Security-Policy: ${headerContentSecurityPolicy(HASHES)}`);
    expect(all?.headers).toContain('X-Content-Type-Options: nosniff');
    expect(all?.headers.some((line) => line.startsWith('Cache-Control'))).toBe(false);
  });

  it('caches hashed assets for good and has pages revalidated, with one Cache-Control per path', () => {
    const cache = (path: string) =>
      rules.filter((rule) => rule.path === path).flatMap((rule) => rule.headers.filter((h) => h.startsWith('Cache-')));
    expect(cache('/careers/ladder/assets/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    for (const page of [
      '/careers/ladder/',
      '/careers/ladder/index.html',
      '/careers/ladder/occupations/*',
      '/careers/ladder/compare',
    ]) {
      expect(cache(page)).toEqual(['Cache-Control: no-cache']);
    }
  });
});

describe('redirectsFile', () => {
  it('answers every path under the base that has no file with the app shell, not the prerendered catalog', () => {
    expect(redirectsFile('/careers/ladder/')).toMatch(/^\/careers\/ladder\/\* +\/careers\/ladder\/404\.html +200$/m);
  });
});
