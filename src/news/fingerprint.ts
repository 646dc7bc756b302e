import { createHash } from 'node:crypto';

/** Titles shorter than this (after normalising) are too generic ("News", "Update") to identify a story. */
const MIN_FINGERPRINT_CHARS = 16;

/**
 * A fingerprint of a headline that survives case, punctuation, spacing, quotes and width
 * variants, so the same story syndicated by two feeds is stored once.
 */
export function titleFingerprint(title: string): string | undefined {
  const text = title
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  // A Han character carries about as much as a short word.
  const weight = [...text.replace(/ /g, '')].reduce((n, ch) => n + (/\p{Script=Han}/u.test(ch) ? 3 : 1), 0);
  if (weight < MIN_FINGERPRINT_CHARS) return undefined;
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}
