/**
 * Incoming text as typed: Slack's entities decoded. Control and direction characters are
 * removed where every platform's input enters, in the command registry.
 */
export function cleanInput(text: string): string {
  return decodeEntities(text).trim();
}

/**
 * Slack sends what people typed with `&`, `<`, `>` as entities; decoded once here, so the parser
 * and the handlers see the text as typed (replies escape it again on the way out).
 */
function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp);/g, (_, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));
}

/** The question in a mention: the text without the bot's own `<@U…>` (with or without a `|name`). */
export function questionFromMention(text: string, botUserId: string | undefined): string {
  // Stripped before decoding, so a typed "&lt;@UBOT&gt;" is not mistaken for the mention.
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/;
  return cleanInput(text.replace(own, ' ').replace(/\s+/g, ' '));
}
