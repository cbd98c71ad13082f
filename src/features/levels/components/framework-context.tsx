import type { Occupation } from '../../../lib/occupation';
import { FrameworkFacts } from './occupation-facts';

/**
 * What the export says its framework covers, and its version: after the statements, which
 * readers come for first.
 */
export function FrameworkContext({ occupation }: { occupation: Occupation }) {
  const { contextCovered, description } = occupation.framework;
  return (
    <section
      aria-labelledby="context-heading"
      className="rounded-lg bg-sunken p-4 print:bg-transparent print:p-0 print:text-[10.5pt] print:leading-snug"
    >
      <h2 id="context-heading" className="text-sm font-semibold text-ink-muted">
        What this framework covers
      </h2>
      <p className="mt-1 max-w-prose">{contextCovered || 'The export does not describe its context.'}</p>
      {description ? <p className="mt-2 max-w-prose">{description}</p> : null}
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
        <FrameworkFacts occupation={occupation} />
      </dl>
    </section>
  );
}
