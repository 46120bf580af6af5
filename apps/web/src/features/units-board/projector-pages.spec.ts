import { clampPage, nextPage, previousPage, projectorLayout, projectorNameScale } from './projector-pages';

describe('projectorLayout', () => {
  const units = Array.from({ length: 26 }, (_, index) => index + 1);

  it('keeps the first three apart and pages the rest by ten', () => {
    const layout = projectorLayout(units);
    expect(layout.top).toEqual([1, 2, 3]);
    expect(layout.pages.map((page) => page.length)).toEqual([10, 10, 3]);
    expect(layout.pages[0][0]).toBe(4);
    expect(layout.pages.flat()).toEqual(units.slice(3));
  });

  it('has no pages when the top holds every unit', () => {
    expect(projectorLayout([1, 2])).toEqual({ top: [1, 2], pages: [] });
  });
});

describe('page turning', () => {
  it('goes round from the last page to the first, and back', () => {
    expect(nextPage(0, 3)).toBe(1);
    expect(nextPage(2, 3)).toBe(0);
    expect(previousPage(0, 3)).toBe(2);
    expect(nextPage(0, 0)).toBe(0);
  });

  it('stays on a page that exists when the board shrinks', () => {
    expect(clampPage(5, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(4, 0)).toBe(0);
    expect(nextPage(7, 3)).toBe(0);
  });
});

describe('projectorNameScale', () => {
  it('keeps usual names full size and steps long ones down instead of cutting them', () => {
    expect(projectorNameScale('Phòng Kinh tế Vĩnh Phúc')).toBe(1);
    expect(projectorNameScale('Văn phòng HĐND và UBND thành phố Quảng An')).toBe(0.85);
    expect(projectorNameScale('Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính tỉnh')).toBe(
      0.72,
    );
  });
});
