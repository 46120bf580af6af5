import { importFormatOf } from './import-format';

describe('importFormatOf', () => {
  it('reads the format from the extension, whatever its case', () => {
    expect(importFormatOf('cau-hoi.xlsx')).toBe('xlsx');
    expect(importFormatOf('CAU HOI.CSV')).toBe('csv');
  });

  it('refuses other files', () => {
    expect(importFormatOf('cau-hoi.xls')).toBeNull();
    expect(importFormatOf('xlsx')).toBeNull();
    expect(importFormatOf('notes.docx')).toBeNull();
  });
});
