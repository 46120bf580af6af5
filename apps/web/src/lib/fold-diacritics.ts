/** Lower-cases and strips Vietnamese diacritics, so "nguyen van a" matches "Nguyễn Văn A". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
