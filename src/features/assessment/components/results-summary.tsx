import { levelBadgeClass } from '../../../components/level-style';
import { StatementText } from '../../../components/statement-text';
import { LEVEL_IDS, LEVEL_NAMES } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { RATING_LABELS, type Assessment } from '../lib/assessment';
import { estimateExplanation, estimateLevel, levelProgress, nextSteps } from '../lib/level-estimate';

function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

/** Level estimate, a bar per level and next steps: the same on screen, in print and in a shared view. */
export function ResultsSummary({ occupation, assessment }: { occupation: Occupation; assessment: Assessment }) {
  const progress = levelProgress(occupation, assessment);
  const estimate = estimateLevel(progress);
  const steps = nextSteps(occupation, assessment, estimate);
  const labels = Object.fromEntries(occupation.levels.map((level) => [level.id, level.label]));
  const label = (level: keyof typeof LEVEL_NAMES) => labels[level] ?? LEVEL_NAMES[level];
  return (
    <div className="space-y-6 print:space-y-3">
      <section aria-labelledby="estimate-heading" className="rounded-lg border-2 border-ink bg-surface p-5 print:p-2">
        <h2 id="estimate-heading" className="text-sm font-semibold text-ink-muted">
          Estimated level
        </h2>
        <p className="text-2xl font-bold print:text-lg">
          {estimate === null ? `Working towards ${label('emerging')}` : label(estimate)}
        </p>
        <p className="mt-1 text-sm text-ink-muted">{estimateExplanation(progress, estimate, label('emerging'))}</p>
      </section>
      <section aria-labelledby="levels-heading" className="space-y-3 print:space-y-1">
        <h2 id="levels-heading" className="text-xl font-bold print:text-base">
          Ratings by level
        </h2>
        <ul className="space-y-3 print:space-y-1">
          {progress.map((item, index) => {
            const own = percent(item.onMyOwn, item.total);
            const help = percent(item.withHelp, item.total);
            return (
              <li key={item.level} className="print:break-inside-avoid">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-semibold">
                    {index + 1}. {label(item.level)}
                  </span>
                  <span className="text-sm text-ink-muted print:text-[10px]">
                    {item.onMyOwn} on my own, {item.withHelp} with help, {item.notYet} not yet, {item.unrated} unrated
                    (of {item.total})
                  </span>
                </div>
                {/* The numbers above say it all in words; the bar is the same, drawn. */}
                <div
                  aria-hidden="true"
                  // Browsers drop background colours in print unless told the colours are the content.
                  className="mt-1 flex h-4 overflow-hidden rounded bg-sunken [print-color-adjust:exact] print:h-2.5 print:border print:border-black"
                >
                  <div className={`${levelBadgeClass[item.level]} print:bg-black`} style={{ width: `${own}%` }} />
                  <div
                    className="bg-[repeating-linear-gradient(45deg,var(--color-ink-muted)_0_3px,transparent_3px_6px)]"
                    style={{ width: `${help}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
        <p aria-hidden="true" className="flex flex-wrap gap-4 text-xs text-ink-muted">
          <span>
            {/* The bars draw On my own in each level's colour (black in print): the swatch shows all four. */}
            <span className="mr-1 inline-flex h-3 w-6 align-middle [print-color-adjust:exact]">
              {LEVEL_IDS.map((level) => (
                <span key={level} className={`${levelBadgeClass[level]} h-full flex-1 print:bg-black`} />
              ))}
            </span>{' '}
            On my own, in the colour of each level
          </span>
          <span>
            <span className="mr-1 inline-block size-3 bg-[repeating-linear-gradient(45deg,var(--color-ink-muted)_0_3px,transparent_3px_6px)] align-middle [print-color-adjust:exact]" />{' '}
            With help
          </span>
        </p>
      </section>
      <section aria-labelledby="next-heading" className="space-y-3 print:space-y-1">
        <h2 id="next-heading" className="text-xl font-bold print:text-base">
          Next steps
        </h2>
        {steps.length === 0 ? (
          <p className="text-ink-muted">
            {estimate === 'advanced'
              ? 'You rated every level as reached: there is no next level in this framework.'
              : 'Nothing to show yet.'}
          </p>
        ) : (
          <>
            <p className="text-ink-muted">Statements of the {label(steps[0]!.level)} level not yet rated On my own:</p>
            <ol className="list-decimal space-y-2 pl-8 print:space-y-0.5">
              {steps.map((step) => (
                <li key={step.index}>
                  <StatementText text={step.text} />{' '}
                  <span className="text-sm text-ink-muted print:text-[10px]">
                    ({step.rating ? RATING_LABELS[step.rating] : 'not rated'})
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
