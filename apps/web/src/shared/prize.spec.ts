import { groupWinnersByPrize, prizeLabelKey } from './prize';

describe('prizeLabelKey', () => {
  it('names each prize tier by its locale key', () => {
    expect(prizeLabelKey('first')).toBe('prize.first');
    expect(prizeLabelKey('encouragement')).toBe('prize.encouragement');
  });
});

describe('groupWinnersByPrize', () => {
  it('orders the groups by prize and the winners by rank, leaving out empty prizes', () => {
    const winners = [
      { rank: 4, prize: 'encouragement' as const, name: 'D' },
      { rank: 1, prize: 'first' as const, name: 'A' },
      { rank: 3, prize: 'second' as const, name: 'C' },
      { rank: 2, prize: 'second' as const, name: 'B' },
      { rank: 5, prize: null, name: 'E' },
    ];
    expect(
      groupWinnersByPrize(winners).map((g) => ({ tier: g.tier, names: g.winners.map((w) => w.name) })),
    ).toEqual([
      { tier: 'first', names: ['A'] },
      { tier: 'second', names: ['B', 'C'] },
      { tier: 'encouragement', names: ['D'] },
    ]);
  });
});
