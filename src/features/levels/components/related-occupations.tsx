import { Link } from 'react-router-dom';
import { useCatalog } from '../../../api/get-catalog';
import { paths } from '../../../config/paths';
import type { LevelId } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';

export function RelatedOccupations({ occupation, level }: { occupation: Occupation; level: LevelId }) {
  const { occupations } = useCatalog();
  const total = occupation.levels.reduce((sum, item) => sum + item.statements.length, 0);
  const related = occupation.related.flatMap((item) => {
    const entry = occupations.find((candidate) => candidate.soc === item.soc);
    return entry ? [{ ...item, title: entry.title }] : [];
  });
  return (
    <section aria-labelledby="related-heading" className="space-y-3 print:hidden">
      <h2 id="related-heading" className="text-xl font-bold">
        Related occupations
      </h2>
      {related.length === 0 ? (
        <p className="text-ink-muted">No other occupation in this catalog has closely matching statements.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {related.map((item) => (
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
      )}
    </section>
  );
}
