import { useSyncExternalStore } from 'react';
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from '../lib/service-worker';

/** Offers the new version once it is installed; nothing changes until the reader reloads. */
export function UpdateBanner() {
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return (
    // A live region without a role: the pages' own status messages stay the only "status" to find.
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4 print:hidden"
    >
      {waiting && (
        <div className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface px-4 py-3 shadow-lg">
          <p className="font-semibold">A new version of Ladder is ready.</p>
          <button
            type="button"
            onClick={applyUpdate}
            className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface shadow-sm hover:bg-accent-strong"
          >
            Reload to update
          </button>
        </div>
      )}
    </div>
  );
}
