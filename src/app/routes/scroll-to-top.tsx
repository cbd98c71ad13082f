import { useLayoutEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { isKeepScroll } from '../../lib/keep-scroll';

/**
 * A new page starts at its top. Back and Forward are left to the browser, which
 * restores where the reader was; an address with a #statement scrolls to it
 * itself, and moves marked to keep the place (level steps) keep it.
 */
export function ScrollToTop() {
  const location = useLocation();
  const { pathname, hash } = location;
  const state: unknown = location.state;
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    if (navigationType === NavigationType.Pop || hash || isKeepScroll(state)) return;
    window.scrollTo(0, 0);
    // Only a new path moves to the top; changes of the query (filters, search) keep the place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
  return null;
}
