import type { Reply, Section } from '../../reply/model.js';
import { SLACK_LIMITS } from '../../reply/limits.js';
import { footerText, printNote } from '../../reply/plain-text.js';
import { escapeFit, escapeSlack, fitEscaped, slackLink, splitEscaped } from './escape.js';

/**
 * Reply → Block Kit, as a pure function. Every text is escaped (see escape.ts); mrkdwn is
 * `verbatim` so Slack does not auto-parse names or mentions; sizes stay inside SLACK_LIMITS,
 * and a reply too big for one message is split across several, each with its `text` fallback.
 */

interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'section'; fields: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Notification and screen-reader fallback; always present. */
  text: string;
  blocks: SlackBlock[];
}

/** Room left under Slack's per-message text size for the fallback and block JSON overhead. */
const MESSAGE_BUDGET = SLACK_LIMITS.messageText - 1000;
const FALLBACK_MAX = 500;
const TONE_MARK: Record<Reply['tone'], string> = { info: '', success: '✅ ', warning: '⚠️ ', error: '⚠️ ' };

const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text, verbatim: true });
const sectionsOf = (escaped: string): SlackBlock[] =>
  splitEscaped(escaped, SLACK_LIMITS.sectionText).map((t) => ({ type: 'section', text: mrkdwn(t) }));

export interface SlackRenderOptions {
  /** More messages than this are cut, the last marked as shortened (default 4, as on Discord). */
  maxMessages?: number;
}

/** A reply longer than this many messages is cut: one 1 MB feed title once became 111 messages. */
const MAX_MESSAGES = 4;
const SHORTENED = '… (shortened: the full answer is longer than Slack allows; narrow the question)';

export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage[] {
  const body: SlackBlock[] = [];
  if (reply.summary) body.push(...sectionsOf(escapeSlack(reply.summary)));
  for (const section of reply.sections) body.push(...renderSection(section));
  if (reply.sources.length > 0) {
    const lines = reply.sources.map(
      // A print edition has no address: its title stands unlinked.
      (s, i) =>
        `${i + 1}. ${escapeSlack(s.publisher)}, ${s.url ? slackLink(s.url, s.title) : escapeSlack(s.title)}${s.date ? ` (${escapeSlack(s.date)})` : ''}${escapeSlack(printNote(s))}`,
    );
    body.push(...packLines('*Sources*', lines));
  }
  const context: SlackBlock[] = [];
  if (reply.suggestions?.length) {
    context.push({
      type: 'context',
      elements: [
        mrkdwn(
          fitEscaped(
            `Try: ${reply.suggestions.map((s) => `\`${escapeSlack(s)}\``).join(' · ')}`,
            SLACK_LIMITS.fieldText,
          ),
        ),
      ],
    });
  }
  const footer = footerText(reply);
  if (footer) context.push({ type: 'context', elements: [mrkdwn(escapeFit(footer, SLACK_LIMITS.fieldText))] });

  const title = `${TONE_MARK[reply.tone]}${reply.title}`;
  const header: SlackBlock = {
    type: 'header',
    text: { type: 'plain_text', text: escapeFit(title, SLACK_LIMITS.headerText), emoji: true },
  };
  const chunks = capMessages(pack([header, ...body, ...context]), Math.max(1, options.maxMessages ?? MAX_MESSAGES));
  const summary = reply.summary ? `: ${reply.summary}` : '';
  return chunks.map((blocks, i) => ({
    text:
      i === 0
        ? escapeFit(`${title}${summary}`, FALLBACK_MAX)
        : escapeFit(`${reply.title} (continued, ${i + 1}/${chunks.length})`, FALLBACK_MAX),
    blocks,
  }));
}

function renderSection(section: Section): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const heading = section.heading ? `*${escapeFit(section.heading, 200)}*` : undefined;
  if (section.text) {
    blocks.push(...sectionsOf(heading ? `${heading}\n${escapeSlack(section.text)}` : escapeSlack(section.text)));
  } else if (heading && !section.items?.length) {
    blocks.push({ type: 'section', text: mrkdwn(heading) });
  }
  const fields = (section.fields ?? []).map((f) =>
    mrkdwn(fitEscaped(`*${escapeFit(f.label, 200)}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText)),
  );
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.sectionFields) });
  }
  if (section.items?.length) {
    blocks.push(
      ...packLines(
        section.text ? undefined : heading,
        section.items.map((item) => `• ${escapeSlack(item)}`),
      ),
    );
  }
  return blocks;
}

/** Lines packed into as few sections as fit, each ≤ the section limit; a lone over-long line is split. */
function packLines(heading: string | undefined, lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = heading ?? '';
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= SLACK_LIMITS.sectionText) {
      current = next;
      continue;
    }
    if (current) blocks.push(...sectionsOf(current));
    current = line;
  }
  if (current) blocks.push(...sectionsOf(current));
  return blocks;
}

/** The characters of text a block carries, as Slack counts a message's size. */
export function blockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
    case 'section':
      return 'fields' in block ? block.fields.reduce((n, f) => n + f.text.length, 0) : block.text.text.length;
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    default:
      return 0;
  }
}

/** The first `max` messages, the last ending with a "shortened" note (room made for it by dropping its last blocks). */
function capMessages(messages: SlackBlock[][], max: number): SlackBlock[][] {
  if (messages.length <= max) return messages;
  const kept = messages.slice(0, max);
  const last = kept[max - 1]!;
  const note: SlackBlock = { type: 'context', elements: [mrkdwn(SHORTENED)] };
  let size = last.reduce((n, b) => n + blockTextLength(b), 0);
  while (last.length > 1 && (last.length >= SLACK_LIMITS.blocksPerMessage || size + SHORTENED.length > MESSAGE_BUDGET))
    size -= blockTextLength(last.pop()!);
  last.push(note);
  return kept;
}

/** Blocks into messages of at most 50 blocks and MESSAGE_BUDGET characters each, in order. */
function pack(blocks: SlackBlock[]): SlackBlock[][] {
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const n = blockTextLength(block);
    if (current.length > 0 && (current.length >= SLACK_LIMITS.blocksPerMessage || size + n > MESSAGE_BUDGET)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += n;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
