import type { StatementMatch } from './occupation';
import { matchAll, type MatchableOccupation } from './occupation-matching';
import type { MatchingRequest, MatchingResponse } from './matching-worker';

/** The close matches of occupations compared with each other, keyed by pairKey(from, to). */
export type CloseMatches = ReadonlyMap<string, StatementMatch[]>;

export class MatchingError extends Error {
  override name = 'MatchingError';
}

type Match = (occupations: MatchableOccupation[]) => Promise<CloseMatches>;

let match: Match | undefined;

function workerMatch(): Match {
  // Created on the first comparison, so it costs nothing to pages that compare nothing.
  const worker = new Worker(new URL('./matching-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (matches: CloseMatches) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<MatchingResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!waiting) return;
    if ('error' in event.data) waiting.reject(new MatchingError(event.data.error));
    else waiting.resolve(new Map(event.data.matches));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new MatchingError('Matching stopped working.'));
    pending.clear();
    // The next comparison starts a fresh worker.
    match = undefined;
  });
  return (occupations) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, occupations } satisfies MatchingRequest);
    });
}

/**
 * The close matches between every pair of the given occupations, worked out
 * in a worker with the build's own code (src/lib/occupation-matching.ts);
 * where there are no workers (tests, old browsers), on this thread.
 */
export function findCloseMatches(occupations: readonly MatchableOccupation[]): Promise<CloseMatches> {
  // Only what matching reads crosses to the worker.
  const sent = occupations.map(({ soc, levels, termWeights }) => ({
    soc,
    levels: levels.map(({ statements }) => ({ statements })),
    termWeights,
  }));
  if (typeof Worker !== 'function') return Promise.resolve(matchAll(sent));
  match ??= workerMatch();
  return match(sent);
}
