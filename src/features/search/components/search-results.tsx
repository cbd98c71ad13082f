import { memo, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router-dom';
import { levelBadgeClass } from '../../../components/level-style';
import { paths } from '../../../config/paths';
import { LEVEL_NAMES, levelIndex } from '../../../lib/levels';
import type { OccupationResult } from '../lib/search-types';
import { HighlightedStatement, HighlightedText } from './highlighted-text';

const RESULT_SELECTOR = '[data-search-result]';

/**
 * Statements shown per occupation until "Show all" is pressed: a broad word can
 * match dozens in one occupation, and ten long lists would bury the others
 * (and slow every keystroke).
 */
export const STATEMENTS_SHOWN = 3;

/** The first `limit` statements, still grouped by level. */
function firstStatements(levels: OccupationResult['levels'], limit: number): OccupationResult['levels'] {
  let left = limit;
  return levels.flatMap((level) => {
    if (left <= 0) return [];
    const statements = level.statements.slice(0, left);
    left -= statements.length;
    return [{ ...level, statements }];
  });
}

/** Up and down arrows move between results; Enter opens one, as links do. */
function onArrowKeys(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>(RESULT_SELECTOR)];
  const current = links.indexOf(event.target as HTMLElement);
  if (current < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && current === 0) {
    // From the first result, up goes back to the search box.
    document.querySelector<HTMLInputElement>('input[type="search"][aria-keyshortcuts="/"]')?.focus();
    return;
  }
  links[Math.min(links.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
}

/**
 * Focuses the first occupation added by "Show more". A stable callback, so it
 * runs when the link appears, not on every render (which would pull focus back
 * from the search box while typing).
 */
function focusOnce(element: HTMLAnchorElement | null) {
  element?.focus();
}

function countAt(result: OccupationResult, level: OccupationResult['levels'][number]['level']): string {
  const count = result.levels.find((entry) => entry.level === level)?.statements.length ?? 0;
  return `${count} statement${count === 1 ? '' : 's'}`;
}

interface SearchResultsProps {
  results: OccupationResult[];
  words: ReadonlySet<string>;
  /** Position of the first result added by "Show more", which receives focus. */
  focusFrom: number | null;
  /** The search these results are for: a new one closes what "Show all" opened. */
  resetKey: string;
}

/** Memoized: every keystroke re-renders the page, but results change only when the next ones arrive. */
export const SearchResults = memo(function SearchResults({ results, words, focusFrom, resetKey }: SearchResultsProps) {
  // Occupations opened with "Show all", for this search only.
  const [opened, setOpened] = useState<{ key: string; socs: ReadonlySet<string> }>({ key: resetKey, socs: new Set() });
  const expanded = opened.key === resetKey ? opened.socs : new Set<string>();
  return (
    // Arrow keys move between the links inside; the list itself is not a stop of its own.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol className="space-y-6" onKeyDown={onArrowKeys}>
      {results.map((result, position) => {
        const total = result.levels.reduce((sum, level) => sum + level.statements.length, 0);
        const open = expanded.has(result.soc) || total <= STATEMENTS_SHOWN;
        const levels = open ? result.levels : firstStatements(result.levels, STATEMENTS_SHOWN);
        return (
          <li key={result.soc}>
            <article
              aria-labelledby={`result-${result.soc}`}
              className="rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-5 print:break-inside-avoid print:border-0 print:p-0 print:shadow-none"
            >
              <h2 id={`result-${result.soc}`} className="text-lg font-bold">
                <Link
                  to={paths.occupation.getHref(result.soc)}
                  data-search-result=""
                  ref={position === focusFrom ? focusOnce : undefined}
                >
                  <HighlightedText text={result.title} words={words} />
                </Link>
              </h2>
              <p className="text-sm text-ink-muted">
                <HighlightedText text={result.soc} words={words} /> · {result.group}
                {result.titleMatch && result.levels.length === 0 ? ' · the title matches; no statement does' : ''}
              </p>
              {levels.map(({ level, statements }) => (
                <section key={level} aria-label={`${result.title}, ${LEVEL_NAMES[level]}`} className="mt-4">
                  <h3 className="flex items-center gap-2 text-sm font-semibold">
                    <span
                      aria-hidden="true"
                      className={`inline-flex size-5 items-center justify-center rounded-full text-xs ${levelBadgeClass[level]}`}
                    >
                      {levelIndex(level) + 1}
                    </span>
                    {LEVEL_NAMES[level]}
                    <span className="font-normal text-ink-muted">· {countAt(result, level)}</span>
                  </h3>
                  <ul className="mt-2 space-y-2">
                    {statements.map((statement) => (
                      <li key={statement.index}>
                        <Link
                          to={paths.statement.getHref(result.soc, level, statement.anchor)}
                          data-search-result=""
                          className="block rounded-md border border-transparent px-2 py-1 text-ink no-underline hover:border-line hover:bg-sunken"
                        >
                          <span className="sr-only">{`Statement ${statement.index + 1}: `}</span>
                          <HighlightedStatement text={statement.text} words={words} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              {!open && (
                <button
                  type="button"
                  onClick={(event) => {
                    const article = event.currentTarget.closest('article');
                    flushSync(() => setOpened({ key: resetKey, socs: new Set(expanded).add(result.soc) }));
                    // The button is gone: focus goes to the first statement it revealed.
                    article?.querySelectorAll<HTMLElement>(RESULT_SELECTOR)[STATEMENTS_SHOWN + 1]?.focus();
                  }}
                  aria-label={`Show all ${total} matching statements of ${result.title}`}
                  className="mt-3 min-h-11 rounded-md border border-line bg-surface px-4 py-2 text-sm font-semibold text-ink hover:bg-sunken print:hidden"
                >
                  Show all {total} matching statements
                </button>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
});
