import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import { useOccupation } from '../../../api/get-occupation';
import { CreditLine } from '../../../components/credit-line';
import { LoadingPanel } from '../../../components/loading-panel';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format-date';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { useAssessments } from '../hooks/use-assessments';
import { useReconciled } from '../hooks/use-reconciled';
import type { Assessment } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { mergeAssessments } from '../lib/import-assessment';
import { decodeShare, type SharedAssessment } from '../lib/share-link';
import { FrameworkChanges } from './framework-changes';
import { RatingsList } from './ratings-list';
import { ResultsSummary } from './results-summary';
import { PageHead } from '../../../components/page-head';
import { SHARED_ASSESSMENT_PAGE } from '../lib/page-text';

function getSharedQueryOptions(code: string) {
  return { queryKey: ['shared-assessment', code], queryFn: () => decodeShare(code), staleTime: Infinity } as const;
}

function SharedResults({ entry, share }: { entry: CatalogEntry; share: SharedAssessment }) {
  const query = useOccupation(entry);
  const assessment = useMemo(() => sharedAssessment(share), [share]);
  if (!query.data) return <LoadingPanel />;
  return <ReconciledShare entry={entry} occupation={query.data} shared={assessment} />;
}

/** The link's ratings carried onto the framework this site has now, by their texts. */
function ReconciledShare({
  entry,
  occupation,
  shared,
}: {
  entry: CatalogEntry;
  occupation: Occupation;
  shared: Assessment;
}) {
  // Read-only: nothing is saved unless the learner saves a copy.
  const assessment = useReconciled(shared, occupation, false);
  const { assessments } = useAssessments();
  // Carried onto the same framework to merge with, and saved only when the learner saves the copy.
  const existing = useReconciled(assessments[entry.soc], occupation, false);
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState(false);
  const save = (mode: 'replace' | 'fill-gaps' | 'new') => {
    const now = new Date().toISOString();
    const copy = { ...assessment, updatedAt: now };
    // Both are on the same framework now, so their keys name the same statements.
    assessmentStore().put(existing && mode !== 'new' ? mergeAssessments(existing, copy, mode).assessment : copy);
    setAsking(false);
    setStatus('Saved in this browser. You can find it under My assessments.');
  };
  return (
    <>
      <ResultsSummary occupation={occupation} assessment={assessment} />
      <RatingsList occupation={occupation} assessment={assessment} />
      <FrameworkChanges assessment={assessment} />
      <section aria-labelledby="copy-heading" className="space-y-2 print:hidden">
        <h2 id="copy-heading" className="text-xl font-bold">
          Save a copy
        </h2>
        <p className="text-ink-muted">This view is read-only. Save a copy to go on rating in this browser.</p>
        {asking ? (
          <div role="alertdialog" aria-labelledby="copy-ask" className="space-y-2 rounded-md border-2 border-ink p-3">
            <p id="copy-ask" className="font-semibold">
              This browser already has an assessment of {entry.title}. What should the copy do?
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => save('fill-gaps')}
                className="min-h-11 rounded-md border border-line px-3 font-semibold"
              >
                Keep mine, add only what I have not rated
              </button>
              <button
                type="button"
                onClick={() => save('replace')}
                className="min-h-11 rounded-md border border-line px-3 font-semibold"
              >
                Replace mine with this one
              </button>
              <button
                type="button"
                onClick={() => setAsking(false)}
                className="min-h-11 rounded-md border border-line px-3 font-semibold"
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => (existing ? setAsking(true) : save('new'))}
            className="min-h-11 rounded-md bg-accent px-4 font-semibold text-surface"
          >
            Save a copy
          </button>
        )}
        <p role="status">{status}</p>
      </section>
      <section className="text-xs text-ink-muted">
        <h2 className="font-semibold">Source of this framework</h2>
        <CreditLine credit={occupation.credit} />
      </section>
    </>
  );
}

/** The shared ratings as an assessment: it starts, as far as this browser knows, when it was shared. */
function sharedAssessment(share: SharedAssessment): Assessment {
  return { ...share, startedAt: share.updatedAt };
}

export function SharedAssessmentView() {
  const code = useLocation().hash.replace(/^#/, '');
  const { occupations } = useCatalog();
  const decoded = useQuery(getSharedQueryOptions(code));
  const result = decoded.data;
  const share = result?.ok ? result.share : undefined;
  const entry = share ? occupations.find((item) => item.soc === share.soc) : undefined;
  return (
    <article
      aria-labelledby="shared-title"
      // Compact on paper, as the results are: a counselor prints every rating from here.
      className="space-y-6 print:space-y-3 print:text-[11px] print:leading-snug"
    >
      <PageHead title={SHARED_ASSESSMENT_PAGE.heading} description={SHARED_ASSESSMENT_PAGE.description} />
      <div className="space-y-1">
        <PageHeading id="shared-title" className="print:text-xl">
          {share ? `${SHARED_ASSESSMENT_PAGE.heading}: ${share.title}` : SHARED_ASSESSMENT_PAGE.heading}
        </PageHeading>
        {share && (
          <p className="text-ink-muted">
            Self-assessment of {formatDate(share.updatedAt)}, against framework {share.frameworkVersion}. It came in the
            link itself: no server holds it.
          </p>
        )}
      </div>
      {!result ? (
        <LoadingPanel />
      ) : !result.ok ? (
        <p role="alert" className="rounded-lg border-2 border-danger bg-surface p-4">
          {result.message} <Link to={paths.myAssessments.getHref()}>Go to My assessments</Link>
        </p>
      ) : !entry || !share ? (
        <p role="alert" className="rounded-lg border-2 border-danger bg-surface p-4">
          This assessment is of an occupation ({result.share.soc}) that this site does not have.
        </p>
      ) : (
        <SharedResults entry={entry} share={share} />
      )}
    </article>
  );
}
