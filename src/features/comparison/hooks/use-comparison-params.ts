import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import type { ComparisonLevel } from '../../../config/paths';
import { parseComparisonParams, type ComparisonParams } from '../lib/comparison-params';

/** The whole comparison lives in the address, so it can be shared and reloaded. */
export function useComparisonParams(): [ComparisonParams, (socs: string[], level: ComparisonLevel) => void] {
  const { occupations } = useCatalog();
  const [params, setParams] = useSearchParams();
  const state = parseComparisonParams(params, (soc) => occupations.some((entry) => entry.soc === soc));
  const update = useCallback(
    (socs: string[], level: ComparisonLevel) => {
      const next = new URLSearchParams();
      next.set('occupations', socs.join(','));
      next.set('level', level);
      setParams(next);
    },
    [setParams],
  );
  return [state, update];
}
