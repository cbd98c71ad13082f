/**
 * After a new deploy, an open tab still asks for the old build's files, which
 * are gone: content-hashed code chunks and data folders. Reloading once gets the
 * new build. The time of that reload is kept for the tab, so that a file that
 * stays missing after it shows the page's error state instead of a reload loop.
 */
const RELOADED_AT = 'ladder:stale-deploy-reload';
// A reload this recent did not help: the file is missing from the new build too.
const LOOP_WINDOW_MS = 30_000;

let reloading = false;

/** Reloads the page once for a missing file; false if a recent reload already tried. */
export function reloadForNewDeploy(): boolean {
  if (reloading) return true;
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < LOOP_WINDOW_MS) return false;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // Without session storage there is no way to tell a loop from a first try: never reload.
    return false;
  }
  reloading = true;
  window.location.reload();
  return true;
}

/** A page's code chunk: on failure, one reload for a new deploy, then the error. */
export async function loadPageCode<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // Never settles while the page reloads, so nothing flashes an error meanwhile.
    if (reloadForNewDeploy()) return new Promise<T>(() => undefined);
    throw error;
  }
}
