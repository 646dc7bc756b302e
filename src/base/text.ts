import { simplified } from './chinese.js';

/**
 * One normal form for names as people type them: case, accents, apostrophes, dots and
 * extra spaces do not matter. Non-Latin scripts are kept (only case-folded), so 中国 and
 * Россия match themselves.
 */
export function normaliseName(input: string): string {
  return (
    // 哈薩克斯坦 is 哈萨克斯坦: the data writes Chinese names in simplified characters.
    simplified(input)
      .normalize('NFKD')
      // Accents on Latin letters only (Türkiye → Turkiye); vowel signs in Devanagari or Arabic script are letters' parts.
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '') // zero-width and direction marks
      .replace(/['’‘`ʻʼ.]/g, '')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '')
  );
}

/** Is the text written in Latin letters (so edit distance makes sense for it)? */
export function isLatin(text: string): boolean {
  return /^[a-z0-9 ]+$/.test(text);
}

/** The longest text line a command accepts; longer lines are refused before any parsing. */
export const MAX_LINE = 4000;

/**
 * C0 and C1 controls (tab and line breaks aside), DEL, bidi embeddings, overrides, isolates and
 * marks, zero-width spaces, word joiner, BOM, line/paragraph separators and Unicode tag
 * characters. They break queries (NUL in FTS5), hide or reorder what a line says, and mean
 * nothing in a question. ZWJ and ZWNJ stay: Persian and Indic scripts need them.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\u{E0000}|[\u{E0001}-\u{E007F}]/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Untrusted text (a user's line, a feed's headline) without control and direction characters, and well-formed. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: every ASCII character, controls too, folds to itself.
const ASCII = /^[\u0000-\u007f]*$/;

/** Latin letters without accents, lower-cased; Turkish dotless i and German ß folded too (ı → i, ß → ss). */
export function latinFold(text: string): string {
  // Plain ASCII has no accents, marks, ı or ß to fold: only the case.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'))
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .toLowerCase();
}

/**
 * The Latin words of a text, folded: case, accents, apostrophes and punctuation do not matter;
 * "5%", "3.5" and "22nd" stay whole; "India's" is "india s" and French "l'Iran" is "l iran".
 * Words of other scripts are left out (they are matched as folded substrings instead).
 */
export function latinWords(text: string): string[] {
  // The same text is read several times over (a question by language, tokens and names): the last few are kept.
  const known = recentWords.get(text);
  if (known) return known;
  const out = latinFold(text)
    .replace(/[’‘`ʻʼ]/g, "'")
    .replace(/(\w)'(s|t|re|ve|ll|d|m)\b/g, '$1 $2')
    .replace(/'/g, ' ')
    .replace(/(\d)[.,](\d)/g, '$1_$2')
    .split(/[^a-z0-9_%]+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, '.'));
  if (recentWords.size >= 64) recentWords.delete(recentWords.keys().next().value!);
  recentWords.set(text, out);
  return out;
}

const recentWords = new Map<string, string[]>();

/** A word's stem for look-ups in running text: plural and verb endings off ("meetings", "signed" → "meeting", "sign"). */
export function stem(word: string): string {
  // The ending that starts furthest left goes, as /(ies|es|s|ed|ing)$/ would take it; asked of every word of every
  // query and passage, so without a regular expression.
  if (word.length <= 4) return word;
  if (word.endsWith('ies') || word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('es') || word.endsWith('ed')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Abbreviations whose full stop ends no sentence ("Adm. Dong Jun", "St. Petersburg", "U.S."). */
const ABBREVIATION =
  /(?:\b(?:Adm|Gen|Lt|Col|Maj|Capt|Cdr|Brig|Sgt|St|Dr|Mr|Mrs|Ms|Prof|No|vs|Inc|Ltd|Co|Jr|Sr|etc|approx)|\b[A-Z](?:\.[A-Z])*)$/;

/** Where a sentence ends (see `sentences`). */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“‘(]|$)|[。！？।۔؟]/gu;

/**
 * The sentences of a text, in order. A sentence ends at . ! ? (or their CJK, Devanagari and
 * Arabic-script forms) followed by a space and a capital, quote or bracket, or at the end; a
 * full stop after an abbreviation or an initial does not end one, nor does one inside a number.
 */
export function sentences(text: string): string[] {
  const t = text.trim();
  const out: string[] = [];
  let from = 0;
  // (An exec loop over a pattern made once: matchAll copies its pattern on every call.)
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(t); m; m = SENTENCE_END.exec(t)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && end < t.length && ABBREVIATION.test(t.slice(from, m.index))) continue;
    const s = t.slice(from, end).trim();
    if (s) out.push(s);
    from = end;
  }
  const rest = t.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

/** The first sentence of a text ("one sentence of context"). */
export function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}
