import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React hydrates prerendered HTML (and on the server), true
 * after, and at once when the page renders in the browser. What the HTML
 * cannot know, such as the address's #fragment, waits for it, so that the
 * first render in the browser matches the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
