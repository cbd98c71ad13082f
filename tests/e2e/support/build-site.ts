import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, where the suite's extra builds run and land. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the site from another folder of exports into `outDir`, as a site
 * owner would with `LADDER_DATA_DIR`, for the same origin as dist/ (the
 * suite's extra builds are served in its place). `env` adds build settings.
 */
export function buildSiteFrom(dataDir: string, outDir: string, env: Record<string, string> = {}): void {
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, LADDER_DATA_DIR: dataDir, LADDER_SITE_URL: 'http://localhost:4173', ...env },
    },
  );
}
