import { useDeferredValue, useMemo, useState } from 'react';
import type { CatalogEntry } from '../../../lib/occupation';
import { useCatalogFilters } from '../hooks/use-catalog-filters';
import { NO_FILTERS, filterCatalog, groupCounts, hasFilters } from '../lib/filter-catalog';
import { CatalogFilters } from './catalog-filters';
import { OccupationCard } from './occupation-card';

/** Cards shown at first and added by each "Show more": a long list renders in pages, not all at once. */
export const CATALOG_PAGE_SIZE = 40;

function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'occupation' : 'occupations';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

export function CatalogView({ occupations }: { occupations: readonly CatalogEntry[] }) {
  const [filters, setFilters] = useCatalogFilters();
  // Typing stays responsive while a long list re-renders behind it.
  const query = useDeferredValue(filters.query);
  const { group, zone } = filters;
  const matches = useMemo(() => filterCatalog(occupations, { query, group, zone }), [occupations, query, group, zone]);
  const groups = useMemo(() => groupCounts(occupations), [occupations]);
  // Pages are kept per set of filters: a new search starts again from the first page.
  const filterKey = JSON.stringify([query, group, zone]);
  const [paging, setPaging] = useState({ filterKey, limit: CATALOG_PAGE_SIZE, focusFrom: -1 });
  const page = paging.filterKey === filterKey ? paging : { filterKey, limit: CATALOG_PAGE_SIZE, focusFrom: -1 };
  const shown = matches.slice(0, page.limit);

  if (occupations.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-line bg-surface p-6">
        <h2 className="text-lg font-semibold">No occupations yet</h2>
        <p className="mt-2 text-ink-muted">
          This site has no exports. Add one JSON export per occupation to the <code>data/</code> folder and rebuild.
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <CatalogFilters filters={filters} groups={groups} onChange={setFilters} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="font-semibold">
          {countText(matches.length, occupations.length)}
        </p>
        {hasFilters(filters) && (
          <button
            type="button"
            onClick={() => setFilters(NO_FILTERS)}
            className="rounded-md px-2 py-1 font-semibold text-accent underline underline-offset-4 hover:text-accent-strong print:hidden"
          >
            Clear search and filters
          </button>
        )}
      </div>
      {matches.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line bg-surface p-6">
          <h2 className="text-lg font-semibold">No occupations match</h2>
          <p className="mt-2 text-ink-muted">
            Try fewer or shorter words, a SOC code such as 43-4171, or clear the group and job zone filters.
          </p>
        </div>
      ) : (
        <ul aria-label="Occupations" className="grid gap-3 sm:grid-cols-2">
          {shown.map((entry, index) => (
            <OccupationCard key={entry.soc} entry={entry} focusOnMount={index === page.focusFrom} />
          ))}
        </ul>
      )}
      {shown.length < matches.length && (
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          <button
            type="button"
            onClick={() => setPaging({ filterKey, limit: page.limit + CATALOG_PAGE_SIZE, focusFrom: shown.length })}
            className="min-h-11 rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink shadow-sm hover:bg-sunken"
          >
            Show {Math.min(CATALOG_PAGE_SIZE, matches.length - shown.length)} more
          </button>
          <p className="text-ink-muted">
            Showing {shown.length} of {matches.length}
          </p>
        </div>
      )}
    </div>
  );
}
