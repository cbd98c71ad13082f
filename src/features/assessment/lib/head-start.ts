import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation, StatementMatch } from '../../../lib/occupation';
import { levelStatements, ratingFor, type Assessment, type StatementRating } from './assessment';
import { reconcileAssessment } from './reconcile';

/** Ratings of another occupation's assessment, carried to the target's matching statements. */
export interface HeadStart {
  fromSoc: string;
  fromTitle: string;
  /** Keyed by the target's statement keys. */
  ratings: Record<string, StatementRating>;
  /** How many target statements get a rating. */
  count: number;
}

/** An assessment of another occupation, with that occupation's framework to read its matches against. */
export interface HeadStartSource {
  assessment: Assessment;
  occupation: Occupation;
  /** The target's statements and their close matches in that occupation, from the target's side. */
  matches: readonly StatementMatch[];
}

/**
 * For each assessment of an occupation with close matches to `target`, the
 * ratings it would give the target's statements: a statement takes the rating
 * of its match at the same level, and of its closest rated match when it has
 * several. Matches name statements by position in each framework as it is
 * now, so both sides are read through the frameworks at hand: the
 * source's ratings are first carried onto its own current framework. Most
 * ratings first; sources with none are left out.
 */
export function headStart(target: Occupation, sources: readonly HeadStartSource[], now = new Date()): HeadStart[] {
  const offers: HeadStart[] = [];
  for (const { assessment, occupation, matches } of sources) {
    if (assessment.soc === target.soc || occupation.soc !== assessment.soc) continue;
    if (matches.length === 0) continue;
    const current = reconcileAssessment(assessment, occupation, now).assessment;
    const statements = LEVEL_IDS.map((level) => ({
      here: levelStatements(target, level),
      there: levelStatements(occupation, level),
    }));
    const best = new Map<string, { rating: StatementRating; similarity: number }>();
    for (const [position, index, otherIndex, similarity] of matches) {
      const level = statements[position];
      const mine = level?.here[index];
      const theirs = level?.there[otherIndex];
      if (!mine || !theirs) continue;
      const rated = ratingFor(current, theirs);
      if (!rated) continue;
      const known = best.get(mine.key);
      // Notes are left behind: they describe the other occupation's statement, in its setting,
      // and would read as the learner's own words about a statement they never wrote them for.
      if (!known || similarity > known.similarity) {
        best.set(mine.key, { rating: { rating: rated.rating, text: mine.text }, similarity });
      }
    }
    if (best.size === 0) continue;
    const ratings: Record<string, StatementRating> = {};
    for (const [key, { rating }] of best) ratings[key] = rating;
    offers.push({ fromSoc: assessment.soc, fromTitle: assessment.title, ratings, count: best.size });
  }
  // Stable: equal counts keep the order the sources came in.
  return offers.sort((a, b) => b.count - a.count);
}
