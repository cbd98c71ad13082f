/**
 * The site's Content-Security-Policy: everything from its own origin, nothing
 * inline, no eval, no plugins, no framing. One list, so the `_headers` file and
 * the meta tag (for hosts that ignore `_headers`) never disagree.
 */
const META_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Browsers ignore frame-ancestors in a meta tag (and say so in the console), so only the header has it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const META_CONTENT_SECURITY_POLICY = META_DIRECTIVES.join('; ');
export const HEADER_CONTENT_SECURITY_POLICY = [...META_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Hashed file names change with their content, so a cached copy never needs checking again.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Pages and unhashed files are checked with the host on every visit, so a new deploy shows at once.
const REVALIDATE = 'no-cache';

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a site served at `base`.
 * Cache rules never overlap: hosts merge the headers of every matching rule,
 * and two Cache-Control values would contradict each other.
 */
export function headersFile(base: string, pagePaths: readonly string[]): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const revalidated = [...new Set(['', 'index.html', '404.html', ...pagePaths])].map((path) => `${base}${path}`);
  return [
    '# Written by the build (site-generation/security-policy.ts): security headers for every path,\n' +
      '# long-lived caching for content-hashed assets, revalidation for pages.',
    block(`${base}*`, SECURITY_HEADERS),
    block(`${base}assets/*`, { 'Cache-Control': IMMUTABLE }),
    ...revalidated.map((path) => block(path, { 'Cache-Control': REVALIDATE })),
    '',
  ].join('\n\n');
}

/** The `_redirects` file: every path that is not a file gets the app, so deep links load. */
export function redirectsFile(base: string): string {
  return [
    '# Written by the build: Netlify and Cloudflare Pages serve the app shell for every path that',
    '# is not a file or a prerendered page, so that deep links such as /search?q=… load.',
    `${base}*    ${base}404.html   200`,
    '',
  ].join('\n');
}
