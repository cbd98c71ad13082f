import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { LEVEL_IDS } from '../../../lib/levels';
import { statementAnchors } from '../../../lib/statement-anchor';
import type { Occupation } from '../../../lib/occupation';
import { StatementText } from '../../../components/statement-text';
import type { CloseMatches } from '../../../lib/matching-client';
import { matchesBetween } from '../lib/pair-summary';

export function statementAnchor(soc: string, level: number, index: number): string {
  return `cmp-${soc}-${LEVEL_IDS[level] ?? level}-${index + 1}`;
}

interface Counterpart {
  occupation: Occupation;
  index: number;
}

function counterparts(
  matches: CloseMatches,
  occupation: Occupation,
  others: readonly Occupation[],
  level: number,
  index: number,
) {
  const found: Counterpart[] = [];
  for (const other of others) {
    const match = matchesBetween(matches, occupation, other, [level]).find(([, from]) => from === index);
    if (match) found.push({ occupation: other, index: match[2] });
  }
  return found;
}

interface ComparisonColumnsProps {
  occupations: readonly Occupation[];
  matches: CloseMatches;
  levels: readonly number[];
}

export function ComparisonColumns({ occupations, matches, levels }: ComparisonColumnsProps) {
  // Which counterpart is being pointed at: "<soc>:<level>:<index>" of both ends.
  const [active, setActive] = useState<{ from: string; to: string } | null>(null);
  // Phones show one occupation at a time; the buttons above switch between them.
  const [shown, setShown] = useState(0);
  const columnClass = (column: number) => (column === shown ? 'block' : 'hidden md:block print:block');
  const gridClass = ['', 'md:grid-cols-1', 'md:grid-cols-2', 'md:grid-cols-3', 'md:grid-cols-4'][occupations.length];

  return (
    <div>
      <div
        role="group"
        aria-label="Occupation shown"
        className="sticky top-0 z-10 -mx-4 flex gap-1 overflow-x-auto border-b border-line bg-page px-4 py-2 md:hidden print:hidden"
      >
        {occupations.map((occupation, column) => (
          <button
            key={occupation.soc}
            type="button"
            aria-pressed={column === shown}
            onClick={() => setShown(column)}
            className="min-h-11 shrink-0 rounded-md border border-line bg-surface px-3 text-sm aria-pressed:border-ink aria-pressed:font-bold"
          >
            {occupation.title}
          </button>
        ))}
      </div>
      <div
        aria-hidden="true"
        className={`sticky top-0 z-10 hidden gap-4 border-b-2 border-line bg-page py-2 md:grid print:static ${gridClass}`}
      >
        {occupations.map((occupation) => (
          <p key={occupation.soc} className="font-bold">
            {occupation.title} <span className="font-mono text-sm font-normal text-ink-muted">{occupation.soc}</span>
          </p>
        ))}
      </div>
      {levels.map((level) => (
        <section key={level} aria-labelledby={`cmp-level-${level}`} className="mt-6">
          <h2 id={`cmp-level-${level}`} className="mb-3 text-xl font-bold">
            Level {level + 1}: {occupations[0]?.levels[level]?.label}
          </h2>
          <div className={`grid gap-4 ${gridClass}`}>
            {occupations.map((occupation, column) => {
              const others = occupations.filter((other) => other !== occupation);
              const statements = occupation.levels[level]?.statements ?? [];
              const levelId = LEVEL_IDS[level] ?? 'emerging';
              const citations = statementAnchors(statements);
              return (
                <div key={occupation.soc} className={`min-w-0 ${columnClass(column)}`}>
                  <h3 className="mb-2 font-semibold md:sr-only print:not-sr-only">{occupation.title}</h3>
                  {statements.length === 0 ? (
                    <p className="text-ink-muted">No statements at this level.</p>
                  ) : (
                    <ol className="space-y-2">
                      {statements.map((text, index) => {
                        const key = `${occupation.soc}:${level}:${index}`;
                        const isActive = active?.from === key || active?.to === key;
                        const shared = counterparts(matches, occupation, others, level, index);
                        return (
                          <li
                            key={key}
                            id={statementAnchor(occupation.soc, level, index)}
                            className={`scroll-mt-24 rounded-md border bg-surface p-3 text-sm print:break-inside-avoid ${
                              isActive ? 'border-accent ring-2 ring-accent' : 'border-line'
                            }`}
                          >
                            <p>
                              <Link
                                to={paths.statement.getHref(occupation.soc, levelId, citations[index] ?? '')}
                                aria-label={`Statement ${index + 1} of ${occupation.title}, on its level page`}
                                className="mr-1.5 font-mono text-xs"
                              >
                                {index + 1}.
                              </Link>
                              <StatementText text={text} />
                            </p>
                            {shared.length > 0 && (
                              <div className="mt-2 border-t border-line pt-2">
                                <p className="text-xs font-semibold text-ink-muted">Close match in</p>
                                <ul className="mt-1 space-y-1">
                                  {shared.map((counterpart) => {
                                    const to = `${counterpart.occupation.soc}:${level}:${counterpart.index}`;
                                    const pointing = active?.from === key && active.to === to;
                                    const point = () => setActive({ from: key, to });
                                    const counterpartText =
                                      counterpart.occupation.levels[level]?.statements[counterpart.index];
                                    return (
                                      <li key={to}>
                                        <a
                                          href={`#${statementAnchor(counterpart.occupation.soc, level, counterpart.index)}`}
                                          onMouseEnter={point}
                                          onFocus={point}
                                          onMouseLeave={() => setActive(null)}
                                          onBlur={() => setActive(null)}
                                          onClick={() => setShown(occupations.indexOf(counterpart.occupation))}
                                          className="text-sm"
                                        >
                                          <span aria-hidden="true">≈ </span>
                                          {counterpart.occupation.title}, statement {counterpart.index + 1}
                                        </a>
                                        {pointing && counterpartText !== undefined && (
                                          <p className="mt-1 rounded bg-sunken p-2 text-xs">
                                            <StatementText text={counterpartText} />
                                          </p>
                                        )}
                                      </li>
                                    );
                                  })}
                                </ul>
                              </div>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
