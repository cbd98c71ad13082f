import { Link, NavLink } from 'react-router-dom';
import { paths } from '../config/paths';
import { SiteSearchField } from './site-search-field';

/**
 * On phones the header is two short rows, the name beside the search box and then the navigation,
 * so that a page's own content starts on the first screen; wider screens add the tagline.
 */
export function SiteHeader({ onSearchIntent }: { onSearchIntent?: () => void }) {
  return (
    <header className="border-b border-line bg-surface print:border-b-2 print:border-black">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1.5 px-4 py-2 sm:items-baseline sm:py-3 sm:px-6 print:px-0 print:py-1">
        <Link
          to={paths.catalog.getHref()}
          className="text-xl font-bold tracking-tight text-ink no-underline hover:text-accent"
        >
          <span aria-hidden="true" className="mr-1.5 inline-block text-accent">
            ☷
          </span>
          Ladder
        </Link>
        <p className="hidden text-sm text-ink-muted sm:block print:hidden">Competency frameworks, level by level</p>
        <div className="min-w-0 flex-1 sm:ml-auto sm:flex-none">
          <SiteSearchField onIntent={onSearchIntent} />
        </div>
        <nav aria-label="Main" className="w-full sm:w-auto print:hidden">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            {/* On phones the name beside the search box leads to the catalog, and the navigation fits one row. */}
            <li className="hidden sm:list-item">
              <NavLink
                to={paths.catalog.getHref()}
                end
                className="aria-[current=page]:text-ink aria-[current=page]:no-underline"
              >
                Occupations
              </NavLink>
            </li>
            <li>
              <NavLink
                to={paths.comparison.path}
                className="aria-[current=page]:text-ink aria-[current=page]:no-underline"
              >
                Compare
              </NavLink>
            </li>
            <li>
              <NavLink
                to={paths.myAssessments.getHref()}
                className="aria-[current=page]:text-ink aria-[current=page]:no-underline"
              >
                My assessments
              </NavLink>
            </li>
            <li>
              <NavLink
                to={paths.about.getHref()}
                className="aria-[current=page]:text-ink aria-[current=page]:no-underline"
              >
                About
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
