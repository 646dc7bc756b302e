import { stripMentions } from './safety.js';

/** The asker's language, from the script of the question (Latin counts as English). */
export type Lang = 'en' | 'zh' | 'ru' | 'hi' | 'fa' | 'ur';

export interface Question {
  /** As typed, mentions removed. */
  text: string;
  lang: Lang;
  /** Lower-case, accents and punctuation removed, single spaces, padded with a space each side for phrase look-ups. */
  padded: string;
  /** Latin words of the question (lower case, no accents). */
  words: string[];
  /** The text lower-cased with non-Latin scripts kept, for keyword look-ups in other languages. */
  folded: string;
}

const URDU_LETTERS = /[ٹڈڑںھےۓ]/;

export function detectLang(text: string): Lang {
  // An English sentence with one native name in it ("is Қазақстан a member") is still English.
  const latin = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const other = (text.match(/[\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Arabic}]+/gu)?.length ?? 0) + Math.ceil((text.match(/\p{Script=Han}/gu)?.length ?? 0) / 2);
  if (latin >= 2 && latin > other) return 'en';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Devanagari}/u.test(text)) return 'hi';
  if (/\p{Script=Arabic}/u.test(text)) return URDU_LETTERS.test(text) ? 'ur' : 'fa';
  return 'en';
}

/** Latin words: case, accents, apostrophes and punctuation do not matter; "5%" and "3.5" stay whole. */
export function latinWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .toLowerCase()
    .replace(/[’‘`ʻʼ]/g, "'")
    .replace(/(\w)'(s|t|re|ve|ll|d|m)\b/g, '$1 $2')
    .replace(/'/g, '')
    .replace(/(\d)\.(\d)/g, '$1_$2')
    .split(/[^a-z0-9_%]+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, '.'));
}

export function parseQuestion(raw: string): Question {
  const text = stripMentions(raw.normalize('NFC')).replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
  const words = latinWords(text);
  return {
    text,
    lang: detectLang(text),
    words,
    // The organisation's full name reads as "the sco" in phrase look-ups ("head of the Shanghai Cooperation Organisation").
    padded: ` ${words.join(' ')} `.replace(/ (the )?shanghai co ?operation organi[sz]ation /g, ' the sco '),
    folded: text.toLowerCase().replace(/ё/g, 'е').replace(/ي/g, 'ی').replace(/ك/g, 'ک'),
  };
}

/** Two words that differ only by two neighbouring letters swapped ("captial", "irna"): one typo, not two. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
