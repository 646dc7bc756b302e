/**
 * Mentions in a question must never come back out in a reply: a reply that echoes
 * "@everyone" or "<!channel>" would ping a whole server or workspace.
 */

const PLATFORM_MENTION = /<(?:@[!&]?\d+|#\d+|![a-z]+(?:\^[^>|]*)?(?:\|[^>]*)?|@[UW][A-Z0-9]+(?:\|[^>]*)?)>/gi;
const BARE_MASS_MENTION = /@+\s*(?:everyone|here|channel|all)\b/gi;

/** The text with every platform mention and mass mention removed. */
export function stripMentions(text: string): string {
  return text.replace(PLATFORM_MENTION, ' ').replace(BARE_MASS_MENTION, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** Did the question contain a mention of any kind (only worth a note, never an echo)? */
export function hadMentions(text: string): boolean {
  PLATFORM_MENTION.lastIndex = 0;
  BARE_MASS_MENTION.lastIndex = 0;
  const found = PLATFORM_MENTION.test(text) || BARE_MASS_MENTION.test(text);
  PLATFORM_MENTION.lastIndex = 0;
  BARE_MASS_MENTION.lastIndex = 0;
  return found;
}

/** Text safe to quote back: no mentions, no markup that pings, short. */
export function quoteSafely(text: string, max = 60): string {
  const clean = stripMentions(text).replace(/[`*_~<>|]/g, '').replace(/@/g, '@\u200b');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
