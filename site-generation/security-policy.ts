import type { InlineHashes } from './first-paint.ts';

/**
 * The site's Content-Security-Policy: everything from its own origin; inline
 * only the page's one `<style>` and one boot `<script>`, by their hashes
 * (site-generation/first-paint.ts), never 'unsafe-inline'; no eval, no plugins,
 * no framing. One list, so the `_headers` file and the meta tag (for hosts that
 * ignore `_headers`) never disagree.
 */
function metaDirectives({ styles, scripts }: InlineHashes): string[] {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Browsers ignore frame-ancestors in a meta tag (and say so in the console), so only the header has it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const metaContentSecurityPolicy = (inline: InlineHashes) => metaDirectives(inline).join('; ');
export const headerContentSecurityPolicy = (inline: InlineHashes) =>
  [...metaDirectives(inline), ...HEADER_ONLY_DIRECTIVES].join('; ');

/** Headers for every response. */
export const securityHeaders = (inline: InlineHashes): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': headerContentSecurityPolicy(inline),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

// Hashed file names change with their content, so a cached copy never needs checking again.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Pages and unhashed files are checked with the host on every visit, so a new deploy shows at once.
const REVALIDATE = 'no-cache';

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a site served at `base`.
 * Cache rules never overlap: hosts merge the headers of every matching rule,
 * and two Cache-Control values would contradict each other.
 */
export function headersFile(base: string, pagePaths: readonly string[], inline: InlineHashes): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const revalidated = [...new Set(['', 'index.html', '404.html', ...pagePaths])].map((path) => `${base}${path}`);
  return [
    '# Written by the build (site-generation/security-policy.ts): security headers for every path,\n' +
      '# long-lived caching for content-hashed assets, revalidation for pages.',
    block(`${base}*`, securityHeaders(inline)),
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
