/**
 * Slack reads `<…>` in message text as control sequences (`<!channel>`, `<!here>`,
 * `<!subteam^…>`, `<@U…>`, links), so every piece of data and user text is escaped before it
 * goes into a message: `&`, `<`, `>` become entities (https://api.slack.com/reference/surfaces/formatting#escaping).
 */

/** Bidirectional embedding/override/isolate controls: they can make a reply read differently from what it says. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Bare broadcast words; with link_names off Slack does not parse them, but a zero-width space keeps them inert anywhere. */
const BARE_BROADCAST = /@(channel|everyone|here)\b/gi;

/** Anything escapeSlack would change; most text has none, and skipping it keeps rendering cheap. */
const NEEDS_ESCAPE = /[&<>@\u202A-\u202E\u2066-\u2069]/;

export function escapeSlack(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BARE_BROADCAST, '@\u200B$1');
}

/** Escaped text cut to at most `max` characters, never inside an entity, marked with an ellipsis when cut. */
export function fitEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  return `${backOffEntity(escaped.slice(0, Math.max(0, max - 1)))}…`;
}

/** Escapes, then fits. */
export function escapeFit(text: string, max: number): string {
  return fitEscaped(escapeSlack(text), max);
}

/**
 * Splits escaped text into pieces of at most `max` characters, preferring line breaks, then
 * spaces, and never cutting an entity or a surrogate pair.
 */
export function splitEscaped(escaped: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = escaped;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = backOffEntity(window).length;
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]+/, '');
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Drops a trailing partial entity (`&am`) or half a surrogate pair. */
function backOffEntity(text: string): string {
  let out = text.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out;
}

/** A link in Slack's `<url|label>` form for http(s) addresses; anything else as escaped text. */
export function slackLink(url: string, label: string): string {
  const safeLabel = escapeSlack(label).replace(/\|/g, '¦');
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return safeLabel;
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}
