/** The full address of an in-app path (as built by config/paths), wherever the site is hosted. */
export function absoluteUrl(href: string): string {
  return new URL(href.replace(/^\//, ''), window.location.origin + import.meta.env.BASE_URL).href;
}
