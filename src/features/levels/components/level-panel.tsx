import { levelBorderClass } from '../../../components/level-style';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Level } from '../../../lib/occupation';
import { StatementList } from './statement-list';

export function LevelPanel({ level, position }: { level: Level; position: number }) {
  const count = level.statements.length;
  return (
    <section aria-labelledby="level-heading" className={`border-t-4 pt-4 ${levelBorderClass[level.id]}`}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="level-heading" className="text-2xl font-bold">
          <span className="text-ink-muted">
            Level {position} of {LEVEL_IDS.length}:
          </span>{' '}
          {level.label}
        </h2>
        <p className="text-ink-muted">
          {count} statement{count === 1 ? '' : 's'}
        </p>
      </div>
      <StatementList statements={level.statements} />
    </section>
  );
}
