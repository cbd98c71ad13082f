import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { occupationFiles } from './build-site.ts';

/**
 * Sizes of the data files a visitor downloads one at a time: an occupation
 * (opened from a deep link or the catalog) and, when present, the search
 * index. gzip -9 matches what the bench server sends.
 */

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface DataFileSizes {
  size: number;
  /** The occupation used for deep links. */
  first: FileSize & { soc: string };
  count: number;
  averageRaw: number;
  averageGzip: number;
  maxRaw: FileSize;
  maxGzip: FileSize;
  /** Files under assets/search/, which must load only once someone searches. */
  search: FileSize[];
}

/** `file` is relative to the site's assets folder, e.g. occupations/6e5c667dc1/43-4171.00.json. */
function measure(siteDir: string, path: string): FileSize {
  const body = readFileSync(path);
  const file = relative(resolve(siteDir, 'assets'), path);
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export function measureDataFiles(size: number, siteDir: string, soc: string): DataFileSizes {
  const files = occupationFiles(siteDir).map((file) => ({ soc: file.soc, ...measure(siteDir, file.path) }));
  const first = files.find((file) => file.soc === soc);
  if (!first) throw new Error(`no data file for ${soc} in ${siteDir}/assets/occupations`);
  const largest = (key: 'raw' | 'gzip') => files.reduce((max, file) => (file[key] > max[key] ? file : max), first);
  const searchDir = resolve(siteDir, 'assets/search');
  const search = existsSync(searchDir)
    ? readdirSync(searchDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => measure(siteDir, resolve(entry.parentPath, entry.name)))
    : [];
  return {
    size,
    first,
    count: files.length,
    averageRaw: files.reduce((sum, file) => sum + file.raw, 0) / files.length,
    averageGzip: files.reduce((sum, file) => sum + file.gzip, 0) / files.length,
    maxRaw: largest('raw'),
    maxGzip: largest('gzip'),
    search,
  };
}

/** Every occupation file of a site by gzip size: the average, and the largest with its SOC. */
export interface OccupationFileSizes {
  count: number;
  averageGzip: number;
  largest: FileSize & { soc: string };
}

export function occupationFileSizes(siteDir: string): OccupationFileSizes {
  const files = occupationFiles(siteDir).map((file) => ({ soc: file.soc, ...measure(siteDir, file.path) }));
  const [first] = files;
  if (!first) throw new Error(`no occupation files in ${siteDir}/assets/occupations`);
  return {
    count: files.length,
    averageGzip: files.reduce((sum, file) => sum + file.gzip, 0) / files.length,
    largest: files.reduce((max, file) => (file.gzip > max.gzip ? file : max), first),
  };
}
