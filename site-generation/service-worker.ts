import { DATA_CACHE } from '../src/lib/offline-copy.ts';
import { SHELL_PAGE } from './prerender.ts';

export interface ServiceWorkerOptions {
  /** Where the site is served from, e.g. `/` or `/careers/ladder/`. */
  base: string;
  /** Names this build's cache: a new build installs a new worker and a new cache. */
  version: string;
  /** Site-relative files of the app itself, cached when the worker installs. */
  precache: readonly string[];
  /** Site-relative folders and files of this build's data, cached as they are read. */
  currentData: readonly string[];
}

/**
 * The service worker's source. It is generated, not bundled: it needs this
 * build's file list, and a classic script with no imports works in every browser
 * that has service workers.
 *
 * - The app (HTML shell, code, styles, icons) is cached when the worker installs,
 *   so the catalog and every page's code open offline after the first visit.
 * - Occupation files and search index files have content-hashed names: they are
 *   cached the first time they are read and served from the cache after that,
 *   so visited occupations (and searches already made) work offline. What the
 *   page read before this worker controlled it, the page kept in the same cache
 *   itself (src/lib/offline-copy.ts; docs/decisions/010).
 * - Pages come from the network, so a new deploy shows on the next visit; when
 *   the network fails or takes too long (a school's flaky Wi-Fi), the cached
 *   shell (the app with no page prerendered in it) opens and the app routes
 *   from there.
 * - A new worker waits until the page asks it to take over (the "Reload to
 *   update" button), so a page never runs half on one build and half on another.
 */
export function serviceWorkerSource({ base, version, precache, currentData }: ServiceWorkerOptions): string {
  const config = {
    shellCache: `ladder-shell-${version}`,
    dataCache: DATA_CACHE,
    base,
    shellPage: `${base}${SHELL_PAGE}`,
    precache: precache.map((path) => `${base}${path}`),
    dataPrefixes: [`${base}assets/occupations/`, `${base}assets/search/`],
    currentData: currentData.map((path) => `${base}${path}`),
    pageTimeoutMs: 4000,
  };
  return `// Ladder's service worker, written by the build (site-generation/service-worker.ts).
'use strict';
const CONFIG = ${JSON.stringify(config)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CONFIG.shellCache).then((cache) => cache.addAll(CONFIG.precache)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('ladder-shell-') && key !== CONFIG.shellCache) await caches.delete(key);
      }
      // Data of older builds is never read again: their files have other names.
      const data = await caches.open(CONFIG.dataCache);
      for (const request of await data.keys()) {
        const path = new URL(request.url).pathname;
        if (!CONFIG.currentData.some((current) => path.startsWith(current))) await data.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(CONFIG.base)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith(CONFIG.base + 'assets/') || CONFIG.precache.includes(url.pathname)) {
    event.respondWith(file(request, url.pathname, event));
  }
});

async function page(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONFIG.pageTimeoutMs);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch (error) {
    const shell = await caches.match(CONFIG.shellPage, { cacheName: CONFIG.shellCache, ignoreVary: true });
    if (shell) return shell;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function file(request, path, event) {
  // Vary is ignored: a script asked for with CORS (type="module") must match the copy cached without it,
  // and a content-hashed name always holds the same bytes.
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && CONFIG.dataPrefixes.some((prefix) => path.startsWith(prefix))) {
    const copy = response.clone();
    // Kept alive until written: a worker stopped right after answering would lose the copy.
    event.waitUntil(caches.open(CONFIG.dataCache).then((cache) => cache.put(request, copy)));
  }
  return response;
}
`;
}
