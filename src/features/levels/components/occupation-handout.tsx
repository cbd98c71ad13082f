import { Link } from 'react-router-dom';
import { useOccupation } from '../../../api/get-occupation';
import { FrameworkSource } from '../../../components/framework-source';
import { OccupationData } from '../../../components/occupation-data';
import { PageHead } from '../../../components/page-head';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import type { CatalogEntry } from '../../../lib/occupation';
import { onetOnlineHref } from '../lib/onet-online';
import { HandoutLevel } from './handout-level';
import { OccupationFacts } from './occupation-facts';
import { PrintButton } from './print-button';

/**
 * An occupation's four levels on one page, for a counselor to print and hand to a client:
 * small type and two columns in print, so that about forty statements fit on one or two
 * sheets, with the credits once at the end.
 */
export function OccupationHandout({ entry }: { entry: CatalogEntry }) {
  const { data: occupation } = useOccupation(entry);
  const onet = onetOnlineHref(entry.soc);
  return (
    <article aria-labelledby="handout-title" className="space-y-5 print:space-y-3 print:text-[9pt] print:leading-snug">
      <PageHead
        title={`${entry.title}: handout of the four levels`}
        description={`The ${entry.title} (${entry.soc}) competency framework on one page to print: every statement of its four levels, from Emerging to Advanced.`}
        href={paths.handout.getHref(entry.soc)}
      />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to={paths.level.getHref(entry.soc, 'emerging')}>
          <span aria-hidden="true">← </span>
          {entry.title}
        </Link>
      </nav>
      <header className="space-y-2 print:space-y-1">
        <p className="text-sm font-semibold text-ink-muted print:text-[8pt]">Competency framework: the four levels</p>
        <PageHeading id="handout-title" className="print:text-[16pt]">
          {entry.title}
        </PageHeading>
        <OccupationFacts entry={entry} occupation={occupation} />
        <p className="text-sm print:text-[9pt]">
          More about this occupation (wages, outlook, related jobs):{' '}
          <a href={onet} className="underline [overflow-wrap:anywhere]">
            O*NET OnLine, {onet.replace(/^https:\/\//, '')}
          </a>
        </p>
      </header>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
        <PrintButton label="Print this handout" />
        <p className="text-sm text-ink-muted">Prints in small type, in two columns, on one or two pages.</p>
      </div>
      <OccupationData entry={entry}>
        {(loaded) => (
          <>
            {loaded.framework.contextCovered && (
              <p className="max-w-prose text-ink-muted print:max-w-none">{loaded.framework.contextCovered}</p>
            )}
            <div className="grid gap-6 lg:grid-cols-2 print:block print:columns-2 print:gap-6">
              {loaded.levels.map((level, index) => (
                <HandoutLevel key={level.id} level={level} position={index + 1} />
              ))}
            </div>
            <FrameworkSource credit={loaded.credit} />
          </>
        )}
      </OccupationData>
    </article>
  );
}
