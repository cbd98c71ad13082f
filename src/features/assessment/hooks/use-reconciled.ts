import { useEffect, useMemo, useRef, useState } from 'react';
import type { Occupation } from '../../../lib/occupation';
import type { Assessment } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { reconcileAssessment } from '../lib/reconcile';

/**
 * The assessment carried onto the framework at hand, for rendering. With
 * `save`, a result that differs from what is stored is saved once:
 * reconciling is idempotent, so the saved value reconciles to itself.
 */
export function useReconciled<T extends Assessment | undefined>(
  assessment: T,
  occupation: Occupation,
  save: boolean,
): T {
  // One time stamp per page for the record of what changed.
  const [now] = useState(() => new Date());
  const result = useMemo(
    () => (assessment ? reconcileAssessment(assessment, occupation, now) : null),
    [assessment, occupation, now],
  );
  // What this page saved last: never saved over again, so that no bug can turn saving into a loop.
  const saved = useRef<Assessment | null>(null);
  useEffect(() => {
    if (!save || !result?.changed || assessment === saved.current) return;
    saved.current = result.assessment;
    assessmentStore().put(result.assessment);
  }, [save, result, assessment]);
  return (result?.assessment ?? assessment) as T;
}
