import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { FrameworkSource } from '../../../components/framework-source';
import { OccupationData } from '../../../components/occupation-data';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import { LEVEL_IDS, nextLevel, previousLevel, type LevelId } from '../../../lib/levels';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { useAssessments } from '../hooks/use-assessments';
import { useReconciled } from '../hooks/use-reconciled';
import {
  isCarriedOver,
  levelStatements,
  ratingFor,
  withCarriedConfirmed,
  withRating,
  type Assessment,
  type CurrentStatement,
} from '../lib/assessment';
import { resumePoint, statementItemId } from '../lib/resume';
import { assessmentStore } from '../lib/assessment-store';
import { FRAMEWORK_CHANGES_ID } from './framework-changes';
import { PrivacyNote } from './privacy-note';
import { StartAssessment } from './start-assessment';
import { StatementRating } from './statement-rating';
import { StorageNotice } from './storage-notice';
import { PageHead } from '../../../components/page-head';
import { assessmentPageText } from '../lib/page-text';

function ratedCount(occupation: Occupation, assessment: Assessment, level?: LevelId): number {
  return (level === undefined ? LEVEL_IDS : [level])
    .flatMap((id) => levelStatements(occupation, id))
    .filter((statement) => ratingFor(assessment, statement)).length;
}

/** Says, once a new version of the framework was carried over, where to read what changed. */
function ChangesNotice({ assessment }: { assessment: Assessment }) {
  const { changes } = assessment;
  if (!changes) return null;
  const what =
    changes.fromVersion === changes.toVersion
      ? 'Some statements of this framework changed since you rated them.'
      : `This framework changed from version ${changes.fromVersion} to ${changes.toVersion} since you rated it.`;
  const gone =
    changes.earlier === 0
      ? ''
      : changes.earlier === 1
        ? '; 1 rating is for a statement it no longer has'
        : `; ${changes.earlier} ratings are for statements it no longer has`;
  const added = changes.added?.length ?? 0;
  const fresh = added === 0 ? '' : added === 1 ? ' 1 statement is new.' : ` ${added} statements are new.`;
  return (
    <p className="rounded-md border-l-4 border-accent bg-surface p-3">
      {`${what} Your ratings followed their statements${gone}.${fresh}`}{' '}
      <Link
        to={{ pathname: paths.assessmentResults.getHref(assessment.soc), hash: FRAMEWORK_CHANGES_ID }}
        className="font-semibold"
      >
        See what changed
      </Link>
    </p>
  );
}

/** Where the page moves focus after the level changes: the new level's heading, or a statement to resume at. */
type FocusTarget = { to: 'heading' } | { to: 'statement'; id: string };

/** The ratings carried over from another occupation that still await the learner's word, with a way to keep them all. */
function CarriedOverNotice({
  assessment,
  count,
  onKeepAll,
}: {
  assessment: Assessment;
  count: number;
  onKeepAll: () => void;
}) {
  const from = assessment.carriedOver?.fromTitle;
  if (!from || count === 0) return null;
  return (
    <section
      aria-labelledby="carried-heading"
      className="space-y-2 rounded-md border-l-4 border-dashed border-ink-muted bg-surface p-3"
    >
      <h2 id="carried-heading" className="font-semibold">
        {count === 1 ? '1 rating' : `${count} ratings`} carried over from {from}
      </h2>
      <p className="text-sm">
        They are marked “Carried over” until you keep or change them. Check each against this occupation: choosing a
        rating, or Keep this rating, makes it yours.
      </p>
      <button
        type="button"
        onClick={onKeepAll}
        className="min-h-11 rounded-md border border-line bg-surface px-3 font-semibold"
      >
        Keep all {count === 1 ? '1 carried-over rating' : `${count} carried-over ratings`}
      </button>
    </section>
  );
}

interface RatingFlowProps {
  occupation: Occupation;
  assessment: Assessment;
  /** The assessment was started before this visit: the learner may want to go on where they stopped. */
  returning: boolean;
}

function RatingFlow({ occupation, assessment, returning }: RatingFlowProps) {
  // A "Change" link from the results names a statement in the hash: the page opens there.
  const { hash } = useLocation();
  const [linked] = useState(() =>
    LEVEL_IDS.flatMap((id) => levelStatements(occupation, id)).find(
      (statement) => `#${statementItemId(statement)}` === hash,
    ),
  );
  // The first level, as always, unless a link names a statement; the learner resumes with one press.
  const [level, setLevel] = useState<LevelId>(() => linked?.level ?? LEVEL_IDS[0]);
  const current = occupation.levels.find((item) => item.id === level);
  const statements = levelStatements(occupation, level);
  const total = occupation.levels.reduce((sum, item) => sum + item.statements.length, 0);
  const rated = ratedCount(occupation, assessment);
  const resume = resumePoint(occupation, assessment);
  // Offered to a learner coming back to ratings made before, until they take it or rate on.
  const [offerResume, setOfferResume] = useState(() => returning && !linked && rated > 0 && resume !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new object per move, so that resuming at the level already shown still moves focus.
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(() =>
    linked ? { to: 'statement', id: statementItemId(linked) } : null,
  );

  // After the level changes on "Next level" (at the bottom of a long list) or on resuming, the new
  // place is brought into view and focused, so that neither sight nor a screen reader is left behind.
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.to === 'heading') {
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
      return;
    }
    const item = document.getElementById(focusTarget.id);
    item?.scrollIntoView?.({ block: 'start' });
    item?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus({ preventScroll: true });
  }, [focusTarget]);

  const goTo = (next: LevelId) => {
    setFocusTarget({ to: 'heading' });
    setLevel(next);
  };
  const resumeAt = (statement: CurrentStatement) => {
    setFocusTarget({ to: 'statement', id: statementItemId(statement) });
    setOfferResume(false);
    setLevel(statement.level);
  };

  const save = (next: Assessment) => {
    setOfferResume(false);
    assessmentStore().put(next);
  };
  const carried = LEVEL_IDS.flatMap((id) => levelStatements(occupation, id)).filter((statement) =>
    isCarriedOver(assessment, statement),
  ).length;
  const previous = previousLevel(level);
  const next = nextLevel(level);

  return (
    <div className="space-y-5">
      <ChangesNotice assessment={assessment} />
      {offerResume && resume && (
        <section
          aria-labelledby="resume-heading"
          className="space-y-2 rounded-md border-l-4 border-accent bg-surface p-3"
        >
          <h2 id="resume-heading" className="font-semibold">
            Welcome back
          </h2>
          <p className="text-sm">
            You have rated {rated} of {total} statements. Next to rate: statement {resume.index + 1} of Level{' '}
            {LEVEL_IDS.indexOf(resume.level) + 1}, {occupation.levels.find((item) => item.id === resume.level)?.label}.
          </p>
          <button
            type="button"
            onClick={() => resumeAt(resume)}
            className="min-h-11 rounded-md bg-accent px-4 font-semibold text-surface"
          >
            Continue where you left off
          </button>
        </section>
      )}
      <CarriedOverNotice
        assessment={assessment}
        count={carried}
        onKeepAll={() => save({ ...withCarriedConfirmed(assessment), updatedAt: new Date().toISOString() })}
      />
      <div className="space-y-1">
        <label htmlFor="assessment-progress" className="font-semibold">
          {rated} of {total} statements rated
        </label>
        <progress id="assessment-progress" max={total} value={rated} className="block h-2 w-full accent-accent" />
      </div>
      <div role="group" aria-label="Level to rate" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {occupation.levels.map((item, index) => (
          <button
            key={item.id}
            type="button"
            aria-pressed={item.id === level}
            onClick={() => setLevel(item.id)}
            className="min-h-11 rounded-md border-2 border-transparent bg-surface px-2 py-1 text-left text-sm aria-pressed:border-ink aria-pressed:font-bold"
          >
            {index + 1}. {item.label}
            <span className="block text-xs font-normal text-ink-muted">
              {ratedCount(occupation, assessment, item.id)} of {item.statements.length} rated
            </span>
          </button>
        ))}
      </div>
      {current && (
        <section aria-labelledby="rate-level" className="space-y-3">
          <h2 id="rate-level" ref={heading} tabIndex={-1} className="scroll-mt-4 text-xl font-bold">
            Level {LEVEL_IDS.indexOf(level) + 1} of 4: {current.label}
          </h2>
          <p className="text-sm text-ink-muted">
            For each statement, choose how you do it today. With a statement focused, the keys 1, 2 and 3 choose Not
            yet, With help and On my own.
          </p>
          {statements.length === 0 ? (
            <p className="text-ink-muted">This framework has no statements at this level.</p>
          ) : (
            <ol className="space-y-3">
              {statements.map((statement) => (
                <StatementRating
                  key={statement.key}
                  id={statementItemId(statement)}
                  number={statement.index + 1}
                  text={statement.text}
                  value={ratingFor(assessment, statement)}
                  onChange={(value, chosen) => save(withRating(assessment, statement, value, new Date(), chosen))}
                  {...(isCarriedOver(assessment, statement) && assessment.carriedOver
                    ? {
                        carriedFrom: assessment.carriedOver.fromTitle,
                        onKeep: () =>
                          save({
                            ...withCarriedConfirmed(assessment, [statement.key]),
                            updatedAt: new Date().toISOString(),
                          }),
                      }
                    : {})}
                />
              ))}
            </ol>
          )}
        </section>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {previous ? (
          <button
            type="button"
            onClick={() => goTo(previous)}
            className="min-h-11 rounded-md border border-line bg-surface px-3 font-semibold"
          >
            ← Previous level
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button
            type="button"
            onClick={() => goTo(next)}
            className="min-h-11 rounded-md border border-line bg-surface px-3 font-semibold"
          >
            Next level →
          </button>
        ) : (
          <Link to={paths.assessmentResults.getHref(occupation.soc)} className="font-semibold">
            See your results →
          </Link>
        )}
      </div>
    </div>
  );
}

/** Rates against the framework at hand, the saved ratings carried onto it first (and saved so, once). */
function ReconciledFlow({
  occupation,
  assessment,
  openedAt,
}: {
  occupation: Occupation;
  assessment: Assessment;
  openedAt: number;
}) {
  const current = useReconciled(assessment, occupation, true);
  // Resuming is offered to a learner coming back, not to one who has just started here (with a head start, say).
  const returning = Date.parse(assessment.startedAt) < openedAt;
  return <RatingFlow occupation={occupation} assessment={current} returning={returning} />;
}

export function AssessmentView({ entry }: { entry: CatalogEntry }) {
  const { assessments, problem } = useAssessments();
  const assessment = assessments[entry.soc];
  const [openedAt] = useState(() => Date.now());
  const text = assessmentPageText(entry.title);
  return (
    <article aria-labelledby="assessment-title" className="space-y-6">
      <PageHead title={text.heading} description={text.description} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={paths.level.getHref(entry.soc, 'emerging')}>
          <span aria-hidden="true">← </span>
          {entry.title}
        </Link>
      </nav>
      <div className="space-y-2">
        <PageHeading id="assessment-title">{text.heading}</PageHeading>
        <PrivacyNote />
        {assessment && (
          <p>
            <Link to={paths.assessmentResults.getHref(entry.soc)} className="font-semibold">
              See your results
            </Link>
          </p>
        )}
      </div>
      <StorageNotice problem={problem} />
      <OccupationData entry={entry}>
        {(occupation) => (
          <>
            {assessment ? (
              <ReconciledFlow occupation={occupation} assessment={assessment} openedAt={openedAt} />
            ) : (
              <StartAssessment occupation={occupation} assessments={Object.values(assessments)} />
            )}
            <FrameworkSource credit={occupation.credit} />
          </>
        )}
      </OccupationData>
    </article>
  );
}
