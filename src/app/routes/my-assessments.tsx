import { MyAssessmentsView } from '../../features/assessment/components/my-assessments-view';

export function MyAssessmentsRoute() {
  return <MyAssessmentsView />;
}
