import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isLevelId, type LevelId } from '../../../lib/levels';

export interface SearchFilters {
  level: LevelId | null;
  group: string | null;
}

/** The query and filters live in the address, so results can be shared and reloaded. */
export function useSearchState(): [
  query: string,
  filters: SearchFilters,
  setFilters: (change: Partial<SearchFilters>) => void,
] {
  const [params, setParams] = useSearchParams();
  const level = params.get('level') ?? undefined;
  const filters: SearchFilters = {
    level: isLevelId(level) ? level : null,
    group: params.get('group') || null,
  };
  const setFilters = useCallback(
    (change: Partial<SearchFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of ['level', 'group'] as const) {
            if (!(key in change)) continue;
            const value = change[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [params.get('q') ?? '', filters, setFilters];
}
