import { foldDiacritics } from './fold-diacritics';

describe('foldDiacritics', () => {
  it('matches Vietnamese names typed without accents', () => {
    expect(foldDiacritics('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldDiacritics('Sở Nội vụ')).toBe('so noi vu');
    expect(foldDiacritics('ĐẶNG THỊ HƯỜNG')).toBe('dang thi huong');
  });
});
