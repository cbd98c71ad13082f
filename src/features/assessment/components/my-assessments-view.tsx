import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import { getOccupationQueryOptions } from '../../../api/get-occupation';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format-date';
import { LEVEL_NAMES } from '../../../lib/levels';
import { useAssessments } from '../hooks/use-assessments';
import { ratedCount, type Assessment } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { mergeAssessments, parseImport, type MergeMode } from '../lib/import-assessment';
import { estimateLevel, progressFromCounts } from '../lib/level-estimate';
import { reconcileAssessment } from '../lib/reconcile';
import type { Occupation } from '../../../lib/occupation';
import { PrivacyNote } from './privacy-note';
import { StorageNotice } from './storage-notice';
import { PageHead } from '../../../components/page-head';
import { MY_ASSESSMENTS_PAGE } from '../lib/page-text';

function rated(assessment: Assessment): string {
  const count = ratedCount(assessment);
  return `${count} statement${count === 1 ? '' : 's'} rated`;
}

const buttonClass = 'min-h-11 rounded-md border border-line bg-surface px-3 font-semibold hover:border-accent';

interface PendingImport {
  existing: Assessment;
  incoming: Assessment;
}

export function MyAssessmentsView() {
  const id = useId();
  const { occupations } = useCatalog();
  const queryClient = useQueryClient();
  const { assessments, problem } = useAssessments();
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const list = Object.values(assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const remove = (soc: string) => {
    const removed = assessmentStore().remove(soc);
    if (removed) setDeleted(removed);
    setMessage(null);
  };
  const undo = () => {
    if (deleted) assessmentStore().put(deleted);
    setDeleted(null);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = parseImport(await file.text(), (soc) => occupations.some((entry) => entry.soc === soc));
    if (!result.ok) {
      setMessage({ text: `${file.name} was not imported. ${result.message}`, error: true });
      return;
    }
    const entry = occupations.find((item) => item.soc === result.assessment.soc);
    let occupation: Occupation;
    try {
      if (!entry) throw new Error('Not in the catalog.');
      occupation = await queryClient.fetchQuery(getOccupationQueryOptions(entry));
    } catch {
      setMessage({
        text: `${file.name} was not imported. The framework of ${result.assessment.title} could not be loaded to place the ratings on; check the connection and try again.`,
        error: true,
      });
      return;
    }
    // The file's ratings, and the saved ones, carried onto the framework this site has now,
    // so that both name the same statements before anything is merged.
    const now = new Date();
    const incoming = reconcileAssessment(result.assessment, occupation, now).assessment;
    const saved = assessmentStore().getSnapshot().assessments[incoming.soc];
    const existing = saved && reconcileAssessment(saved, occupation, now).assessment;
    // Warnings (say, ratings made against another framework version) go with whatever message follows.
    const warnings = result.warnings.length > 0 ? ` Note: ${result.warnings.join(' ')}` : '';
    if (existing) {
      // Never overwrite ratings without asking.
      setPending({ existing, incoming });
      setMessage(warnings ? { text: warnings.trim(), error: false } : null);
      return;
    }
    assessmentStore().put(incoming);
    setMessage({ text: `Imported the assessment of ${incoming.title}.${warnings}`, error: false });
  };

  const resolve = (mode: MergeMode | null) => {
    if (pending && mode) {
      const merged = mergeAssessments(pending.existing, pending.incoming, mode);
      assessmentStore().put(merged.assessment);
      setMessage({
        text:
          mode === 'replace'
            ? `Replaced the ratings of ${pending.existing.title} with the imported ones.`
            : `Added ${merged.added} imported rating${merged.added === 1 ? '' : 's'} to ${pending.existing.title}; your own were kept.`,
        error: false,
      });
    } else if (pending) {
      setMessage({ text: 'Import cancelled: nothing changed.', error: false });
    }
    setPending(null);
  };

  return (
    <div className="space-y-6">
      <PageHead title={MY_ASSESSMENTS_PAGE.heading} description={MY_ASSESSMENTS_PAGE.description} />
      <div className="space-y-2">
        <PageHeading>{MY_ASSESSMENTS_PAGE.heading}</PageHeading>
        <PrivacyNote />
      </div>
      <StorageNotice problem={problem} />
      {deleted && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-line bg-surface p-3">
          <span>Deleted the assessment of {deleted.title}.</span>
          <button type="button" onClick={undo} className={buttonClass}>
            Undo
          </button>
        </div>
      )}
      {list.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-ink-muted">
          No assessments yet. Open an occupation and choose “Assess yourself”, or import an assessment below.
        </p>
      ) : (
        <ul aria-label="Assessments" className="space-y-2">
          {list.map((assessment) => {
            const entry = occupations.find((item) => item.soc === assessment.soc);
            const estimate = entry ? estimateLevel(progressFromCounts(entry.levelCounts, assessment)) : null;
            return (
              <li
                key={assessment.soc}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-surface p-4"
              >
                <div className="min-w-0">
                  {entry ? (
                    <Link to={paths.assessmentResults.getHref(assessment.soc)} className="font-semibold">
                      {assessment.title}
                    </Link>
                  ) : (
                    <span className="font-semibold">{assessment.title} (no longer in this catalog)</span>
                  )}
                  <p className="text-sm text-ink-muted">
                    Updated {formatDate(assessment.updatedAt)} · {rated(assessment)} · Estimated level:{' '}
                    {estimate ? LEVEL_NAMES[estimate] : 'working towards Emerging'}
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => remove(assessment.soc)}
                  aria-label={`Delete the assessment of ${assessment.title}`}
                  className={buttonClass}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby={`${id}-import`} className="space-y-2 rounded-lg border border-line bg-surface p-4">
        <h2 id={`${id}-import`} className="font-semibold">
          Import an assessment
        </h2>
        <label htmlFor={`${id}-file`} className="block text-sm text-ink-muted">
          Choose a JSON file downloaded from Ladder. It is read here, in the browser.
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void onFile(event)}
          className="block w-full max-w-full text-sm"
        />
        {pending && (
          <div
            role="alertdialog"
            aria-labelledby={`${id}-ask`}
            className="space-y-2 rounded-md border-2 border-ink p-3"
          >
            <p id={`${id}-ask`} className="font-semibold">
              You already have an assessment of {pending.existing.title}. What should the import do?
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={buttonClass} onClick={() => resolve('fill-gaps')}>
                Keep mine, add only what I have not rated
              </button>
              <button type="button" className={buttonClass} onClick={() => resolve('replace')}>
                Replace mine with the imported ratings
              </button>
              <button type="button" className={buttonClass} onClick={() => resolve(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'text-danger' : ''}>
            {message.text}
          </p>
        )}
      </section>
    </div>
  );
}
