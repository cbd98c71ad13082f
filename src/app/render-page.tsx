import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { findCatalogEntry } from '../api/get-catalog';
import { getOccupationQueryOptions } from '../api/get-occupation';
import type { Occupation } from '../lib/occupation';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

/** A page as the build writes it: what goes into the document head, and into #root. */
export interface RenderedPage {
  head: string;
  body: string;
}

// React writes a page's <title>, <meta> and <link> first, ahead of the content; they belong in the head.
const LEADING_HEAD_TAGS = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)*/;

/**
 * Renders one page at build time (site-generation/prerender-plugin.ts), with the
 * occupations it shows already loaded: the same tree as main.tsx renders in
 * the browser, so that React can hydrate the HTML. Waits for lazily loaded
 * pages, as the browser does.
 */
export async function renderPage(path: string, occupations: readonly Occupation[]): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  for (const occupation of occupations) {
    const entry = findCatalogEntry(occupation.soc);
    if (!entry) throw new Error(`${occupation.soc} is not in the catalog`);
    queryClient.setQueryData(getOccupationQueryOptions(entry).queryKey, occupation);
  }
  const base = import.meta.env.BASE_URL;
  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <StaticRouter basename={base} location={`${base.replace(/\/$/, '')}${path}`}>
          <AppRoutes />
        </StaticRouter>
      </AppProvider>
    </StrictMode>
  );
  // Most pages render at once; only the first of each lazily loaded route suspends on its code,
  // and prerender() waits for it.
  const quick = renderToString(app);
  if (!quick.includes('<!--$?-->') && !quick.includes('<!--$!-->')) return splitHead(quick);
  const { prelude } = await prerender(
    app,
    // React otherwise sends a large finished section apart, with an inline script to put it in place:
    // scripts that the site's security policy blocks, and that a reader without JavaScript never runs.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return splitHead(await new Response(prelude).text());
}

function splitHead(html: string): RenderedPage {
  const head = LEADING_HEAD_TAGS.exec(html)?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}
