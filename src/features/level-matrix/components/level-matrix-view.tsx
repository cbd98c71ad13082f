import { Link } from 'react-router-dom';
import { FrameworkSource } from '../../../components/framework-source';
import { OccupationData } from '../../../components/occupation-data';
import { PageHeading } from '../../../components/page-heading';
import { paths } from '../../../config/paths';
import type { CatalogEntry } from '../../../lib/occupation';
import { LevelMatrix } from './level-matrix';
import { PageHead } from '../../../components/page-head';

export function LevelMatrixView({ entry }: { entry: CatalogEntry }) {
  return (
    <article aria-labelledby="matrix-title" className="space-y-6 print:space-y-3">
      <PageHead
        title={`${entry.title}: levels side by side`}
        description={`The four levels of the ${entry.title} (${entry.soc}) competency framework side by side, topic by topic, with the words each level adds.`}
        href={paths.levelMatrix.getHref(entry.soc)}
      />
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link to={paths.level.getHref(entry.soc, 'emerging')}>
          <span aria-hidden="true">← </span>
          {entry.title}
        </Link>
      </nav>
      <div className="space-y-2 print:space-y-1">
        <PageHeading id="matrix-title" className="print:text-xl">
          {entry.title}: levels side by side
        </PageHeading>
        <p className="max-w-prose text-ink-muted print:max-w-none print:text-xs">
          Each row follows one kind of work from level to level.{' '}
          <span className="print:hidden">
            Words added at a level are highlighted; words dropped from the level before are listed under it.
          </span>
          {/* Backgrounds do not print, and the dropped words are in the column before on the same page. */}
          <span className="hidden print:inline">Words added at a level are underlined.</span> A statement with no
          counterpart has a row of its own. Rows are matched by wording, so read them as a guide; “Loose match” marks a
          statement that may not continue the one before it.
        </p>
      </div>
      <OccupationData entry={entry}>
        {(occupation) => (
          <>
            <LevelMatrix occupation={occupation} />
            <FrameworkSource credit={occupation.credit} />
          </>
        )}
      </OccupationData>
    </article>
  );
}
