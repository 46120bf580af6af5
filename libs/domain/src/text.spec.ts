import { foldForSearch } from './text';

describe('foldForSearch', () => {
  it('folds tone marks, diacritics and đ so plain typing finds Vietnamese names', () => {
    expect(foldForSearch('Sở Nội vụ')).toBe('so noi vu');
    expect(foldForSearch('ĐẢNG ỦY  Khối   các cơ quan')).toBe('dang uy khoi cac co quan');
    expect(foldForSearch('Trường THPT Nguyễn Trãi')).toBe('truong thpt nguyen trai');
  });

  it('keeps letters that differ only by case or spacing equal', () => {
    expect(foldForSearch(' so NOI vu ')).toBe(foldForSearch('Sở Nội Vụ'));
  });
});
