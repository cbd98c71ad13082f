import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

// Serves another build of the site (dist-rebuilt/, dist-many/…) to one browser
// context, on the origin the suite's server uses, without a server of its own.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * From now on, this browser context gets the build in `dir` for every address
 * of the site, as a static host serves it: x.html for /x, the app shell for
 * any other page address, 404 for a missing file.
 */
export async function serveBuiltSite(context: BrowserContext, origin: string, dir: string): Promise<void> {
  const root = resolve(dir);
  if (!isFile(join(root, 'index.html'))) throw new Error(`No build in ${root}: the global setup builds it`);
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const pathname = decodeURIComponent(url.pathname);
    let file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return route.abort();
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    else if (!isFile(file) && isFile(`${file}.html`)) file = `${file}.html`;
    const page = route.request().resourceType() === 'document';
    if (!isFile(file)) {
      if (!page) return route.fulfill({ status: 404, body: 'Not found' });
      file = join(root, '404.html');
    }
    await route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}
