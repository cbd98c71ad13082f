import type { SearchRequest, SearchResponse } from './search-types';
import { workerRequests } from '../../../lib/worker-requests';
import type { WorkerSearch } from './search-worker';

export class SearchError extends Error {
  override name = 'SearchError';
}

type Search = (request: SearchRequest) => Promise<SearchResponse>;

let search: Search | undefined;

function workerSearch(manifestPath: string): Search {
  // Created on the first search, so the worker and its index cost nothing until then.
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const send = workerRequests<WorkerSearch, SearchResponse>(
    worker,
    (message) => new SearchError(message),
    'Search stopped working.',
    // The next query starts a fresh worker.
    () => (search = undefined),
  );
  return (query) => send({ base: import.meta.env.BASE_URL, manifestPath, query });
}

/** Searches in a worker; where there are no workers (tests, old browsers), on this thread. */
export function searchStatements(manifestPath: string, request: SearchRequest): Promise<SearchResponse> {
  if (!search) {
    if (typeof Worker === 'function') {
      search = workerSearch(manifestPath);
    } else {
      const engine = import('./search-engine').then(
        ({ SearchEngine, fetchSiteFile }) => new SearchEngine(fetchSiteFile(import.meta.env.BASE_URL), manifestPath),
      );
      search = async (next) => (await engine).search(next);
    }
  }
  return search(request);
}

/** Forgets the searcher; tests call it so that each starts with a fresh index. */
export function resetSearch(): void {
  search = undefined;
}

/**
 * Starts the worker and loads the index before the first query, when the
 * reader shows the intent to search (focusing the search box), so that the
 * first keystroke's results do not wait for them.
 */
export function prepareSearch(manifestPath: string): void {
  searchStatements(manifestPath, { query: '', level: null, group: null, limit: 0 }).catch(() => {
    // The first real query reports the problem and offers to try again.
  });
}
