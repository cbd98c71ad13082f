import { LEVEL_IDS, nextLevel, type LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import {
  levelOfKey,
  levelStatements,
  parsePositionKey,
  ratingFor,
  type Assessment,
  type Rating,
  type RatingValue,
} from './assessment';

export interface LevelProgress {
  level: LevelId;
  total: number;
  onMyOwn: number;
  withHelp: number;
  notYet: number;
  unrated: number;
}

/** Share of a level's statements that must be rated On my own for the level to count as reached. */
export const ESTIMATE_THRESHOLD = 0.8;

/** The rule in the words the learner sees, so that the estimate never reads as a hidden score. */
export const ESTIMATE_RULE = `You stand at the highest level where at least ${Math.round(ESTIMATE_THRESHOLD * 100)}% of statements are rated On my own, and every level below it is too.`;

/**
 * What the estimate means. ESTIMATE_RULE reads "You stand at…", which is
 * wrong while no level is reached: then the rule is given as the test for a
 * level, with how far the first level is from it.
 */
export function estimateExplanation(
  progress: readonly LevelProgress[],
  estimate: LevelId | null,
  firstLabel: string,
): string {
  if (estimate !== null) return ESTIMATE_RULE;
  const first = progress.find((entry) => entry.level === LEVEL_IDS[0]);
  const rule = `A level counts as reached when at least ${Math.round(ESTIMATE_THRESHOLD * 100)}% of statements are rated On my own, and every level below it is too.`;
  if (!first || first.total === 0) return rule;
  const needed = onMyOwnNeeded(first.total);
  return `${rule} You have not reached ${firstLabel} yet: ${first.onMyOwn} of its ${first.total} statements ${first.onMyOwn === 1 ? 'is' : 'are'} rated On my own, and ${needed} ${needed === 1 ? 'is' : 'are'} needed.`;
}

/** The fewest On my own ratings that meet the threshold in a level of `total` statements. */
export function onMyOwnNeeded(total: number): number {
  // Counted rather than multiplied: 0.8 × 15 is 12.000000000000002 in floating point.
  let needed = 0;
  while (needed < total && needed / total < ESTIMATE_THRESHOLD) needed++;
  return needed;
}

function tally(level: LevelId, total: number, ratings: readonly (RatingValue | undefined)[]): LevelProgress {
  const progress: LevelProgress = { level, total, onMyOwn: 0, withHelp: 0, notYet: 0, unrated: total };
  // More ratings than statements happens only with data not yet carried onto this framework.
  for (const entry of ratings.slice(0, total)) {
    if (!entry) continue;
    progress.unrated--;
    if (entry.rating === 'on-my-own') progress.onMyOwn++;
    else if (entry.rating === 'with-help') progress.withHelp++;
    else progress.notYet++;
  }
  return progress;
}

/**
 * Counts per level, in canonical order, from how many statements each level
 * has (the catalog knows this without loading the framework). Without the
 * statements a rating cannot be checked against its text: ratings are counted
 * by their key's level, with ratings by position that fall within the level,
 * and never more than the level has. Earlier ratings are not counted.
 */
export function progressFromCounts(levelCounts: readonly number[], assessment: Assessment): LevelProgress[] {
  return LEVEL_IDS.map((level, position) => {
    const total = levelCounts[position] ?? 0;
    const placed = Object.entries(assessment.ratings)
      .filter(([key]) => levelOfKey(key) === level)
      .map(([, entry]) => entry);
    const unplaced = Object.entries(assessment.unplaced?.ratings ?? {})
      .filter(([key]) => {
        const at = parsePositionKey(key);
        return at?.level === level && at.index < total;
      })
      .map(([, entry]) => entry);
    return tally(level, total, [...placed, ...unplaced]);
  });
}

/** Counts per level of the framework at hand: a rating counts only on the statement it was made for. */
export function levelProgress(occupation: Occupation, assessment: Assessment): LevelProgress[] {
  return LEVEL_IDS.map((level) => {
    const statements = levelStatements(occupation, level);
    return tally(
      level,
      statements.length,
      statements.map((statement) => ratingFor(assessment, statement)),
    );
  });
}

function isMet({ total, onMyOwn }: LevelProgress): boolean {
  // An empty level asks nothing of the learner, so it cannot hold them back.
  return total === 0 || onMyOwn / total >= ESTIMATE_THRESHOLD;
}

/**
 * The level reached by ESTIMATE_RULE, or null while the learner is working
 * towards the first level. Levels are taken in canonical order whatever order
 * `progress` lists them in.
 */
export function estimateLevel(progress: readonly LevelProgress[]): LevelId | null {
  let estimate: LevelId | null = null;
  for (const level of LEVEL_IDS) {
    const entry = progress.find((candidate) => candidate.level === level);
    if (entry && !isMet(entry)) break;
    // A level missing from `progress` has no statements to meet.
    estimate = level;
  }
  return estimate;
}

export interface NextStep {
  level: LevelId;
  index: number;
  key: string;
  text: string;
  /** Absent when the statement is not rated yet. */
  rating?: Exclude<Rating, 'on-my-own'>;
}

/**
 * What stands between the learner and the level after `estimate`: that
 * level's statements not yet rated On my own, in framework order. Nothing
 * when the estimate is already the last level.
 */
export function nextSteps(occupation: Occupation, assessment: Assessment, estimate: LevelId | null): NextStep[] {
  const level = estimate === null ? LEVEL_IDS[0] : nextLevel(estimate);
  if (level === undefined) return [];
  const steps: NextStep[] = [];
  for (const { index, key, text, ...statement } of levelStatements(occupation, level)) {
    const rating = ratingFor(assessment, { key, text })?.rating;
    if (rating === 'on-my-own') continue;
    steps.push({ level: statement.level, index, key, text, ...(rating === undefined ? {} : { rating }) });
  }
  return steps;
}
