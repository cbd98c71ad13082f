import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useCatalog } from '../../../api/get-catalog';
import { useCloseMatches } from '../../../api/get-close-matches';
import { getOccupationQueryOptions } from '../../../api/get-occupation';
import { CreditLine } from '../../../components/credit-line';
import { LoadError } from '../../../components/load-error';
import { LoadingPanel } from '../../../components/loading-panel';
import { PageHeading } from '../../../components/page-heading';
import type { ComparisonLevel } from '../../../config/paths';
import { LEVEL_IDS, LEVEL_NAMES } from '../../../lib/levels';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { useComparisonParams } from '../hooks/use-comparison-params';
import { comparedLevels, pairSummaries } from '../lib/pair-summary';
import { ComparisonColumns } from './comparison-columns';
import { OccupationPicker } from './occupation-picker';
import { PageHead } from '../../../components/page-head';
import { COMPARISON_PAGE } from '../lib/page-text';

function levelPhrase(level: ComparisonLevel): string {
  return level === 'all' ? '' : ` ${LEVEL_NAMES[level]}`;
}

export function ComparisonView() {
  const id = useId();
  const { occupations: catalog } = useCatalog();
  const [{ socs, unknown, level }, setComparison] = useComparisonParams();
  const selected = socs
    .map((soc) => catalog.find((entry) => entry.soc === soc))
    .filter((entry): entry is CatalogEntry => entry !== undefined);
  const queries = useQueries({ queries: selected.map((entry) => getOccupationQueryOptions(entry)) });
  const loaded = queries.map((query) => query.data).filter((data): data is Occupation => data !== undefined);
  const failed = queries.findIndex((query) => query.isError);
  const allLoaded = selected.length >= 2 && loaded.length === selected.length;
  // Worked out in the browser once every framework is here: a file lists only its related occupations.
  const closeMatches = useCloseMatches(allLoaded ? loaded : []);

  return (
    <div className="space-y-6">
      <PageHead
        title={`${COMPARISON_PAGE.heading}${selected.length ? `: ${selected.map((entry) => entry.title).join(', ')}` : ''}`}
        description={COMPARISON_PAGE.description}
      />
      <div className="space-y-2">
        <PageHeading>{COMPARISON_PAGE.heading}</PageHeading>
        <p className="max-w-prose text-ink-muted">
          Put two to four occupations side by side. Statements with a close counterpart in another occupation are
          marked, so you can see what carries over and what is new. Matches are found from the wording of the
          statements.
        </p>
      </div>
      {unknown.length > 0 && (
        <p role="note" className="rounded-md border border-line bg-surface p-3">
          Not in this catalog, so left out: {unknown.join(', ')}
        </p>
      )}
      <OccupationPicker
        catalog={catalog}
        selected={selected}
        onAdd={(soc) => setComparison([...socs, soc], level)}
        onRemove={(soc) =>
          setComparison(
            socs.filter((other) => other !== soc),
            level,
          )
        }
      />
      <div className="print:hidden">
        <label htmlFor={`${id}-level`} className="block text-sm font-semibold">
          Level
        </label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(event) => setComparison(socs, event.target.value as ComparisonLevel)}
          className="mt-1 rounded-md border border-line bg-surface px-3 py-2 text-base"
        >
          <option value="all">All levels</option>
          {LEVEL_IDS.map((option, index) => (
            <option key={option} value={option}>
              Level {index + 1}: {LEVEL_NAMES[option]}
            </option>
          ))}
        </select>
      </div>
      {selected.length < 2 ? (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-ink-muted">
          {selected.length === 0 ? 'Add two occupations to start comparing.' : 'Add one more occupation to compare.'}
        </p>
      ) : failed >= 0 ? (
        <LoadError
          title={selected[failed]?.title ?? ''}
          error={queries[failed]?.error ?? null}
          isRetrying={false}
          onRetry={() => void queries[failed]?.refetch()}
        />
      ) : !allLoaded || closeMatches.isPending ? (
        <LoadingPanel />
      ) : closeMatches.isError ? (
        <section
          role="alert"
          aria-labelledby={`${id}-match-error`}
          className="rounded-lg border-2 border-danger bg-surface p-5"
        >
          <h2 id={`${id}-match-error`} className="text-lg font-bold">
            The close matches could not be worked out
          </h2>
          <p className="mt-2 text-ink-muted">
            {closeMatches.error.message} The frameworks loaded; comparing their statements failed.
          </p>
          <button
            type="button"
            onClick={() => void closeMatches.refetch()}
            className="mt-4 min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface shadow-sm hover:bg-accent-strong"
          >
            Try again
          </button>
        </section>
      ) : (
        <>
          <section aria-labelledby={`${id}-summary`} className="rounded-lg border border-line bg-surface p-4">
            <h2 id={`${id}-summary`} className="font-semibold">
              Close matches
            </h2>
            <ul className="mt-2 space-y-1">
              {pairSummaries(loaded, closeMatches.data, level).map(({ from, to, matched, total }) => (
                <li key={`${from.soc}-${to.soc}`}>
                  {from.title} <span aria-hidden="true">→</span>
                  <span className="sr-only"> compared with</span> {to.title}: <strong>{matched}</strong> of {total}
                  {levelPhrase(level)} statements have a close match
                </li>
              ))}
            </ul>
          </section>
          <ComparisonColumns occupations={loaded} matches={closeMatches.data} levels={comparedLevels(level)} />
          <section aria-labelledby={`${id}-sources`} className="rounded-lg border border-line bg-surface p-4 text-sm">
            <h2 id={`${id}-sources`} className="mb-1 font-semibold">
              Sources of these frameworks
            </h2>
            <ul className="space-y-2 text-ink-muted">
              {loaded.map((occupation) => (
                <li key={occupation.soc}>
                  <span className="font-semibold text-ink">{occupation.title}:</span>
                  <CreditLine credit={occupation.credit} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
