import type { Credit } from '../lib/occupation';
import { CreditLine } from './credit-line';

/** The credit of one export, shown with the framework it belongs to. */
export function FrameworkSource({ credit }: { credit: Credit }) {
  return (
    <section
      aria-labelledby="source-heading"
      className="rounded-lg border border-line bg-surface p-4 text-sm text-ink-muted print:p-2 print:text-xs"
    >
      <h2 id="source-heading" className="mb-1 font-semibold text-ink">
        Source of this framework
      </h2>
      <CreditLine credit={credit} />
    </section>
  );
}
