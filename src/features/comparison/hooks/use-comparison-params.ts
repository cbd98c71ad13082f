import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import type { ComparisonLevel } from '../../../config/paths';
import { comparisonQuery, parseComparisonParams, type ComparisonParams } from '../lib/comparison-params';

/** The whole comparison lives in the address, so it can be shared and reloaded. */
export function useComparisonParams(): [ComparisonParams, (socs: string[], level: ComparisonLevel) => void] {
  const { occupations } = useCatalog();
  const [params] = useSearchParams();
  // setSearchParams would write the query through URLSearchParams, commas as %2C: the query is written here instead.
  const navigate = useNavigate();
  const state = parseComparisonParams(params, (soc) => occupations.some((entry) => entry.soc === soc));
  const update = useCallback(
    (socs: string[], level: ComparisonLevel) => {
      void navigate({ search: comparisonQuery(socs, level) });
    },
    [navigate],
  );
  return [state, update];
}
