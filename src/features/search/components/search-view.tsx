import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { LEVEL_NAMES } from '../../../lib/levels';
import { useSearchResults } from '../api/get-search-results';
import { useSearchState, type SearchFilters as Filters } from '../hooks/use-search-params';
import type { SearchResponse } from '../lib/search-types';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';
import { PageHead } from '../../../components/page-head';
import { SEARCH_PAGE } from '../lib/page-text';

/** Occupations shown at first and added by each "Show more". */
const PAGE_SIZE = 10;

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

function summarize(data: SearchResponse, filters: Filters): string {
  // Results for a corrected spelling are counted as what they are.
  const query = `“${data.correctedQuery ?? data.query.trim()}”`;
  const where = `${filters.level ? ` at ${LEVEL_NAMES[filters.level]}` : ''}${filters.group ? ` in ${filters.group}` : ''}`;
  if (data.occupationTotal === 0) {
    return `Nothing matches ${query}${filters.level || filters.group ? ' with these filters' : ''}.`;
  }
  if (data.statementTotal === 0) {
    const verb = data.occupationTotal === 1 ? 'matches' : 'match';
    return `${plural(data.occupationTotal, 'occupation')} ${verb} ${query} by title or SOC code${where}; no statement does.`;
  }
  const verb = data.statementTotal === 1 ? 'matches' : 'match';
  return `${plural(data.statementTotal, 'statement')} in ${plural(data.occupationTotal, 'occupation')} ${verb} ${query}${where}.`;
}

export function SearchView({ manifestPath }: { manifestPath: string }) {
  const [query, filters, setFilters] = useSearchState();
  // More results are kept per query and filters: a new search starts again from the first page.
  const key = JSON.stringify([query, filters.level, filters.group]);
  const [shown, setShown] = useState({ key, limit: PAGE_SIZE, focusFrom: null as number | null });
  const page = shown.key === key ? shown : { key, limit: PAGE_SIZE, focusFrom: null };
  const results = useSearchResults(manifestPath, { query, ...filters, limit: page.limit });
  const { data } = results;
  // One set per response, so results that have not changed skip rendering while the next keystroke's come.
  const matchedWords = data?.matchedWords;
  const words = useMemo(() => new Set(matchedWords ?? []), [matchedWords]);
  const filtered = filters.level !== null || filters.group !== null;
  const trimmed = query.trim();

  const summary = trimmed === '' ? '' : data ? summarize(data, filters) : 'Searching…';

  return (
    <div className="space-y-6">
      <PageHead
        title={trimmed ? `${SEARCH_PAGE.heading}: ${trimmed}` : SEARCH_PAGE.heading}
        description={SEARCH_PAGE.description}
      />
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{SEARCH_PAGE.heading}</h1>
        <p className="max-w-prose text-lg text-ink-muted">
          Every occupation’s title and every statement at every level. Use the search box at the top of the page
          {/* Keys only where a keyboard is likely: not on a phone's screen nor read out there (display: none). */}
          <span className="hidden sm:pointer-fine:inline">
            ; press <kbd className="rounded border border-line px-1 font-mono text-sm">/</kbd> to get there from
            anywhere, and ↓ to move into the results
          </span>
          .
        </p>
      </div>
      <SearchFilters
        filters={filters}
        levelCounts={data?.levelCounts}
        groupCounts={data?.groupCounts}
        onChange={setFilters}
      />
      <div role="status">
        {trimmed !== '' && data?.correctedQuery && (
          <p className="mb-1">
            No exact matches for “{data.query.trim()}”. Showing results for “
            <Link to={paths.search.getHref(data.correctedQuery, filters)} className="underline">
              {data.correctedQuery}
            </Link>
            ”.
          </p>
        )}
        <p className="font-semibold">{summary}</p>
      </div>
      {results.isError && (
        <div role="alert" className="rounded-lg border-2 border-danger bg-surface p-5">
          <h2 className="text-lg font-bold">Search is not available right now</h2>
          <p className="mt-2 text-ink-muted">{results.error.message} Check your connection and try again.</p>
          <button
            type="button"
            onClick={() => void results.refetch()}
            className="mt-4 min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface shadow-sm hover:bg-accent-strong"
          >
            Try again
          </button>
        </div>
      )}
      {trimmed === '' && (
        <p className="rounded-md border border-dashed border-line p-4 text-ink-muted">
          Type a word such as “scheduling” or “complaints”: results appear as you type, grouped by occupation and level.
          Word beginnings and small typos match too.
        </p>
      )}
      {data && data.occupationTotal === 0 && trimmed !== '' && (
        <div className="rounded-md border border-dashed border-line p-4 text-ink-muted">
          <p>Check the spelling, use fewer words, or try another word for the same thing.</p>
          {filtered && (
            <button
              type="button"
              onClick={() => setFilters({ level: null, group: null })}
              className="mt-3 min-h-11 rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink hover:bg-sunken"
            >
              Search all levels and groups
            </button>
          )}
        </div>
      )}
      <section
        aria-label="Search results"
        // An empty query has nothing to wait for: no results is its answer.
        data-search-query={trimmed === '' ? query : (data?.query ?? '')}
        data-search-state={trimmed === '' || (data && !results.isPlaceholderData) ? 'ready' : 'loading'}
        aria-busy={trimmed !== '' && results.isFetching}
      >
        {data && trimmed !== '' && (
          <SearchResults
            results={data.results}
            words={words}
            focusFrom={page.focusFrom}
            // The search the shown results are for, which lags the box while the next results come.
            resetKey={JSON.stringify([data.query, filters.level, filters.group])}
          />
        )}
      </section>
      {data && trimmed !== '' && data.results.length < data.occupationTotal && (
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          <button
            type="button"
            onClick={() => setShown({ key, limit: page.limit + PAGE_SIZE, focusFrom: data.results.length })}
            className="min-h-11 rounded-md border border-line bg-surface px-4 py-2 font-semibold text-ink shadow-sm hover:bg-sunken"
          >
            Show more occupations
          </button>
          <p className="text-ink-muted">
            Showing {data.results.length} of {plural(data.occupationTotal, 'occupation')}
          </p>
        </div>
      )}
    </div>
  );
}
