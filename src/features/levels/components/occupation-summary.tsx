import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import type { CatalogEntry } from '../../../lib/occupation';
import { OccupationFacts } from './occupation-facts';

/**
 * The occupation's title and facts, kept short so that the levels and the first statements
 * follow on the first screen; the framework's version and what it covers come after them.
 */
export function OccupationSummary({ entry }: { entry: CatalogEntry }) {
  return (
    <header className="space-y-2 sm:space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to={paths.catalog.getHref()}>
          <span aria-hidden="true">← </span>All occupations
        </Link>
      </nav>
      <PageHeading id="occupation-title" className="max-sm:text-2xl max-sm:leading-tight print:text-2xl">
        {entry.title}
      </PageHeading>
      <OccupationFacts entry={entry} />
    </header>
  );
}
