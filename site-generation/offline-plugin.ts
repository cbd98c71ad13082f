import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { SHELL_PAGE } from './prerender.ts';
import { serviceWorkerSource } from './service-worker.ts';

// Written by the build for hosts, never read by the app.
const HOST_FILES = new Set(['_headers', '_redirects', 'robots.txt']);
const DATA = /^assets\/(occupations|search)\//;

/** Every file of the public folder, site-relative with forward slashes. */
function publicFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, resolve(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Writes `sw.js`: the app cached for offline use, data cached as it is read. See site-generation/service-worker.ts. */
export function offline(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'ladder-offline',
    apply: 'build',
    // After Vite has written index.html and every chunk into the bundle.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    generateBundle(_, bundle) {
      // Of the pages, only the shell: prerendered pages come from the network, or the shell opens them offline.
      const files = [...Object.keys(bundle), ...publicFiles(publicDir)].filter(
        (file) => !HOST_FILES.has(file) && (!file.endsWith('.html') || file === SHELL_PAGE),
      );
      const precache = files.filter((file) => !DATA.test(file)).sort();
      const data = files.filter((file) => DATA.test(file));
      // The occupation files share one content-named folder; search files are few, so listed one by one.
      const currentData = [
        ...new Set(data.map((file) => (file.startsWith('assets/occupations/') ? file.replace(/[^/]+$/, '') : file))),
      ].sort();
      const hash = createHash('sha256');
      for (const file of [...precache, ...currentData]) {
        const output = bundle[file];
        hash.update(file);
        if (output?.type === 'asset') hash.update(output.source);
      }
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource({ base, version, precache, currentData }),
      });
    },
  };
}
