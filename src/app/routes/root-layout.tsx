import { Suspense, useCallback, useContext, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useCatalog } from '../../api/get-catalog';
import { PageHead } from '../../components/page-head';
import { PageHeading } from '../../components/page-heading';
import { SiteLayout } from '../../components/site-layout';
import { SkeletonBar } from '../../components/skeleton';
import { takeEarlyInput } from '../../lib/early-input';
import { FirstFrameContext } from '../first-frame';
import { RouteErrorBoundary } from './route-error';
import { ScrollToTop } from './scroll-to-top';

export function RootLayout() {
  const { pathname } = useLocation();
  const { searchIndexPath } = useCatalog();
  const firstFrame = useContext(FirstFrameContext);
  const prepared = useRef(false);
  const onSearchIntent = useCallback(() => {
    if (prepared.current) return;
    prepared.current = true;
    // The results page's code and the index load while the first word is typed.
    void import('./search');
    void import('../../features/search/lib/search-client').then(({ prepareSearch }) => prepareSearch(searchIndexPath));
  }, [searchIndexPath]);
  return (
    <SiteLayout onSearchIntent={onSearchIntent}>
      <RouteErrorBoundary resetKey={pathname}>
        {firstFrame ? (
          <>
            {firstFrame.heading !== null && (
              <PageHead title={firstFrame.heading} description={firstFrame.description} />
            )}
            <PageLoading heading={firstFrame.heading ?? undefined} />
          </>
        ) : (
          <Suspense fallback={<PageLoading />}>
            <Outlet />
            <PageReady />
          </Suspense>
        )}
      </RouteErrorBoundary>
      <ScrollToTop />
    </SiteLayout>
  );
}

/**
 * Shown while a page's code loads, inside the header and footer that are already
 * there; in a first frame (app/first-frame.ts), under the page's heading.
 */
export function PageLoading({ heading }: { heading?: string }) {
  return (
    <div aria-busy="true" className="space-y-4">
      {heading !== undefined && <PageHeading>{heading}</PageHeading>}
      <p className="text-ink-muted">Loading…</p>
      <SkeletonBar className="h-10 w-2/3" />
      <SkeletonBar className="h-4 w-full" />
      <SkeletonBar className="h-4 w-5/6" />
    </div>
  );
}

/**
 * Marks the document once the first page's content is live: in the same
 * boundary as the page, so its effect runs only when the page has hydrated
 * (or rendered). Until then a prerendered page shows, its links and forms
 * work as plain HTML, and a button pressed waits with a notice
 * (lib/early-input.ts); browser tests wait for the mark before using the page.
 */
function PageReady() {
  useEffect(() => {
    document.documentElement.dataset.pageReady = '';
    takeEarlyInput();
  }, []);
  return null;
}
