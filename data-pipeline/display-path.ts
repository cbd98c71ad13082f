import { isAbsolute, relative } from 'node:path';

function inside(folder: string, file: string): string | undefined {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path) ? path : undefined;
}

/**
 * A file's path as the build's messages show it: relative to the project
 * (`data/43-4171.00.json`), else to the current folder, else in full: a data
 * folder elsewhere (LADDER_DATA_DIR=/tmp/…) reads better as `/tmp/…` than as
 * `../../tmp/…`.
 */
export function displayPath(file: string, root: string, cwd = process.cwd()): string {
  return inside(root, file) ?? inside(cwd, file) ?? file;
}
