import type { StatementMatch } from './occupation';
import { matchAll, type MatchableOccupation } from './occupation-matching';
import type { MatchingRequest, MatchingResult } from './matching-worker';
import { workerRequests } from './worker-requests';

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
  const send = workerRequests<MatchingRequest, MatchingResult>(
    worker,
    (message) => new MatchingError(message),
    'Matching stopped working.',
    // The next comparison starts a fresh worker.
    () => (match = undefined),
  );
  return async (occupations) => new Map(await send(occupations));
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
