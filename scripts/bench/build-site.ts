import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCorpus, writeCorpus } from '../corpus.ts';
import { readGnuTime } from './gnu-time.ts';

/**
 * Builds the site from one data folder into bench/out, timing the whole
 * `vite build` process as a developer or CI would see it. Output never goes to
 * dist/, which the e2e tests serve.
 */

export const OUT_DIR = resolve('bench/out');
const VITE = resolve('node_modules/vite/bin/vite.js');
// GNU time reports the peak RSS of the build process; without it the figure is skipped.
const GNU_TIME = '/usr/bin/time';
export const CORPUS_SEED = 42;

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
  const build = await runViteBuild({ dataDir, outDir, timeFile: resolve(OUT_DIR, `build-${size}.time.txt`) });
  if (!build.ok) {
    throw new Error(`vite build for ${size} occupations failed (${howItEnded(build)}):\n${build.output.slice(-4000)}`);
  }
  return { size, dataDir, outDir, wallMs: build.wallMs, peakRssBytes: build.peakRssBytes };
}

/** One `vite build`, successful or not: a failed build is a result to report, not a crash. */
export interface ViteBuild {
  ok: boolean;
  wallMs: number;
  /** Measured by GNU time even when the build failed; null without /usr/bin/time. */
  peakRssBytes: number | null;
  /** The build's exit code; null when a signal ended it. */
  exitCode: number | null;
  /** e.g. SIGABRT when Node ran out of heap, SIGKILL when the system ran out of memory. */
  signal: string | null;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

export async function runViteBuild({
  dataDir,
  outDir,
  timeFile,
}: {
  dataDir: string;
  outDir: string;
  timeFile: string;
}): Promise<ViteBuild> {
  rmSync(timeFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const viteArgs = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...viteArgs]]
    : [process.execPath, viteArgs];

  const started = performance.now();
  const ended = await run(command, args, { ...process.env, LADDER_DATA_DIR: dataDir });
  const wallMs = performance.now() - started;
  const time = useTime && existsSync(timeFile) ? readGnuTime(readFileSync(timeFile, 'utf8')) : null;
  // Through GNU time, the child's own exit code is 128 + signal for a killed build; time's report says which.
  const signal = time?.signal ?? ended.signal;
  const exitCode = signal === null ? (time?.exitStatus ?? ended.code) : null;
  return {
    ok: signal === null && exitCode === 0,
    wallMs,
    peakRssBytes: time?.peakRssBytes ?? null,
    exitCode,
    signal,
    output: ended.output,
  };
}

export const howItEnded = (build: Pick<ViteBuild, 'exitCode' | 'signal'>) =>
  build.signal === null ? `exit ${build.exitCode ?? 'unknown'}` : `signal ${build.signal}`;

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code, signal) => done({ code, signal, output }));
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
