/// <reference types="vite/client" />

declare module 'virtual:ladder-catalog' {
  /** Built from data/ at build time by build/ladder-data-plugin.ts. */
  export const catalog: import('./lib/occupation').Catalog;
}
