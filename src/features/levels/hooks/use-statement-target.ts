import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useHydrated } from '../../../lib/use-hydrated';

/**
 * The statement anchor in the address (#anchor), if any. A prerendered page
 * was rendered without one (browsers never send it), so it counts only once
 * the page has hydrated.
 */
export function useTargetAnchor(): string | null {
  const { hash } = useLocation();
  const hydrated = useHydrated();
  if (!hydrated || hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Scrolls to the cited statement and gives it focus once it is on the page, so
 * a link from search or a citation lands on it even though the statements
 * arrive after the page does. Runs again when the address's anchor changes.
 */
export function useScrollToTarget(target: string | null, found: boolean) {
  useEffect(() => {
    if (!target || !found) return;
    const element = document.getElementById(target);
    if (!element) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    element.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [target, found]);
}
