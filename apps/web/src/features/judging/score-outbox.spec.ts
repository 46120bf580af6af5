import { memoryStorage, type KeyValueStorage } from '../../lib/key-value-storage';
import { ScoreOutbox, liveSheetsStorageKey, sheetKey } from './score-outbox';

const KEY = liveSheetsStorageKey(5, 70);
const first = { assignmentId: 101, part: 0 };
const second = { assignmentId: 102, part: 1 };
const scores = (points: number) => [{ criterionId: 1, points, comment: null }];
const refusal = { code: 'live_part_closed', params: { part: 'Phản biện' }, message: 'Phần chưa mở' };

const outboxWith = (storage: KeyValueStorage = memoryStorage()) => new ScoreOutbox(KEY, storage);

describe('ScoreOutbox', () => {
  it('keeps what is typed for each part apart', () => {
    const outbox = outboxWith();
    outbox.setDraft(first, { 1: { points: '7,5', comment: '' } });
    outbox.setDraft(second, { 3: { points: '9', comment: 'Rõ' } });

    expect(outbox.getSnapshot().drafts.get(sheetKey(first))).toEqual({ 1: { points: '7,5', comment: '' } });
    expect(outbox.getSnapshot().drafts.get('102:1')).toEqual({ 3: { points: '9', comment: 'Rõ' } });
  });

  it('sends the oldest waiting sheet first, and a part sent again replaces its waiting send', () => {
    const outbox = outboxWith();
    outbox.enqueue(first, scores(5));
    outbox.enqueue(second, scores(6));
    outbox.enqueue(first, scores(7));

    expect(outbox.nextToSend()).toMatchObject({ ...second, seq: 2 });
    expect(outbox.getSnapshot().queued.get(sheetKey(first))).toMatchObject({ seq: 3, scores: scores(7) });
  });

  it('marks a sheet saved once the server takes it', () => {
    const outbox = outboxWith();
    const sent = outbox.enqueue(first, scores(5));
    outbox.settle(sent, { kind: 'saved' });

    expect(outbox.nextToSend()).toBeNull();
    expect(outbox.getSnapshot().outcomes.get(sheetKey(first))).toEqual({ kind: 'saved', seq: 1 });
  });

  it('keeps a refusal with its reason, and the values typed', () => {
    const outbox = outboxWith();
    outbox.setDraft(first, { 1: { points: '5', comment: '' } });
    const sent = outbox.enqueue(first, scores(5));
    outbox.settle(sent, { kind: 'refused', refusal });

    expect(outbox.getSnapshot().outcomes.get(sheetKey(first))).toEqual({ kind: 'refused', seq: 1, refusal });
    expect(outbox.getSnapshot().drafts.get(sheetKey(first))).toEqual({ 1: { points: '5', comment: '' } });
  });

  it('lets a late answer to an older send settle nothing while a newer one waits', () => {
    const outbox = outboxWith();
    const older = outbox.enqueue(first, scores(5));
    outbox.enqueue(first, scores(8));
    outbox.settle(older, { kind: 'saved' });

    expect(outbox.getSnapshot().queued.get(sheetKey(first))).toMatchObject({ seq: 2, scores: scores(8) });
    expect(outbox.getSnapshot().outcomes.has(sheetKey(first))).toBe(false);
  });

  it('forgets the last answer when the part is sent again', () => {
    const outbox = outboxWith();
    outbox.settle(outbox.enqueue(first, scores(5)), { kind: 'refused', refusal });
    outbox.enqueue(first, scores(5));

    expect(outbox.getSnapshot().outcomes.has(sheetKey(first))).toBe(false);
    expect(outbox.getSnapshot().queued.has(sheetKey(first))).toBe(true);
  });

  it('survives a reload: drafts, waiting sends, answers and the seq counter', () => {
    const storage = memoryStorage();
    const before = outboxWith(storage);
    before.setDraft(first, { 1: { points: '5', comment: 'Tốt' } });
    before.settle(before.enqueue(second, scores(6)), { kind: 'refused', refusal });
    before.enqueue(first, scores(5));

    const after = outboxWith(storage);

    expect(after.getSnapshot()).toEqual(before.getSnapshot());
    expect(after.enqueue(second, scores(9)).seq).toBe(3);
  });

  it('keeps judges and stages apart in storage', () => {
    const storage = memoryStorage();
    outboxWith(storage).enqueue(first, scores(5));

    expect(new ScoreOutbox(liveSheetsStorageKey(6, 70), storage).nextToSend()).toBeNull();
    expect(new ScoreOutbox(liveSheetsStorageKey(5, 71), storage).nextToSend()).toBeNull();
  });

  it('starts clean from unreadable storage, and keeps working when storage refuses writes', () => {
    const broken = memoryStorage();
    broken.setItem(KEY, '{"version":1,"queue":');
    expect(outboxWith(broken).nextToSend()).toBeNull();

    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const outbox = outboxWith(full);
    outbox.enqueue(first, scores(5));
    expect(outbox.nextToSend()).toMatchObject(first);
  });

  it('tells subscribers of every change with a new snapshot', () => {
    const outbox = outboxWith();
    const seen: number[] = [];
    outbox.subscribe(() => seen.push(outbox.getSnapshot().queued.size));
    const before = outbox.getSnapshot();
    outbox.enqueue(first, scores(5));
    outbox.enqueue(second, scores(5));

    expect(seen).toEqual([1, 2]);
    expect(outbox.getSnapshot()).not.toBe(before);
  });
});
