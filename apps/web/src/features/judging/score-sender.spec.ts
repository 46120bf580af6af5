import type { JudgeEntry } from '@contest/contracts';

import { memoryStorage } from '../../lib/key-value-storage';
import { ScoreOutbox, sheetKey, type QueuedSheet } from './score-outbox';
import { ScoreSender, type SenderState } from './score-sender';

class Offline extends Error {}
class Refused extends Error {}

const first = { assignmentId: 101, part: 0 };
const second = { assignmentId: 102, part: 0 };
const scores = [{ criterionId: 1, points: 5, comment: null }];
const refusal = { code: 'live_part_closed', params: { part: 'Thuyết trình' }, message: 'Phần đã đóng' };

function setup(answer: (sheet: QueuedSheet) => Promise<JudgeEntry>) {
  const outbox = new ScoreOutbox('key', memoryStorage());
  const states: SenderState['kind'][] = [];
  const sent: number[] = [];
  const sender = new ScoreSender({
    outbox,
    send: (sheet) => {
      sent.push(sheet.assignmentId);
      return answer(sheet);
    },
    isRetryable: (error) => error instanceof Offline,
    refusalOf: () => refusal,
    onStateChange: (state) => states.push(state.kind),
    backoffMs: (failures) => failures * 1_000,
  });
  return { outbox, sender, states, sent };
}

const saved = () => Promise.resolve({} as JudgeEntry);

describe('ScoreSender', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends every queued sheet, oldest first, and marks each saved', async () => {
    const { outbox, sender, sent, states } = setup(saved);
    outbox.enqueue(first, scores);
    outbox.enqueue(second, scores);
    sender.start();
    await jest.runAllTimersAsync();

    expect(sent).toEqual([101, 102]);
    expect(outbox.nextToSend()).toBeNull();
    expect(outbox.getSnapshot().outcomes.get(sheetKey(second))).toMatchObject({ kind: 'saved' });
    expect(states.at(-1)).toBe('idle');
  });

  it('keeps sheets queued while the line is down and sends them when it returns', async () => {
    let online = false;
    const { outbox, sender, sent, states } = setup(() => (online ? saved() : Promise.reject(new Offline())));
    sender.start();
    outbox.enqueue(first, scores);
    sender.queued();
    await jest.advanceTimersByTimeAsync(0);

    expect(states).toContain('waiting');
    expect(outbox.getSnapshot().queued.has(sheetKey(first))).toBe(true);

    // A second failure waits longer; the line coming back skips the wait.
    await jest.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    online = true;
    sender.retryNow();
    await jest.advanceTimersByTimeAsync(0);

    expect(sent).toHaveLength(3);
    expect(outbox.nextToSend()).toBeNull();
    expect(outbox.getSnapshot().outcomes.get(sheetKey(first))).toMatchObject({ kind: 'saved' });
  });

  it('retries on its own after a pause that grows', async () => {
    let failures = 2;
    const { outbox, sender, sent } = setup(() => (failures-- > 0 ? Promise.reject(new Offline()) : saved()));
    outbox.enqueue(first, scores);
    sender.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(3);
    expect(outbox.nextToSend()).toBeNull();
  });

  it('keeps a refusal beside its sheet and goes on with the next', async () => {
    const { outbox, sender, sent } = setup((sheet) =>
      sheet.assignmentId === 101 ? Promise.reject(new Refused()) : saved(),
    );
    outbox.enqueue(first, scores);
    outbox.enqueue(second, scores);
    sender.start();
    await jest.runAllTimersAsync();

    expect(sent).toEqual([101, 102]);
    expect(outbox.getSnapshot().outcomes.get(sheetKey(first))).toEqual({ kind: 'refused', seq: 1, refusal });
    expect(outbox.getSnapshot().outcomes.get(sheetKey(second))).toMatchObject({ kind: 'saved' });
  });

  it('sends a part typed again while its first send was in flight', async () => {
    let release: (entry: JudgeEntry) => void = () => undefined;
    const { outbox, sender, sent } = setup((sheet) =>
      sheet.seq === 1 ? new Promise((resolve) => (release = resolve)) : saved(),
    );
    outbox.enqueue(first, scores);
    sender.start();
    await jest.advanceTimersByTimeAsync(0);
    outbox.enqueue(first, [{ criterionId: 1, points: 6, comment: null }]);
    sender.queued();
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);

    release({} as JudgeEntry);
    await jest.runAllTimersAsync();

    expect(sent).toHaveLength(2);
    expect(outbox.getSnapshot().outcomes.get(sheetKey(first))).toEqual({ kind: 'saved', seq: 2 });
  });

  it('sends nothing once stopped', async () => {
    const { outbox, sender, sent } = setup(saved);
    sender.start();
    sender.stop();
    outbox.enqueue(first, scores);
    sender.queued();
    await jest.runAllTimersAsync();
    expect(sent).toEqual([]);
  });
});
