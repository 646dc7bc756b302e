import { SLACK_LIMITS } from '../../src/reply/limits.js';
import { blockTextLength, type SlackBlock } from '../../src/adapters/slack/render.js';

/** What Slack would refuse or cut in a message, in words; empty when the message is within every limit. */
export function limitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const out: string[] = [];
  const blocks = (message.blocks ?? []) as SlackBlock[];
  if (typeof message.text !== 'string' || message.text.trim() === '') out.push('no text fallback');
  if (blocks.length > SLACK_LIMITS.blocksPerMessage) out.push(`${blocks.length} blocks`);
  let size = typeof message.text === 'string' ? message.text.length : 0;
  for (const b of blocks) {
    size += blockTextLength(b);
    if (b.type === 'header' && b.text.text.length > SLACK_LIMITS.headerText)
      out.push(`header of ${b.text.text.length}`);
    if (b.type === 'section' && 'text' in b) {
      if (b.text.text.length > SLACK_LIMITS.sectionText) out.push(`section of ${b.text.text.length}`);
      if (b.text.text.length === 0) out.push('empty section');
    }
    if (b.type === 'section' && 'fields' in b) {
      if (b.fields.length > SLACK_LIMITS.sectionFields) out.push(`${b.fields.length} fields`);
      for (const f of b.fields) if (f.text.length > SLACK_LIMITS.fieldText) out.push(`field of ${f.text.length}`);
    }
    if (b.type === 'context' && b.elements.length > SLACK_LIMITS.contextElements)
      out.push(`${b.elements.length} context elements`);
  }
  if (size >= SLACK_LIMITS.messageText) out.push(`message of ${size} characters`);
  return out;
}
