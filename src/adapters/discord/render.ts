import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Citation, Reply, Section, Tone } from '../../reply/model.js';
import { DISCORD_LIMITS as L, truncate } from '../../reply/limits.js';
import { footerText, printNote } from '../../reply/plain-text.js';

/**
 * Reply → Discord message bodies (REST JSON). Pure: no client, no I/O. Every embed limit is
 * respected by construction: long texts are split into several fields, full embeds continue in
 * the next embed, full messages continue in a follow-up, and past `maxMessages` the rest is
 * dropped with a marker — so Discord never answers 400 for size.
 */

/** Never ping anyone: not @everyone/@here, not roles, not users, not the replied-to author. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[], replied_user: false });

export interface DiscordMessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: never[]; replied_user?: boolean };
  /** 64 = ephemeral (interaction replies only). */
  flags?: number;
  /** The files this message uploads (the reply's picture, on the first message): id n is the multipart field files[n]. */
  attachments?: { id: number; filename: string; description: string }[];
}

export interface RenderOptions {
  /** More parts than this are dropped with a marker (default 4: one reply, three follow-ups). */
  maxMessages?: number;
}

const EPHEMERAL = 64;
const EMPTY = '\u200b';
const SHORTENED = '… (shortened: the full answer is longer than Discord allows; narrow the question)';
/** Room kept in every message for the shortened marker. */
const MARK_RESERVE = SHORTENED.length + 16;

const COLOURS: Record<Tone, number> = { info: 0x2f6fb0, success: 0x2e8b57, warning: 0xd08c00, error: 0xc0392b };

export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessageBody[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 4);
  const colour = COLOURS[reply.tone];
  const footer = footerText(reply);
  const footerOut = footer ? truncate(footer, L.footerText) : undefined;
  const title = truncate(oneLine(reply.title) || EMPTY, L.embedTitle);

  const fields: APIEmbedField[] = [
    ...reply.sections.flatMap(sectionFields),
    ...listFields('Sources', reply.sources.map(sourceLine)),
    ...(reply.suggestions?.length ? listFields('Try', [reply.suggestions.map((s) => `\`${s.replace(/`/g, "'")}\``).join(' · ')]) : []),
  ];

  // Pack: a message holds ≤ 10 embeds and ≤ 6000 characters; an embed ≤ 25 fields.
  const budget = L.embedsTotal - (footerOut?.length ?? 0) - MARK_RESERVE;
  const description = reply.summary ? truncate(md(reply.summary), Math.min(L.embedDescription, budget - title.length)) : undefined;
  const messages: APIEmbed[][] = [];
  let embeds: APIEmbed[] = [];
  let embed: APIEmbed = { title, color: colour, ...(description && { description }) };
  let used = title.length + (description?.length ?? 0);
  let truncated = false;

  const closeEmbed = () => {
    embeds.push(embed);
    embed = { color: colour };
  };
  const closeMessage = () => {
    closeEmbed();
    messages.push(embeds);
    embeds = [];
    used = 0;
  };

  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (used + size > budget) {
      if (messages.length + 1 >= maxMessages) {
        truncated = true;
        break;
      }
      closeMessage();
    } else if ((embed.fields?.length ?? 0) >= L.embedFields) {
      if (embeds.length + 1 >= L.embedsPerMessage) {
        if (messages.length + 1 >= maxMessages) {
          truncated = true;
          break;
        }
        closeMessage();
      } else {
        closeEmbed();
      }
    }
    (embed.fields ??= []).push(field);
    used += size;
  }
  closeMessage();

  const last = messages.at(-1)!;
  const lastEmbed = last.at(-1)!;
  if (truncated) markShortened(lastEmbed);
  if (footerOut) lastEmbed.footer = { text: footerOut };

  // The picture shows inside the first embed; its alt text is the attachment's description.
  const image = reply.image ? { filename: attachmentName(reply.image.name), description: truncate(reply.image.alt, L.attachmentDescription) } : undefined;
  if (image) messages[0]![0]!.image = { url: `attachment://${image.filename}` };

  return messages.map((list, i) => ({
    embeds: list,
    allowed_mentions: { parse: [] },
    ...(reply.ephemeral && { flags: EPHEMERAL }),
    ...(image && i === 0 && { attachments: [{ id: 0, ...image }] }),
  }));
}

/** Discord matches attachment:// names literally; keep them to safe characters. */
function attachmentName(name: string): string {
  return name.replace(/[^\w.-]/g, '_');
}

/** Characters Discord counts toward an embed's 6000 (title, description, field names and values, footer, author). */
export function embedTextLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function markShortened(embed: APIEmbed): void {
  const fields = (embed.fields ??= []);
  if (fields.length < L.embedFields) {
    fields.push({ name: 'Shortened', value: SHORTENED });
    return;
  }
  const lastField = fields[fields.length - 1]!;
  lastField.value = truncate(`${lastField.value}\n${SHORTENED}`, L.fieldValue);
}

function sectionFields(section: Section): APIEmbedField[] {
  const out: APIEmbedField[] = [];
  const lines = [...(section.text ? [md(section.text)] : []), ...(section.items ?? []).map((i) => `• ${md(i)}`)];
  if (lines.length > 0) out.push(...listFields(section.heading ? md(section.heading) : EMPTY, lines));
  else if (section.heading && !section.fields?.length) out.push({ name: truncate(oneLine(md(section.heading)), L.fieldName), value: EMPTY });
  for (const f of section.fields ?? []) {
    const [first, ...more] = chunk(md(f.value) || EMPTY, L.fieldValue);
    const name = truncate(oneLine(md(f.label)) || EMPTY, L.fieldName);
    out.push({ name, value: first!, inline: Boolean(f.inline) && more.length === 0 });
    for (const value of more) out.push({ name: EMPTY, value });
  }
  // A heading above key/value fields only: show it on the first of them.
  if (section.heading && lines.length === 0 && section.fields?.length) {
    out[0] = { ...out[0]!, name: truncate(`${oneLine(md(section.heading))} — ${out[0]!.name}`, L.fieldName) };
  }
  return out;
}

/** Lines under a name, as many ≤ 1024-character fields as they need; continuations are unnamed. */
function listFields(name: string, lines: string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  const values: string[] = [];
  let current = '';
  for (const line of lines) {
    for (const piece of chunk(line, L.fieldValue)) {
      if (current && current.length + 1 + piece.length > L.fieldValue) {
        values.push(current);
        current = '';
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) values.push(current);
  const head = truncate(oneLine(name) || EMPTY, L.fieldName);
  return values.map((value, i) => ({ name: i === 0 ? head : EMPTY, value }));
}

/** Splits text into pieces of at most `max`, at a line break or space when one is near, never inside a surrogate pair. */
function chunk(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest || EMPTY);
  return out;
}

function sourceLine(c: Citation, i: number): string {
  const label = escapeLinkText(md(truncate(`${c.publisher} — ${c.title}`, 200)));
  const date = `${c.date ? ` (${md(c.date)})` : ''}${md(printNote(c))}`;
  // A print edition (no address) is named without a link.
  return c.url && isHttpUrl(c.url) ? `${i + 1}. [${label}](${safeUrl(c.url).replace(/ /g, '%20')})${date}` : `${i + 1}. ${label}${date}`;
}

/** Inside a link's label, brackets left unescaped would end it early. */
function escapeLinkText(text: string): string {
  return text.replace(/(?<!\\)([[\]])/g, '\\$1');
}

/**
 * Text shown as itself, never as markdown: replies carry strangers' words (feed headlines, the
 * asker's own text), and `[tass.com: statement](https://evil.example)` would otherwise render as a
 * masked link. discord.js's escapeMarkdown, with headings, lists and masked links too, plus every
 * opening bracket, `<@…>`-style mentions and block quotes it leaves alone. Bare links are left as they are.
 */
function md(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(BARE_URL)) {
    out += escapeText(text.slice(at, m.index)) + safeUrl(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeText(text.slice(at));
}

const BARE_URL = /https?:\/\/[^\s<>]+/g;

function escapeText(text: string): string {
  if (!text) return text;
  return (
    escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
      // Every opening bracket, not only those of a complete link: clipping can cut a link's end off.
      .replace(/(?<!\\)\[/g, '\\[')
      .replace(/<(?=[@#:!&/a]|t:)/g, '\\<')
      .replace(/^>/gm, '\\>')
  );
}

/** A link as Discord should read it: brackets and parentheses percent-encoded, so it cannot hold a masked link or end one early. */
function safeUrl(url: string): string {
  return url.replace(/[[\]()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
