import { groupByPrize, prizeColor } from './prize-groups';

const prizes = [
  { label: 'Giải Nhất', count: 1 },
  { label: 'Giải Nhì', count: 2 },
  { label: 'Giải Ba', count: 2 },
  { label: 'Giải Khuyến khích', count: 3 },
];

describe('groupByPrize', () => {
  it('orders groups as the stage lists its prizes, winners by rank, and leaves out empty prizes', () => {
    const standings = [
      { rank: 3, prize: 'Giải Nhì' },
      { rank: 1, prize: 'Giải Nhất' },
      { rank: 2, prize: 'Giải Nhì' },
      { rank: 4, prize: null },
    ];
    expect(groupByPrize(standings, prizes)).toEqual([
      { label: 'Giải Nhất', winners: [{ rank: 1, prize: 'Giải Nhất' }] },
      {
        label: 'Giải Nhì',
        winners: [
          { rank: 2, prize: 'Giải Nhì' },
          { rank: 3, prize: 'Giải Nhì' },
        ],
      },
    ]);
  });

  it('keeps a label the frozen results hold but the list no longer does, last', () => {
    const groups = groupByPrize(
      [
        { rank: 2, prize: 'Giải Ấn tượng' },
        { rank: 1, prize: 'Giải Nhất' },
      ],
      prizes,
    );
    expect(groups.map((g) => g.label)).toEqual(['Giải Nhất', 'Giải Ấn tượng']);
  });

  it('is empty when nobody won', () => {
    expect(groupByPrize([{ rank: 1, prize: null }], prizes)).toEqual([]);
  });
});

describe('prizeColor', () => {
  it('colours the first three prizes as medals and the others alike', () => {
    expect(
      ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích', '?'].map((l) => prizeColor(l, prizes)),
    ).toEqual(['yellow', 'gray', 'orange', 'blue', 'blue']);
  });
});
