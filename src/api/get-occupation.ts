import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogEntry, Occupation } from '../lib/occupation';

export class OccupationLoadError extends Error {
  constructor(
    readonly soc: string,
    readonly status: number | null,
  ) {
    super(
      status === null
        ? `The framework for ${soc} could not be downloaded.`
        : `The framework for ${soc} could not be downloaded (HTTP ${status}).`,
    );
    this.name = 'OccupationLoadError';
  }
}

export async function fetchOccupation(entry: CatalogEntry, signal?: AbortSignal): Promise<Occupation> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${entry.dataPath}`, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new OccupationLoadError(entry.soc, null);
  }
  if (!response.ok) throw new OccupationLoadError(entry.soc, response.status);
  const occupation = (await response.json()) as Occupation;
  // The file was validated at build time; a wrong one here means a stale or
  // mixed deploy, which deserves the error state rather than a wrong page.
  if (occupation.soc !== entry.soc) throw new OccupationLoadError(entry.soc, response.status);
  return occupation;
}

export function getOccupationQueryOptions(entry: CatalogEntry) {
  return queryOptions({
    queryKey: ['occupations', 'detail', entry.soc],
    queryFn: ({ signal }) => fetchOccupation(entry, signal),
    staleTime: Infinity,
  });
}

export function useOccupation(entry: CatalogEntry) {
  return useQuery(getOccupationQueryOptions(entry));
}
