import { useSyncExternalStore } from 'react';
import { assessmentStore, type AssessmentState } from '../lib/assessment-store';

export function useAssessments(): AssessmentState {
  const store = assessmentStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
