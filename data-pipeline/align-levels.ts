import { maxWeightAssignment } from '../src/lib/assignment.ts';
import { cosine, type SparseVector } from '../src/lib/text-vectors.ts';

/**
 * Least similarity for two statements at neighbouring levels to share a row of
 * the level matrix. Below it a statement starts a row of its own.
 */
export const ALIGN_FLOOR = 0.12;

/** One row of the level matrix: per level, the index of its statement or null. */
export type AlignmentRow = (number | null)[];

function similarities(from: readonly SparseVector[], to: readonly SparseVector[], floor: number): number[][] {
  return from.map((a) =>
    to.map((b) => {
      const similarity = cosine(a, b);
      // Below the floor a pair is worth nothing, so it never displaces a real match.
      return similarity >= floor ? similarity : 0;
    }),
  );
}

/**
 * Aligns statements about the same topic across an occupation's levels: an
 * optimal one-to-one assignment between each pair of neighbouring levels,
 * chained into rows. Rows are ordered by the level and position of their first
 * statement.
 */
export function alignLevels(levels: readonly (readonly SparseVector[])[], floor = ALIGN_FLOOR): AlignmentRow[] {
  const rows: AlignmentRow[] = [];
  let rowOfStatement = new Map<number, AlignmentRow>();
  levels.forEach((statements, level) => {
    statements.forEach((_, index) => {
      if (rowOfStatement.has(index)) return;
      const row: AlignmentRow = levels.map(() => null);
      row[level] = index;
      rows.push(row);
      rowOfStatement.set(index, row);
    });
    const next = levels[level + 1];
    if (!next) return;
    const weights = similarities(statements, next, floor);
    const rowOfNext = new Map<number, AlignmentRow>();
    for (const [from, to] of maxWeightAssignment(weights)) {
      if ((weights[from]?.[to] ?? 0) < floor) continue;
      const row = rowOfStatement.get(from);
      if (!row) continue;
      row[level + 1] = to;
      rowOfNext.set(to, row);
    }
    rowOfStatement = rowOfNext;
  });
  return rows;
}
