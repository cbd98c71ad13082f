/// <reference types="vite/client" />

declare module 'virtual:ladder-catalog' {
  // An ambient module cannot import by relative path; an import() type can.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type Catalog = import('./lib/occupation').Catalog;

  /** Built from data/ at build time by build/ladder-data-plugin.ts. */
  export const catalog: Catalog;
}
