import type { LiveBoard } from '@contest/contracts';

import { isScoringOpen, newerBoard, onStage, showsEarlierPoints, teamsInOrder } from './live-board';

const board = (version: number, change: Partial<LiveBoard> = {}): LiveBoard => ({
  stageId: 7,
  trackId: 3,
  stageName: 'Chung kết',
  trackTitle: 'Sáng kiến',
  contestName: 'Hội thi 2026',
  version,
  serverNow: '2026-05-01T08:00:00.000Z',
  parts: [
    { name: 'Thuyết trình', seconds: 300 },
    { name: 'Phản biện', seconds: 180 },
  ],
  teams: [
    { entryId: 11, order: 2, title: 'Đội B', unitName: 'Xã B' },
    { entryId: 10, order: 1, title: 'Đội A', unitName: 'Xã A' },
  ],
  current: null,
  timer: { seconds: 300, running: false, remainingMs: 300_000, endsAt: null },
  scoring: [],
  standings: [],
  revealedAll: false,
  lockedAt: null,
  ...change,
});

describe('newerBoard', () => {
  it('keeps the board with the higher version, whichever arrives last', () => {
    const older = board(4);
    const newer = board(5);
    expect(newerBoard(older, newer)).toBe(newer);
    expect(newerBoard(newer, older)).toBe(newer);
  });

  it('takes an equal version (a fresher serverNow) and anything for another stage', () => {
    const first = board(5);
    const again = board(5, { serverNow: '2026-05-01T08:00:05.000Z' });
    expect(newerBoard(first, again)).toBe(again);
    const other = board(1, { stageId: 8 });
    expect(newerBoard(first, other)).toBe(other);
    expect(newerBoard(undefined, first)).toBe(first);
  });
});

describe('onStage', () => {
  it('names the team and the part on stage, or nobody', () => {
    expect(onStage(board(1))).toBeNull();
    expect(onStage(board(1, { current: { entryId: 11, part: 1 } }))).toEqual({
      team: { entryId: 11, order: 2, title: 'Đội B', unitName: 'Xã B' },
      part: { name: 'Phản biện', seconds: 180 },
      partIndex: 1,
      partCount: 2,
    });
  });

  it('still says which part when the team is not on the board', () => {
    expect(onStage(board(1, { current: { entryId: 99, part: 0 } }))?.team).toBeNull();
  });
});

describe('board helpers', () => {
  it('orders teams by their running order', () => {
    expect(teamsInOrder(board(1).teams).map((team) => team.entryId)).toEqual([10, 11]);
  });

  it('finds whether a team’s part is open for scoring', () => {
    const scoring = [{ entryId: 10, part: 1 }];
    expect(isScoringOpen(scoring, { entryId: 10, part: 1 })).toBe(true);
    expect(isScoringOpen(scoring, { entryId: 10, part: 0 })).toBe(false);
    expect(isScoringOpen(scoring, null)).toBe(false);
  });

  it('shows the earlier points column only when a revealed team has some', () => {
    const standing = {
      rank: 1,
      entryId: 10,
      title: 'Đội A',
      unitName: 'Xã A',
      finalPoints: 80,
      earlierPoints: null,
      total: 80,
    };
    expect(showsEarlierPoints(board(1, { standings: [standing] }))).toBe(false);
    expect(showsEarlierPoints(board(1, { standings: [{ ...standing, earlierPoints: 20 }] }))).toBe(true);
  });
});
