import { useEffect, useMemo, useState } from 'react';
import { StatementText } from '../../../components/statement-text';
import type { LevelId } from '../../../lib/levels';
import { statementAnchors } from '../../../lib/statement-anchor';
import { useScrollToTarget, useTargetAnchor } from '../hooks/use-statement-target';
import { CopyStatementLink, type CopyMessage } from './copy-statement-link';

interface StatementListProps {
  soc: string;
  level: LevelId;
  statements: readonly string[];
}

export function StatementList({ soc, level, statements }: StatementListProps) {
  const anchors = useMemo(() => statementAnchors(statements), [statements]);
  const target = useTargetAnchor();
  const found = target !== null && anchors.includes(target);
  useScrollToTarget(target, found);
  const [message, setMessage] = useState<CopyMessage | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), 6000);
    return () => window.clearTimeout(timer);
  }, [message]);

  if (statements.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-line p-4 text-ink-muted">
        This framework has no statements at this level.
      </p>
    );
  }
  return (
    <>
      {target !== null && !found && (
        <p role="alert" className="mb-4 rounded-md border-2 border-danger bg-surface p-3">
          The statement this link points to (“{target}”) is not at this level of the current framework. It may have been
          reworded or moved in a newer version.
        </p>
      )}
      {/* Always on the page, so that screen readers hear each new message; shown only while it has one. */}
      <p
        role="status"
        className="fixed inset-x-4 bottom-4 z-20 mx-auto max-w-md rounded-md bg-ink px-4 py-3 text-center text-page shadow-lg empty:hidden print:hidden"
      >
        {message?.text}
        {/* Only the address may break anywhere: it has no spaces, and words must stay whole. */}
        {message?.url && <span className="[overflow-wrap:anywhere]">{message.url}</span>}
      </p>
      <ol className="space-y-3 print:space-y-1 print:text-[10.5pt] print:leading-snug">
        {statements.map((statement, index) => {
          const anchor = anchors[index] ?? '';
          const targeted = anchor === target;
          return (
            <li
              // Statements may repeat within a level; their position is what makes them unique.
              key={index}
              id={anchor}
              // Focusable only when cited, so a link lands a screen reader on it too.
              tabIndex={targeted ? -1 : undefined}
              aria-current={targeted ? 'location' : undefined}
              className="relative flex scroll-mt-24 gap-2 rounded-md max-sm:min-h-20 border border-line bg-surface p-3 shadow-sm aria-[current=location]:border-accent aria-[current=location]:bg-sunken aria-[current=location]:ring-2 aria-[current=location]:ring-accent sm:gap-3 sm:p-4 print:break-inside-avoid print:gap-2 print:border-0 print:bg-transparent print:p-0 print:shadow-none print:ring-0"
            >
              <span
                aria-hidden="true"
                className="w-8 shrink-0 pt-0.5 text-right font-mono text-sm text-ink-muted sm:w-6 print:pt-0"
              >
                {index + 1}.
              </span>
              {/* On phones the button is an icon under the number, leaving the text nearly the full width
                  and each statement no taller than its text. */}
              <div className="flex min-w-0 flex-1 flex-col items-start sm:flex-row sm:items-center sm:gap-3">
                <p className="min-w-0 flex-1 break-words text-ink">
                  <StatementText text={statement} />
                </p>
                <CopyStatementLink soc={soc} level={level} anchor={anchor} number={index + 1} onCopied={setMessage} />
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
