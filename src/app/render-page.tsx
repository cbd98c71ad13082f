import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter, matchRoutes } from 'react-router-dom';
import { findCatalogEntry } from '../api/get-catalog';
import { getOccupationQueryOptions } from '../api/get-occupation';
import type { Occupation } from '../lib/occupation';
import { paths } from '../config/paths';
import {
  MY_ASSESSMENTS_PAGE,
  SHARED_ASSESSMENT_PAGE,
  assessmentPageText,
  resultsPageText,
} from '../features/assessment/lib/page-text';
import { COMPARISON_PAGE } from '../features/comparison/lib/page-text';
import { SEARCH_PAGE } from '../features/search/lib/page-text';
import { FirstFrameContext, SHELL_FRAME, type FirstFrame, type FirstFrameOf } from './first-frame';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { AppRoutes, routes } from './router';

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
  const app = appTree(path, queryClient, null);
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

/** A first frame that names the occupation in the path; none for an occupation the catalog lacks. */
const occupationFrame =
  (text: (title: string) => FirstFrame): FirstFrameOf =>
  ({ soc }) => {
    const entry = soc ? findCatalogEntry(soc) : undefined;
    return entry ? text(entry.title) : null;
  };

/**
 * The routes that have a first frame, by route path: only the build renders them, so the table
 * stays out of the app the browser loads.
 */
const FIRST_FRAMES: Readonly<Record<string, FirstFrameOf>> = {
  [paths.comparison.path]: () => COMPARISON_PAGE,
  [paths.search.path]: () => SEARCH_PAGE,
  [paths.myAssessments.path]: () => MY_ASSESSMENTS_PAGE,
  [paths.sharedAssessment.path]: () => SHARED_ASSESSMENT_PAGE,
  [paths.assessment.path]: occupationFrame(assessmentPageText),
  [paths.assessmentResults.path]: occupationFrame(resultsPageText),
};

/**
 * The first frame of a page the build cannot write in full (app/first-frame.ts):
 * the site's header and footer around the page's heading and a skeleton; with no
 * path, the app shell's. Null for an address whose route has none.
 */
export function renderFirstFrame(path?: string): RenderedPage | null {
  const match = path === undefined ? undefined : matchRoutes(routes, path)?.at(-1);
  const frameOf = match?.route.path === undefined ? undefined : FIRST_FRAMES[match.route.path];
  const frame = path === undefined ? SHELL_FRAME : match && frameOf?.(match.params);
  if (!frame) return null;
  // The shell answers unknown addresses: rendered at none the header marks as current.
  return splitHead(renderToString(appTree(path ?? '/-', createQueryClient(), frame)));
}

function appTree(path: string, queryClient: QueryClient, frame: FirstFrame | null) {
  const base = import.meta.env.BASE_URL;
  return (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <FirstFrameContext.Provider value={frame}>
          <StaticRouter basename={base} location={`${base.replace(/\/$/, '')}${path}`}>
            <AppRoutes />
          </StaticRouter>
        </FirstFrameContext.Provider>
      </AppProvider>
    </StrictMode>
  );
}

function splitHead(html: string): RenderedPage {
  const head = LEADING_HEAD_TAGS.exec(html)?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}
