import { Link } from 'react-router-dom';
import { paths } from '../config/paths';

interface LoadErrorProps {
  title: string;
  error: Error | null;
  isRetrying: boolean;
  onRetry: () => void;
}

export function LoadError({ title, error, isRetrying, onRetry }: LoadErrorProps) {
  return (
    <section role="alert" aria-labelledby="load-error" className="rounded-lg border-2 border-danger bg-surface p-5">
      <h2 id="load-error" className="text-lg font-bold">
        The statements for {title} could not be loaded
      </h2>
      <p className="mt-2 text-ink-muted">{error?.message} Check your connection and try again.</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
          onClick={isRetrying ? undefined : onRetry}
          aria-disabled={isRetrying || undefined}
          className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface shadow-sm hover:bg-accent-strong aria-disabled:opacity-70"
        >
          {isRetrying ? 'Trying again…' : 'Try again'}
        </button>
        <Link to={paths.catalog.getHref()}>Back to all occupations</Link>
      </div>
    </section>
  );
}
