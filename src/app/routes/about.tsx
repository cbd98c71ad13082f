import { Link } from 'react-router-dom';
import { useCatalog } from '../../api/get-catalog';
import { CreditLine } from '../../components/credit-line';
import { PageHead } from '../../components/page-head';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../config/paths';
import { LEVEL_IDS, LEVEL_NAMES } from '../../lib/levels';

const sectionClass = 'space-y-3';
const headingClass = 'text-xl font-bold';

export function AboutRoute() {
  const { occupations, credits } = useCatalog();
  const count = `${occupations.length.toLocaleString('en')} occupation${occupations.length === 1 ? '' : 's'}`;
  return (
    <article aria-labelledby="about-title" className="max-w-prose space-y-8">
      <PageHead
        title="About"
        description="What Ladder is, where its competency frameworks come from, and why your self-assessments never leave your device."
        href={paths.about.getHref()}
      />
      <div className="space-y-2">
        <PageHeading id="about-title">About Ladder</PageHeading>
        <p className="text-lg text-ink-muted">
          Ladder shows what the work of an occupation involves, level by level, for career counselors and the people
          they work with, and for anyone who wants to see where they stand.
        </p>
      </div>

      <section aria-labelledby="about-frameworks" className={sectionClass}>
        <h2 id="about-frameworks" className={headingClass}>
          Frameworks in four levels
        </h2>
        <p>
          This site has competency frameworks for {count}. Each describes the occupation in four levels:{' '}
          {LEVEL_IDS.map((id) => LEVEL_NAMES[id]).join(', ')}. A level is a list of statements, each of the form “Topic
          — what the worker does, under what conditions, in what context”.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link to={paths.catalog.getHref()} className="underline">
              Browse the occupations
            </Link>{' '}
            and step through an occupation’s levels with the ← and → keys.
          </li>
          <li>See all four levels of an occupation side by side, with the words each level adds.</li>
          <li>
            <Link to={paths.comparison.path} className="underline">
              Compare occupations
            </Link>{' '}
            statement by statement.
          </li>
          <li>
            Search every statement from the box at the top of each page; press{' '}
            <kbd className="rounded border border-line px-1 font-mono text-sm">/</kbd> to get there.
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-privacy" className={sectionClass}>
        <h2 id="about-privacy" className={headingClass}>
          Your assessments stay with you
        </h2>
        <p>
          A self-assessment is saved in this browser only. Nothing you rate is sent anywhere: the site has no server of
          its own, no accounts and no analytics. You can export an assessment as a file, and a share link carries it in
          the part of the address that browsers never send.{' '}
          <Link to={paths.myAssessments.getHref()} className="underline">
            My assessments
          </Link>{' '}
          lists what this browser holds.
        </p>
        <p>After a first visit, the occupations you opened and your assessments work offline.</p>
      </section>

      <section aria-labelledby="about-sources" className={sectionClass}>
        <h2 id="about-sources" className={headingClass}>
          Where the frameworks come from
        </h2>
        <p>
          Each framework is generated from O*NET occupational data through a crosswalk, and credits its sources as
          follows.
        </p>
        {credits.length === 0 ? (
          <p className="text-ink-muted">No exports are loaded yet.</p>
        ) : (
          <ul className="space-y-3">
            {credits.map((credit) => (
              <li
                key={`${credit.onet}|${credit.crosswalk}|${credit.generator}|${credit.attribution}`}
                className="rounded-md border border-line bg-surface p-3 text-sm"
              >
                <CreditLine credit={credit} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
