import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The exports in data/, as JSON texts, in name order: what the high-overlap
 * corpus recombines. A module of its own because generate-corpus.ts runs its
 * command line on import, and the benchmark needs these texts too.
 */
export function dataExports(dir = resolve(import.meta.dirname, '../data')): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => readFileSync(resolve(dir, name), 'utf8'));
}
