import type { RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { CatalogRoute } from './routes/catalog';
import { NotFoundRoute } from './routes/not-found';
import { OccupationRedirect } from './routes/occupation-redirect';
import { RootLayout, RootLoading } from './routes/root-layout';
import { RouteError } from './routes/route-error';

export function createRoutes(): RouteObject[] {
  return [
    {
      path: paths.catalog.path,
      element: <RootLayout />,
      HydrateFallback: RootLoading,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <CatalogRoute /> },
        {
          // An occupation opens at its first level; each level has one address.
          path: paths.occupation.path,
          element: <OccupationRedirect />,
        },
        {
          path: paths.levelMatrix.path,
          lazy: async () => ({ Component: (await import('./routes/level-matrix')).LevelMatrixRoute }),
        },
        {
          path: paths.comparison.path,
          lazy: async () => ({ Component: (await import('./routes/comparison')).ComparisonRoute }),
        },
        {
          path: paths.assessment.path,
          lazy: async () => ({ Component: (await import('./routes/assessment')).AssessmentRoute }),
        },
        {
          path: paths.assessmentResults.path,
          lazy: async () => ({ Component: (await import('./routes/assessment-results')).AssessmentResultsRoute }),
        },
        {
          path: paths.myAssessments.path,
          lazy: async () => ({ Component: (await import('./routes/my-assessments')).MyAssessmentsRoute }),
        },
        {
          path: paths.sharedAssessment.path,
          lazy: async () => ({ Component: (await import('./routes/shared-assessment')).SharedAssessmentRoute }),
        },
        {
          path: paths.search.path,
          lazy: async () => ({ Component: (await import('./routes/search')).SearchRoute }),
        },
        {
          path: paths.level.path,
          // The occupation view is its own chunk: the catalog loads without it.
          lazy: async () => ({
            Component: (await import('./routes/occupation-level')).OccupationLevelRoute,
          }),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
