import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CATALOG_PARAMS as PARAMS, NO_FILTERS, type CatalogFilters } from '../lib/filter-catalog';

/** Catalog filters live in the URL, so a filtered list can be shared, reloaded and gone back to. */
export function useCatalogFilters(): [CatalogFilters, (change: Partial<CatalogFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: CatalogFilters = {
    query: params.get(PARAMS.query) ?? '',
    group: params.get(PARAMS.group) ?? '',
    zone: params.get(PARAMS.zone) ?? '',
  };
  const update = useCallback(
    (change: Partial<CatalogFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of Object.keys(change) as (keyof CatalogFilters)[]) {
            const value = change[key] ?? NO_FILTERS[key];
            if (value === '') next.delete(PARAMS[key]);
            else next.set(PARAMS[key], value);
          }
          return next;
        },
        // Typing should not add a history entry per keystroke.
        { replace: true },
      );
    },
    [setParams],
  );
  return [filters, update];
}
