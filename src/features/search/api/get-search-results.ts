import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { searchStatements } from '../lib/search-client';
import type { SearchRequest } from '../lib/search-types';

export function getSearchResultsQueryOptions(manifestPath: string, request: SearchRequest) {
  return queryOptions({
    // The manifest path carries the index's content hash: a new build is a new entry.
    queryKey: ['search', manifestPath, request],
    queryFn: () => searchStatements(manifestPath, request),
    staleTime: Infinity,
    // While the next keystroke's results come, the last ones stay on screen.
    placeholderData: keepPreviousData,
    enabled: request.query.trim() !== '',
    retry: 1,
  });
}

export function useSearchResults(manifestPath: string, request: SearchRequest) {
  return useQuery(getSearchResultsQueryOptions(manifestPath, request));
}
