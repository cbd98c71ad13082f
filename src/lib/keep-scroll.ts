/**
 * Navigation state for a move that should keep the reader's place, such as
 * stepping to the next level: without it, a new page starts at the top.
 */
export const keepScroll = { keepScroll: true } as const;

export function isKeepScroll(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepScroll' in state && state.keepScroll === true;
}
