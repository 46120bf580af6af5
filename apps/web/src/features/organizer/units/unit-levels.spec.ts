import { UNIT_LEVELS, UNIT_SHEET } from '@contest/contracts';

import en from '../../../locales/en.json';
import vi from '../../../locales/vi.json';

describe('unit level words', () => {
  it('are the import template’s words in Vietnamese, so the page and the spreadsheet agree', () => {
    expect(vi.units.levels).toEqual(UNIT_SHEET.levelWords);
  });

  it('have an English word for every level', () => {
    expect(Object.keys(en.units.levels).sort()).toEqual([...UNIT_LEVELS].sort());
  });
});
