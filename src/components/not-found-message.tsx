import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { PageHeading } from './page-heading';
import { PageHead } from './page-head';

export function NotFoundMessage({ detail }: { detail: string }) {
  return (
    <section className="max-w-2xl space-y-4" aria-labelledby="not-found-title">
      <PageHead title="Page not found" description="There is no page at this address in Ladder." />
      <PageHeading id="not-found-title">Page not found</PageHeading>
      <p className="text-lg text-ink-muted">{detail}</p>
      <p>
        <Link to={paths.catalog.getHref()} className="font-semibold">
          Browse all occupations
        </Link>
      </p>
    </section>
  );
}
