import { canonicalUrl } from '../lib/site-url';

interface PageHeadProps {
  /** Without the site name, which is added. */
  title: string;
  description: string;
  /** The page's own address, from config/paths: its canonical link when the site's address is known. */
  href?: string;
}

/**
 * A page's title, description and canonical link. React places them in the
 * document head, both in the prerendered HTML and as the reader moves around.
 */
export function PageHead({ title, description, href }: PageHeadProps) {
  const canonical = href === undefined ? null : canonicalUrl(href);
  return (
    <>
      <title>{`${title} · Ladder`}</title>
      <meta name="description" content={description} />
      {canonical && <link rel="canonical" href={canonical} />}
    </>
  );
}
