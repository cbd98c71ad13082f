import { LEVEL_IDS, type LevelId } from '../src/lib/levels.ts';
import { isSocCode } from '../src/lib/soc.ts';

/**
 * What can still be read from an export that has problems, so that the checks
 * between files (one SOC code per file, copies) and the warnings run on every
 * file in the same pass instead of waiting until its other problems are fixed.
 */
export interface ExportFacts {
  /** The SOC code, when it is a well-formed one. */
  soc?: string;
  /** Each level's statements, trimmed, where the level holds a list of text. */
  statements: Partial<Record<LevelId, readonly string[]>>;
}

export const NO_FACTS: ExportFacts = { statements: {} };

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
  return value.map((item) => item.trim());
}

/** Reads the facts from any parsed JSON, whatever else is wrong with it. */
export function readFacts(json: unknown): ExportFacts {
  const soc = field(field(json, 'occupation'), 'soc');
  const levels = field(field(json, 'framework'), 'levels');
  const statements: ExportFacts['statements'] = {};
  for (const id of LEVEL_IDS) {
    const list = textList(field(field(levels, id), 'statements'));
    if (list) statements[id] = list;
  }
  return typeof soc === 'string' && isSocCode(soc) ? { soc, statements } : { statements };
}

/**
 * The framework's content for telling copies apart: every level's statements in
 * order. Undefined when a level cannot be read or there are no statements at
 * all (empty skeletons are alike without being copies).
 */
export function frameworkContent({ statements }: ExportFacts): string | undefined {
  const levels = LEVEL_IDS.map((id) => statements[id]);
  if (levels.some((level) => level === undefined)) return undefined;
  if (levels.every((level) => level?.length === 0)) return undefined;
  return JSON.stringify(levels);
}
