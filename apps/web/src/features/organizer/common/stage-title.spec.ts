import { stageTitle } from './stage-title';

describe('stage title', () => {
  it('puts the place before the name', () => {
    expect(stageTitle('Vòng 2', 'Chung khảo')).toBe('Vòng 2: Chung khảo');
  });

  it('does not say the place twice', () => {
    expect(stageTitle('Vòng 2', 'vòng 2')).toBe('vòng 2');
    expect(stageTitle('Vòng 1', ' Vòng 1 sơ khảo ')).toBe('Vòng 1 sơ khảo');
  });

  it('keeps the organizer’s own numbering rather than "Vòng 4: Vòng 2 – …"', () => {
    expect(stageTitle('Vòng 4', 'Vòng 2 – Chung khảo')).toBe('Vòng 2 – Chung khảo');
    expect(stageTitle('Vòng 1', 'Vòng 10')).toBe('Vòng 10');
  });
});
