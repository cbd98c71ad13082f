import { LEVEL_IDS, nextLevel, type LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { statementKey, type Assessment, type Rating } from './assessment';

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
 * Counts per level, in canonical order, from how many statements each level
 * has (the catalog knows this without loading the framework). Only statements
 * the framework has now are counted: a rating kept for one that has gone is not.
 */
export function progressFromCounts(levelCounts: readonly number[], assessment: Assessment): LevelProgress[] {
  return LEVEL_IDS.map((level, position) => {
    const total = levelCounts[position] ?? 0;
    const progress: LevelProgress = { level, total, onMyOwn: 0, withHelp: 0, notYet: 0, unrated: 0 };
    for (let index = 0; index < total; index++) {
      const rating = assessment.ratings[statementKey(level, index)]?.rating;
      if (rating === 'on-my-own') progress.onMyOwn++;
      else if (rating === 'with-help') progress.withHelp++;
      else if (rating === 'not-yet') progress.notYet++;
      else progress.unrated++;
    }
    return progress;
  });
}

export function levelProgress(occupation: Occupation, assessment: Assessment): LevelProgress[] {
  const counts = LEVEL_IDS.map(
    (level) => occupation.levels.find((entry) => entry.id === level)?.statements.length ?? 0,
  );
  return progressFromCounts(counts, assessment);
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
  const statements = occupation.levels.find((entry) => entry.id === level)?.statements ?? [];
  const steps: NextStep[] = [];
  statements.forEach((text, index) => {
    const rating = assessment.ratings[statementKey(level, index)]?.rating;
    if (rating === 'on-my-own') return;
    steps.push(rating === undefined ? { level, index, text } : { level, index, text, rating });
  });
  return steps;
}
