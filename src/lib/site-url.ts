/** An in-app path (as built by config/paths) with the site's base, for plain HTML such as a form's action. */
export function siteHref(href: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${href}`;
}

/** The full address of an in-app path (as built by config/paths), wherever the site is hosted. */
export function absoluteUrl(href: string): string {
  return new URL(href.replace(/^\//, ''), window.location.origin + import.meta.env.BASE_URL).href;
}

/**
 * A page's canonical address, from the site's public origin given at build
 * time (LADDER_SITE_URL): search engines need it absolute, and the address a
 * page happens to be served from (a preview, a mirror) is not the one to cite.
 * Null when the build was not told the origin.
 */
export function canonicalUrl(href: string): string | null {
  const origin = import.meta.env.LADDER_SITE_URL;
  if (!origin) return null;
  return new URL(href.replace(/^\//, ''), origin + import.meta.env.BASE_URL).href;
}
