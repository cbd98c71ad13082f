import { useId } from 'react';
import { LEVEL_IDS, LEVEL_NAMES, isLevelId, type LevelId } from '../../../lib/levels';
import type { SearchFilters as Filters } from '../hooks/use-search-params';

interface SearchFiltersProps {
  filters: Filters;
  levelCounts: Record<LevelId, number> | undefined;
  groupCounts: { group: string; count: number }[] | undefined;
  onChange: (change: Partial<Filters>) => void;
}

const fieldClass = 'mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm';

export function SearchFilters({ filters, levelCounts, groupCounts, onChange }: SearchFiltersProps) {
  const id = useId();
  // A group chosen in a shared link stays selectable even before counts arrive.
  const groups = groupCounts ?? (filters.group ? [{ group: filters.group, count: 0 }] : []);
  return (
    <div className="grid gap-3 sm:grid-cols-2 print:hidden">
      <div>
        <label htmlFor={`${id}-level`} className="text-sm font-semibold">
          Level
        </label>
        <select
          id={`${id}-level`}
          value={filters.level ?? ''}
          onChange={(event) => onChange({ level: isLevelId(event.target.value) ? event.target.value : null })}
          className={fieldClass}
        >
          <option value="">All levels</option>
          {LEVEL_IDS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_NAMES[level]}
              {levelCounts ? ` (${levelCounts[level]})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-group`} className="text-sm font-semibold">
          Group
        </label>
        <select
          id={`${id}-group`}
          value={filters.group ?? ''}
          onChange={(event) => onChange({ group: event.target.value || null })}
          className={fieldClass}
        >
          <option value="">All groups</option>
          {groups.map(({ group, count }) => (
            <option key={group} value={group}>
              {group}
              {groupCounts ? ` (${count})` : ''}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
