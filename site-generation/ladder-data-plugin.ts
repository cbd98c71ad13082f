import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compactCatalog } from '../src/lib/catalog-format.ts';
import { buildSiteData, type BuildSiteDataOptions } from '../data-pipeline/build-site-data.ts';
import type { SiteData } from '../data-pipeline/derive.ts';

export const CATALOG_MODULE_ID = 'virtual:ladder-catalog';
const RESOLVED_CATALOG_ID = `\0${CATALOG_MODULE_ID}`;

export interface LadderDataOptions {
  /** Folder of the exports, one JSON file per occupation. */
  dataDir: string;
}

/** The catalog module: the compact catalog, expanded by the app's own code at startup. */
function catalogModuleSource({ catalog, dataDir }: SiteData, catalogFormatFile: string): string {
  // JSON.parse of a string literal is faster for engines than a large object literal.
  const text = JSON.stringify(JSON.stringify(compactCatalog(catalog, dataDir)));
  return [
    `import { expandCatalog } from ${JSON.stringify(catalogFormatFile)};`,
    `export const catalog = expandCatalog(JSON.parse(${text}));`,
  ].join('\n');
}

/** What other build plugins read of this one: the validated data, without loading it again. */
export interface LadderDataApi {
  site: () => SiteData;
}

/** Only the catalog module, from data already loaded: for the build's prerendering server. */
export function catalogModule(site: SiteData, root: string): Plugin {
  const catalogFormatFile = resolve(root, 'src/lib/catalog-format.ts');
  return {
    name: 'ladder-catalog',
    resolveId: (id) => (id === CATALOG_MODULE_ID ? RESOLVED_CATALOG_ID : undefined),
    load: (id) => (id === RESOLVED_CATALOG_ID ? catalogModuleSource(site, catalogFormatFile) : undefined),
  };
}

/**
 * Validates data/ when the dev server starts and when the build runs (either
 * fails on a broken export), serves the catalog as a module bundled into the
 * first load, and writes one content-hashed JSON file per occupation.
 */
export function ladderData({ dataDir }: LadderDataOptions): Plugin<LadderDataApi> {
  const folder = resolve(dataDir);
  let site: SiteData | undefined;
  // The app's own module that expands the compact catalog.
  let catalogFormatFile = resolve('src/lib/catalog-format.ts');
  let options: BuildSiteDataOptions = {};
  let isPreview = false;

  const current = (): SiteData => (site ??= buildSiteData(folder, options));

  function watch(server: ViteDevServer) {
    server.watcher.add(folder);
    const onChange = (file: string) => {
      if (!resolve(file).startsWith(folder) || !file.toLowerCase().endsWith('.json')) return;
      try {
        site = buildSiteData(folder, options);
        const module = server.moduleGraph.getModuleById(RESOLVED_CATALOG_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
      }
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  }

  return {
    name: 'ladder-data',
    api: { site: current },
    config(_, env) {
      isPreview = env.isPreview === true;
    },
    configResolved(config) {
      // `vite preview` serves dist/ as it was built; its data was checked then.
      if (isPreview) return;
      catalogFormatFile = resolve(config.root, 'src/lib/catalog-format.ts');
      options = {
        root: config.root,
        // Test runs (Vitest's mode) read fixtures that are odd on purpose, such as an empty level.
        onWarnings: config.mode === 'test' ? undefined : (report) => config.logger.warn(report),
      };
      // Validate now so that a broken export stops `vite` and `vite build` before anything else.
      site = buildSiteData(folder, options);
    },
    resolveId(id) {
      return id === CATALOG_MODULE_ID ? RESOLVED_CATALOG_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_CATALOG_ID ? catalogModuleSource(current(), catalogFormatFile) : undefined;
    },
    configureServer(server) {
      watch(server);
      const base = server.config.base;
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '').split('?')[0] ?? '';
        const text = pathname.startsWith(base) ? current().files.get(pathname.slice(base.length)) : undefined;
        if (text === undefined) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(text);
      });
    },
    generateBundle() {
      for (const [fileName, source] of current().files) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
