import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { statementKey, type Assessment, type StatementRating } from './assessment';

/** Ratings of another occupation's assessment, carried to the target's matching statements. */
export interface HeadStart {
  fromSoc: string;
  fromTitle: string;
  /** Keyed by the target's statement keys. */
  ratings: Record<string, StatementRating>;
  /** How many target statements get a rating. */
  count: number;
}

/**
 * For each assessment of an occupation with close matches to `target`, the
 * ratings it would give the target's statements: a statement takes the rating
 * of its match at the same level, and of its closest rated match when it has
 * several. Most ratings first; sources with none are left out.
 */
export function headStart(target: Occupation, sources: readonly Assessment[]): HeadStart[] {
  const offers: HeadStart[] = [];
  for (const source of sources) {
    if (source.soc === target.soc) continue;
    const matches = target.matches.find((entry) => entry.soc === source.soc)?.statements ?? [];
    const best = new Map<string, { rating: StatementRating; similarity: number }>();
    for (const [position, index, otherIndex, similarity] of matches) {
      const level = LEVEL_IDS[position];
      if (level === undefined) continue;
      const rated = source.ratings[statementKey(level, otherIndex)];
      if (!rated) continue;
      const key = statementKey(level, index);
      const current = best.get(key);
      // Notes are left behind: they describe the other occupation's statement, in its setting,
      // and would read as the learner's own words about a statement they never wrote them for.
      if (!current || similarity > current.similarity) best.set(key, { rating: { rating: rated.rating }, similarity });
    }
    if (best.size === 0) continue;
    const ratings: Record<string, StatementRating> = {};
    for (const [key, { rating }] of best) ratings[key] = rating;
    offers.push({ fromSoc: source.soc, fromTitle: source.title, ratings, count: best.size });
  }
  // Stable: equal counts keep the order the sources came in.
  return offers.sort((a, b) => b.count - a.count);
}
