import { useState } from 'react';
import type { Occupation } from '../../../lib/occupation';
import type { Assessment, StatementRating } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { headStart } from '../lib/head-start';

interface StartAssessmentProps {
  occupation: Occupation;
  assessments: readonly Assessment[];
}

export function StartAssessment({ occupation, assessments }: StartAssessmentProps) {
  const offers = headStart(occupation, assessments);
  // The best offer is chosen by default; the learner can start from scratch instead.
  const [chosen, setChosen] = useState(offers[0]?.fromSoc ?? '');
  const start = () => {
    const now = new Date().toISOString();
    const ratings: Record<string, StatementRating> = offers.find((offer) => offer.fromSoc === chosen)?.ratings ?? {};
    assessmentStore().put({
      soc: occupation.soc,
      title: occupation.title,
      frameworkVersion: occupation.framework.version,
      startedAt: now,
      updatedAt: now,
      ratings,
    });
  };
  const total = occupation.levels.reduce((sum, level) => sum + level.statements.length, 0);
  return (
    <section aria-labelledby="start-heading" className="space-y-4 rounded-lg border border-line bg-surface p-5">
      <h2 id="start-heading" className="text-xl font-bold">
        Start your assessment
      </h2>
      <p className="max-w-prose">
        You will go through the {total} statements level by level and say, for each, whether you do it Not yet, With
        help or On my own. You can add a note to any statement, stop at any time and come back later.
      </p>
      {offers.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-semibold">Get a head start</legend>
          <p className="text-sm text-ink-muted">
            Some statements closely match ones you already rated for another occupation. Their ratings can be carried
            over (notes are not); you can change any of them.
          </p>
          {offers.map((offer) => (
            <label key={offer.fromSoc} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="head-start"
                checked={chosen === offer.fromSoc}
                onChange={() => setChosen(offer.fromSoc)}
                className="accent-accent"
              />
              Carry over {offer.count} rating{offer.count === 1 ? '' : 's'} from {offer.fromTitle}
            </label>
          ))}
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="head-start"
              checked={chosen === ''}
              onChange={() => setChosen('')}
              className="accent-accent"
            />
            Start with no ratings
          </label>
        </fieldset>
      )}
      <button type="button" onClick={start} className="min-h-11 rounded-md bg-accent px-5 font-semibold text-surface">
        Start assessment
      </button>
    </section>
  );
}
