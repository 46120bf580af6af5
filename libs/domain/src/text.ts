/**
 * Folds Vietnamese text for search: lower case, no tone marks or diacritics, đ → d,
 * collapsed spaces. "Sở Nội vụ" and "so noi vu" fold to the same string.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
