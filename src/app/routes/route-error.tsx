import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundMessage } from '../../components/not-found-message';
import { SiteLayout } from '../../components/site-layout';

/** Last line of defence: a page that failed to render still leaves a way on. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <SiteLayout>
        <NotFoundMessage detail="There is no page at this address." />
      </SiteLayout>
    );
  }
  return (
    <SiteLayout>
      <section role="alert" className="max-w-2xl space-y-4">
        <title>Something went wrong · Ladder</title>
        <h1 className="text-3xl font-bold">Something went wrong</h1>
        <p className="text-lg text-ink-muted">
          This page could not be shown. Reloading often helps, for example after the site was updated.
        </p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface"
        >
          Reload the page
        </button>
      </section>
    </SiteLayout>
  );
}
