/**
 * Registers the service worker (site-generation/service-worker.ts) and tells the page
 * when a new version is installed and waiting. The page offers to reload; the
 * new worker takes over only then, so a page never mixes two builds.
 */
let waiting: ServiceWorker | null = null;
let updating = false;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

function watch(registration: ServiceWorkerRegistration) {
  // A worker installed earlier may already wait (another tab saw it first).
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to offer.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
    });
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a reload the reader asked for: the first install also changes the controller.
    if (updating) window.location.reload();
  });
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(watch)
      .catch(() => {
        // Without a worker the site works as before, online only.
      });
  };
  // After the page has loaded and gone idle, so that caching the app never competes with the first
  // paint or with hydration; the load event would run it in the same task as the app's own start.
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 3000 });
    else setTimeout(register, 500);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return waiting !== null;
}

/** Lets the waiting worker take over; the page reloads when it has. */
export function applyUpdate(): void {
  updating = true;
  waiting?.postMessage('skip-waiting');
}
