import type { Entry } from '@contest/contracts';

import { DraftAutosaver, type DraftSaveState } from './draft-autosaver';
import { initiativeEntry, initiativeTrack } from './initiative.fixture';
import { emptyInitiativeForm, type InitiativeFormValues } from './initiative-form';

const track = initiativeTrack();
const me = { fullName: 'Nguyễn Văn An', login: '0912345678', unitName: 'Sở Nội vụ' };

class Offline extends Error {}

function setup() {
  let values: InitiativeFormValues = emptyInitiativeForm(track, me);
  const states: DraftSaveState[] = [];
  const sent: { kind: string; title: string }[] = [];
  let release: (() => void)[] = [];
  let failNext: unknown = null;
  let nextId = 40;
  const saver = new DraftAutosaver(
    {
      read: () => ({ values, track }),
      send: (request) => {
        sent.push({ kind: request.kind, title: request.body.title });
        if (failNext) {
          const error = failNext;
          failNext = null;
          return Promise.reject(error);
        }
        const id = request.kind === 'update' ? request.entryId : ++nextId;
        return new Promise<Entry>((resolve) =>
          release.push(() =>
            resolve(
              initiativeEntry({ id, title: request.body.title, updatedAt: '2026-12-02T08:00:00.000Z' }),
            ),
          ),
        );
      },
      onSaved: () => undefined,
      onState: (state) => states.push(state),
      isRetryable: (error) => error instanceof Offline,
      debounceMs: 1000,
      retryMs: 5000,
    },
    { entryId: null, key: null },
    null,
  );
  return {
    saver,
    states,
    sent,
    type(change: Partial<InitiativeFormValues>) {
      values = { ...values, ...change };
      saver.changed();
    },
    async answer() {
      const waiting = release;
      release = [];
      waiting.forEach((done) => done());
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
    },
    failWith(error: unknown) {
      failNext = error;
    },
    last: () => states.at(-1),
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('DraftAutosaver', () => {
  it('says what a new draft needs before saving anything', () => {
    const s = setup();
    s.type({ title: 'Mộ' });
    jest.advanceTimersByTime(5000);
    expect(s.sent).toEqual([]);
    expect(s.last()).toEqual({ kind: 'blocked', blockers: [{ kind: 'title' }] });
  });

  it('saves once typing pauses, creating the draft first and updating it after', async () => {
    const s = setup();
    s.type({ title: 'Một' });
    s.type({ title: 'Một cửa' });
    expect(s.last()).toEqual({ kind: 'pending' });
    jest.advanceTimersByTime(999);
    expect(s.sent).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(s.sent).toEqual([{ kind: 'create', title: 'Một cửa' }]);
    expect(s.last()).toEqual({ kind: 'saving' });
    await s.answer();
    expect(s.last()).toEqual({ kind: 'saved', at: '2026-12-02T08:00:00.000Z' });
    s.type({ summary: 'Tóm tắt' });
    jest.advanceTimersByTime(1000);
    expect(s.sent.at(-1)).toEqual({ kind: 'update', title: 'Một cửa' });
  });

  it('never creates twice: typing during the first save is saved as an update to it', async () => {
    const s = setup();
    s.type({ title: 'Một cửa' });
    jest.advanceTimersByTime(1000);
    s.type({ title: 'Một cửa không giấy' });
    jest.advanceTimersByTime(5000);
    expect(s.sent).toHaveLength(1);
    await s.answer();
    expect(s.last()).toEqual({ kind: 'pending' });
    jest.advanceTimersByTime(1000);
    expect(s.sent).toEqual([
      { kind: 'create', title: 'Một cửa' },
      { kind: 'update', title: 'Một cửa không giấy' },
    ]);
  });

  it('tries again while offline, and waits for the next change after a refusal', async () => {
    const s = setup();
    s.failWith(new Offline());
    s.type({ title: 'Một cửa' });
    jest.advanceTimersByTime(1000);
    await s.answer();
    expect(s.last()?.kind).toBe('retrying');
    jest.advanceTimersByTime(5000);
    expect(s.sent).toHaveLength(2);
    await s.answer();
    expect(s.last()?.kind).toBe('saved');

    s.failWith(new Error('409'));
    s.type({ summary: 'Tóm tắt' });
    jest.advanceTimersByTime(1000);
    await s.answer();
    expect(s.last()?.kind).toBe('failed');
    jest.advanceTimersByTime(60_000);
    expect(s.sent).toHaveLength(3);
    s.type({ summary: 'Tóm tắt mới' });
    jest.advanceTimersByTime(1000);
    expect(s.sent).toHaveLength(4);
  });

  it('saves at once on flush (before sending) and when the editor closes mid-pause', async () => {
    const s = setup();
    s.type({ title: 'Một cửa' });
    const flushed = s.saver.flush();
    // No waiting for the pause in typing.
    expect(s.sent).toHaveLength(1);
    await s.answer();
    await expect(flushed).resolves.toBe(true);

    s.type({ summary: 'Đóng trình soạn' });
    s.saver.stop();
    await Promise.resolve();
    expect(s.sent.at(-1)?.kind).toBe('update');
  });
});
