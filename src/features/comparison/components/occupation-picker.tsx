import { useEffect, useId, useRef, useState } from 'react';
import { matchesQuery } from '../../../lib/catalog-search';
import type { CatalogEntry } from '../../../lib/occupation';
import { MAX_COMPARED } from '../lib/comparison-params';

const SHOWN_RESULTS = 6;

interface OccupationPickerProps {
  catalog: readonly CatalogEntry[];
  selected: readonly CatalogEntry[];
  onAdd: (soc: string) => void;
  onRemove: (soc: string) => void;
}

export function OccupationPicker({ catalog, selected, onAdd, onRemove }: OccupationPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const full = selected.length >= MAX_COMPARED;
  const search = useRef<HTMLInputElement>(null);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  // The button pressed disappears with its occupation; once the new choice shows, focus
  // goes to the search box (or, when the choice is full, to the list's heading).
  const pendingFocus = useRef<number | null>(null);
  const refocus = (count: number) => {
    pendingFocus.current = count;
  };
  useEffect(() => {
    if (pendingFocus.current !== selected.length) return;
    pendingFocus.current = null;
    (selected.length >= MAX_COMPARED ? chosenHeading.current : search.current)?.focus();
  }, [selected.length]);
  const candidates = catalog.filter((entry) => !selected.includes(entry) && matchesQuery(entry, query));
  const shown = candidates.slice(0, SHOWN_RESULTS);
  return (
    <div className="grid gap-4 rounded-lg border border-line bg-surface p-4 md:grid-cols-2 print:hidden">
      <section aria-labelledby={`${id}-chosen`}>
        <h2 id={`${id}-chosen`} ref={chosenHeading} tabIndex={-1} className="text-sm font-semibold outline-none">
          Compared occupations ({selected.length} of up to {MAX_COMPARED})
        </h2>
        {selected.length === 0 ? (
          <p className="mt-2 text-ink-muted">None yet: add two to four.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {selected.map((entry) => (
              <li key={entry.soc} className="flex items-center justify-between gap-2 rounded-md bg-sunken px-3 py-1.5">
                <span className="min-w-0">
                  {entry.title} <span className="font-mono text-sm whitespace-nowrap text-ink-muted">{entry.soc}</span>
                </span>
                <button
                  type="button"
                  aria-label={`Remove ${entry.title}`}
                  onClick={() => {
                    onRemove(entry.soc);
                    refocus(selected.length - 1);
                  }}
                  className="min-h-11 shrink-0 rounded-md px-2 font-semibold text-accent underline underline-offset-4"
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`} className="text-sm font-semibold">
          Add an occupation
        </h2>
        <label htmlFor={`${id}-query`} className="sr-only">
          Find an occupation to add, by title or SOC code
        </label>
        <input
          ref={search}
          id={`${id}-query`}
          type="search"
          value={query}
          disabled={full}
          autoComplete="off"
          placeholder={full ? `Remove one to add another (at most ${MAX_COMPARED})` : 'Find by title or SOC code'}
          onChange={(event) => setQuery(event.target.value)}
          className="mt-2 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base disabled:opacity-60"
        />
        {!full && (
          <ul aria-label="Occupations to add" className="mt-2 space-y-1">
            {shown.map((entry) => (
              <li key={entry.soc}>
                <button
                  type="button"
                  aria-label={`Add ${entry.title}`}
                  onClick={() => {
                    onAdd(entry.soc);
                    setQuery('');
                    refocus(selected.length + 1);
                  }}
                  className="flex min-h-11 w-full items-center gap-2 rounded-md px-2 text-left hover:bg-sunken"
                >
                  <span aria-hidden="true" className="font-bold text-accent">
                    +
                  </span>
                  {entry.title}
                </button>
              </li>
            ))}
            {candidates.length > shown.length && (
              <li className="px-2 text-sm text-ink-muted">
                {candidates.length - shown.length} more: type to narrow the list
              </li>
            )}
            {candidates.length === 0 && <li className="px-2 text-sm text-ink-muted">No other occupation matches</li>}
          </ul>
        )}
      </section>
    </div>
  );
}
