import type { Citation, Reply } from './model.js';
import { formatDate } from '../base/dates.js';

/**
 * The plain-text form of a reply: the console's output and every platform's fallback
 * (notifications, screen readers, clients that do not show rich layouts).
 */
export function toPlainText(reply: Reply): string {
  const lines: string[] = [reply.title];
  if (reply.summary) lines.push(reply.summary);
  for (const section of reply.sections) {
    lines.push('');
    if (section.heading) lines.push(`${section.heading}`);
    if (section.text) lines.push(section.text);
    for (const field of section.fields ?? []) lines.push(`${field.label}: ${field.value}`);
    for (const item of section.items ?? []) lines.push(`• ${item}`);
  }
  if (reply.sources.length > 0) {
    lines.push('', 'Sources:');
    reply.sources.forEach((s, i) => lines.push(`[${i + 1}] ${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''}${s.url ? ` ${s.url}` : ''}${printNote(s)}`));
  }
  if (reply.suggestions?.length) lines.push('', `Try: ${reply.suggestions.join(' · ')}`);
  const footer = footerText(reply);
  if (footer) lines.push('', footer);
  return lines.join('\n');
}

/**
 * "Facts checked to 3 September 2026, 3 months ago · …" (or "Data as of …" when the reply does
 * not know how old its data is) — the footer every renderer shows.
 */
export function footerText(reply: Reply): string | undefined {
  const stamp = reply.asOf
    ? reply.asOfAge
      ? `Facts checked to ${formatDate(reply.asOf)}, ${reply.asOfAge}`
      : `Data as of ${formatDate(reply.asOf)}`
    : undefined;
  const parts = [stamp, reply.footer].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** " — print edition, p. 1" for a source with no web address; every renderer adds it after the title. */
export function printNote(c: Citation): string {
  if (!c.print) return '';
  return ` — print edition${typeof c.print === 'string' ? `, ${c.print}` : ''}`;
}
