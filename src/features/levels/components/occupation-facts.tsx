import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format-date';
import { jobZoneLabel, jobZoneMeaning } from '../../../lib/job-zone';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';

function Fact({ term, hideTerm = false, children }: { term: string; hideTerm?: boolean; children: ReactNode }) {
  return (
    <div className="flex min-w-0 gap-1">
      <dt className={hideTerm ? 'sr-only' : 'text-ink-muted'}>{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/**
 * An occupation's facts on one compact line (two or three on a phone). With the framework, its
 * version and export date follow; the level page shows those further down, with what it covers.
 */
export function OccupationFacts({ entry, occupation }: { entry: CatalogEntry; occupation?: Occupation }) {
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-0.5 text-sm print:text-[9pt]">
      <Fact term="SOC code">
        <span className="font-mono">{entry.soc}</span>
      </Fact>
      {/* The value says what it is: a visible term would only take room. */}
      <Fact term="Group" hideTerm>
        {entry.group}
      </Fact>
      <Fact term="Job zone" hideTerm>
        {/* Without a zone, its meaning ("No job zone assigned") says it all. */}
        {entry.jobZone !== null && (
          <>
            <span className="font-semibold">
              {jobZoneLabel(entry.jobZone)}
              {entry.jobZoneInferred ? ' (inferred)' : ''}
            </span>
            <span aria-hidden="true">: </span>
          </>
        )}
        <span className="text-ink-muted">{jobZoneMeaning(entry.jobZone)}</span>
      </Fact>
      {occupation && <FrameworkFacts occupation={occupation} />}
    </dl>
  );
}

/** The framework's version and export date, as terms of the list they are put in. */
export function FrameworkFacts({ occupation }: { occupation: Occupation }) {
  return (
    <>
      <Fact term="Framework">{occupation.framework.version}</Fact>
      <Fact term="Exported">{formatDate(occupation.framework.exportedAt)}</Fact>
    </>
  );
}
