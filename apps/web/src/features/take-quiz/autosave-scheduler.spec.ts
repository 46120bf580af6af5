import type { SaveAnswersRequest, SaveAnswersResponse } from '@contest/contracts';

import { memoryStorage } from '../../lib/key-value-storage';
import { AnswerOutbox } from './answer-outbox';
import { AutosaveScheduler, exponentialBackoff, type AutosaveState } from './autosave-scheduler';

class Offline extends Error {}
class Refused extends Error {}

const ok: SaveAnswersResponse = {
  accepted: [],
  serverNow: '2025-05-19T03:00:00.000Z',
  deadline: '2025-05-19T03:15:00.000Z',
};

interface Call {
  request: SaveAnswersRequest;
  resolve(): void;
  reject(error: Error): void;
}

function setup() {
  const outbox = new AnswerOutbox(1, memoryStorage(), () => 0);
  const calls: Call[] = [];
  const states: AutosaveState[] = [];
  const saved: SaveAnswersResponse[] = [];
  const scheduler = new AutosaveScheduler({
    outbox,
    send: (request) =>
      new Promise<SaveAnswersResponse>((resolve, reject) => {
        calls.push({ request, resolve: () => resolve(ok), reject });
      }),
    isRetryable: (error) => error instanceof Offline,
    onStateChange: (state) => states.push(state),
    onSaved: (response) => saved.push(response),
  });
  const answer = (position: number, option: number) => {
    outbox.setAnswer(position, option);
    scheduler.changed();
  };
  scheduler.start();
  const state = () => states.at(-1);
  return { outbox, scheduler, calls, states, state, saved, answer };
}

describe('AutosaveScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('debounces a burst of changes into one request', async () => {
    const { calls, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(300);
    answer(1, 2);
    await jest.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);

    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].request.answers.map((a) => a.position)).toEqual([0, 1]);
  });

  it('acknowledges what the server stored and reports saved', async () => {
    const { outbox, calls, states, saved, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(500);

    calls[0].resolve();
    await jest.advanceTimersByTimeAsync(0);

    expect(outbox.pendingRequest()).toBeNull();
    expect(saved).toEqual([ok]);
    expect(states.map((s) => s.kind)).toEqual(['pending', 'saving', 'saved']);
  });

  it('retries with growing backoff while offline and keeps the changes until one gets through', async () => {
    const { outbox, calls, state, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(500);

    calls[0].reject(new Offline());
    await jest.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    expect(state()).toMatchObject({ kind: 'retrying', failures: 1 });

    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    calls[1].reject(new Offline());
    await jest.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(2);

    answer(1, 0);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    expect(calls[2].request.answers.map((a) => a.position)).toEqual([0, 1]);

    calls[2].resolve();
    await jest.advanceTimersByTimeAsync(0);
    expect(outbox.pendingRequest()).toBeNull();
    expect(state()?.kind).toBe('saved');
  });

  it('skips the rest of the backoff when the browser comes back online', async () => {
    const { scheduler, calls, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(500);
    calls[0].reject(new Offline());
    await jest.advanceTimersByTimeAsync(0);

    scheduler.retryNow();
    await jest.advanceTimersByTimeAsync(0);

    expect(calls).toHaveLength(2);
  });

  it('stops for good when the server refuses the answers', async () => {
    const { outbox, scheduler, calls, state, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(500);
    const refusal = new Refused('deadline passed');
    calls[0].reject(refusal);
    await jest.advanceTimersByTimeAsync(0);

    answer(1, 1);
    scheduler.retryNow();
    scheduler.start();
    await jest.advanceTimersByTimeAsync(60_000);

    expect(calls).toHaveLength(1);
    expect(state()).toEqual({ kind: 'failed', error: refusal });
    expect(outbox.pendingRequest()?.answers).toHaveLength(2);
  });

  it('keeps one request in flight and sends changes made meanwhile right after it', async () => {
    const { outbox, calls, answer } = setup();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(500);
    answer(0, 2);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);

    calls[0].resolve();
    await jest.advanceTimersByTimeAsync(500);

    expect(calls).toHaveLength(2);
    expect(calls[1].request.answers).toEqual([{ position: 0, option: 2, seq: 2 }]);
    calls[1].resolve();
    await jest.advanceTimersByTimeAsync(0);
    expect(outbox.pendingRequest()).toBeNull();
  });

  it('sends nothing while stopped and flushes leftovers at once on start', async () => {
    const { scheduler, calls, answer } = setup();
    scheduler.stop();
    answer(0, 1);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(0);

    scheduler.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
  });
});

describe('exponentialBackoff', () => {
  it('doubles from one second and caps at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(exponentialBackoff)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
