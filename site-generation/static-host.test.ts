import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  headersFile,
  redirectsFile,
} from './security-policy';
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

describe('the policy', () => {
  it('allows only the site itself, never inline code or eval', () => {
    expect(META_CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:|data:/);
    // frame-ancestors is ignored, with a console error, in a meta tag.
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

describe('headersFile', () => {
  const text = headersFile('/careers/ladder/', ['occupations/*', 'compare']);
  const rules = text
    .split('\n\n')
    .filter((block) => !block.startsWith('#') && block.trim() !== '')
    .map((block) => {
      const [path = '', ...headers] = block.split('\n');
      return { path, headers: headers.map((line) => line.trim()) };
    });

  it('sends the security headers for every path under the base', () => {
    const all = rules.find((rule) => rule.path === '/careers/ladder/*');
    expect(all?.headers).toContain(`Content-Security-Policy: ${HEADER_CONTENT_SECURITY_POLICY}`);
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
