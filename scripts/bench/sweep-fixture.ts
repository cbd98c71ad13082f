import type { SweepData, SweepSize } from './sweep-figures.ts';

/** A sweep result of one size for tests: a successful build unless `build` says otherwise. */
export function sweepSize(
  size: number,
  figures: {
    wallMs?: number;
    peakRssBytes?: number | null;
    averageGzip?: number;
    largestGzip?: number;
    distBytes?: number;
    distFiles?: number;
    catalogBytes?: number;
    build?: Partial<SweepSize['build']>;
  } = {},
): SweepSize {
  const build = {
    ok: true,
    wallMs: figures.wallMs ?? size * 30,
    peakRssBytes: figures.peakRssBytes === undefined ? 400e6 + size * 100_000 : figures.peakRssBytes,
    exitCode: 0,
    signal: null,
    lastLines: null,
    ...figures.build,
  };
  const built = build.ok;
  return {
    size,
    dataDir: `bench/out/corpus-${size}-high-overlap`,
    siteDir: `bench/out/site-sweep-${size}`,
    build,
    occupationFiles: built
      ? {
          count: size,
          averageGzip: figures.averageGzip ?? 8_000,
          largest: {
            soc: '43-1011.00',
            file: 'occupations/abc/43-1011.00.json',
            raw: 30_000,
            gzip: figures.largestGzip ?? 9_500,
          },
        }
      : null,
    dist: built ? { bytes: figures.distBytes ?? size * 250_000, files: figures.distFiles ?? size * 7 + 50 } : null,
    catalogFirstLoad: built
      ? {
          size,
          route: '/',
          heading: 'Occupations',
          bytes: figures.catalogBytes ?? 115_000,
          serviceWorkerBytes: 100_000,
          transfers: [],
          searchFiles: [],
        }
      : null,
  };
}

export const sweepOf = (...results: SweepSize[]): SweepData => ({
  corpus: 'high-overlap',
  seed: 42,
  sizes: results.map((result) => result.size),
  results,
});
