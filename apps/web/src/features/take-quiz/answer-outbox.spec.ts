import { memoryStorage, type KeyValueStorage } from '../../lib/key-value-storage';
import { AnswerOutbox, attemptStorageKey } from './answer-outbox';

const ATTEMPT = 42;

function outboxWith(storage: KeyValueStorage = memoryStorage(), floor = () => 0) {
  return new AnswerOutbox(ATTEMPT, storage, floor);
}

describe('AnswerOutbox', () => {
  it('gives every change a growing seq and keeps only the latest change per question', () => {
    const outbox = outboxWith();
    outbox.setAnswer(0, 2);
    outbox.setAnswer(1, 0);
    outbox.setAnswer(0, 3);

    expect(outbox.pendingRequest()).toEqual({
      answers: [
        { position: 0, option: 3, seq: 3 },
        { position: 1, option: 0, seq: 2 },
      ],
    });
    expect(outbox.getSnapshot().answers).toEqual(
      new Map([
        [0, 3],
        [1, 0],
      ]),
    );
  });

  it('sends a cleared answer as null and drops it from the answered set', () => {
    const outbox = outboxWith();
    outbox.setAnswer(4, 1);
    outbox.setAnswer(4, null);

    expect(outbox.pendingRequest()?.answers).toEqual([{ position: 4, option: null, seq: 2 }]);
    expect(outbox.getSnapshot().answers.has(4)).toBe(false);
  });

  it('carries the prediction with its own seq', () => {
    const outbox = outboxWith();
    outbox.setAnswer(0, 1);
    outbox.setPrediction(1234);

    expect(outbox.pendingRequest()).toEqual({
      answers: [{ position: 0, option: 1, seq: 1 }],
      prediction: { value: 1234, seq: 2 },
    });
    expect(outbox.getSnapshot()).toMatchObject({ prediction: 1234, pendingCount: 2 });
  });

  it('has nothing to send once everything is acknowledged', () => {
    const outbox = outboxWith();
    outbox.setAnswer(0, 1);
    outbox.setPrediction(7);
    outbox.acknowledge(outbox.pendingRequest()!);

    expect(outbox.pendingRequest()).toBeNull();
    expect(outbox.getSnapshot()).toMatchObject({ prediction: 7, pendingCount: 0 });
    expect(outbox.getSnapshot().answers.get(0)).toBe(1);
  });

  it('keeps a change made while its question was in flight', () => {
    const outbox = outboxWith();
    outbox.setAnswer(0, 1);
    const inFlight = outbox.pendingRequest()!;
    outbox.setAnswer(0, 2);
    outbox.setAnswer(1, 3);

    outbox.acknowledge(inFlight);

    expect(outbox.pendingRequest()?.answers).toEqual([
      { position: 0, option: 2, seq: 2 },
      { position: 1, option: 3, seq: 3 },
    ]);
  });

  it('ignores a late acknowledgement of an older request', () => {
    const outbox = outboxWith();
    outbox.setAnswer(0, 1);
    outbox.setPrediction(10);
    const older = outbox.pendingRequest()!;
    outbox.setAnswer(0, 2);
    outbox.setPrediction(20);
    const newer = outbox.pendingRequest()!;
    outbox.setAnswer(0, 3);

    outbox.acknowledge(newer);
    expect(outbox.pendingRequest()).toEqual({ answers: [{ position: 0, option: 3, seq: 5 }] });

    outbox.acknowledge(older);
    expect(outbox.pendingRequest()).toEqual({ answers: [{ position: 0, option: 3, seq: 5 }] });
    expect(outbox.getSnapshot()).toMatchObject({ prediction: 20, pendingCount: 1 });
  });

  it('survives a reload: answers, outbox and seq counter come back from storage', () => {
    const storage = memoryStorage();
    const before = outboxWith(storage);
    before.setAnswer(0, 1);
    before.setAnswer(1, 2);
    before.acknowledge({ answers: [{ position: 0, option: 1, seq: 1 }] });
    before.setPrediction(99);

    const after = outboxWith(storage);

    expect(after.getSnapshot()).toEqual(before.getSnapshot());
    expect(after.pendingRequest()).toEqual({
      answers: [{ position: 1, option: 2, seq: 2 }],
      prediction: { value: 99, seq: 3 },
    });
    after.setAnswer(1, 0);
    expect(after.pendingRequest()?.answers).toEqual([{ position: 1, option: 0, seq: 4 }]);
  });

  it('keeps attempts apart in storage', () => {
    const storage = memoryStorage();
    outboxWith(storage).setAnswer(0, 1);

    expect(new AnswerOutbox(ATTEMPT + 1, storage, () => 0).pendingRequest()).toBeNull();
  });

  it('overlays pending changes on the answers the server has saved', () => {
    const storage = memoryStorage();
    const before = outboxWith(storage);
    before.setAnswer(0, 1);
    before.setAnswer(2, 3);
    before.acknowledge({ answers: [{ position: 2, option: 3, seq: 2 }] });

    const after = outboxWith(storage);
    after.hydrate({
      answers: [
        { position: 0, option: 0 },
        { position: 1, option: 2 },
        { position: 2, option: 1 },
        { position: 3, option: null },
      ],
      prediction: 5,
    });

    expect(after.getSnapshot().answers).toEqual(
      new Map([
        [0, 1],
        [1, 2],
        [2, 1],
      ]),
    );
    expect(after.getSnapshot().prediction).toBe(5);
  });

  it('never lets a seq fall below the server time, so a resume on another device outranks older saves', () => {
    let serverTime = 1_747_623_600_000;
    const outbox = outboxWith(memoryStorage(), () => serverTime);

    outbox.setAnswer(0, 1);
    outbox.setAnswer(1, 1);
    serverTime -= 5_000;
    outbox.setAnswer(2, 1);

    expect(outbox.pendingRequest()?.answers.map((a) => a.seq)).toEqual([
      1_747_623_600_000, 1_747_623_600_001, 1_747_623_600_002,
    ]);
  });

  it('ignores unreadable storage and starts clean', () => {
    const storage = memoryStorage();
    storage.setItem(attemptStorageKey(ATTEMPT), '{"version":1,"lastSeq":');

    const outbox = outboxWith(storage);

    expect(outbox.pendingRequest()).toBeNull();
    expect(outbox.getSnapshot().answers.size).toBe(0);
  });

  it('keeps working in memory when storage refuses writes', () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const outbox = outboxWith(storage);

    outbox.setAnswer(0, 2);

    expect(outbox.pendingRequest()?.answers).toEqual([{ position: 0, option: 2, seq: 1 }]);
  });

  it('removes the attempt from storage on discard and writes nothing afterwards', () => {
    const storage = memoryStorage();
    const outbox = outboxWith(storage);
    outbox.setAnswer(0, 1);
    const sent = outbox.pendingRequest()!;

    outbox.discard();
    outbox.acknowledge(sent);

    expect(storage.getItem(attemptStorageKey(ATTEMPT))).toBeNull();
  });

  it('notifies subscribers with a new snapshot on every change', () => {
    const outbox = outboxWith();
    const seen: number[] = [];
    const unsubscribe = outbox.subscribe(() => seen.push(outbox.getSnapshot().pendingCount));
    const first = outbox.getSnapshot();

    outbox.setAnswer(0, 1);
    outbox.setAnswer(1, 1);
    unsubscribe();
    outbox.setAnswer(2, 1);

    expect(seen).toEqual([1, 2]);
    expect(outbox.getSnapshot()).not.toBe(first);
  });
});
