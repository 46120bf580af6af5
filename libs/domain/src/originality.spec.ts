import { foldForComparison, originalityLevel, originalityText, sharedPassages } from './originality';

describe('how similar is a likely duplicate', () => {
  it('calls a near-identical title or a largely shared text a likely duplicate', () => {
    expect(originalityLevel(0.82, 0.2)).toBe('likely_duplicate');
    expect(originalityLevel(0.3, 0.65)).toBe('likely_duplicate');
  });

  it('shows a closer look at a similar title or text, and nothing below both thresholds', () => {
    expect(originalityLevel(0.6, 0.1)).toBe('similar');
    expect(originalityLevel(0.1, 0.5)).toBe('similar');
    // Two unrelated initiatives of one field share many syllables: 0.4 on their texts is not a match.
    expect(originalityLevel(0.3, 0.4)).toBeNull();
  });
});

describe('text compared for originality', () => {
  it('joins title, summary and solution, and folds Vietnamese so tone marks and đ do not hide a copy', () => {
    const text = originalityText({ title: 'Đơn giản hóa thủ tục', summary: 'Tóm tắt', solution: '' });
    expect(text).toBe('Đơn giản hóa thủ tục\nTóm tắt');
    expect(foldForComparison(text)).toBe('don gian hoa thu tuc tom tat');
    expect(foldForComparison('ĐƯỜNG dây nóng, 24/7!')).toBe('duong day nong 24 7');
  });
});

describe('passages two initiatives share', () => {
  const a =
    'Sáng kiến: Tiếp nhận hồ sơ đất đai qua mạng, trả kết quả tại nhà cho người cao tuổi. Ngoài ra còn có bản đồ số.';
  const b = 'Ở xã bên, cán bộ tiep nhan ho so dat dai qua mang, tra ket qua tai nha cho nguoi dan; khác hẳn.';

  it('finds a shared run of words whatever the tone marks, as ranges of each original text', () => {
    const [p, ...rest] = sharedPassages(a, b, 5);
    expect(rest).toEqual([]);
    expect(a.slice(...p.a)).toBe('Tiếp nhận hồ sơ đất đai qua mạng, trả kết quả tại nhà cho người');
    expect(b.slice(...p.b)).toBe('tiep nhan ho so dat dai qua mang, tra ket qua tai nha cho nguoi');
    expect(p.words).toBe(15);
  });

  it('ignores runs shorter than asked, and texts shorter than one run', () => {
    expect(sharedPassages('một hai ba bốn', 'một hai ba bốn', 5)).toEqual([]);
    expect(sharedPassages('một hai ba bốn năm sáu', 'bảy một hai ba bốn tám', 5)).toEqual([]);
  });

  it('keeps the longest run when shorter ones overlap it, and each distinct passage once', () => {
    const x = 'một hai ba bốn năm sáu bảy. Tám chín mười mười một mười hai.';
    const y = 'tám chín mười mười một mười hai và một hai ba bốn năm sáu bảy';
    const found = sharedPassages(x, y, 5);
    expect(found.map((p) => x.slice(...p.a))).toEqual([
      'một hai ba bốn năm sáu bảy',
      'Tám chín mười mười một mười hai',
    ]);
  });
});
