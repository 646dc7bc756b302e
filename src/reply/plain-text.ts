import type { Reply } from './model.js';
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
    reply.sources.forEach((s, i) => lines.push(`[${i + 1}] ${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''} ${s.url}`));
  }
  if (reply.suggestions?.length) lines.push('', `Try: ${reply.suggestions.join(' · ')}`);
  const footer = footerText(reply);
  if (footer) lines.push('', footer);
  return lines.join('\n');
}

/** "Data as of 27 April 2026 · …" — the footer every renderer shows. */
export function footerText(reply: Reply): string | undefined {
  const parts = [reply.asOf ? `Data as of ${formatDate(reply.asOf)}` : undefined, reply.footer].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
