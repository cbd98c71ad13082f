import type { StatementMatch } from './occupation';
import { matchAll, type MatchableOccupation } from './occupation-matching';
import type { WorkerAnswer, WorkerMessage } from './worker-requests';

/** The occupations to match with each other. */
export type MatchingRequest = MatchableOccupation[];

/** Every pair's close matches, as matchAll's entries. */
export type MatchingResult = [string, StatementMatch[]][];

// Matching two to four occupations takes a few milliseconds on a laptop, and
// longer on a phone: it runs here so that the page never waits for it.
self.addEventListener('message', (event: MessageEvent<WorkerMessage<MatchingRequest>>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: [...matchAll(request)] } satisfies WorkerAnswer<MatchingResult>);
  } catch (error) {
    self.postMessage({
      id,
      error: error instanceof Error ? error.message : 'The close matches could not be worked out.',
    } satisfies WorkerAnswer<MatchingResult>);
  }
});
