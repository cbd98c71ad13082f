import { maxWeightAssignment } from '../src/lib/assignment.ts';
import type { LevelRow } from '../src/lib/occupation.ts';
import { cosine, type SparseVector } from '../src/lib/text-vectors.ts';

/**
 * Least similarity for two statements at neighbouring levels to share a row of
 * the level matrix. Below it a statement starts a row of its own.
 */
export const ALIGN_FLOOR = 0.12;

/**
 * Aligns statements about the same topic across an occupation's levels: an
 * optimal one-to-one assignment between each pair of neighbouring levels,
 * chained into rows. Rows are ordered by the level and position of their first
 * statement.
 *
 * A link is loose when one of its two statements is more similar to another
 * statement at the other level, which the one-to-one assignment gave to a
 * better pair: on the labelled set such links are right less than half the
 * time, the others five times in six (docs/decisions/014), so the matrix
 * says so.
 */
export function alignLevels(levels: readonly (readonly SparseVector[])[], floor = ALIGN_FLOOR): LevelRow[] {
  const rows: LevelRow[] = [];
  let rowOfStatement = new Map<number, LevelRow>();
  levels.forEach((statements, level) => {
    statements.forEach((_, index) => {
      if (rowOfStatement.has(index)) return;
      const row: LevelRow = { statements: levels.map(() => null), loose: levels.map(() => false) };
      row.statements[level] = index;
      rows.push(row);
      rowOfStatement.set(index, row);
    });
    const next = levels[level + 1];
    if (!next) return;
    const similarity = statements.map((a) => next.map((b) => cosine(a, b)));
    // Below the floor a pair is worth nothing, so it never displaces a real match.
    const weights = similarity.map((row) => row.map((value) => (value >= floor ? value : 0)));
    const rowOfNext = new Map<number, LevelRow>();
    for (const [from, to] of maxWeightAssignment(weights)) {
      const value = weights[from]?.[to] ?? 0;
      if (value < floor) continue;
      const row = rowOfStatement.get(from);
      if (!row) continue;
      row.statements[level + 1] = to;
      row.loose[level + 1] =
        similarity[from]!.some((other) => other > value) || similarity.some((other) => other[to]! > value);
      rowOfNext.set(to, row);
    }
    rowOfStatement = rowOfNext;
  });
  return rows;
}
