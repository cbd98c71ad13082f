import { SharedAssessmentView } from '../../features/assessment/components/shared-assessment-view';

export function SharedAssessmentRoute() {
  return <SharedAssessmentView />;
}
