import { namesItsRound } from './stage-round';

describe('stage names that say they are a round', () => {
  it('knows "Vòng 2 – Chung khảo" and "vòng loại" say it, in any case or accents', () => {
    expect(namesItsRound('Vòng 2 – Chung khảo')).toBe(true);
    expect(namesItsRound(' vòng loại')).toBe(true);
    expect(namesItsRound('VÒNG 3')).toBe(true);
    expect(namesItsRound('Vong2')).toBe(true);
    expect(namesItsRound('Stage 2')).toBe(true);
  });

  it('leaves names that do not', () => {
    expect(namesItsRound('Sơ khảo')).toBe(false);
    expect(namesItsRound('Chung khảo vòng 2')).toBe(false);
    expect(namesItsRound('Vòngxoay')).toBe(false);
  });
});
