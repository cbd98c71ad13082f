import type { ReactNode } from 'react';
import { isRetryingAfterError, useOccupation } from '../api/get-occupation';
import type { CatalogEntry, Occupation } from '../lib/occupation';
import { LoadError } from './load-error';
import { LoadingPanel } from './loading-panel';

/** Loads an occupation's framework and shows its loading and error states, or the content once it is here. */
export function OccupationData({
  entry,
  children,
}: {
  entry: CatalogEntry;
  children: (occupation: Occupation) => ReactNode;
}) {
  const query = useOccupation(entry);
  if (query.isError || isRetryingAfterError(query)) {
    return (
      <LoadError
        title={entry.title}
        error={query.error}
        isRetrying={isRetryingAfterError(query)}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return query.data ? children(query.data) : <LoadingPanel />;
}
