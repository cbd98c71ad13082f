import { lazy } from 'react';
import { useRoutes, type Params, type RouteObject } from 'react-router-dom';
import { findCatalogEntry } from '../api/get-catalog';
import { isLevelId } from '../lib/levels';
import { parseComparisonParams } from '../features/comparison/lib/comparison-params';
import { loadPageCode } from '../lib/stale-deploy';
import type { PagePreload } from './preload-page';
import { paths } from '../config/paths';
import { CatalogRoute } from './routes/catalog';
import { NotFoundRoute } from './routes/not-found';
import { OccupationRedirect } from './routes/occupation-redirect';
import { RootLayout } from './routes/root-layout';

// Every page but the catalog is its own chunk, loaded when first visited. Each route's `handle`
// (read by preloadPage) says what the page loads before its content shows.
const loadLevelMatrix = () => loadPageCode(() => import('./routes/level-matrix'));
const loadComparison = () => loadPageCode(() => import('./routes/comparison'));
const loadAssessment = () => loadPageCode(() => import('./routes/assessment'));
const loadAssessmentResults = () => loadPageCode(() => import('./routes/assessment-results'));
const loadMyAssessments = () => loadPageCode(() => import('./routes/my-assessments'));
const loadSharedAssessment = () => loadPageCode(() => import('./routes/shared-assessment'));
const loadSearch = () => loadPageCode(() => import('./routes/search'));
const loadAbout = () => loadPageCode(() => import('./routes/about'));
const loadOccupationLevel = () => loadPageCode(() => import('./routes/occupation-level'));
const loadOccupationHandout = () => loadPageCode(() => import('./routes/occupation-handout'));

const LevelMatrixRoute = lazy(async () => ({ default: (await loadLevelMatrix()).LevelMatrixRoute }));
const ComparisonRoute = lazy(async () => ({ default: (await loadComparison()).ComparisonRoute }));
const AssessmentRoute = lazy(async () => ({ default: (await loadAssessment()).AssessmentRoute }));
const AssessmentResultsRoute = lazy(async () => ({ default: (await loadAssessmentResults()).AssessmentResultsRoute }));
const MyAssessmentsRoute = lazy(async () => ({ default: (await loadMyAssessments()).MyAssessmentsRoute }));
const SharedAssessmentRoute = lazy(async () => ({ default: (await loadSharedAssessment()).SharedAssessmentRoute }));
const SearchRoute = lazy(async () => ({ default: (await loadSearch()).SearchRoute }));
const AboutRoute = lazy(async () => ({ default: (await loadAbout()).AboutRoute }));
const OccupationLevelRoute = lazy(async () => ({ default: (await loadOccupationLevel()).OccupationLevelRoute }));
const OccupationHandoutRoute = lazy(async () => ({
  default: (await loadOccupationHandout()).OccupationHandoutRoute,
}));

const occupationInPath = ({ soc }: Params) => (soc ? [soc] : []);

/**
 * The routes, in react-router's declarative mode: the app loads nothing
 * before rendering, so the data router's loaders and actions would be unused
 * code (about 17 KB gzip) in every first load.
 */
export const routes: RouteObject[] = [
  {
    path: paths.catalog.path,
    element: <RootLayout />,
    children: [
      { index: true, element: <CatalogRoute /> },
      // An occupation opens at its first level; each level has one address.
      { path: paths.occupation.path, element: <OccupationRedirect /> },
      {
        path: paths.levelMatrix.path,
        element: <LevelMatrixRoute />,
        handle: { code: loadLevelMatrix, occupations: occupationInPath } satisfies PagePreload,
      },
      {
        path: paths.comparison.path,
        element: <ComparisonRoute />,
        handle: {
          code: loadComparison,
          occupations: (_, search) => parseComparisonParams(search, (soc) => findCatalogEntry(soc) !== undefined).socs,
        } satisfies PagePreload,
      },
      {
        path: paths.assessment.path,
        element: <AssessmentRoute />,
        handle: { code: loadAssessment, occupations: occupationInPath } satisfies PagePreload,
      },
      {
        path: paths.assessmentResults.path,
        element: <AssessmentResultsRoute />,
        handle: { code: loadAssessmentResults, occupations: occupationInPath } satisfies PagePreload,
      },
      {
        path: paths.handout.path,
        element: <OccupationHandoutRoute />,
        handle: { code: loadOccupationHandout, occupations: occupationInPath } satisfies PagePreload,
      },
      {
        path: paths.myAssessments.path,
        element: <MyAssessmentsRoute />,
        handle: { code: loadMyAssessments } satisfies PagePreload,
      },
      {
        path: paths.sharedAssessment.path,
        element: <SharedAssessmentRoute />,
        handle: { code: loadSharedAssessment } satisfies PagePreload,
      },
      { path: paths.search.path, element: <SearchRoute />, handle: { code: loadSearch } satisfies PagePreload },
      { path: paths.about.path, element: <AboutRoute />, handle: { code: loadAbout } satisfies PagePreload },
      {
        path: paths.level.path,
        element: <OccupationLevelRoute />,
        // An unknown level is answered from the catalog, with nothing to download.
        handle: {
          code: loadOccupationLevel,
          occupations: ({ soc, level }) => (soc && isLevelId(level) ? [soc] : []),
        } satisfies PagePreload,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
