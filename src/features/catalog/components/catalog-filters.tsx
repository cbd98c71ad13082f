import { useId } from 'react';
import { JOB_ZONES, jobZoneMeaning } from '../../../lib/job-zone';
import { paths } from '../../../config/paths';
import { siteHref } from '../../../lib/site-url';
import { CATALOG_PARAMS, NO_ZONE, type CatalogFilters as Filters } from '../lib/filter-catalog';

interface CatalogFiltersProps {
  filters: Filters;
  groups: { group: string; count: number }[];
  onChange: (change: Partial<Filters>) => void;
}

const fieldClass =
  'mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm placeholder:text-ink-muted';

export function CatalogFilters({ filters, groups, onChange }: CatalogFiltersProps) {
  const id = useId();
  return (
    <form
      role="search"
      aria-label="Occupations"
      className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] print:hidden"
      // Before the app is ready (and without JavaScript), Enter filters the list as a plain form.
      action={siteHref(paths.catalog.getHref())}
      onSubmit={(event) => event.preventDefault()}
    >
      <div>
        <label htmlFor={`${id}-query`} className="text-sm font-semibold">
          Search by title or SOC code
        </label>
        <input
          id={`${id}-query`}
          type="search"
          name={CATALOG_PARAMS.query}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. receptionist or 43-4171"
          value={filters.query}
          onChange={(event) => onChange({ query: event.target.value })}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-group`} className="text-sm font-semibold">
          Group
        </label>
        <select
          id={`${id}-group`}
          name={CATALOG_PARAMS.group}
          value={filters.group}
          onChange={(event) => onChange({ group: event.target.value })}
          className={fieldClass}
        >
          <option value="">All groups</option>
          {groups.map(({ group, count }) => (
            <option key={group} value={group}>
              {group} ({count})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-zone`} className="text-sm font-semibold">
          Job zone
        </label>
        <select
          id={`${id}-zone`}
          name={CATALOG_PARAMS.zone}
          value={filters.zone}
          onChange={(event) => onChange({ zone: event.target.value })}
          className={fieldClass}
        >
          <option value="">All job zones</option>
          {JOB_ZONES.map((zone) => (
            <option key={zone} value={String(zone)}>
              {zone}: {jobZoneMeaning(zone)}
            </option>
          ))}
          <option value={NO_ZONE}>Not assigned</option>
        </select>
      </div>
    </form>
  );
}
