import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/page-heading';
import { SkeletonBar } from '../../../components/skeleton';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format-date';
import { jobZoneLabel, jobZoneMeaning } from '../../../lib/job-zone';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-semibold text-ink-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** What is known from the catalog shows at once; the framework details follow when loaded. */
export function OccupationSummary({ entry, occupation }: { entry: CatalogEntry; occupation: Occupation | undefined }) {
  return (
    <header className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to={paths.catalog.getHref()}>
          <span aria-hidden="true">← </span>All occupations
        </Link>
      </nav>
      <PageHeading id="occupation-title">{entry.title}</PageHeading>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3 lg:grid-cols-5">
        <Fact term="SOC code">
          <span className="font-mono">{entry.soc}</span>
        </Fact>
        <Fact term="Group">{entry.group}</Fact>
        <Fact term="Job zone">
          {jobZoneLabel(entry.jobZone)}
          {entry.jobZoneInferred ? ' (inferred)' : ''}
          <span className="block text-sm text-ink-muted">{jobZoneMeaning(entry.jobZone)}</span>
        </Fact>
        <Fact term="Framework version">
          {occupation ? occupation.framework.version : <SkeletonBar className="my-1 h-4 w-16" />}
        </Fact>
        <Fact term="Exported">
          {occupation ? formatDate(occupation.framework.exportedAt) : <SkeletonBar className="my-1 h-4 w-24" />}
        </Fact>
      </dl>
      <section aria-labelledby="context-heading" className="rounded-lg bg-sunken p-4">
        <h2 id="context-heading" className="text-sm font-semibold text-ink-muted">
          What this framework covers
        </h2>
        {occupation ? (
          <p className="mt-1 max-w-prose">
            {occupation.framework.contextCovered || 'The export does not describe its context.'}
          </p>
        ) : (
          // About as tall as a typical description (six lines on a phone, three on a wide screen),
          // so that the page does not jump when it arrives.
          <div className="mt-1 max-w-prose space-y-2 py-1">
            <SkeletonBar className="h-4 w-full" />
            <SkeletonBar className="h-4 w-full" />
            <SkeletonBar className="h-4 w-full sm:w-2/3" />
            <SkeletonBar className="h-4 w-full sm:hidden" />
            <SkeletonBar className="h-4 w-full sm:hidden" />
            <SkeletonBar className="h-4 w-2/3 sm:hidden" />
          </div>
        )}
        {occupation?.framework.description ? (
          <p className="mt-2 max-w-prose">{occupation.framework.description}</p>
        ) : null}
      </section>
    </header>
  );
}
