import { rowNumber } from './row-number';

describe('rowNumber', () => {
  it('counts from 1 and carries on across pages', () => {
    expect(rowNumber(1, 50, 0)).toBe(1);
    expect(rowNumber(1, 50, 49)).toBe(50);
    expect(rowNumber(2, 50, 0)).toBe(51);
  });
});
