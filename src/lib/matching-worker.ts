import type { StatementMatch } from './occupation';
import { matchAll, type MatchableOccupation } from './occupation-matching';

/** What the page sends the worker: the occupations to match with each other. */
export interface MatchingRequest {
  id: number;
  occupations: MatchableOccupation[];
}

export type MatchingResponse = { id: number; matches: [string, StatementMatch[]][] } | { id: number; error: string };

// Matching two to four occupations takes a few milliseconds on a laptop, and
// longer on a phone: it runs here so that the page never waits for it.
self.addEventListener('message', (event: MessageEvent<MatchingRequest>) => {
  const { id, occupations } = event.data;
  try {
    self.postMessage({ id, matches: [...matchAll(occupations)] } satisfies MatchingResponse);
  } catch (error) {
    self.postMessage({
      id,
      error: error instanceof Error ? error.message : 'The close matches could not be worked out.',
    } satisfies MatchingResponse);
  }
});
