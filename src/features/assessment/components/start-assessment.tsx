import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useCatalog } from '../../../api/get-catalog';
import { getCloseMatchesQueryOptions } from '../../../api/get-close-matches';
import { getOccupationQueryOptions } from '../../../api/get-occupation';
import { pairKey } from '../../../lib/occupation-matching';
import type { Occupation } from '../../../lib/occupation';
import type { Assessment, StatementRating } from '../lib/assessment';
import { assessmentStore } from '../lib/assessment-store';
import { headStart, type HeadStartSource } from '../lib/head-start';

interface StartAssessmentProps {
  occupation: Occupation;
  assessments: readonly Assessment[];
}

/**
 * The other occupations' assessments that could give a head start, each with
 * its framework and its close matches with this occupation, worked out in the
 * browser: this occupation's file lists only its related occupations, and a
 * learner may have assessed any.
 */
function useHeadStartSources(
  occupation: Occupation,
  assessments: readonly Assessment[],
): { sources: HeadStartSource[]; looking: boolean } {
  const { occupations } = useCatalog();
  const entries = assessments.flatMap((assessment) => {
    const entry =
      assessment.soc === occupation.soc ? undefined : occupations.find((item) => item.soc === assessment.soc);
    return entry ? [{ assessment, entry }] : [];
  });
  const frameworks = useQueries({ queries: entries.map(({ entry }) => getOccupationQueryOptions(entry)) });
  const loaded = entries.flatMap(({ assessment }, index) => {
    const framework = frameworks[index]?.data;
    // A framework that cannot be loaded (offline, say) offers nothing rather than guessing.
    return framework ? [{ assessment, occupation: framework }] : [];
  });
  const matches = useQueries({
    queries: loaded.map((source) => getCloseMatchesQueryOptions([occupation, source.occupation])),
  });
  const sources = loaded.flatMap((source, index) => {
    const found = matches[index]?.data?.get(pairKey(occupation.soc, source.occupation.soc));
    return found ? [{ ...source, matches: found }] : [];
  });
  const looking = frameworks.some((query) => query.isPending) || matches.some((query) => query.isPending);
  return { sources, looking };
}

export function StartAssessment({ occupation, assessments }: StartAssessmentProps) {
  const { sources, looking } = useHeadStartSources(occupation, assessments);
  const offers = headStart(occupation, sources);
  // The best offer is chosen by default (offers come in as frameworks load); the learner can start from scratch.
  const [picked, setChosen] = useState<string | null>(null);
  const chosen = picked ?? offers[0]?.fromSoc ?? '';
  const start = () => {
    const now = new Date().toISOString();
    const offer = offers.find((item) => item.fromSoc === chosen);
    const ratings: Record<string, StatementRating> = offer?.ratings ?? {};
    assessmentStore().put({
      soc: occupation.soc,
      title: occupation.title,
      frameworkVersion: occupation.framework.version,
      startedAt: now,
      updatedAt: now,
      ratings,
      // Marked until the learner confirms or changes each one: they are another occupation's answers.
      ...(offer
        ? { carriedOver: { fromSoc: offer.fromSoc, fromTitle: offer.fromTitle, keys: Object.keys(ratings) } }
        : {}),
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
            over (notes are not). Each stays marked as carried over until you keep or change it.
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
      {offers.length === 0 && looking && (
        <p role="status" className="text-sm text-ink-muted">
          Looking for ratings you already gave that could carry over…
        </p>
      )}
      <button type="button" onClick={start} className="min-h-11 rounded-md bg-accent px-5 font-semibold text-surface">
        Start assessment
      </button>
    </section>
  );
}
