/**
 * Every platform size limit in one place. Renderers shorten or split to stay inside these,
 * so a reply is never refused by the platform for its size.
 */

/** Discord message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** All text of all embeds in one message together. */
  embedsTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  optionDescription: 100,
  /** An attachment's description: its alt text. */
  attachmentDescription: 1024,
} as const;

/** Slack Block Kit and message limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  blocksPerMessage: 50,
  /** Fallback `text` beyond this is truncated by Slack; keep each message under it. */
  messageText: 12000,
  /** files.getUploadURLExternal `alt_txt` (alt_txt_too_large beyond it). */
  altText: 1000,
} as const;

/** Where a shortened text says it was shortened. */
const TRUNCATION_MARK = '…';

/** Shorten to at most `max` characters (code points kept whole), ending with the mark when cut. */
export function truncate(text: string, max: number, mark: string = TRUNCATION_MARK): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - mark.length);
  let cut = text.slice(0, room);
  // Do not leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + mark;
}
