import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { paths } from '../src/config/paths.ts';
import { META_CONTENT_SECURITY_POLICY, headersFile, redirectsFile } from './security-policy.ts';

/** Where the site is served from: `/` or a sub-path such as `/careers/ladder/`, from LADDER_BASE. */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value === '') return '/';
  if (!/^\/([\w.~-]+\/)*$/.test(value)) {
    throw new Error(
      `LADDER_BASE must be a path that starts and ends with "/", such as /careers/ladder/ (got ${value})`,
    );
  }
  return value;
}

/** Every page address as a `_headers` pattern, relative to the base: `occupations/*`, `compare`, … */
function pagePatterns(): string[] {
  return Object.values(paths).flatMap((route) =>
    'path' in route ? [route.path.replace(/^\//, '').replace(/\/?:.*$/, '/*')] : [],
  );
}

/**
 * What a static host needs besides the files: `_headers` (security policy and
 * caching), `_redirects` and `404.html` (deep links), and the policy as a meta
 * tag for hosts that read neither file. The dev server gets no policy: its
 * React refresh runs an inline script.
 */
export function staticHost(): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'ladder-static-host',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      // Right after the charset, before any script or style the policy governs.
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must have ${charset} for the policy to follow`);
      const policy = META_CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base, pagePatterns()) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: redirectsFile(base) });
    },
    closeBundle() {
      // Hosts such as GitHub Pages answer unknown paths with 404.html: making it
      // the app lets deep links load and the router show the right page.
      const index = join(outDir, 'index.html');
      if (existsSync(index)) copyFileSync(index, join(outDir, '404.html'));
    },
  };
}
