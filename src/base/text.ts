/**
 * One normal form for names as people type them: case, accents, apostrophes, dots and
 * extra spaces do not matter. Non-Latin scripts are kept (only case-folded), so 中国 and
 * Россия match themselves.
 */
export function normaliseName(input: string): string {
  return input
    .normalize('NFKD')
    // Accents on Latin letters only (Türkiye → Turkiye); vowel signs in Devanagari or Arabic script are letters' parts.
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '') // zero-width and direction marks
    .replace(/['’‘`ʻʼ.]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Is the text written in Latin letters (so edit distance makes sense for it)? */
export function isLatin(text: string): boolean {
  return /^[a-z0-9 ]+$/.test(text);
}
