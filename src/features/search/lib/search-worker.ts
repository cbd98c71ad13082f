import type { WorkerAnswer, WorkerMessage } from '../../../lib/worker-requests';
import { SearchEngine, fetchSiteFile } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-types';

/** What the page asks the worker: the index to use and one query. */
export interface WorkerSearch {
  /** Where the site is served from, for the index and occupation files. */
  base: string;
  manifestPath: string;
  query: SearchRequest;
}

// Loading the index, decoding postings and ranking run here, off the main
// thread, so typing never waits for them.
let engine: SearchEngine | undefined;

self.addEventListener('message', (event: MessageEvent<WorkerMessage<WorkerSearch>>) => {
  const { id, request } = event.data;
  engine ??= new SearchEngine(fetchSiteFile(request.base), request.manifestPath);
  engine.search(request.query).then(
    (result) => self.postMessage({ id, result } satisfies WorkerAnswer<SearchResponse>),
    (error: unknown) =>
      self.postMessage({
        id,
        error: error instanceof Error ? error.message : 'The search index could not be read.',
      } satisfies WorkerAnswer<SearchResponse>),
  );
});
