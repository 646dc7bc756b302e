import { formatDate } from '../base/dates.js';
import { STATUS_LABEL } from '../facts/wording.js';
import { SLACK_LIMITS } from '../reply/limits.js';
import type { MapModel, Segment, TimelineModel } from './model.js';

/**
 * Alt text: what the picture shows, in words, from the same model the picture is drawn from, so
 * the two cannot disagree. English, like the rest of a reply. Kept within Slack's 1,000 characters
 * for alt text by grouping countries that share dates and, should the data outgrow that, by
 * leaving out the oldest history first (it says so), never by cutting a sentence.
 */

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const ALT_MAX = SLACK_LIMITS.altText;
const LEFT_OUT = 'Earlier observer and dialogue-partner years are in the picture only.';
const APPLYING: Partial<Record<Segment['status'], string>> = { 'applicant-member': 'full membership', 'applicant-observer': 'observer status' };

export function timelineAlt(m: TimelineModel): string {
  const five = m.rows.filter((r) => r.segments.some((s) => s.status === 'shanghai-five'));
  const fiveFrom = five[0]?.segments.find((s) => s.status === 'shanghai-five')?.from;
  // Sentences in reading order, each with a rank: what is left out first when they do not all fit.
  const parts: { text: string; rank: number }[] = [];
  const add = (text: string, rank: number) => parts.push({ text, rank });
  add(`Timeline of SCO membership from ${m.start.slice(0, 4)} to ${m.asOf.slice(0, 4)}, data as of ${formatDate(m.asOf)}.`, 0);
  if (five.length > 0 && fiveFrom) add(`Shanghai Five from ${formatDate(fiveFrom)}: ${list.format(five.map((r) => r.name))}.`, 1);
  const members = grouped(m, 'member', (s) => (s.from ? `since ${formatDate(s.from)}` : 'start not recorded'));
  if (members) add(`Member states: ${members}.`, 0);
  const year = (iso: string) => iso.slice(0, 4);
  const span = (s: Segment) =>
    s.from && s.to ? `${year(s.from)}–${year(s.to)}` : s.from ? `since ${year(s.from)}` : s.to ? `until ${year(s.to)} (start not recorded)` : '(dates not recorded)';
  const observers = grouped(m, 'observer', span);
  if (observers) add(`Observers: ${observers}.`, 2);
  const dialogue = grouped(m, 'dialogue-partner', span);
  if (dialogue) add(`Dialogue partners: ${dialogue}.`, 3);
  const partners = m.rows.filter((r) => r.segments.some((s) => s.status === 'partner' && !s.to));
  if (partners.length > 0) {
    add(`${m.merged && m.mergedLabel ? `${formatDate(m.merged)}: ${m.mergedLabel}; ` : ''}${partners.length} SCO partners now.`, 0);
  }
  const applications = m.rows.flatMap((r) =>
    r.segments
      .filter((s) => APPLYING[s.status] && !s.to)
      .map((s) => `${r.name} for ${APPLYING[s.status]}${s.from ? ` since ${formatDate(s.from)}` : ' (date not recorded)'}`),
  );
  if (applications.length > 0) add(`Applications pending: ${applications.join('; ')}.`, 1);
  const join = (list: { text: string }[]) => list.map((p) => p.text).join(' ');
  let kept = parts;
  // Only the ranks the note names are ever left out; past them the platforms clip what remains.
  for (let rank = 3; rank >= 2 && join(kept).length > ALT_MAX; rank--) {
    kept = kept.filter((p) => p.rank < rank);
    if (join(kept).length + LEFT_OUT.length + 1 <= ALT_MAX) return `${join(kept)} ${LEFT_OUT}`;
  }
  return join(kept);
}

export function mapAlt(m: MapModel): string {
  const by = (pred: (s: string) => boolean) => m.countries.filter((c) => pred(c.status));
  const members = by((s) => s === 'member');
  const partners = by((s) => s === 'partner' || s === 'observer' || s === 'dialogue-partner');
  const parts = [`Map of SCO member states and partners, data as of ${formatDate(m.asOf)}.`];
  if (members.length) parts.push(`Member states (${members.length}): ${list.format(members.map((c) => c.name))}.`);
  if (partners.length) {
    const labels = partners.map((c) => (c.status === 'partner' ? c.name : `${c.name} (${STATUS_LABEL[c.status]})`));
    parts.push(`SCO partners (${partners.length}): ${list.format(labels)}.`);
  }
  const applying = m.countries.filter((c) => c.status.startsWith('applicant') || c.applying);
  if (applying.length) {
    parts.push(`Applicants: ${list.format(applying.map((c) => `${c.name} (${STATUS_LABEL[c.applying ?? c.status]})`))}.`);
  }
  if (m.highlight) {
    const h = m.highlight;
    const detail = h.status
      ? `${STATUS_LABEL[h.status]}${m.countries.find((c) => c.code === h.code)?.since ? ` since ${formatDate(m.countries.find((c) => c.code === h.code)!.since!)}` : ''}`
      : STATUS_LABEL[h.guest ? 'guest' : 'none'];
    parts.push(`Outlined: ${h.name}, ${detail}.`);
  }
  return parts.join(' ');
}

/** "India and Pakistan since 9 June 2017; Iran since 4 July 2023": rows sharing a status's dates, in the timeline's order. */
function grouped(m: TimelineModel, status: Segment['status'], describe: (s: Segment) => string): string {
  const groups = new Map<string, string[]>();
  for (const r of m.rows) {
    for (const s of r.segments.filter((x) => x.status === status)) {
      const key = describe(s);
      groups.set(key, [...(groups.get(key) ?? []), r.name]);
    }
  }
  return [...groups].map(([when, names]) => `${list.format(names)}${when ? ` ${when}` : ''}`).join('; ');
}
