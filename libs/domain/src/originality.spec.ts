import {
  foldForComparison,
  originalityKeys,
  originalityLevel,
  originalityText,
  phraseShingles,
  sharedPassages,
  similarityBands,
  textSimilarity,
} from './originality';

describe('how similar is a likely duplicate', () => {
  it('calls a near-identical title or a largely shared text a likely duplicate', () => {
    expect(originalityLevel(0.85, 0.05)).toBe('likely_duplicate');
    expect(originalityLevel(0.3, 0.55)).toBe('likely_duplicate');
  });

  it('shows a closer look at a similar title or text, and nothing below both thresholds', () => {
    expect(originalityLevel(0.65, 0.05)).toBe('similar');
    expect(originalityLevel(0.1, 0.3)).toBe('similar');
    expect(originalityLevel(0.4, 0.1)).toBeNull();
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

// Texts as organizers meet them: a copy without tone marks, a paraphrase, and unrelated initiatives of one field.
const LAND =
  'Tiếp nhận hồ sơ đất đai qua mạng và trả kết quả tại nhà. Người dân nộp hồ sơ đất đai trên Cổng dịch vụ công, cán bộ một cửa kiểm tra trực tuyến và bưu điện trả kết quả tận nhà cho người cao tuổi.';
const LAND_COPY =
  'TIEP NHAN HO SO DAT DAI QUA MANG va tra ket qua tai nha. Nguoi dan nop ho so dat dai tren Cong dich vu cong, can bo mot cua kiem tra truc tuyen va buu dien tra ket qua tan nha cho nguoi cao tuoi.';
const CIVIL =
  'Số hóa hồ sơ hộ tịch từ năm 1990 đến nay. Toàn bộ sổ hộ tịch giấy được quét, nhập liệu và đưa vào cơ sở dữ liệu để cấp bản sao trích lục trong ngày.';
const CIVIL_PARAPHRASE =
  'Số hóa sổ hộ tịch giấy của xã. Quét và nhập toàn bộ sổ hộ tịch giấy từ năm 1990 vào cơ sở dữ liệu hộ tịch để cấp bản sao trích lục ngay trong ngày cho người dân.';
const UNRELATED = [
  'Ứng dụng trợ lý ảo trả lời thủ tục hành chính. Một trợ lý ảo trên Zalo trả lời câu hỏi về thủ tục hành chính cả ngày lẫn đêm cho người dân xã.',
  'Mô hình dân vận khéo trong giải phóng mặt bằng. Tổ công tác gồm cán bộ xã và người uy tín trong thôn đến từng hộ giải thích chính sách bồi thường.',
  'Phần mềm đánh giá mức độ hài lòng của người dân. Người dân chấm điểm cán bộ một cửa bằng máy tính bảng tại quầy, kết quả tổng hợp hằng tháng gửi lãnh đạo.',
  'Cắt giảm thời gian cấp giấy phép xây dựng nhà ở riêng lẻ. Rà soát quy trình, bỏ bước trình ký trung gian, giao một đầu mối thẩm định.',
];

describe('text similarity over two-syllable phrases', () => {
  const sim = (a: string, b: string) => textSimilarity(phraseShingles(a), phraseShingles(b));

  it('sees a copy without tone marks as the same text, and a paraphrase as a likely duplicate', () => {
    expect(sim(LAND, LAND_COPY)).toBeGreaterThan(0.9);
    expect(originalityLevel(0, sim(CIVIL, CIVIL_PARAPHRASE))).not.toBeNull();
  });

  it('keeps unrelated initiatives of the same field below the thresholds, however many words they share', () => {
    const texts = [LAND, CIVIL, ...UNRELATED];
    for (const [i, a] of texts.entries())
      for (const b of texts.slice(i + 1)) expect(originalityLevel(0, sim(a, b))).toBeNull();
  });

  it('hashes phrases, not characters: the same syllables in another order are another text', () => {
    expect(phraseShingles('hồ sơ đất đai')).toEqual(phraseShingles('HO SO DAT DAI'));
    expect(sim('thủ tục hành chính công', 'công chính hành tục thủ')).toBe(0);
    expect(phraseShingles('')).toEqual([]);
  });

  it('gives near-identical texts a shared band key and unrelated ones none', () => {
    const shared = (a: string, b: string) => {
      const keys = new Set(similarityBands(phraseShingles(a)));
      return similarityBands(phraseShingles(b)).some((k) => keys.has(k));
    };
    expect(shared(LAND, LAND_COPY)).toBe(true);
    expect(shared(LAND, UNRELATED[0])).toBe(false);
    expect(similarityBands(phraseShingles(LAND))).toHaveLength(24);
    expect(similarityBands([])).toEqual([]);
  });

  it("finds a title typed again over a rewritten text by the title's own keys", () => {
    const a = originalityKeys('Tiếp nhận hồ sơ đất đai qua mạng', LAND);
    const b = originalityKeys('Tiep nhan ho so dat dai qua mang', UNRELATED[1]);
    expect(a.bands.some((k) => b.bands.includes(k))).toBe(true);
    expect(textSimilarity(a.shingles, b.shingles)).toBeLessThan(0.25);
    expect(a.shingles).toEqual(phraseShingles(LAND));
  });
});
