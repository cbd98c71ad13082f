import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogEntry, Occupation } from '../lib/occupation';
import { answeredByServiceWorker, keepOfflineCopy } from '../lib/offline-copy';
import { reloadForNewDeploy } from '../lib/stale-deploy';

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

export async function fetchOccupation(
  { soc, dataPath }: Pick<CatalogEntry, 'soc' | 'dataPath'>,
  signal?: AbortSignal,
): Promise<Occupation> {
  const url = `${import.meta.env.BASE_URL}${dataPath}`;
  // Read before the request: the worker may take control while it is under way.
  const viaWorker = answeredByServiceWorker();
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new OccupationLoadError(soc, null);
  }
  // Every file the catalog lists was built with it: one missing means the site was deployed again
  // since this page loaded, and the new build has new file names.
  if (response.status === 404 && reloadForNewDeploy()) return new Promise<Occupation>(() => undefined);
  if (!response.ok) throw new OccupationLoadError(soc, response.status);
  // The service worker keeps what it answers; what it did not (a first visit) the page keeps.
  if (import.meta.env.PROD && !viaWorker) void keepOfflineCopy(url, response.clone());
  const occupation = (await response.json()) as Occupation;
  // The file was validated at build time; a wrong one here means a stale or
  // mixed deploy, which deserves the error state rather than a wrong page.
  if (occupation.soc !== soc) throw new OccupationLoadError(soc, response.status);
  return occupation;
}

export function getOccupationQueryOptions({ soc, dataPath }: CatalogEntry) {
  return queryOptions({
    // The data path carries the content hash: a new build's file is a new entry.
    queryKey: ['occupations', 'detail', soc, dataPath],
    queryFn: ({ signal }) => fetchOccupation({ soc, dataPath }, signal),
    staleTime: Infinity,
  });
}

export function useOccupation(entry: CatalogEntry) {
  return useQuery(getOccupationQueryOptions(entry));
}

/**
 * With no data yet, a retry puts a failed query back to pending. Views keep
 * their error box up meanwhile (saying it is trying again), so that focus stays
 * on its button.
 */
export function isRetryingAfterError(query: { isFetching: boolean; errorUpdateCount: number; data: unknown }): boolean {
  return query.isFetching && query.errorUpdateCount > 0 && query.data === undefined;
}
