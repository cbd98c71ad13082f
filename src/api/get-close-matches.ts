import { queryOptions, useQuery } from '@tanstack/react-query';
import { findCloseMatches } from '../lib/matching-client';
import type { Occupation } from '../lib/occupation';

/**
 * The close matches between occupations compared with each other (two to
 * four), worked out in the browser: an occupation's file lists only its
 * related occupations, and any pair can be compared.
 */
export function getCloseMatchesQueryOptions(occupations: readonly Occupation[]) {
  const versions = occupations
    .map(({ soc, framework }) => `${soc}@${framework.exportedAt}@${framework.version}`)
    .sort();
  // Each occupation is named in the key by what identifies its content (SOC code, export date,
  // version) rather than hashed into it whole.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    // Order-free: the result holds every pair both ways.
    queryKey: ['occupations', 'close-matches', ...versions],
    queryFn: () => findCloseMatches(occupations),
    staleTime: Infinity,
    enabled: occupations.length >= 2,
  });
}

export function useCloseMatches(occupations: readonly Occupation[]) {
  return useQuery(getCloseMatchesQueryOptions(occupations));
}
