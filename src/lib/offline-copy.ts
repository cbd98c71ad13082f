/**
 * The cache that holds data files (occupation files, search index files) for
 * offline use. The service worker (site-generation/service-worker.ts) writes to it what
 * it answers; the page and the search worker write to it what they fetched
 * without the service worker. It outlives builds; the worker prunes old files.
 */
export const DATA_CACHE = 'ladder-data';

/**
 * Whether this context's requests go through the service worker now. A page
 * opened before the worker was installed is not controlled until the worker
 * claims it, and a dedicated worker keeps the controller it started with.
 */
export function answeredByServiceWorker(): boolean {
  return (
    typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null
  );
}

/**
 * Keeps a copy of a data file fetched without the service worker, so that a
 * first visit works offline without a second one: on that visit the page and
 * its data load before the worker is even installed. Never throws and never
 * delays the caller's use of the response (pass a clone): a full or refused
 * storage leaves the page working online, as without a worker.
 */
export async function keepOfflineCopy(url: string, response: Response): Promise<void> {
  if (typeof caches === 'undefined' || !response.ok) return;
  try {
    const cache = await caches.open(DATA_CACHE);
    // Content-hashed names: a copy already there holds the same bytes.
    if (!(await cache.match(url))) await cache.put(url, response);
  } catch {
    // Storage full, blocked, or the page closing: offline use simply lacks this file.
  }
}
