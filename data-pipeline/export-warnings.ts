import { LEVEL_IDS, LEVEL_NAMES } from '../src/lib/levels.ts';
import type { ExportFacts } from './export-facts.ts';
import type { Warning } from './problems.ts';

/** A level with no statements is allowed (a framework may leave one open), but rarely meant. */
export function emptyLevelWarnings(file: string, { statements }: ExportFacts): Warning[] {
  return LEVEL_IDS.filter((id) => statements[id]?.length === 0).map((id) => ({
    file,
    path: `$.framework.levels.${id}.statements`,
    message: `empty level: ${LEVEL_NAMES[id]} has no statements, so its page lists none`,
  }));
}

/**
 * Two exports with the same statements in every level are one framework under
 * two occupations, most likely a file copied to start a new one.
 */
export function copyWarning(file: string, original: string): Warning {
  return {
    file,
    path: '$.framework.levels',
    message: `a copy of ${original}: the same statements, in the same order, in every level`,
  };
}
