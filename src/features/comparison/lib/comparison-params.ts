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

/** Reads ?occupations=a,b&level=x (commas written plain or as %2C), keeping what it can and saying what it cannot. */
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

/**
 * A query string (with its "?") for these parameters, a list written as its
 * items joined by plain commas. URLSearchParams would write every comma as %2C,
 * so an address changed in the app would not read like the links the site
 * prerenders and shares (`occupations=43-4171.00,43-6011.00`). Each name and
 * item is still percent-encoded. Items hold no commas (SOC codes and levels
 * never do): readers split on a comma however it was written.
 */
export function formatQuery(entries: readonly (readonly [name: string, value: string | readonly string[]])[]): string {
  const pairs = entries.map(([name, value]) => {
    const items = typeof value === 'string' ? [value] : value;
    return `${encodeURIComponent(name)}=${items.map(encodeURIComponent).join(',')}`;
  });
  return `?${pairs.join('&')}`;
}

/** The query string of a comparison, as the address shows it. */
export function comparisonQuery(socs: readonly string[], level: ComparisonLevel): string {
  return formatQuery([
    ['occupations', socs],
    ['level', level],
  ]);
}
