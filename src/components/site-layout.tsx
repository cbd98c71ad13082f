import type { ReactNode } from 'react';
import { PrintedFrom } from './printed-from';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { UpdateBanner } from './update-banner';

interface SiteLayoutProps {
  children: ReactNode;
  /** Called when the reader shows the intent to search. */
  onSearchIntent?: () => void;
}

export function SiteLayout({ children, onSearchIntent }: SiteLayoutProps) {
  return (
    <div className="flex min-h-dvh flex-col print:block print:min-h-0">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-10 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold"
      >
        Skip to main content
      </a>
      <SiteHeader onSearchIntent={onSearchIntent} />
      {/* At least a screen tall: the footer never sits in view while a page's content loads, then jumps. */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-dvh w-full max-w-5xl flex-1 px-4 pt-4 outline-none sm:px-6 sm:pt-8 print:min-h-0 print:px-0 print:pt-2"
      >
        <PrintedFrom />
        {children}
      </main>
      <SiteFooter />
      <UpdateBanner />
    </div>
  );
}
