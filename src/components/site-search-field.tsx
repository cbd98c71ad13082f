import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../config/paths';
import { isTypingTarget } from '../lib/is-typing-target';
import { siteHref } from '../lib/site-url';

function isResultsAddress(): boolean {
  return window.location.pathname === siteHref(paths.search.path);
}

/** Moves focus to the first search result, when the results page shows any. */
function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLElement>('[data-search-result]');
  first?.focus();
  return first !== null;
}

/**
 * The search box in the header of every page. Typing opens the results page
 * (one history entry, then the address follows each keystroke), so the results
 * can be shared and gone back from; `/` focuses the box from anywhere.
 */
interface SiteSearchFieldProps {
  /** Called when the box first gets focus: the app starts loading search then. */
  onIntent?: () => void;
}

export function SiteSearchField({ onIntent }: SiteSearchFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const onResults = pathname === paths.search.path;
  const query = onResults ? (params.get('q') ?? '') : null;
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Away from the results page the box is uncontrolled, so leaving it keeps what was typed.
  useEffect(() => {
    if (query !== null && input.current && input.current.value !== query) input.current.value = query;
  }, [query]);

  const search = (value: string) => {
    // The address bar, not the rendered route, says whether the results page has
    // been reached: keystrokes while it loads must not each add a history entry.
    if (isResultsAddress()) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('q', value);
          return next;
        },
        { replace: true },
      );
    } else if (value.trim() !== '') {
      // Each keystroke while the results page loads supersedes the last navigation,
      // so together they add one history entry.
      void navigate(paths.search.getHref(value));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && focusFirstResult()) event.preventDefault();
  };

  return (
    <form
      role="search"
      aria-label="Site"
      // Before the app is ready (and without JavaScript), Enter opens the results page as a plain form.
      action={siteHref(paths.search.path)}
      className="relative w-full sm:w-72 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        const value = input.current?.value ?? '';
        if (!onResults) search(value);
        else focusFirstResult();
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        aria-label="Search"
        aria-keyshortcuts="/"
        placeholder="Search all frameworks"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        defaultValue={query ?? ''}
        onFocus={onIntent}
        onChange={(event) => search(event.target.value)}
        onKeyDown={onKeyDown}
        className="block w-full rounded-md border border-line bg-page py-1.5 pl-3 pr-3 text-base text-ink placeholder:text-ink-muted sm:pr-8"
      />
      <kbd
        aria-hidden="true"
        // Phones have no `/` key to speak of, and the box needs the room for its placeholder.
        className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border sm:block border-line px-1.5 font-mono text-xs text-ink-muted"
      >
        /
      </kbd>
    </form>
  );
}
