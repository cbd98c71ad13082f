import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CreditLine } from '../../../components/credit-line';
import { OccupationData } from '../../../components/occupation-data';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format-date';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { useAssessments } from '../hooks/use-assessments';
import { useReconciled } from '../hooks/use-reconciled';
import { withoutChanges, withoutEarlier, type Assessment } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { downloadText } from '../lib/download';
import { CSV_BYTE_ORDER_MARK, CSV_MIME_TYPE, csvFileName, toCsv } from '../lib/export-csv';
import { jsonFileName, toExportJson } from '../lib/export-json';
import { encodeShare } from '../lib/share-link';
import { absoluteUrl } from '../../../lib/site-url';
import { FrameworkChanges } from './framework-changes';
import { PrivacyNote } from './privacy-note';
import { RatingsList } from './ratings-list';
import { ResultsSummary } from './results-summary';
import { StorageNotice } from './storage-notice';
import { PageHead } from '../../../components/page-head';
import { resultsPageText } from '../lib/page-text';

const actionClass =
  'min-h-11 rounded-md border border-line bg-surface px-4 font-semibold shadow-sm hover:border-accent';

interface ResultsActionsProps {
  occupation: Occupation;
  assessment: Assessment;
  printAll: boolean;
  onPrintAll: (value: boolean) => void;
}

function ResultsActions({ occupation, assessment, printAll, onPrintAll }: ResultsActionsProps) {
  // The link is one long word: only it may break anywhere, never the words of the message.
  const [shareStatus, setShareStatus] = useState<{ message: string; url?: string } | null>(null);
  const share = async () => {
    const code = await encodeShare(assessment, occupation);
    const url = new URL(absoluteUrl(paths.sharedAssessment.getHref(code)));
    try {
      await navigator.clipboard.writeText(url.href);
      setShareStatus({
        message: `Link copied (${url.href.length} characters). It holds your ratings and notes: share it only with people you trust.`,
      });
    } catch {
      setShareStatus({ message: 'Copy this link:', url: url.href });
    }
  };
  return (
    <section aria-labelledby="keep-heading" className="space-y-3 print:hidden">
      <h2 id="keep-heading" className="text-xl font-bold">
        Keep or share
      </h2>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          checked={printAll}
          onChange={(event) => onPrintAll(event.target.checked)}
          className="size-4 accent-accent"
        />
        Print every rating (about three pages), not only the summary and your notes
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={actionClass} onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button
          type="button"
          className={actionClass}
          onClick={() =>
            downloadText(
              jsonFileName(occupation, new Date()),
              toExportJson(occupation, assessment, new Date()),
              'application/json',
            )
          }
        >
          Download JSON
        </button>
        <button
          type="button"
          className={actionClass}
          onClick={() =>
            downloadText(
              csvFileName(occupation, new Date()),
              CSV_BYTE_ORDER_MARK + toCsv(occupation, assessment),
              CSV_MIME_TYPE,
            )
          }
        >
          Download CSV
        </button>
        <button type="button" className={actionClass} onClick={() => void share()}>
          Copy a share link
        </button>
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {shareStatus?.message}
        {shareStatus?.url !== undefined && (
          <>
            {' '}
            <span className="font-mono text-ink [overflow-wrap:anywhere]">{shareStatus.url}</span>
          </>
        )}
      </p>
    </section>
  );
}

/** The results against the framework at hand, the saved ratings carried onto it first (and saved so, once). */
function Results({ occupation, assessment: saved }: { occupation: Occupation; assessment: Assessment }) {
  const assessment = useReconciled(saved, occupation, true);
  // Paper gets the summary and the notes, on one page as a rule; every rating when asked.
  const [printAll, setPrintAll] = useState(false);
  return (
    <>
      {/* First when there is one: a learner back after a new version reads what changed before the results. */}
      <FrameworkChanges
        assessment={assessment}
        onRemoveEarlier={(entry) =>
          assessmentStore().put({ ...withoutEarlier(assessment, entry), updatedAt: new Date().toISOString() })
        }
        onDismissChanges={() => assessmentStore().put(withoutChanges(assessment))}
      />
      <ResultsSummary occupation={occupation} assessment={assessment} />
      <ResultsActions occupation={occupation} assessment={assessment} printAll={printAll} onPrintAll={setPrintAll} />
      <RatingsList occupation={occupation} assessment={assessment} changeable print={printAll ? 'all' : 'notes'} />
      <section className="text-xs text-ink-muted">
        <h2 className="font-semibold">Source of this framework</h2>
        <CreditLine credit={occupation.credit} />
      </section>
    </>
  );
}

export function ResultsView({ entry }: { entry: CatalogEntry }) {
  const { assessments, problem } = useAssessments();
  const assessment = assessments[entry.soc];
  const text = resultsPageText(entry.title);
  return (
    <article aria-labelledby="results-title" className="space-y-6 print:space-y-3 print:text-[11px] print:leading-snug">
      <PageHead title={text.heading} description={text.description} />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to={paths.assessment.getHref(entry.soc)}>
          <span aria-hidden="true">← </span>Back to rating
        </Link>
      </nav>
      <div className="space-y-1">
        <PageHeading id="results-title" className="print:text-xl">
          {text.heading}
        </PageHeading>
        {assessment && (
          <p className="text-ink-muted">
            Self-assessment of {formatDate(assessment.updatedAt)}, against framework {assessment.frameworkVersion} (SOC{' '}
            {entry.soc})
          </p>
        )}
        <div className="print:hidden">
          <PrivacyNote />
        </div>
      </div>
      <StorageNotice problem={problem} />
      <OccupationData entry={entry}>
        {(occupation) =>
          !assessment ? (
            <p className="rounded-lg border border-dashed border-line bg-surface p-6">
              You have not assessed yourself against this occupation yet.{' '}
              <Link to={paths.assessment.getHref(entry.soc)} className="font-semibold">
                Start the assessment
              </Link>
            </p>
          ) : (
            <Results occupation={occupation} assessment={assessment} />
          )
        }
      </OccupationData>
    </article>
  );
}
