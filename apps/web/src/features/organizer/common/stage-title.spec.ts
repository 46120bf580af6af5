import { stageTitle } from './stage-title';

describe('stage title', () => {
  it('puts the place before the name', () => {
    expect(stageTitle('Vòng 2', 'Chung khảo')).toBe('Vòng 2: Chung khảo');
  });

  it('does not say the place twice', () => {
    expect(stageTitle('Vòng 2', 'vòng 2')).toBe('vòng 2');
    expect(stageTitle('Vòng 1', ' Vòng 1 sơ khảo ')).toBe('Vòng 1 sơ khảo');
  });

  it('tells "Vòng 1" from "Vòng 10"', () => {
    expect(stageTitle('Vòng 1', 'Vòng 10')).toBe('Vòng 1: Vòng 10');
  });
});
