import type { Lang } from '../understand/language.js';
import en, { type Messages } from './en.js';

/** The sentence frames for a language (English until a language's frames exist). */
const CATALOG: Partial<Record<Lang, Messages>> = { en };

export function messagesFor(lang: Lang): Messages {
  return CATALOG[lang] ?? en;
}
