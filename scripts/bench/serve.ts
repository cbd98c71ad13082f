import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A static server that behaves like the CDN the site is deployed to: gzip for
 * text, long-lived caching for hashed assets, and the SPA fallback that
 * public/_redirects configures. Vite preview sends everything uncompressed, so
 * byte and Lighthouse figures measured against it would not be what users get.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
};

// Images and fonts are compressed already; gzipping them again only costs time.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

interface Entry {
  type: string;
  body: Buffer;
  /** Compressed before the first request and kept, so requests measure the network, not zlib. */
  gzip: Buffer | null;
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` on a free port of 127.0.0.1 (never 4173, which the e2e preview uses). `preload: false`
 * compresses each file when first asked for: the same bytes, without compressing a large site up front
 * when only bytes, not timings, are measured.
 */
export async function startServer(root: string, { preload = true } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, Entry>();

  async function load(path: string): Promise<Entry | null> {
    const cached = cache.get(path);
    if (cached) return cached;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const body = await readFile(path);
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const entry = { type, body, gzip: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null };
    cache.set(path, entry);
    return entry;
  }

  // A CDN serves from its cache, compressed already: every file is loaded before the first request, so
  // no measured request waits for zlib (a first search would otherwise pay to compress each file it reads).
  if (preload) {
    const files = await readdir(base, { recursive: true });
    for (const file of files) await load(resolve(base, file));
  }

  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = resolve(base, `.${pathname}`);
      // A path that climbs out of the folder is never served.
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      let entry = pathname.endsWith('/') ? await load(resolve(file, 'index.html')) : await load(file);
      // A prerendered page: /occupations/x/proficient is occupations/x/proficient.html, as static hosts serve it.
      // (A SOC code's dot, as in /occupations/43-4171.00, is not a file extension.)
      if (!entry && !pathname.endsWith('/')) entry = await load(`${file}.html`);
      // Other addresses have no file of their own; like _redirects, answer them with the app shell (200, not 404).
      if (!entry && !pathname.startsWith('/assets/')) entry = await load(resolve(base, '404.html'));
      if (!entry) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const gzip = entry.gzip !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = gzip && entry.gzip ? entry.gzip : entry.body;
      response.writeHead(200, {
        'Content-Type': entry.type,
        'Content-Length': body.length,
        // Hashed file names change with their content, so they never need revalidating; HTML always does.
        'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(entry.gzip ? { Vary: 'Accept-Encoding' } : {}),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    // Port 0: the system picks a free port, so parallel runs and the e2e preview never clash.
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
