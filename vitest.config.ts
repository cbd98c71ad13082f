import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { ladderData } from './site-generation/ladder-data-plugin.ts';
import { FIXTURE_EXPORTS_DIR } from './src/testing/fixture-paths.ts';

export default defineConfig({
  // Component tests see the small handmade exports, never the seed wording.
  plugins: [ladderData({ dataDir: FIXTURE_EXPORTS_DIR }), react()],
  test: {
    globals: true,
    restoreMocks: true,
    unstubGlobals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'data-pipeline/**/*.test.ts',
            'site-generation/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setup-dom.ts'],
          // Role queries over a whole page in jsdom take seconds on a busy 2-core machine.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
