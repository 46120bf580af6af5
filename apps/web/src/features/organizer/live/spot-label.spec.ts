import { spotLabel } from './spot-label';

const board = {
  teams: [{ entryId: 10, order: 1, title: 'Đội A', unitName: 'Xã A' }],
  parts: [
    { name: 'Thuyết trình', seconds: 300 },
    { name: 'Phản biện', seconds: 180 },
  ],
};

describe('spotLabel', () => {
  it('names the team and the numbered part', () => {
    expect(spotLabel(board, { entryId: 10, part: 1 })).toBe('Đội A · 2. Phản biện');
  });

  it('names a team no longer on the board by its number', () => {
    expect(spotLabel(board, { entryId: 99, part: 0 })).toBe('#99 · 1. Thuyết trình');
  });
});
