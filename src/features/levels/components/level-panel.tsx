import { useEffect, useRef } from 'react';
import { levelBorderClass } from '../../../components/level-style';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Level } from '../../../lib/occupation';
import { StatementList } from './statement-list';

interface LevelPanelProps {
  soc: string;
  level: Level;
  position: number;
  /** Set after a retry, when the element that had focus has gone. */
  focusOnMount?: boolean;
}

export function LevelPanel({ soc, level, position, focusOnMount = false }: LevelPanelProps) {
  const count = level.statements.length;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
    // Only on mount: later level changes keep focus where the reader put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <section aria-labelledby="level-heading" className={`border-t-4 pt-3 sm:pt-4 ${levelBorderClass[level.id]}`}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 sm:mb-4 print:mb-2">
        <h2
          id="level-heading"
          ref={heading}
          tabIndex={-1}
          className="text-xl font-bold outline-none sm:text-2xl print:text-lg"
        >
          <span className="text-ink-muted">
            Level {position} of {LEVEL_IDS.length}:
          </span>{' '}
          {level.label}
        </h2>
        <p className="text-sm text-ink-muted sm:text-base print:text-sm">
          {count} statement{count === 1 ? '' : 's'}
        </p>
      </div>
      <StatementList soc={soc} level={level.id} statements={level.statements} />
    </section>
  );
}
