import { nearDuplicateTitles } from './near-duplicates';
import { seededRandom } from './random';

const titles = (...ts: string[]) => ts.map((title, i) => ({ id: i + 1, title }));

describe('nearDuplicateTitles', () => {
  it('finds titles that differ only in diacritics, case, punctuation and spaces', () => {
    expect(
      nearDuplicateTitles(
        titles('Cải cách hành chính: Nhanh hơn, gọn hơn', '  cai cach hanh chinh nhanh hon gon hon'),
      ),
    ).toEqual([{ a: 1, b: 2, similarity: 1 }]);
  });

  it('finds a one-word variant of a short title by edit distance', () => {
    // Folded: 26 characters, 2 edits → 1 − 2/26; the word sets share only 6 of 8 (0.75).
    expect(nearDuplicateTitles(titles('Chuyển đổi số ở xã Tân Lập', 'Chuyển đổi số ở xã Tân Lợi'))).toEqual([
      { a: 1, b: 2, similarity: 0.923 },
    ]);
  });

  it('does not pair unrelated titles', () => {
    expect(nearDuplicateTitles(titles('Một cửa liên thông', 'Dân vận khéo'))).toEqual([]);
    expect(nearDuplicateTitles(titles('Dân vận khéo', 'Dân vận khéo ở cơ sở'))).toEqual([]);
  });

  it('finds the same words in another order by word sets', () => {
    expect(
      nearDuplicateTitles(
        titles('Nâng cao chất lượng phục vụ người dân', 'Người dân và nâng cao chất lượng phục vụ'),
      ),
    ).toEqual([{ a: 1, b: 2, similarity: 0.889 }]); // 8 shared words of 9
  });

  it('uses the given word-set threshold', () => {
    const pair = titles('Nâng cao chất lượng phục vụ người dân', 'Người dân và nâng cao chất lượng phục vụ');
    expect(nearDuplicateTitles(pair, 0.9)).toEqual([]);
    expect(nearDuplicateTitles(pair, 0.85)).toHaveLength(1);
  });

  it('applies edit distance only to short titles', () => {
    // 94 folded characters, 3 one-letter edits (similarity 0.968), but 3 of 20 words differ
    // (Jaccard 17/23): not a pair, since the title is longer than 80.
    const long =
      'Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện';
    const edited = long.replace('thông tin', 'thông tim').replace('tại', 'tới').replace('cửa', 'cữu');
    expect(nearDuplicateTitles(titles(long, edited))).toEqual([]);
    // The same kind of edit in a 38-character title is found (Jaccard 7/9 would not be).
    const short = 'Thủ tục hành chính tại bộ phận một cửa';
    expect(nearDuplicateTitles(titles(short, short.replace('tại', 'tới')))).toEqual([
      { a: 1, b: 2, similarity: 0.974 },
    ]);
  });

  it('accepts exactly 10% edits and refuses more', () => {
    // Single words, so only the edit distance can match: 20 characters, 2 or 3 substitutions.
    expect(nearDuplicateTitles(titles('abcdefghijklmnopqrst', 'abXdefghijklmnoYqrst'))).toEqual([
      { a: 1, b: 2, similarity: 0.9 },
    ]);
    expect(nearDuplicateTitles(titles('abcdefghijklmnopqrst', 'abXdefghiZklmnoYqrst'))).toEqual([]);
  });

  it('lists each pair once, lower id first, sorted, whatever the input order', () => {
    const input = [
      { id: 30, title: 'Dân vận khéo' },
      { id: 10, title: 'DÂN VẬN KHÉO!' },
      { id: 20, title: 'Một cửa liên thông' },
      { id: 5, title: 'dan van kheo' },
    ];
    expect(nearDuplicateTitles(input)).toEqual([
      { a: 5, b: 10, similarity: 1 },
      { a: 5, b: 30, similarity: 1 },
      { a: 10, b: 30, similarity: 1 },
    ]);
  });

  it('skips titles with nothing left after folding', () => {
    expect(nearDuplicateTitles(titles('', '  ...  ', '—'))).toEqual([]);
  });

  it('agrees with a plain Levenshtein and Jaccard on many random variants', () => {
    const random = seededRandom('near-duplicates');
    const alphabet = 'abcdeghiklmnoprstuvy ';
    const pick = () => alphabet[Math.floor(random() * alphabet.length)];
    for (let k = 0; k < 400; k++) {
      const base = Array.from({ length: 10 + Math.floor(random() * 40) }, pick).join('');
      let variant = base;
      for (let e = Math.floor(random() * 6); e > 0; e--) {
        const at = Math.floor(random() * variant.length);
        const op = Math.floor(random() * 3);
        variant = variant.slice(0, at) + (op === 1 ? '' : pick()) + variant.slice(op === 2 ? at : at + 1);
      }
      const [x, y] = [base, variant].map((t) => t.replace(/\s+/g, ' ').trim());
      if (!x || !y) continue;
      const expected =
        x === y || jaccard(x, y) >= 0.8 || 1 - levenshtein(x, y) / Math.max(x.length, y.length) >= 0.9;
      expect([k, nearDuplicateTitles(titles(base, variant)).length]).toEqual([k, expected ? 1 : 0]);
    }
  });

  it('handles 500 titles quickly', () => {
    const random = seededRandom('titles');
    const words =
      'chuyển đổi số cải cách hành chính dân vận khéo một cửa liên thông nâng cao chất lượng phục vụ người dân xã phường thị trấn tân lập lợi an bình'.split(
        ' ',
      );
    const list = Array.from({ length: 500 }, (_, i) => ({
      id: i + 1,
      title: Array.from(
        { length: 4 + Math.floor(random() * 8) },
        () => words[Math.floor(random() * words.length)],
      ).join(' '),
    }));
    nearDuplicateTitles(list); // warm up the JIT
    const started = performance.now();
    const pairs = nearDuplicateTitles(list);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(150); // 20–40 ms here; the margin is for slow CI machines
    for (const p of pairs) expect(p.a).toBeLessThan(p.b);
  });
});

function levenshtein(s: string, t: string): number {
  const d = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
  return d[s.length][t.length];
}

function jaccard(x: string, y: string): number {
  const a = new Set(x.split(' '));
  const b = new Set(y.split(' '));
  const common = [...a].filter((w) => b.has(w)).length;
  return common / (a.size + b.size - common);
}
