import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { jobZoneLabel, jobZoneMeaning } from '../../../lib/job-zone';
import type { CatalogEntry } from '../../../lib/occupation';

interface OccupationCardProps {
  entry: CatalogEntry;
  /** The first card added by "Show more" takes focus, so keyboard users carry on from there. */
  focusOnMount?: boolean;
}

export function OccupationCard({ entry, focusOnMount = false }: OccupationCardProps) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // Once, when the card appears: later renders (typing a search) must not pull focus back.
    if (focusOnMount) link.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const statements = entry.levelCounts.reduce((sum, count) => sum + count, 0);
  return (
    <li className="relative flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-sm transition-colors focus-within:border-accent hover:border-accent">
      <h2 className="text-lg leading-snug font-semibold">
        {/* The link's box covers the card, so the whole card is one click or tap target. */}
        <Link
          to={paths.occupation.getHref(entry.soc)}
          ref={link}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg hover:text-accent hover:underline focus-visible:outline-none"
        >
          {entry.title}
        </Link>
      </h2>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
        <div>
          <dt className="sr-only">SOC code</dt>
          <dd className="font-mono text-ink">{entry.soc}</dd>
        </div>
        <div>
          <dt className="sr-only">Group</dt>
          <dd>{entry.group}</dd>
        </div>
        <div>
          <dt className="sr-only">Job zone</dt>
          <dd title={jobZoneMeaning(entry.jobZone)}>
            {jobZoneLabel(entry.jobZone)}
            {entry.jobZoneInferred ? ' (inferred)' : ''}
          </dd>
        </div>
      </dl>
      <p className="mt-auto text-sm text-ink-muted">
        {statements} statement{statements === 1 ? '' : 's'} across {entry.levelCounts.length} levels
      </p>
    </li>
  );
}
