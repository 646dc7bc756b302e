/**
 * Incoming text cleaned before it is parsed: bidi controls and invisible spaces can hide what a
 * line says (they are dropped; joiners that scripts such as Persian need are kept).
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

export function cleanInput(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

/** The question in a mention: the text without the bot's own `<@U…>` (with or without a `|name`). */
export function questionFromMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/;
  return cleanInput(text.replace(own, ' ').replace(/\s+/g, ' '));
}
