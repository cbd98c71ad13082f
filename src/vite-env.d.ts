/// <reference types="vite/client" />

declare module 'virtual:ladder-catalog' {
  // An ambient module cannot import by relative path; an import() type can.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type Catalog = import('./lib/occupation').Catalog;

  /** Built from data/ at build time by site-generation/ladder-data-plugin.ts. */
  export const catalog: Catalog;
}

interface ImportMetaEnv {
  /** The site's public origin, such as https://careers.example.org, from LADDER_SITE_URL; empty when not given. */
  readonly LADDER_SITE_URL: string;
}
