import type { ComparisonLevel } from '../../../config/paths';
import { isLevelId } from '../../../lib/levels';

export const MAX_COMPARED = 4;

export interface ComparisonParams {
  /** Known SOC codes, in the order chosen, at most MAX_COMPARED. */
  socs: string[];
  /** SOC codes in the address that this catalog does not have. */
  unknown: string[];
  level: ComparisonLevel;
}

/** Reads ?occupations=a,b&level=x, keeping what it can and saying what it cannot. */
export function parseComparisonParams(params: URLSearchParams, known: (soc: string) => boolean): ComparisonParams {
  const requested = [
    ...new Set(
      (params.get('occupations') ?? '')
        .split(',')
        .map((soc) => soc.trim())
        .filter(Boolean),
    ),
  ];
  const level = params.get('level') ?? 'all';
  return {
    socs: requested.filter(known).slice(0, MAX_COMPARED),
    unknown: requested.filter((soc) => !known(soc)),
    level: isLevelId(level) ? level : 'all',
  };
}
