import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FrameworkSource } from '../../../components/framework-source';
import { OccupationData } from '../../../components/occupation-data';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import { LEVEL_IDS, nextLevel, previousLevel, type LevelId } from '../../../lib/levels';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { useAssessments } from '../hooks/use-assessments';
import { statementKey, type Assessment, type StatementRating as Value } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { PrivacyNote } from './privacy-note';
import { StartAssessment } from './start-assessment';
import { StatementRating } from './statement-rating';
import { StorageNotice } from './storage-notice';
import { PageHead } from '../../../components/page-head';

function ratedCount(occupation: Occupation, assessment: Assessment, level?: LevelId): number {
  return occupation.levels
    .filter((item) => level === undefined || item.id === level)
    .reduce(
      (sum, item) =>
        sum + item.statements.filter((_, index) => assessment.ratings[statementKey(item.id, index)]).length,
      0,
    );
}

function RatingFlow({ occupation, assessment }: { occupation: Occupation; assessment: Assessment }) {
  const [level, setLevel] = useState<LevelId>('emerging');
  const current = occupation.levels.find((item) => item.id === level);
  const total = occupation.levels.reduce((sum, item) => sum + item.statements.length, 0);
  const rated = ratedCount(occupation, assessment);

  const change = (key: string, value: Value | undefined) => {
    const ratings = { ...assessment.ratings };
    if (value) ratings[key] = value;
    else delete ratings[key];
    assessmentStore().put({ ...assessment, ratings, updatedAt: new Date().toISOString() });
  };
  const previous = previousLevel(level);
  const next = nextLevel(level);

  return (
    <div className="space-y-5">
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
          <h2 id="rate-level" className="text-xl font-bold">
            Level {LEVEL_IDS.indexOf(level) + 1} of 4: {current.label}
          </h2>
          <p className="text-sm text-ink-muted">
            For each statement, choose how you do it today. With a statement focused, the keys 1, 2 and 3 choose Not
            yet, With help and On my own.
          </p>
          {current.statements.length === 0 ? (
            <p className="text-ink-muted">This framework has no statements at this level.</p>
          ) : (
            <ol className="space-y-3">
              {current.statements.map((text, index) => {
                const key = statementKey(level, index);
                return (
                  <StatementRating
                    key={key}
                    number={index + 1}
                    text={text}
                    value={assessment.ratings[key]}
                    onChange={(value) => change(key, value)}
                  />
                );
              })}
            </ol>
          )}
        </section>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {previous ? (
          <button
            type="button"
            onClick={() => setLevel(previous)}
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
            onClick={() => setLevel(next)}
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

export function AssessmentView({ entry }: { entry: CatalogEntry }) {
  const { assessments, problem } = useAssessments();
  const assessment = assessments[entry.soc];
  return (
    <article aria-labelledby="assessment-title" className="space-y-6">
      <PageHead
        title={`Assess yourself: ${entry.title}`}
        description={`Rate yourself on each statement of the ${entry.title} competency framework; your ratings stay in this browser.`}
      />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={paths.level.getHref(entry.soc, 'emerging')}>
          <span aria-hidden="true">← </span>
          {entry.title}
        </Link>
      </nav>
      <div className="space-y-2">
        <PageHeading id="assessment-title">Assess yourself: {entry.title}</PageHeading>
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
              <RatingFlow occupation={occupation} assessment={assessment} />
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
