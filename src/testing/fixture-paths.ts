/** Folder of the small handmade exports that component tests run against. */
export const FIXTURE_EXPORTS_DIR = 'src/testing/fixtures/exports';
