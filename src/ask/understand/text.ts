/**
 * Text as the engine reads it: mentions removed before anything else (they must never come
 * back out), invisible characters dropped, and two folded forms — Latin words without case or
 * accents, and the whole text lower-cased with script variants unified for substring look-ups.
 */

const PLATFORM_MENTION = /<(?:@[!&]?\d+|#\d+|![a-z]+(?:\^[^>|]*)?(?:\|[^>]*)?|@[UW][A-Z0-9]+(?:\|[^>]*)?)>/gi;
const BARE_MASS_MENTION = /@+\s*(?:everyone|here|channel|all)\b/gi;
const MASS_MENTION = /@everyone|@here|@channel|@all\b|<!channel>|<!here>|<!everyone>|<@&\d+>/i;
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The text with every platform mention and mass mention removed. */
export function stripMentions(text: string): string {
  return text.replace(PLATFORM_MENTION, ' ').replace(BARE_MASS_MENTION, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** Did the question try to ping many people (a mass mention or a role)? */
export function hasMassMention(text: string): boolean {
  return MASS_MENTION.test(text);
}

/** Text safe to quote back: no mentions, no markup that pings or formats, short. */
export function quoteSafely(text: string, max = 60): string {
  const clean = stripMentions(text).replace(/[`*_~<>|[\]()]/g, '').replace(/@/g, '@\u200b').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The question as typed, minus mentions and invisible characters (ZWNJ, which Persian spells with, becomes a space). */
export function cleanQuestion(raw: string): string {
  return stripMentions(raw.normalize('NFC'))
    .replace(/\u200C/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case with script variants unified (ё, Arabic yeh and kaf), for substring look-ups in any script. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه')
    .replace(/\u200C/g, ' ')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    // Hindi nukta: कज़ाख़स्तान and कजाखस्तान are one spelling.
    .replace(/\u093C/g, '');
}

/** Latin letters without accents; Turkish dotless i and friends folded too (ı → i, ş → s). */
export function latinFold(text: string): string {
  return text
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'))
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .toLowerCase();
}

export interface Word {
  /** Folded Latin word. */
  w: string;
  /** Its index in the word list. */
  i: number;
}

/** Latin words: case, accents, apostrophes and punctuation do not matter; "5%", "3.5" and "22nd" stay whole. */
export function latinWords(text: string): string[] {
  // The same question is read several times over (language, tokens, names): the last few are kept.
  const known = recentWords.get(text);
  if (known) return known;
  const out = splitWords(text);
  if (recentWords.size >= 64) recentWords.delete(recentWords.keys().next().value!);
  recentWords.set(text, out);
  return out;
}

const recentWords = new Map<string, string[]>();

function splitWords(text: string): string[] {
  return latinFold(text)
    .replace(/[’‘`ʻʼ]/g, "'")
    .replace(/(\w)'(s|t|re|ve|ll|d|m)\b/g, '$1 $2')
    // Other apostrophes separate words: French "l'Iran", Turkish "İran'ın".
    .replace(/'/g, ' ')
    .replace(/(\d)[.,](\d)/g, '$1_$2')
    .split(/[^a-z0-9_%]+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, '.'));
}

/** Phrases of words, normalised the same way as the question's words, padded for whole-word look-ups. */
export function padded(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/** Two words that differ only by two neighbouring letters swapped ("captial", "irna"): one typo, not two. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
