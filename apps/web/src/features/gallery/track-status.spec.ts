import type { Stage, Track } from '@contest/contracts';

import {
  advancedFrom,
  publishedStage,
  publishedStages,
  trackLinks,
  voteWindowState,
  votesOpen,
  votingStage,
} from './track-status';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const stage = (over: Partial<Stage> = {}): Stage =>
  ({
    id: 1,
    position: over.id ?? 1,
    votePoints: 0,
    votesOpenAt: null,
    votesCloseAt: null,
    lockedAt: null,
    publishedAt: null,
    ...over,
  }) as Stage;
const voting = (over: Partial<Stage> = {}) =>
  stage({
    votePoints: 30,
    votesOpenAt: '2026-12-01T00:00:00Z',
    votesCloseAt: '2026-12-05T00:00:00Z',
    ...over,
  });
const track = (phase: Track['phase'], stages: Stage[]) => ({ phase, stages });

describe('votesOpen', () => {
  it('is open inside the window of a stage with vote points, until locked', () => {
    expect(votesOpen(voting(), NOW)).toBe(true);
    expect(votesOpen(voting({ lockedAt: '2026-12-02T00:00:00Z' }), NOW)).toBe(false);
    expect(votesOpen(voting({ votePoints: 0 }), NOW)).toBe(false);
    expect(votesOpen(voting({ votesCloseAt: '2026-12-02T12:00:00Z' }), NOW)).toBe(false);
    expect(votesOpen(voting({ votesOpenAt: '2026-12-03T00:00:00Z' }), NOW)).toBe(false);
  });
});

describe('votingStage and publishedStage', () => {
  it('pick the first stage with votes and the last published one', () => {
    const stages = [
      stage({ id: 1, publishedAt: '2026-11-01T00:00:00Z' }),
      voting({ id: 2 }),
      stage({ id: 3, publishedAt: '2026-11-20T00:00:00Z' }),
    ];
    expect(votingStage({ stages })?.id).toBe(2);
    expect(publishedStage({ stages })?.id).toBe(3);
    expect(publishedStage({ stages: [stage()] })).toBeNull();
    expect(publishedStages({ stages }).map((s) => s.id)).toEqual([1, 3]);
    // In the track's order, whatever order the stages came in.
    expect(publishedStages({ stages: [...stages].reverse() }).map((s) => s.id)).toEqual([1, 3]);
  });
});

describe('advancedFrom', () => {
  it('knows entries went on from a stage when the next one holds some', () => {
    const stages = [stage({ id: 1, members: 5 }), stage({ id: 2, members: 2 }), stage({ id: 3, members: 0 })];
    expect(advancedFrom({ stages }, { position: 1 })).toBe(true);
    expect(advancedFrom({ stages }, { position: 2 })).toBe(false);
    expect(advancedFrom({ stages }, { position: 3 })).toBe(false);
  });
});

describe('trackLinks', () => {
  it('offers sending an entry while open, to entrants and visitors but not staff', () => {
    expect(trackLinks(track('open', [stage()]), NOW, null)).toEqual({
      enter: true,
      gallery: false,
      votingOpen: false,
    });
    expect(trackLinks(track('open', [stage()]), NOW, 'unit_admin').enter).toBe(true);
    expect(trackLinks(track('open', [stage()]), NOW, 'judge').enter).toBe(false);
    expect(trackLinks(track('upcoming', [stage()]), NOW, 'participant').enter).toBe(false);
  });

  it('opens the gallery once closed, or as soon as public voting starts', () => {
    expect(trackLinks(track('closed', [stage()]), NOW, null).gallery).toBe(true);
    expect(trackLinks(track('open', [voting()]), NOW, null)).toEqual({
      enter: true,
      gallery: true,
      votingOpen: true,
    });
    expect(
      trackLinks(track('open', [voting({ votesOpenAt: '2026-12-10T00:00:00Z' })]), NOW, null).gallery,
    ).toBe(false);
  });
});

describe('voteWindowState', () => {
  it('is nothing for a stage without vote points or window', () => {
    expect(voteWindowState(null, NOW)).toEqual({ kind: 'none' });
    expect(voteWindowState(stage(), NOW)).toEqual({ kind: 'none' });
    expect(voteWindowState(voting({ votePoints: 0 }), NOW)).toEqual({ kind: 'none' });
  });

  it('follows the window: to come, open until its end, closed after it', () => {
    expect(voteWindowState(voting({ votesOpenAt: '2026-12-03T00:00:00Z' }), NOW)).toEqual({
      kind: 'upcoming',
      opensAt: '2026-12-03T00:00:00Z',
      closesAt: '2026-12-05T00:00:00Z',
    });
    expect(voteWindowState(voting(), NOW)).toEqual({ kind: 'open', closesAt: '2026-12-05T00:00:00Z' });
    expect(voteWindowState(voting({ votesCloseAt: '2026-12-02T11:00:00Z' }), NOW)).toEqual({
      kind: 'closed',
      closedAt: '2026-12-02T11:00:00Z',
      early: false,
    });
  });

  it('says the vote is closed once the stage is locked, even before the window’s end', () => {
    const locked = voting({ lockedAt: '2026-12-02T08:00:00Z' });
    expect(voteWindowState(locked, NOW)).toEqual({
      kind: 'closed',
      closedAt: '2026-12-02T08:00:00Z',
      early: true,
    });
    expect(votesOpen(locked, NOW)).toBe(false);
    // Locked after the window had ended: it closed at its date.
    const late = voting({ votesCloseAt: '2026-12-02T00:00:00Z', lockedAt: '2026-12-02T10:00:00Z' });
    expect(voteWindowState(late, NOW)).toEqual({
      kind: 'closed',
      closedAt: '2026-12-02T00:00:00Z',
      early: false,
    });
  });
});
