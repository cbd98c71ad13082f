/**
 * The occupation's summary page on O*NET OnLine, the U.S. Department of Labor's own site:
 * counselors look there for wages, outlook and related jobs. O*NET keeps this address stable
 * for every O*NET-SOC code (`/link/summary/43-4171.00`).
 */
export function onetOnlineHref(soc: string): string {
  return `https://www.onetonline.org/link/summary/${encodeURIComponent(soc)}`;
}
