import { workerRequests, type WorkerAnswer, type WorkerMessage } from './worker-requests';

/** A worker stand-in that answers doubled numbers, refuses negative ones, and can break. */
class FakeWorker extends EventTarget {
  postMessage({ id, request }: WorkerMessage<number>) {
    const data: WorkerAnswer<number> = request < 0 ? { id, error: 'negative' } : { id, result: request * 2 };
    // Answered in reverse order of asking, to show that each answer finds its own request.
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 10 - request);
  }

  break() {
    this.dispatchEvent(new Event('error'));
  }
}

const setUp = () => {
  const worker = new FakeWorker();
  const broken = vi.fn();
  const send = workerRequests<number, number>(
    worker as unknown as Worker,
    (message) => new RangeError(message),
    'stopped',
    broken,
  );
  return { worker, broken, send };
};

describe('workerRequests', () => {
  it('gives each request its own answer, whatever order the answers come in', async () => {
    const { send } = setUp();
    await expect(Promise.all([send(1), send(2), send(3)])).resolves.toEqual([2, 4, 6]);
  });

  it('rejects a request the worker could not answer, with the caller’s error', async () => {
    const { send } = setUp();
    await expect(send(-1)).rejects.toThrow(new RangeError('negative'));
  });

  it('rejects every waiting request when the worker breaks, and says so', async () => {
    const { worker, broken, send } = setUp();
    const waiting = send(1);
    worker.break();
    await expect(waiting).rejects.toThrow(new RangeError('stopped'));
    expect(broken).toHaveBeenCalledOnce();
  });
});
