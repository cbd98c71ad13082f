import { levelBorderClass } from '../../../components/level-style';
import { StatementText } from '../../../components/statement-text';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Level } from '../../../lib/occupation';

/** One level of the handout: its name and position, and every statement, numbered. */
export function HandoutLevel({ level, position }: { level: Level; position: number }) {
  const count = level.statements.length;
  const headingId = `handout-${level.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`break-inside-avoid-page border-l-4 pl-3 ${levelBorderClass[level.id]} print:mb-3 print:break-inside-auto print:pl-2`}
    >
      <h2
        id={headingId}
        className="flex flex-wrap items-baseline gap-x-2 text-lg font-bold print:break-after-avoid print:text-[10.5pt]"
      >
        <span>
          <span className="text-ink-muted">
            Level {position} of {LEVEL_IDS.length}:
          </span>{' '}
          {level.label}
        </span>
        <span className="text-sm font-normal text-ink-muted print:text-[8pt]">
          {count} statement{count === 1 ? '' : 's'}
        </span>
      </h2>
      {count === 0 ? (
        <p className="mt-1 text-ink-muted">This framework has no statements at this level.</p>
      ) : (
        <ol className="mt-2 space-y-1.5 print:mt-1 print:space-y-0.5">
          {level.statements.map((statement, index) => (
            // Statements may repeat within a level; their position is what makes them unique.
            <li key={index} className="flex gap-2 break-inside-avoid">
              <span
                aria-hidden="true"
                className="w-6 shrink-0 text-right font-mono text-sm text-ink-muted print:w-4 print:text-[8pt]"
              >
                {index + 1}.
              </span>
              <p className="min-w-0 flex-1 break-words">
                <StatementText text={statement} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
