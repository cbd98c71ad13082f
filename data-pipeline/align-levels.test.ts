import { alignLevels } from './align-levels.ts';
import type { LevelRow } from '../src/lib/occupation.ts';
import { Vocabulary, statementTermCounts, type SparseVector } from '../src/lib/text-vectors.ts';

const statementsOf = (rows: LevelRow[]) => rows.map((row) => row.statements);

function vectorise(levels: string[][]): SparseVector[][] {
  const vocabulary = new Vocabulary();
  const counts = levels.map((level) => level.map((statement) => statementTermCounts(statement)));
  for (const level of counts) for (const count of level) vocabulary.add(count);
  return counts.map((level) => level.map((count) => vocabulary.vector(count)));
}

describe('alignLevels', () => {
  it('puts statements about the same topic in one row across levels', () => {
    const rows = alignLevels(
      vectorise([
        ['Invoice filing — file invoices under supervision.', 'Phone calls — answer calls using a script.'],
        ['Phone calls — route calls between departments.', 'Invoice filing — reconcile invoices independently.'],
        ['Phone calls — manage call escalation for the team.'],
        [],
      ]),
    );
    expect(statementsOf(rows)).toEqual([
      [0, 1, null, null],
      [1, 0, 0, null],
    ]);
  });

  it('gives a statement with no counterpart a row of its own', () => {
    const rows = alignLevels(
      vectorise([['Forklift driving — move pallets safely.'], ['Budget planning — prepare the yearly budget.']]),
    );
    expect(statementsOf(rows)).toEqual([
      [0, null],
      [null, 0],
    ]);
  });

  it('pairs identical statements, one to one, when levels differ in size', () => {
    const same = 'Stock counts — count stock at the end of each shift.';
    const rows = alignLevels(
      vectorise([[same], [same, 'Supplier orders — place orders with approved suppliers.', same]]),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]?.statements).toEqual([0, 0]);
    expect(rows.slice(1).map((row) => row.statements[0])).toEqual([null, null]);
  });

  it('aligns nothing across levels that share no words', () => {
    const rows = alignLevels(vectorise([['Alpha — beta.'], ['Gamma — delta.'], ['Epsilon — zeta.']]));
    expect(statementsOf(rows)).toEqual([
      [0, null, null],
      [null, 0, null],
      [null, null, 0],
    ]);
  });

  it('calls a link loose when one of its statements is closer to another that a better pair took', () => {
    // "Call logs" is closer to "Phone calls" at the next level than to "Visit logs",
    // but "Phone calls" goes to its own closer pair, so the link to "Visit logs" is loose.
    const rows = alignLevels(
      vectorise([
        ['Phone calls — answer phone calls.', 'Call logs — log phone calls each day.'],
        ['Phone calls — route phone calls.', 'Visit logs — keep logs of visits.'],
      ]),
    );
    expect(rows.map((row) => ({ statements: row.statements, loose: row.loose }))).toEqual([
      { statements: [0, 0], loose: [false, false] },
      { statements: [1, 1], loose: [false, true] },
    ]);
  });

  it('calls a link sure when each statement is the other’s closest', () => {
    const rows = alignLevels(
      vectorise([
        ['Invoice filing — file invoices.', 'Phone calls — answer calls.'],
        ['Phone calls — route calls.', 'Invoice filing — reconcile invoices.'],
      ]),
    );
    expect(rows.every((row) => row.loose.every((loose) => !loose))).toBe(true);
    expect(statementsOf(rows)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
