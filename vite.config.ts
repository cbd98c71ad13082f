import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ladderData } from './site-generation/ladder-data-plugin.ts';
import { offline } from './site-generation/offline-plugin.ts';
import { prerender } from './site-generation/prerender-plugin.ts';
import { prerenderScope } from './site-generation/prerender.ts';
import { previewAsHosted, siteBase, siteOrigin, staticHost } from './site-generation/static-host-plugin.ts';

export default defineConfig({
  // LADDER_BASE builds the site for a sub-path, e.g. LADDER_BASE=/careers/ladder/ npm run build.
  base: siteBase(process.env.LADDER_BASE),
  define: {
    // LADDER_SITE_URL, the site's public origin, makes canonical links; without it pages have none.
    'import.meta.env.LADDER_SITE_URL': JSON.stringify(siteOrigin(process.env.LADDER_SITE_URL)),
  },
  // LADDER_DATA_DIR points the build at another folder of exports (benchmarks, tests).
  plugins: [
    ladderData({ dataDir: process.env.LADDER_DATA_DIR ?? 'data' }),
    react(),
    tailwindcss(),
    staticHost(),
    // Before offline(), which lists the pages it writes.
    // LADDER_PRERENDER=levels leaves the level matrix and handout pages to the app shell (fewer files).
    prerender({ scope: prerenderScope(process.env.LADDER_PRERENDER) }),
    offline(),
    previewAsHosted(),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The libraries in chunks of their own, which the page's boot script evaluates one by one
        // (site-generation/first-paint.ts), so that the start is several shorter tasks: React DOM
        // (about 45 ms here), then React, the router and TanStack Query, then the app. Two chunks
        // rather than four: each chunk compresses on its own, and four cost 0.7 kB gzip more.
        codeSplitting: {
          groups: [
            // With src/app/react-dom-client.ts, so that React DOM's CommonJS body runs when the chunk is evaluated.
            {
              name: 'react-dom',
              test: /node_modules[\\/](react-dom|scheduler)[\\/]|[\\/]src[\\/]app[\\/]react-dom-client\.ts$/,
            },
            { name: 'libraries', test: /node_modules[\\/](react|react-router|react-router-dom|@tanstack)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
