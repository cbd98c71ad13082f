import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { Occupation } from '../src/lib/occupation.ts';
import { catalogModule, type LadderDataApi } from './ladder-data-plugin.ts';
import {
  SHELL_PAGE,
  firstFramePaths,
  pageAddress,
  pageFileName,
  pageHtml,
  prerenderedPaths,
  type PrerenderScope,
} from './prerender.ts';

/** src/app/render-page.tsx (this config has no JSX, so it cannot import the module's types). */
interface RenderPageModule {
  renderPage: (path: string, occupations: readonly Occupation[]) => Promise<{ head: string; body: string }>;
  renderFirstFrame: (path?: string) => { head: string; body: string } | null;
}

/**
 * Writes each page whose content is known at build time as real HTML (see
 * site-generation/prerender.ts for which), so that it shows before any JavaScript runs,
 * and without it. The pages are rendered by the app's own code
 * (src/app/render-page.tsx), loaded through a Vite server for the build's
 * base and data, and the browser hydrates them. The built index.html, before
 * any page goes in, becomes the shell (404.html).
 */
export function prerender({ scope = 'all' }: { scope?: PrerenderScope } = {}): Plugin {
  let config: ResolvedConfig | undefined;
  // The built index.html, before any page goes in.
  let template: string | undefined;
  return {
    name: 'ladder-prerender',
    apply: 'build',
    // After Vite has written index.html into the bundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('prerendering needs the built index.html');
      template = String(index.source);
      this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: template });
    },
    // Pages go to disk one by one once the bundle is written, rather than into the bundle: thousands of
    // occupations make tens of thousands of pages, too many to hold in memory at once.
    async writeBundle({ dir }) {
      if (!config || template === undefined) return;
      const outDir = dir ?? resolve(config.root, config.build.outDir);
      const data = config.plugins.find((plugin) => plugin.name === 'ladder-data')?.api as LadderDataApi | undefined;
      if (!data) throw new Error('prerendering needs the ladder-data plugin');
      const site = data.site();

      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        define: config.define,
        logLevel: 'warn',
        appType: 'custom',
        plugins: [catalogModule(site, config.root), react()],
        // Production builds of React and the router: faster, and the same as the browser runs.
        mode: 'production',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderPage, renderFirstFrame } = (await server.ssrLoadModule(
          '/src/app/render-page.tsx',
        )) as RenderPageModule;
        const write = async (path: string, html: string) => {
          const file = resolve(outDir, pageFileName(path));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, html);
        };
        const occupations = new Map<string, Occupation>();
        const occupation = (soc: string): Occupation => {
          let found = occupations.get(soc);
          if (!found) {
            const entry = site.catalog.occupations.find((candidate) => candidate.soc === soc);
            const text = entry && site.files.get(entry.dataPath);
            if (text === undefined) throw new Error(`no data file for ${soc}`);
            found = JSON.parse(text) as Occupation;
            // Each occupation's pages come one after another: one parsed file at a time is enough.
            occupations.clear();
            occupations.set(soc, found);
          }
          return found;
        };
        for (const { path, socs } of prerenderedPaths(site.catalog, scope)) {
          const page = await renderPage(path, socs.map(occupation));
          // Content still loading, or React's inline scripts, would be a page that the security policy
          // breaks and that shows a skeleton without JavaScript.
          if (/<script|<!--\$[?!]-->/.test(page.body))
            throw new Error(`${path} did not render completely at build time`);
          await write(path, pageHtml(template, pageAddress(config.base, path), page));
        }
        for (const path of firstFramePaths(site.catalog, scope)) {
          const frame = renderFirstFrame(path);
          if (!frame || /<script/.test(frame.body)) throw new Error(`${path} has no first frame to write`);
          await write(path, pageHtml(template, pageAddress(config.base, path), frame, { firstFrame: true }));
        }
        // The shell, written into the bundle as the template, gets its first frame too.
        const shell = renderFirstFrame();
        if (!shell) throw new Error('the app shell has no first frame');
        await writeFile(resolve(outDir, SHELL_PAGE), pageHtml(template, config.base, shell, { firstFrame: true }));
      } finally {
        await server.close();
      }
    },
  };
}
