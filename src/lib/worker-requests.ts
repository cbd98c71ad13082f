/** What a page sends a worker: a request, numbered so that its answer finds it. */
export interface WorkerMessage<Request> {
  id: number;
  request: Request;
}

/** What the worker answers: the result, or what went wrong. */
export type WorkerAnswer<Result> = { id: number; result: Result } | { id: number; error: string };

/**
 * Sends requests to a worker, each answered by the message with its id. When
 * the worker itself fails (a script that does not load, say), every request
 * waiting is rejected with `broken`'s error, and `onBroken` runs so that the
 * caller can start a fresh worker for the next one.
 */
export function workerRequests<Request, Result>(
  worker: Worker,
  failure: (message: string) => Error,
  broken: string,
  onBroken: () => void,
): (request: Request) => Promise<Result> {
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer<Result>>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!waiting) return;
    if ('error' in event.data) waiting.reject(failure(event.data.error));
    else waiting.resolve(event.data.result);
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(failure(broken));
    pending.clear();
    onBroken();
  });
  return (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies WorkerMessage<Request>);
    });
}
