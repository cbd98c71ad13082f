import { Link } from 'react-router-dom';
import { levelBadgeClass } from '../../../components/level-style';
import { paths } from '../../../config/paths';
import { keepScroll } from '../../../lib/keep-scroll';
import { LEVEL_IDS, levelIndex, type LevelId } from '../../../lib/levels';

interface LevelStepperProps {
  soc: string;
  current: LevelId;
  labels: Record<LevelId, string>;
  counts: readonly number[];
  onPrevious: () => void;
  onNext: () => void;
}

const pagerClass =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 font-semibold text-ink shadow-sm hover:border-accent aria-disabled:cursor-not-allowed aria-disabled:text-ink-muted aria-disabled:opacity-60 aria-disabled:shadow-none aria-disabled:hover:border-line';

export function LevelStepper({ soc, current, labels, counts, onPrevious, onNext }: LevelStepperProps) {
  const position = levelIndex(current);
  const previous = LEVEL_IDS[position - 1];
  const next = LEVEL_IDS[position + 1];
  return (
    <nav aria-label="Levels" className="print:hidden">
      <ol className="grid grid-cols-4 gap-1.5 sm:gap-3">
        {LEVEL_IDS.map((id, index) => {
          const isCurrent = id === current;
          const count = counts[index] ?? 0;
          return (
            <li key={id} className="min-w-0">
              <Link
                to={paths.level.getHref(soc, id)}
                state={keepScroll}
                aria-current={isCurrent ? 'step' : undefined}
                aria-label={`Level ${index + 1}: ${labels[id]}, ${count} statement${count === 1 ? '' : 's'}`}
                className={`flex h-full flex-col items-center gap-0.5 rounded-md border-2 px-1 py-1 text-center no-underline sm:flex-row sm:gap-3 sm:px-3 sm:py-2 sm:text-left ${
                  isCurrent
                    ? 'border-ink bg-surface text-ink'
                    : 'border-transparent text-ink-muted hover:border-line hover:text-ink'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`grid size-7 shrink-0 place-items-center rounded-full text-sm font-bold sm:size-8 ${
                    isCurrent ? levelBadgeClass[id] : 'border-2 border-line bg-surface text-ink-muted'
                  }`}
                >
                  {index + 1}
                </span>
                <span className="min-w-0">
                  <span className={`block truncate text-xs sm:text-base ${isCurrent ? 'font-bold' : 'font-medium'}`}>
                    {labels[id]}
                  </span>
                  <span className="hidden text-sm text-ink-muted sm:block">
                    {count} statement{count === 1 ? '' : 's'}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="mt-2 flex items-center justify-between gap-2 sm:mt-3">
        <button type="button" className={pagerClass} aria-disabled={previous ? undefined : true} onClick={onPrevious}>
          <span aria-hidden="true">←</span>
          <span>
            Previous level<span className="sr-only sm:not-sr-only">{previous ? `: ${labels[previous]}` : ''}</span>
          </span>
        </button>
        <p className="hidden text-sm text-ink-muted md:block">
          Tip: the <kbd className="rounded border border-line px-1 font-sans">←</kbd> and{' '}
          <kbd className="rounded border border-line px-1 font-sans">→</kbd> keys change level.
        </p>
        <button type="button" className={pagerClass} aria-disabled={next ? undefined : true} onClick={onNext}>
          <span>
            Next level<span className="sr-only sm:not-sr-only">{next ? `: ${labels[next]}` : ''}</span>
          </span>
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}
