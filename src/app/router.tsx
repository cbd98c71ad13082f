import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { CatalogRoute } from './routes/catalog';
import { NotFoundRoute } from './routes/not-found';
import { OccupationRedirect } from './routes/occupation-redirect';
import { RootLayout } from './routes/root-layout';

// Every page but the catalog is its own chunk, loaded when first visited.
const LevelMatrixRoute = lazy(async () => ({ default: (await import('./routes/level-matrix')).LevelMatrixRoute }));
const ComparisonRoute = lazy(async () => ({ default: (await import('./routes/comparison')).ComparisonRoute }));
const AssessmentRoute = lazy(async () => ({ default: (await import('./routes/assessment')).AssessmentRoute }));
const AssessmentResultsRoute = lazy(async () => ({
  default: (await import('./routes/assessment-results')).AssessmentResultsRoute,
}));
const MyAssessmentsRoute = lazy(async () => ({
  default: (await import('./routes/my-assessments')).MyAssessmentsRoute,
}));
const SharedAssessmentRoute = lazy(async () => ({
  default: (await import('./routes/shared-assessment')).SharedAssessmentRoute,
}));
const SearchRoute = lazy(async () => ({ default: (await import('./routes/search')).SearchRoute }));
const OccupationLevelRoute = lazy(async () => ({
  default: (await import('./routes/occupation-level')).OccupationLevelRoute,
}));

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
      { path: paths.levelMatrix.path, element: <LevelMatrixRoute /> },
      { path: paths.comparison.path, element: <ComparisonRoute /> },
      { path: paths.assessment.path, element: <AssessmentRoute /> },
      { path: paths.assessmentResults.path, element: <AssessmentResultsRoute /> },
      { path: paths.myAssessments.path, element: <MyAssessmentsRoute /> },
      { path: paths.sharedAssessment.path, element: <SharedAssessmentRoute /> },
      { path: paths.search.path, element: <SearchRoute /> },
      { path: paths.level.path, element: <OccupationLevelRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
