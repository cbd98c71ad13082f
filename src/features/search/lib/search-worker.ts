import { SearchEngine, fetchSiteFile } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-types';

/** What the page sends the worker: the index to use and one query. */
export interface WorkerRequest {
  id: number;
  /** Where the site is served from, for the index and occupation files. */
  base: string;
  manifestPath: string;
  request: SearchRequest;
}

export type WorkerResponse = { id: number; response: SearchResponse } | { id: number; error: string };

// Loading the index, decoding postings and ranking run here, off the main
// thread, so typing never waits for them.
let engine: SearchEngine | undefined;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, base, manifestPath, request } = event.data;
  engine ??= new SearchEngine(fetchSiteFile(base), manifestPath);
  engine.search(request).then(
    (response) => self.postMessage({ id, response } satisfies WorkerResponse),
    (error: unknown) =>
      self.postMessage({
        id,
        error: error instanceof Error ? error.message : 'The search index could not be read.',
      } satisfies WorkerResponse),
  );
});
