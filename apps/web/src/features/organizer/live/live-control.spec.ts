import type { LiveBoard } from '@contest/contracts';

import { newerControl, scoringWindow, withPushedBoard, type ReceivedControl } from './live-control';

const board = (version: number): LiveBoard => ({
  stageId: 7,
  trackId: 3,
  stageName: 'Chung kết',
  trackTitle: 'Sáng kiến',
  contestName: 'Hội thi 2026',
  version,
  serverNow: '2026-05-01T08:00:00.000Z',
  parts: [{ name: 'Thuyết trình', seconds: 300 }],
  teams: [{ entryId: 10, order: 1, title: 'Đội A', unitName: 'Xã A' }],
  current: null,
  timer: { seconds: 300, running: false, remainingMs: 300_000, endsAt: null },
  scoring: [],
  standings: [],
  revealedAll: false,
  lockedAt: null,
});

const control = (version: number, receivedAt = 1): ReceivedControl => ({
  board: board(version),
  judges: [
    { id: 1, fullName: 'Nguyễn Văn An' },
    { id: 2, fullName: 'Trần Thị Bình' },
  ],
  progress: [
    { entryId: 10, part: 0, state: 'open', missing: [2, 9] },
    { entryId: 10, part: 1, state: 'closed', missing: [] },
  ],
  standings: [],
  incomplete: 1,
  receivedAt,
});

describe('newerControl', () => {
  it('keeps the control screen with the newer board, whichever answer arrives last', () => {
    expect(newerControl(control(3), control(4))).toMatchObject({ board: { version: 4 } });
    expect(newerControl(control(4), control(3))).toMatchObject({ board: { version: 4 } });
    expect(newerControl(undefined, control(3))).toMatchObject({ board: { version: 3 } });
  });

  it('takes a refetch of the same version: a judge’s score changes what only organizers see', () => {
    const refetched = { ...control(4, 2), incomplete: 0 };
    expect(newerControl(control(4), refetched)).toBe(refetched);
  });
});

describe('withPushedBoard', () => {
  it('puts a newer pushed board in, with the time it arrived for the clock', () => {
    const next = withPushedBoard(control(3), { ...board(4), receivedAt: 99 });
    expect(next.board.version).toBe(4);
    expect(next.receivedAt).toBe(99);
    expect(next.board).not.toHaveProperty('receivedAt');
    expect(next.progress).toEqual(control(3).progress);
  });

  it('ignores an older board or another stage’s', () => {
    const current = control(5);
    expect(withPushedBoard(current, { ...board(4), receivedAt: 99 })).toBe(current);
    expect(withPushedBoard(current, { ...board(6), stageId: 8, receivedAt: 99 })).toBe(current);
  });
});

describe('scoringWindow', () => {
  it('names the judges who have not scored a part, an unknown one by number', () => {
    expect(scoringWindow(control(1), { entryId: 10, part: 0 })).toEqual({
      state: 'open',
      missing: ['Trần Thị Bình', '#9'],
    });
    expect(scoringWindow(control(1), { entryId: 10, part: 1 })).toEqual({ state: 'closed', missing: [] });
  });

  it('treats a part the server does not list as not opened yet', () => {
    expect(scoringWindow(control(1), { entryId: 11, part: 0 })).toEqual({ state: 'not_opened', missing: [] });
  });
});
