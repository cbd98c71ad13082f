import { resolve } from 'node:path';
import { deriveComparison, matchInputs } from '../../data-pipeline/derive-comparison.ts';
import { toOccupation } from '../../data-pipeline/derive.ts';
import { loadExports } from '../../data-pipeline/load-exports.ts';
import { MATCH_FLOOR, matchPair } from '../../src/lib/occupation-matching.ts';
import {
  matchKey,
  matchLabelsFile,
  readLevelRowLabels,
  readMatchLabels,
  levelRowLinks,
  rowLabelsFile,
  type LabelledStatements,
} from './labels.ts';
import { score, type Score } from './score.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const DATA_DIR = resolve(ROOT, 'data');

/** Budgets of issue 16: the figures a counselor can trust. */
export const QUALITY_BUDGETS = {
  levelRows: { precision: 0.9, recall: 0.95 },
  matches: { precision: 0.9, recall: 0.8 },
} as const;

/** Whether precision and recall are both within their budget. */
export function meetsBudget(
  figures: { precision: number; recall: number },
  budget: { precision: number; recall: number },
): boolean {
  return figures.precision >= budget.precision && figures.recall >= budget.recall;
}

export interface QualityReport {
  occupations: number;
  levelRows: Score;
  /** The same links, split into those the matrix shows as sure and those it marks as loose. */
  levelRowsSure: Score;
  levelRowsLoose: Score;
  matches: Score;
  /** Occupation matches at other floors than the one the app uses: how precision trades against recall. */
  matchCurve: { floor: number; precision: number; recall: number }[];
}

/** Floors the match curve is drawn at, the app's own among them. */
const CURVE_FLOORS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/**
 * Level rows and occupation matches of the exports in `dataDir`, by the
 * build's and the browser's own code, scored against the labelled set.
 */
export function measureQuality(
  dataDir = DATA_DIR,
  labelFiles = { rows: rowLabelsFile, matches: matchLabelsFile },
): QualityReport {
  const loaded = loadExports(dataDir, ROOT);
  if (loaded.problems.length > 0) {
    const [first] = loaded.problems;
    throw new Error(`the exports have problems, first: ${first?.file} ${first?.path}: expected ${first?.expected}`);
  }
  const frameworks = loaded.exports.map(({ data }) => toOccupation(data));
  const statements: LabelledStatements = new Map(
    frameworks.map((framework) => [framework.soc, framework.levels.map((level) => level.statements)]),
  );
  const rowLabels = readLevelRowLabels(labelFiles.rows, statements);
  const matchLabels = readMatchLabels(labelFiles.matches, statements);

  const comparison = deriveComparison(frameworks);
  const rowLinks = frameworks.flatMap((framework, index) =>
    levelRowLinks(framework.soc, comparison[index]!.levelMatrix),
  );
  const keys = (links: typeof rowLinks) => links.map((link) => link.key);

  const { inputs } = matchInputs(frameworks);
  const matchLinks = (floor: number) =>
    inputs.flatMap((first, index) =>
      inputs
        .slice(index + 1)
        .flatMap((second) =>
          matchPair(first, second, floor).forward.map(([level, here, there]) =>
            matchKey({ soc: first.soc, level, index: here }, { soc: second.soc, level, index: there }),
          ),
        ),
    );

  return {
    occupations: frameworks.length,
    levelRows: score(keys(rowLinks), rowLabels),
    levelRowsSure: score(keys(rowLinks.filter((link) => !link.loose)), rowLabels),
    levelRowsLoose: score(keys(rowLinks.filter((link) => link.loose)), rowLabels),
    matches: score(matchLinks(MATCH_FLOOR), matchLabels),
    matchCurve: [...new Set([...CURVE_FLOORS, MATCH_FLOOR])]
      .sort((a, b) => a - b)
      .map((floor) => {
        const { precision, recall } = score(matchLinks(floor), matchLabels);
        return { floor, precision, recall };
      }),
  };
}
