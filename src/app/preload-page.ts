import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type Params, type RouteObject } from 'react-router-dom';
import { findCatalogEntry } from '../api/get-catalog';
import { getOccupationQueryOptions } from '../api/get-occupation';

/** What a page needs before it shows its content, so both can load while the app starts. */
export interface PagePreload {
  /** The page's own code chunk. */
  code: () => Promise<unknown>;
  /** The SOC codes of the occupations it shows. */
  occupations?: (params: Params, search: URLSearchParams) => readonly string[];
}

function pagePreload(route: RouteObject): PagePreload | undefined {
  const handle: unknown = route.handle;
  return typeof handle === 'object' && handle !== null && 'code' in handle ? (handle as PagePreload) : undefined;
}

/**
 * Starts loading the first page's code and data at once, before the first
 * render. Otherwise each waits for the one before (app, then page, then data),
 * and an opened link paints its content a round trip or two later.
 *
 * Resolves true once everything is there, false if any of it failed: a
 * prerendered page is hydrated only when its data is in hand, so that the
 * first render matches the HTML.
 */
export function preloadPage(
  routes: RouteObject[],
  location: { pathname: string; search: string },
  queryClient: QueryClient,
  basename?: string,
): Promise<boolean> {
  const match = matchRoutes(routes, location.pathname, basename)?.at(-1);
  const preload = match && pagePreload(match.route);
  if (!preload) return Promise.resolve(true);
  // A failure here is not reported: the page asks again and shows its error state.
  const loads = [preload.code()];
  const socs = preload.occupations?.(match.params, new URLSearchParams(location.search)) ?? [];
  for (const soc of socs) {
    const entry = findCatalogEntry(soc);
    if (entry) loads.push(queryClient.ensureQueryData(getOccupationQueryOptions(entry)));
  }
  return Promise.all(loads).then(
    () => true,
    () => false,
  );
}
