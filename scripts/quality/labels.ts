import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEVEL_IDS } from '../../src/lib/levels.ts';
import type { LevelRow } from '../../src/lib/occupation.ts';
import { splitStatement } from '../../src/lib/statement.ts';

/**
 * The labelled set (tests/quality/labels): read, and every reference checked
 * against the exports it was written from, so that a replaced export can never
 * be measured against labels written for its earlier wording.
 */

/** The labelled set: rows of each occupation's levels, and matches between occupations. */
export const LABELS_DIR = resolve(import.meta.dirname, '../../tests/quality/labels');
export const rowLabelsFile = resolve(LABELS_DIR, 'level-rows.json');
export const matchLabelsFile = resolve(LABELS_DIR, 'occupation-matches.json');

/** The statements of the occupations labelled: per SOC code, per level, the statement texts. */
export type LabelledStatements = ReadonlyMap<string, readonly (readonly string[])[]>;

/** A statement of one occupation: its level position (0–3) and index there. */
export interface StatementRef {
  soc: string;
  level: number;
  index: number;
}

/** Required and acceptable links, as keys (see rowLinkKey and matchKey). */
export interface LabelledLinks {
  required: Set<string>;
  acceptable: Set<string>;
  /** Links labelled as describing different work: every unlisted pair is different too; these are the tempting ones. */
  different: Set<string>;
}

/** A problem with the labels: the file, the JSON path and what is wrong, as the build reports exports. */
export class LabelError extends Error {
  constructor(file: string, path: string, problem: string) {
    super(`${file} ${path}: ${problem}`);
    this.name = 'LabelError';
  }
}

const LEVEL_LETTERS = 'EDPA';

/** The key of a level-row link: a statement and the one after it in its row, a level up. */
export function rowLinkKey(soc: string, level: number, index: number, nextIndex: number): string {
  return `${soc} ${LEVEL_LETTERS[level] ?? '?'}${index}→${LEVEL_LETTERS[level + 1] ?? '?'}${nextIndex}`;
}

/** A link a level matrix draws: its key as the labels name it, where it is, and whether it is marked loose. */
export interface DrawnRowLink {
  key: string;
  level: number;
  index: number;
  next: number;
  loose: boolean;
}

/** The links between neighbouring levels that an occupation's level matrix draws. */
export function levelRowLinks(soc: string, levelMatrix: readonly LevelRow[]): DrawnRowLink[] {
  return levelMatrix.flatMap(({ statements, loose }) =>
    statements.flatMap((index, level) => {
      const next = statements[level + 1];
      if (index === null || next === null || next === undefined) return [];
      return [{ key: rowLinkKey(soc, level, index, next), level, index, next, loose: loose[level + 1] === true }];
    }),
  );
}

/** The key of a match between two occupations' statements at one level, whichever order they come in. */
export function matchKey(a: StatementRef, b: StatementRef): string {
  const [first, second] = a.soc <= b.soc ? [a, b] : [b, a];
  const letter = LEVEL_LETTERS[first.level] ?? '?';
  return `${first.soc} ${letter}${first.index} ~ ${second.soc} ${letter}${second.index}`;
}

function topicOf(statement: string): string {
  return splitStatement(statement).topic ?? statement.trim();
}

/** Reads "E3 Topic" (with `soc` given) or "43-4171.00 E3 Topic" and checks the topic against the export. */
function parseRef(
  text: unknown,
  statements: LabelledStatements,
  where: { file: string; path: string },
  soc?: string,
): StatementRef {
  const pattern = soc === undefined ? /^(\S+) ([EDPA])(\d+) (.+)$/ : /^()([EDPA])(\d+) (.+)$/;
  const match = typeof text === 'string' ? pattern.exec(text) : null;
  const expected = soc === undefined ? '"<SOC> <E|D|P|A><index> <topic>"' : '"<E|D|P|A><index> <topic>"';
  if (!match) throw new LabelError(where.file, where.path, `expected ${expected}, found ${JSON.stringify(text)}`);
  const [, socText, letter, indexText, topic] = match;
  const ref: StatementRef = {
    soc: soc ?? socText!,
    level: LEVEL_LETTERS.indexOf(letter!),
    index: Number(indexText),
  };
  const levels = statements.get(ref.soc);
  if (!levels) throw new LabelError(where.file, where.path, `no export with SOC code ${ref.soc} in the data`);
  const statement = levels[ref.level]?.[ref.index];
  if (statement === undefined) {
    const level = LEVEL_IDS[ref.level] ?? '';
    throw new LabelError(where.file, where.path, `${ref.soc} has no ${level} statement ${ref.index}`);
  }
  if (topicOf(statement) !== topic) {
    throw new LabelError(
      where.file,
      where.path,
      `the statement there is now "${topicOf(statement)}", not "${topic}": relabel it for the new export`,
    );
  }
  return ref;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LabelError(file, '$', error instanceof Error ? error.message : String(error));
  }
}

function listAt(value: unknown, file: string, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LabelError(file, path, 'expected a list');
  return value;
}

function objectAt(value: unknown, file: string, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LabelError(file, path, 'expected an object');
  }
  return value as Record<string, unknown>;
}

/** The labelled level rows: required links are neighbours in a labelled row. */
export function readLevelRowLabels(file: string, statements: LabelledStatements): LabelledLinks {
  const root = objectAt(readJson(file), file, '$');
  const occupations = objectAt(root.occupations, file, '$.occupations');
  const links: LabelledLinks = { required: new Set(), acceptable: new Set(), different: new Set() };
  const seen = new Map<string, string>();
  for (const [soc, value] of Object.entries(occupations)) {
    const base = `$.occupations[${JSON.stringify(soc)}]`;
    const labels = objectAt(value, file, base);
    const linkOf = (refs: StatementRef[], path: string) =>
      refs.slice(1).map((ref, position) => {
        const before = refs[position]!;
        if (ref.level !== before.level + 1) {
          throw new LabelError(file, path, 'statements must be at neighbouring levels, in level order');
        }
        return rowLinkKey(soc, before.level, before.index, ref.index);
      });
    listAt(labels.rows, file, `${base}.rows`).forEach((row, rowIndex) => {
      const path = `${base}.rows[${rowIndex}]`;
      const refs = listAt(row, file, path).map((text, position) => {
        const ref = parseRef(text, statements, { file, path: `${path}[${position}]` }, soc);
        const key = `${ref.level}:${ref.index}`;
        const earlier = seen.get(`${soc} ${key}`);
        if (earlier !== undefined) throw new LabelError(file, `${path}[${position}]`, `already in ${earlier}`);
        seen.set(`${soc} ${key}`, path);
        return ref;
      });
      for (const link of linkOf(refs, path)) links.required.add(link);
    });
    listAt(labels.acceptable, file, `${base}.acceptable`).forEach((pair, pairIndex) => {
      const path = `${base}.acceptable[${pairIndex}]`;
      const refs = listAt(pair, file, path).map((text, position) =>
        parseRef(text, statements, { file, path: `${path}[${position}]` }, soc),
      );
      if (refs.length !== 2) throw new LabelError(file, path, 'expected a pair of statements');
      for (const link of linkOf(refs, path)) links.acceptable.add(link);
    });
  }
  return links;
}

const MATCH_LABELS = ['same', 'acceptable', 'different'] as const;

/** The labelled matches between occupations. */
export function readMatchLabels(file: string, statements: LabelledStatements): LabelledLinks {
  const root = objectAt(readJson(file), file, '$');
  const links: LabelledLinks = { required: new Set(), acceptable: new Set(), different: new Set() };
  const labelOf = new Map<string, string>();
  listAt(root.pairs, file, '$.pairs').forEach((value, position) => {
    const path = `$.pairs[${position}]`;
    const pair = objectAt(value, file, path);
    const a = parseRef(pair.a, statements, { file, path: `${path}.a` });
    const b = parseRef(pair.b, statements, { file, path: `${path}.b` });
    if (a.soc === b.soc) throw new LabelError(file, path, 'a match is between two different occupations');
    if (a.level !== b.level) throw new LabelError(file, path, 'a match is between statements at the same level');
    const label = pair.label;
    if (!MATCH_LABELS.includes(label as (typeof MATCH_LABELS)[number])) {
      throw new LabelError(
        file,
        `${path}.label`,
        `expected one of ${MATCH_LABELS.join(', ')}, found ${JSON.stringify(label)}`,
      );
    }
    const key = matchKey(a, b);
    const earlier = labelOf.get(key);
    if (earlier !== undefined) throw new LabelError(file, path, `this pair is labelled already (${earlier})`);
    labelOf.set(key, String(label));
    const set = label === 'same' ? links.required : label === 'acceptable' ? links.acceptable : links.different;
    set.add(key);
  });
  return links;
}
