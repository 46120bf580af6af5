import { liveJoinOutcome } from './live-join';

const board = {
  stageId: 7,
  trackId: 3,
  stageName: 'Chung kết',
  trackTitle: 'Sáng kiến',
  contestName: 'Hội thi 2026',
  version: 3,
  serverNow: '2026-05-01T08:00:00.000Z',
  parts: [{ name: 'Thuyết trình', seconds: 300 }],
  teams: [],
  current: null,
  timer: { seconds: 300, running: false, remainingMs: 300_000, endsAt: null },
  scoring: [],
  standings: [],
  revealedAll: false,
  lockedAt: null,
};

describe('liveJoinOutcome', () => {
  it('takes the board from the answer', () => {
    expect(liveJoinOutcome({ ok: true, board }, 0)).toEqual({ kind: 'joined', board });
  });

  it('retries the first refusal and shows the second', () => {
    const refused = { ok: false, code: 'not_found', message: 'Không tìm thấy' };
    expect(liveJoinOutcome(refused, 0)).toEqual({ kind: 'retry' });
    expect(liveJoinOutcome(refused, 1)).toMatchObject({ kind: 'refused' });
  });

  it('counts an answer of another shape as joined, with the board still to fetch', () => {
    expect(liveJoinOutcome(undefined, 0)).toEqual({ kind: 'joined', board: null });
    expect(liveJoinOutcome({ ok: true }, 0)).toEqual({ kind: 'joined', board: null });
  });
});
