import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { ROOT, buildSiteFrom } from './build-site';
import { JOURNEY_SOC, readExport, type Export } from './exports';
import { serveBuiltSite } from './serve-built-site';

// A second build of the same site, as a site owner makes it after dropping in a
// new version of one export: the journey occupation's Emerging level gains a
// statement at the top, and its second and third statements change places.
// tests/e2e/global-setup.ts builds it; a test serves it on the same origin as
// the first build (so the browser keeps its saved assessments) with serveRebuiltSite.

const DATA_DIR = resolve(ROOT, 'data');
// Outside test-results/, which Playwright empties when a run starts.
const REBUILT_DATA_DIR = join(tmpdir(), 'ladder-rebuilt-data');
export const REBUILT_SITE_DIR = resolve(ROOT, 'dist-rebuilt');

export const INSERTED_STATEMENT =
  'Visitor sign-in kiosks — guide visitors through a self-service sign-in screen under direct supervision at a staffed front desk.';

/** The journey occupation's export in its new version. */
export function rebuiltExport(): Export {
  const original = readExport(JOURNEY_SOC);
  const emerging = [...original.framework.levels.emerging.statements];
  const [first, second, third, ...rest] = emerging;
  if (first === undefined || second === undefined || third === undefined) {
    throw new Error(`The rebuilt-site tests need three Emerging statements in ${JOURNEY_SOC}`);
  }
  return {
    ...original,
    exportedAt: '2026-11-30T09:00:00.000Z',
    framework: {
      ...original.framework,
      version: `${original.framework.version}.1`,
      levels: {
        ...original.framework.levels,
        emerging: {
          ...original.framework.levels.emerging,
          statements: [INSERTED_STATEMENT, first, third, second, ...rest],
        },
      },
    },
  };
}

/** Writes the new data folder and builds the second site from it into dist-rebuilt/. */
export function buildRebuiltSite(): void {
  rmSync(REBUILT_DATA_DIR, { recursive: true, force: true });
  mkdirSync(REBUILT_DATA_DIR, { recursive: true });
  for (const name of readdirSync(DATA_DIR).filter((file) => file.endsWith('.json'))) {
    copyFileSync(join(DATA_DIR, name), join(REBUILT_DATA_DIR, name));
  }
  writeFileSync(join(REBUILT_DATA_DIR, `${JOURNEY_SOC}.json`), `${JSON.stringify(rebuiltExport(), null, 2)}\n`);
  buildSiteFrom(REBUILT_DATA_DIR, REBUILT_SITE_DIR);
}

/**
 * From now on, this browser context gets the second build for every address of
 * the site, as a static host serves it (tests/e2e/support/serve-built-site.ts).
 */
export async function serveRebuiltSite(context: BrowserContext, origin: string): Promise<void> {
  await serveBuiltSite(context, origin, REBUILT_SITE_DIR);
}
