import { Outlet, ScrollRestoration } from 'react-router-dom';
import { SiteLayout } from '../../components/site-layout';
import { SkeletonBar } from '../../components/skeleton';

export function RootLayout() {
  return (
    <SiteLayout>
      <Outlet />
      <ScrollRestoration />
    </SiteLayout>
  );
}

/** Shown while the first page's code loads on a deep link. */
export function RootLoading() {
  return (
    <SiteLayout>
      <div aria-busy="true" className="space-y-4">
        <p className="text-ink-muted">Loading…</p>
        <SkeletonBar className="h-10 w-2/3" />
        <SkeletonBar className="h-4 w-full" />
        <SkeletonBar className="h-4 w-5/6" />
      </div>
    </SiteLayout>
  );
}
