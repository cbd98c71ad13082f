import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { paths } from '../src/config/paths.ts';
import { SHELL_PAGE } from './prerender.ts';
import { firstPaintHtml, staticImportOrder } from './first-paint.ts';
import { headersFile, metaContentSecurityPolicy, redirectsFile } from './security-policy.ts';

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

/**
 * The site's public origin from LADDER_SITE_URL, such as https://careers.example.org, for canonical
 * links; '' when not given. The sub-path, if any, comes from LADDER_BASE.
 */
export function siteOrigin(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || value.replace(/\/$/, '') !== url.origin) {
    throw new Error(
      `LADDER_SITE_URL must be the site's origin, such as https://careers.example.org, with no path (got ${value}); a sub-path goes in LADDER_BASE`,
    );
  }
  return url.origin;
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
 * tag for hosts that read neither file. The built index.html, which every page
 * is made from, is made to paint from its HTML alone (site-generation/first-paint.ts),
 * and the policy allows its inline style and script by their hashes. The dev
 * server gets no policy: its React refresh runs an inline script.
 */
export function staticHost(): Plugin {
  let base = '/';
  return {
    name: 'ladder-static-host',
    apply: 'build',
    // After Vite has written index.html and the stylesheet into the bundle; before prerender(), which copies index.html.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the static host files need the built index.html');
      const inlined = new Set<string>();
      const file = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);
      const readAsset = (href: string) => {
        const asset = bundle[file(href)];
        if (asset?.type !== 'asset') throw new Error(`index.html links ${href}, which is not in the build`);
        inlined.add(file(href));
        return String(asset.source);
      };
      const importsOf = (name: string) => {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk') throw new Error(`index.html loads ${name}, which is not a chunk of the build`);
        return chunk.imports;
      };
      const chunks = (entry: string) => staticImportOrder(file(entry), importsOf).map((name) => `${base}${name}`);
      const { html, hashes } = firstPaintHtml(String(index.source), readAsset, chunks);
      // Right after the charset, before any script or style the policy governs.
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must have ${charset} for the policy to follow`);
      const policy = metaContentSecurityPolicy(hashes).replaceAll("'", '&#39;');
      index.source = html.replace(
        charset,
        () => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
      // Every page carries the stylesheet now; the file would be downloaded by nobody.
      for (const file of inlined) delete bundle[file];
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base, pagePatterns(), hashes) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: redirectsFile(base) });
    },
  };
}

/**
 * `vite preview` as the hosts serve the build under `_redirects`: an address
 * with no file of its own, nor a prerendered page (`x.html` for `/x`), gets
 * the shell, not index.html, which holds the catalog's prerendered content.
 */
export function previewAsHosted(): Plugin {
  return {
    name: 'ladder-preview-as-hosted',
    apply: (_, env) => env.isPreview === true,
    configurePreviewServer(server) {
      const { base } = server.config;
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
      server.middlewares.use((request, _response, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent((request.url ?? '').split(/[?#]/)[0] ?? '');
        } catch {
          return next();
        }
        // Page requests, as Vite's own fallback tells them apart.
        const accept = request.headers.accept ?? '';
        const wantsPage = accept === '' || accept.includes('text/html') || accept.includes('*/*');
        if (!pathname.startsWith(base) || !wantsPage || request.method !== 'GET') return next();
        const relative = pathname.slice(base.length);
        const file = join(outDir, relative);
        if (relative === '' || isFile(file) || isFile(`${file}.html`)) return next();
        request.url = `${base}${SHELL_PAGE}`;
        next();
      });
    },
  };
}
