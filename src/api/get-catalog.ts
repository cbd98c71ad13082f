import { queryOptions, useQuery } from '@tanstack/react-query';
import { catalog } from 'virtual:ladder-catalog';
import type { CatalogEntry } from '../lib/occupation';

// The catalog is bundled into the first load, so the query starts with it and
// never fetches; it still goes through the query cache like all other data.
export function getCatalogQueryOptions() {
  return queryOptions({
    queryKey: ['occupations', 'list'],
    queryFn: () => catalog,
    initialData: catalog,
    staleTime: Infinity,
  });
}

/** One occupation's catalog entry, for code that runs before React renders. */
export function findCatalogEntry(soc: string): CatalogEntry | undefined {
  return catalog.occupations.find((entry) => entry.soc === soc);
}

export function useCatalog() {
  return useQuery(getCatalogQueryOptions()).data;
}

export function useCatalogEntry(soc: string | undefined): CatalogEntry | undefined {
  return useCatalog().occupations.find((entry) => entry.soc === soc);
}
