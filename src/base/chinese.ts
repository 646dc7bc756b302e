import { Converter } from 'opencc-js';

/**
 * Chinese in either script. The data and the engine's words are in simplified characters; a
 * question typed in traditional ones (Hong Kong, Taiwan, Macau) is read in simplified, and the
 * answer to it is given back in traditional. OpenCC's phrase tables, not a character map: one
 * simplified character can stand for several traditional ones (发 → 發 or 髮).
 */

const HAN = /\p{Script=Han}/u;

let toCn: ((text: string) => string) | undefined;
let toTw: ((text: string) => string) | undefined;

/** The last text made simplified: a question is asked whether it is traditional, then read, with the same text. */
let last = { text: '', out: '' };

/** The text with traditional characters made simplified (the tables load on first use). */
export function simplified(text: string): string {
  if (!HAN.test(text)) return text;
  if (last.text === text) return last.out;
  const convert = (toCn ??= Converter({ from: 't', to: 'cn' }));
  last = { text, out: convert(text) };
  return last.out;
}

/** The text in traditional characters. */
export function traditional(text: string): string {
  if (!HAN.test(text)) return text;
  const convert = (toTw ??= Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

/** Is the text Chinese written in traditional characters (it changes when made simplified)? */
export function isTraditional(text: string): boolean {
  return HAN.test(text) && simplified(text) !== text;
}
