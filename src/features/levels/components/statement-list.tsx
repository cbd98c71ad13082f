import { StatementText } from '../../../components/statement-text';

export function StatementList({ statements }: { statements: readonly string[] }) {
  if (statements.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-line p-4 text-ink-muted">
        This framework has no statements at this level.
      </p>
    );
  }
  return (
    <ol className="space-y-3">
      {statements.map((statement, index) => {
        return (
          <li
            // Statements may repeat within a level; their position is what makes them unique.
            key={index}
            className="flex gap-2 rounded-md border border-line bg-surface p-3 shadow-sm sm:gap-3 sm:p-4 print:break-inside-avoid print:border-0 print:p-1 print:shadow-none"
          >
            <span aria-hidden="true" className="w-6 shrink-0 pt-0.5 text-right font-mono text-sm text-ink-muted">
              {index + 1}.
            </span>
            <p className="min-w-0 break-words text-ink">
              <StatementText text={statement} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
