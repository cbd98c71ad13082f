import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import { paths } from '../../../config/paths';
import type { LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';

/** How many related occupations show before "Show more": the file lists up to twelve. */
export const RELATED_SHOWN_FIRST = 6;

export function RelatedOccupations({ occupation, level }: { occupation: Occupation; level: LevelId }) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const { occupations } = useCatalog();
  const total = occupation.levels.reduce((sum, item) => sum + item.statements.length, 0);
  const related = occupation.related.flatMap((item) => {
    const entry = occupations.find((candidate) => candidate.soc === item.soc);
    return entry ? [{ ...item, title: entry.title }] : [];
  });
  const shown = showAll ? related : related.slice(0, RELATED_SHOWN_FIRST);
  const hidden = related.length - RELATED_SHOWN_FIRST;
  return (
    <section aria-labelledby="related-heading" className="space-y-3 print:hidden">
      <h2 id="related-heading" className="text-xl font-bold">
        Related occupations
      </h2>
      {related.length === 0 ? (
        <p className="text-ink-muted">No other occupation in this catalog has closely matching statements.</p>
      ) : (
        <>
          <p className="max-w-prose text-sm text-ink-muted">
            The occupations with the most statements that closely match this one&rsquo;s, best first. Any two
            occupations can be compared, related or not.
          </p>
          <ul id={`${id}-list`} className="grid gap-2 sm:grid-cols-2">
            {shown.map((item) => (
              <li key={item.soc} className="rounded-md border border-line bg-surface p-3">
                <Link to={paths.comparison.getHref([occupation.soc, item.soc], level)} className="font-semibold">
                  Compare with {item.title}
                </Link>
                <p className="text-sm text-ink-muted">
                  {item.shared} of {total} statements match closely
                </p>
              </li>
            ))}
          </ul>
          {hidden > 0 && (
            <button
              type="button"
              aria-expanded={showAll}
              aria-controls={`${id}-list`}
              onClick={() => setShowAll((value) => !value)}
              className="min-h-11 rounded-md border border-line bg-surface px-4 font-semibold"
            >
              {showAll ? 'Show fewer related occupations' : `Show ${hidden} more related occupations`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
