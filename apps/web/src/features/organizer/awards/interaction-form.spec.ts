import type { InteractionSheet, Stage } from '@contest/contracts';

import { changedRows, draftsOf, withPublicSource } from './interaction-form';

const sheet: InteractionSheet = {
  stageId: 9,
  cap: 10,
  rows: [
    {
      entryId: 1,
      title: 'A',
      unitName: 'U1',
      likes: 100,
      shares: 20,
      points: 10,
      enteredBy: 'BTC',
      enteredAt: null,
    },
    {
      entryId: 2,
      title: 'B',
      unitName: 'U2',
      likes: 0,
      shares: 0,
      points: 0,
      enteredBy: null,
      enteredAt: null,
    },
    {
      entryId: 3,
      title: 'C',
      unitName: 'U3',
      likes: 50,
      shares: 10,
      points: 5,
      enteredBy: 'BTC',
      enteredAt: null,
    },
  ],
};

describe('changedRows', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedRows(sheet, draftsOf(sheet))).toEqual({ rows: [], blank: [] });
  });

  it('sends only the rows whose likes or shares changed', () => {
    const drafts = { ...draftsOf(sheet), 2: { likes: 40, shares: 0 }, 3: { likes: 50, shares: 11 } };
    expect(changedRows(sheet, drafts)).toEqual({
      rows: [
        { entryId: 2, likes: 40, shares: 0 },
        { entryId: 3, likes: 50, shares: 11 },
      ],
      blank: [],
    });
  });

  it('keeps a row with an empty field out and names it', () => {
    const drafts = { ...draftsOf(sheet), 1: { likes: '' as const, shares: 20 }, 2: { likes: 5, shares: 1 } };
    expect(changedRows(sheet, drafts)).toEqual({ rows: [{ entryId: 2, likes: 5, shares: 1 }], blank: [1] });
  });

  it('changing a number and back again is no change', () => {
    const drafts = { ...draftsOf(sheet), 1: { likes: 100, shares: 20 } };
    expect(changedRows(sheet, drafts).rows).toEqual([]);
  });
});

describe('withPublicSource', () => {
  it('sends the stage settings as they are, only the source changed', () => {
    const stage = {
      id: 9,
      trackId: 4,
      position: 4,
      kind: 'live_final',
      name: 'Chung kết',
      opensAt: null,
      closesAt: null,
      criteria: [{ id: 5, position: 0, name: 'Nội dung', maxPoints: 30, guidance: '', part: 0 }],
      judgePoints: 30,
      aggregation: 'mean',
      judgesPerEntry: 3,
      votePoints: 10,
      votesOpenAt: null,
      votesCloseAt: null,
      voters: 'registered',
      votesExcludeOwnUnit: true,
      votesPerAccount: null,
      votesPerIpPerHour: 300,
      tieBreaks: [],
      prizes: [],
      allowsMaterial: false,
      parts: [{ name: 'Thuyết trình', seconds: 420 }],
      publicSource: 'votes',
      members: 6,
      phase: 'judging',
      judgingStartedAt: null,
      lockedAt: null,
      publishedAt: null,
    } as Stage;
    const settings = withPublicSource(stage, 'counts');
    expect(settings.publicSource).toBe('counts');
    expect(settings.votePoints).toBe(10);
    expect(settings.criteria).toEqual([{ id: 5, name: 'Nội dung', maxPoints: 30, guidance: '', part: 0 }]);
    expect(settings.parts).toEqual(stage.parts);
  });
});
