import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCorpus, writeCorpus } from '../corpus.ts';

/**
 * Builds the site from one data folder into bench/out, timing the whole
 * `vite build` process as a developer or CI would see it. Output never goes to
 * dist/, which the e2e tests serve.
 */

export const OUT_DIR = resolve('bench/out');
const VITE = resolve('node_modules/vite/bin/vite.js');
// GNU time reports the peak RSS of the build process; without it the figure is skipped.
const GNU_TIME = '/usr/bin/time';
const CORPUS_SEED = 42;

export interface BuildResult {
  size: number;
  dataDir: string;
  outDir: string;
  wallMs: number;
  /** Peak resident set size of the build process, or null when /usr/bin/time is missing. */
  peakRssBytes: number | null;
}

/** The folder of exports for a size: the real data for 5, else a synthetic corpus (written only when changed). */
export function dataDirFor(size: number): string {
  if (size === 5) return resolve('data');
  const dir = resolve(OUT_DIR, `corpus-${size}`);
  writeCorpus(dir, generateCorpus({ count: size, seed: CORPUS_SEED }));
  return dir;
}

export function siteDirFor(size: number): string {
  return resolve(OUT_DIR, `site-${size}`);
}

/** Whether an earlier run left a usable build, so `--only bytes` need not rebuild. */
export function hasSite(size: number): boolean {
  return existsSync(resolve(siteDirFor(size), 'index.html'));
}

export async function buildSite(size: number): Promise<BuildResult> {
  const dataDir = dataDirFor(size);
  const outDir = siteDirFor(size);
  const timeFile = resolve(OUT_DIR, `build-${size}.time.txt`);
  rmSync(timeFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const viteArgs = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...viteArgs]]
    : [process.execPath, viteArgs];

  const started = performance.now();
  const { code, output } = await run(command, args, { ...process.env, LADDER_DATA_DIR: dataDir });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`vite build for ${size} occupations failed (exit ${code}):\n${output.slice(-4000)}`);

  return { size, dataDir, outDir, wallMs, peakRssBytes: useTime ? peakRss(timeFile) : null };
}

function peakRss(timeFile: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
  return match?.[1] ? Number(match[1]) * 1024 : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * Occupation data files of a built site, in SOC order. Found by walking the folder and reading the SOC from
 * the file name, so either layout works: `<soc>.<hash>.json` or `<hash>/<soc>.json`.
 */
export function occupationFiles(siteDir: string): { soc: string; path: string }[] {
  const dir = resolve(siteDir, 'assets/occupations');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .flatMap((entry) => {
      const soc = /^\d{2}-\d{4}\.\d{2}/.exec(entry.name)?.[0];
      return soc ? [{ soc, path: resolve(entry.parentPath, entry.name) }] : [];
    })
    .sort((a, b) => (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0));
}
