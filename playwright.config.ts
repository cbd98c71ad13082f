import { defineConfig, devices } from '@playwright/test';

// Ports can be moved (LADDER_E2E_PORT, LADDER_E2E_SUB_PATH_PORT) to run two copies of the suite side by side.
const PORT = Number(process.env.LADDER_E2E_PORT ?? 4173);
// A second build, for a sub-path, served only under it.
const SUB_PATH_PORT = Number(process.env.LADDER_E2E_SUB_PATH_PORT ?? 4174);
const SUB_PATH = '/careers/ladder/';

// Playwright cannot download its own browsers here: it drives the system Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchOptions = {
  executablePath: chromiumPath,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // A second build of the site with a new version of one export (tests/e2e/support/rebuilt-site.ts), and a
  // third from more occupations than a file lists as related (tests/e2e/support/many-site.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  // A 2-core CI machine running the build, a server and Chromium at once is slow to settle.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker serves requests from its cache, out of reach of page.route; only
    // offline.spec.ts, which tests it, lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /sub-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${SUB_PATH_PORT}${SUB_PATH}` },
    },
  ],
  // The journeys run against the built site, as a static host would serve it.
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command:
        `LADDER_BASE=${SUB_PATH} npx vite build --outDir dist-sub-path --emptyOutDir && ` +
        `LADDER_BASE=${SUB_PATH} npx vite preview --outDir dist-sub-path --port ${SUB_PATH_PORT} --strictPort`,
      url: `http://localhost:${SUB_PATH_PORT}${SUB_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
