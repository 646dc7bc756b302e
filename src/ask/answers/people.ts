import type { CountryT, OfficialT } from '../../facts/schema.js';
import { formatDate } from '../../base/dates.js';
import { verificationNote } from '../../facts/wording.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { noFact, toReply } from '../draft.js';

function describe(ctx: AskContext, o: OfficialT): string {
  const ev = o.event ? ctx.facts.event(o.event) : undefined;
  const term = o.from ? ` (from ${formatDate(o.from)}${o.to ? ` to ${formatDate(o.to)}` : ''})` : '';
  const at = ev ? `, who represented ${ctx.facts.nameOf(o.country)} at the ${ev.name} (${formatDate(ev.start)}${ev.end ? ` – ${formatDate(ev.end)}` : ''})` : '';
  const country = ctx.facts.nameOf(o.country);
  const role = o.roleLabel.includes(country) ? o.roleLabel : o.roleLabel.includes('SCO') ? `${o.roleLabel} (${country})` : `${o.roleLabel} of ${country}`;
  return `${o.name} — ${role}${term}${at}${verificationNote(o)}${o.note ? `. ${o.note.replace(/\.+$/, '')}` : ''}.`;
}

/** "Who is Rajnath Singh?" */
export function personAnswer(ctx: AskContext, people: OfficialT[]): Reply {
  return toReply(ctx.facts, {
    title: people.map((p) => p.name).join(', '),
    summary: people.map((p) => describe(ctx, p)).join(' '),
    sources: people.map((p) => p.sources),
  });
}

/** "Who is India's defence minister?", "who was Kazakhstan's defence minister at Qingdao?" */
export function defenceMinisterAnswer(ctx: AskContext, c: CountryT): Reply {
  const list = ctx.facts.officials({ country: c.id, role: 'defence-minister' });
  if (list.length === 0) {
    return toReply(ctx.facts, { title: 'Not in the data', summary: `The data does not hold ${c.name}'s defence minister. It holds the ten member states' defence ministers at the Qingdao meeting of June 2025.`, sources: [ctx.facts.event('qingdao-defence-2025')?.sources ?? []], suggestions: ['who attended the Qingdao defence ministers meeting', `/sco country ${c.name}`] });
  }
  const o = list[0]!;
  const when = ctx.e.when;
  const ev = o.event ? ctx.facts.event(o.event) : undefined;
  const seen = o.asOf;
  if (when && when.day > ctx.facts.dataDate) return noFact('After the data date', `The data ends on ${formatDate(ctx.facts.meta.dataAsOf)}; it does not hold ${c.name}'s defence minister ${when.phrase}.`);
  if (when && (o.from ? when.day < new Date(`${o.from.length === 4 ? `${o.from}-01-01` : o.from.length === 7 ? `${o.from}-01` : o.from}T00:00:00Z`) : when.year < Number(seen.slice(0, 4)))) {
    return toReply(ctx.facts, { title: 'Not in the data', summary: `The data does not hold ${c.name}'s defence minister ${when.phrase}; it holds ${o.name}, ${o.roleLabel}, as of ${formatDate(seen)}.${o.note && /replac|succeed/i.test(o.note) ? ` ${o.note.replace(/^[^.]*\b(General|Admiral)\. /, '')}` : ''}`, sources: [o.sources], suggestions: ['who attended the Qingdao defence ministers meeting'] });
  }
  const current = ctx.c.has('current') || !when || when.day > new Date(`${seen}T23:59:59Z`);
  const note = current && ev ? ` The data records this as of ${formatDate(seen)} (the ${ev.city} meeting); it does not track the office after that${when && when.day > new Date(`${seen}T23:59:59Z`) ? `, so it does not confirm who held it ${when.phrase}` : ''}.` : '';
  return toReply(ctx.facts, {
    title: `${c.name}'s defence minister: ${o.name}`,
    summary: `${describe(ctx, o)}${note}`,
    sources: [o.sources],
  });
}

/** The Secretary-General or RATS director named by the person. */
export function isPerson(ctx: AskContext): boolean {
  return ctx.e.people.length > 0;
}
