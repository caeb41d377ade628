/**
 * Folds Vietnamese text for search: lower case, no diacritics, "đ" → "d", spaces collapsed.
 * "Thành phố Biên Hòa" → "thanh pho bien hoa". The server stores this beside every searchable name
 * so that search ignores diacritics the same way on PGlite and on PostgreSQL (no unaccent needed).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
