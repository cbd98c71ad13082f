import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { CatalogEntry } from '../../../lib/occupation';
import { onetOnlineHref } from '../lib/onet-online';

/** Where a reader goes next from an occupation's level: the other views of it, and O*NET's own page. */
export function OccupationLinks({ entry }: { entry: CatalogEntry }) {
  return (
    <nav aria-label="More about this occupation" className="print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 font-semibold">
        <li>
          <Link to={paths.levelMatrix.getHref(entry.soc)}>See all four levels side by side</Link>
        </li>
        <li>
          <Link to={paths.assessment.getHref(entry.soc)}>Assess yourself against this framework</Link>
        </li>
        <li>
          <Link to={paths.handout.getHref(entry.soc)}>Print a handout</Link>
        </li>
        <li>
          <a href={onetOnlineHref(entry.soc)}>
            {entry.soc} on O*NET OnLine <span className="sr-only">(external site)</span>
            <span aria-hidden="true">↗</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
