/**
 * Optimal one-to-one assignment (Hungarian algorithm, O(n²m)): the pairs of
 * rows and columns whose summed weight is largest. Rows or columns may be left
 * over when the matrix is not square.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): [row: number, column: number][] {
  const rowCount = weights.length;
  const columnCount = weights[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return [];
  // The algorithm wants no more rows than columns; solve the transpose otherwise.
  const transposed = rowCount > columnCount;
  const n = transposed ? columnCount : rowCount;
  const m = transposed ? rowCount : columnCount;
  const weight = (i: number, j: number): number =>
    (transposed ? weights[j]?.[i] : weights[i]?.[j]) ?? Number.NEGATIVE_INFINITY;

  let largest = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) largest = Math.max(largest, weight(i, j));
  const cost = (i: number, j: number) => largest - weight(i, j);

  // 1-based potentials and matching, as in the classic formulation; index 0 is a sentinel.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const matchOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    matchOfColumn[0] = i;
    let column = 0;
    const minimum = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[column] = 1;
      const row = matchOfColumn[column]!;
      let delta = Number.POSITIVE_INFINITY;
      let nextColumn = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(row - 1, j - 1) - u[row]! - v[j]!;
        if (reduced < minimum[j]!) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if (minimum[j]! < delta) {
          delta = minimum[j]!;
          nextColumn = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[matchOfColumn[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minimum[j]! -= delta;
        }
      }
      column = nextColumn;
    } while (matchOfColumn[column] !== 0);
    do {
      const previous = way[column]!;
      matchOfColumn[column] = matchOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }

  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = matchOfColumn[j]!;
    if (i === 0) continue;
    pairs.push(transposed ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
