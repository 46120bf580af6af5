import type { UnitInbox } from '@contest/contracts';

import { initiativeEntry } from './initiative.fixture';
import {
  chosenTrack,
  inboxGroups,
  lastHead,
  quotaStanding,
  reviewWindow,
  sentByAnAuthor,
} from './unit-inbox';

const item = (id: number, state: 'pending' | 'forwarded' | 'returned'): UnitInbox['items'][number] => ({
  ...initiativeEntry({
    id,
    unitReview: {
      state,
      comment: null,
      headName: null,
      headPosition: null,
      reviewedByName: null,
      reviewedAt: null,
    },
  }),
  submittedByName: 'Nguyễn Văn An',
});

describe('inboxGroups', () => {
  it('sorts what the unit holds by its answer', () => {
    const groups = inboxGroups([
      item(1, 'forwarded'),
      item(2, 'pending'),
      item(3, 'returned'),
      item(4, 'pending'),
    ]);
    expect(groups.pending.map((e) => e.id)).toEqual([2, 4]);
    expect(groups.forwarded.map((e) => e.id)).toEqual([1]);
    expect(groups.returned.map((e) => e.id)).toEqual([3]);
  });
});

describe('reviewWindow', () => {
  const now = Date.parse('2026-12-10T00:00:00Z');
  it('is open until the deadline, closed from it on, as the server decides', () => {
    expect(reviewWindow({ opensAt: null, closesAt: null }, '2026-12-11T00:00:00Z', now)).toEqual({
      kind: 'open',
      closesAt: '2026-12-11T00:00:00Z',
    });
    expect(reviewWindow({ opensAt: null, closesAt: null }, '2026-12-10T00:00:00Z', now)).toEqual({
      kind: 'closed',
      closesAt: '2026-12-10T00:00:00Z',
    });
    expect(reviewWindow({ opensAt: '2026-12-12T00:00:00Z', closesAt: null }, null, now)).toEqual({
      kind: 'notYet',
      opensAt: '2026-12-12T00:00:00Z',
    });
    expect(reviewWindow(undefined, null, now)).toEqual({ kind: 'open', closesAt: null });
  });
});

describe('quotaStanding', () => {
  it('is short below the quota, met from it, full at the limit', () => {
    expect(quotaStanding({ forwarded: 0, required: 2, limit: 3 })).toBe('short');
    expect(quotaStanding({ forwarded: 2, required: 2, limit: 3 })).toBe('met');
    expect(quotaStanding({ forwarded: 3, required: 2, limit: 3 })).toBe('full');
    expect(quotaStanding({ forwarded: 0, required: 0, limit: 3 })).toBe('met');
  });
});

describe('lastHead', () => {
  it("offers the head who confirmed the unit's latest forward", () => {
    const forwarded = (id: number, name: string, at: string) => {
      const e = item(id, 'forwarded');
      return {
        ...e,
        unitReview: { ...e.unitReview!, headName: name, headPosition: 'Giám đốc Sở', reviewedAt: at },
      };
    };
    expect(lastHead([item(1, 'pending')])).toBeNull();
    expect(
      lastHead([
        forwarded(1, 'Lê Văn Hùng', '2026-12-01T00:00:00Z'),
        forwarded(2, 'Phạm Minh Đức', '2026-12-03T00:00:00Z'),
        item(3, 'returned'),
      ]),
    ).toEqual({ name: 'Phạm Minh Đức', position: 'Giám đốc Sở' });
  });
});

describe('chosenTrack', () => {
  const tracks = [
    { id: 9, phase: 'closed' as const },
    { id: 7, phase: 'open' as const },
  ];
  it('opens on the call in the address, else the first open one, else the newest', () => {
    expect(chosenTrack(tracks, 9)).toBe(9);
    expect(chosenTrack(tracks, 4)).toBe(7);
    expect(chosenTrack(tracks, null)).toBe(7);
    expect(chosenTrack([tracks[0]], null)).toBe(9);
    expect(chosenTrack([], null)).toBeNull();
  });
});

describe('sentByAnAuthor', () => {
  it('names the sender once when they are among the authors', () => {
    const sent = { submittedByName: 'Nguyễn Văn An', authors: ['Trần Thị Bình', 'nguyễn văn an'] };
    expect(sentByAnAuthor(sent)).toBe(true);
    expect(sentByAnAuthor({ ...sent, authors: ['Trần Thị Bình'] })).toBe(false);
  });
});
