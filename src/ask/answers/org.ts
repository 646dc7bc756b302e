import { formatDate, holdsOn, isoToDate } from '../../base/dates.js';
import { verificationNote } from '../../facts/wording.js';
import type { OrgFactT } from '../../facts/schema.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { capitalise, listNames, noFact, toReply } from '../draft.js';
import { afterDataDate } from './country.js';

function fact(ctx: AskContext, id: string): OrgFactT {
  const f = ctx.facts.orgFact(id);
  if (!f) throw new Error(`organisation fact ${id} is missing from data/`);
  return f;
}

/** One organisation fact as the answer, with its caveat. */
export function orgFactAnswer(ctx: AskContext, ids: string[], title?: string, lead?: string): Reply {
  const fs = ids.map((id) => fact(ctx, id));
  return toReply(ctx.facts, {
    title: title ?? fs[0]!.label,
    summary: `${lead ? `${lead} ` : ''}${fs.map((f) => f.text + verificationNote(f)).join(' ')}`,
    sources: fs.map((f) => f.sources),
  });
}

export function foundingAnswer(ctx: AskContext): Reply {
  const f = fact(ctx, 'founded');
  const five = fact(ctx, 'shanghai-five');
  return toReply(ctx.facts, {
    title: 'Founded 15 June 2001, Shanghai',
    summary: `${foundingCheck(ctx)}${f.text} That made six founding members. It grew out of the Shanghai Five, formed on 26 April 1996.`,
    sections: ctx.c.has('founder') ? [{ heading: 'Founding members', items: f.countries.map((c) => ctx.facts.nameOf(c)) }] : [],
    sources: [f.sources, five.sources],
  });
}

/** "Was the SCO founded in 1996?": yes or no before the fact, when a year is asked about. */
function foundingCheck(ctx: AskContext): string {
  const when = ctx.e.when;
  if (!when || !ctx.c.has('yesno') || when.after) return '';
  if (when.year === 2001) return 'Yes. ';
  return `No — not ${when.phrase}${when.year === 1996 ? ' (1996 is when its predecessor, the Shanghai Five, was formed)' : ''}. `;
}

export function foundersAnswer(ctx: AskContext): Reply {
  const f = fact(ctx, 'founded');
  const names = f.countries.map((c) => ctx.facts.nameOf(c));
  return toReply(ctx.facts, {
    title: 'The six founding members',
    summary: `The SCO's six founding members are ${listNames(names)}; they founded it in Shanghai on 15 June 2001. All but Uzbekistan had been in the Shanghai Five (1996).`,
    sources: [f.sources, fact(ctx, 'uzbekistan-not-shanghai-five').sources],
  });
}

export function shanghaiFiveAnswer(ctx: AskContext): Reply {
  return orgFactAnswer(ctx, ['shanghai-five', 'shanghai-five-troop-agreement', 'uzbekistan-not-shanghai-five'], 'The Shanghai Five (1996)');
}

export function charterAnswer(ctx: AskContext): Reply {
  return orgFactAnswer(ctx, ['charter'], 'The SCO Charter');
}

const OTHER_LANGUAGES = ['english', 'hindi', 'persian', 'farsi', 'urdu', 'arabic', 'french', 'turkish', 'kazakh', 'uzbek', 'kyrgyz', 'tajik', 'belarusian', 'mongolian', 'spanish', 'german', 'japanese'];

export function languagesAnswer(ctx: AskContext): Reply {
  const other = ctx.q.words.find((w) => OTHER_LANGUAGES.includes(w));
  const yesNo = ctx.c.has('yesno');
  const lead = yesNo && other ? `No — ${other.charAt(0).toUpperCase()}${other.slice(1)} is not an official SCO language.` : yesNo && (ctx.q.words.includes('chinese') || ctx.q.words.includes('russian')) ? 'Yes.' : undefined;
  return orgFactAnswer(ctx, ['official-languages'], 'Official languages: Chinese and Russian', lead);
}

export function secretariatAnswer(ctx: AskContext): Reply {
  return orgFactAnswer(ctx, ['secretariat'], 'The SCO Secretariat is in Beijing');
}

export function ratsAnswer(ctx: AskContext, who: boolean): Reply {
  return who
    ? orgFactAnswer(ctx, ['rats-director', 'rats'], 'RATS Executive Committee director')
    : orgFactAnswer(ctx, ['rats'], 'RATS is in Tashkent');
}

export function bodiesAnswer(ctx: AskContext): Reply {
  return orgFactAnswer(ctx, ['supreme-body', 'secretariat', 'rats'], 'SCO bodies');
}

export function nameAnswer(ctx: AskContext): Reply {
  const f = fact(ctx, 'founded');
  return toReply(ctx.facts, {
    title: 'SCO: the Shanghai Cooperation Organisation',
    summary: `SCO stands for the Shanghai Cooperation Organisation (also spelt Organization). ${f.text}`,
    sources: [f.sources],
  });
}

export function secretaryGeneralAnswer(ctx: AskContext): Reply {
  const current = fact(ctx, 'secretary-general');
  const previous = fact(ctx, 'previous-secretary-general');
  const when = ctx.e.when;
  // "When was Zhang Ming Secretary-General?": naming a past holder asks about him.
  const namesPast = ctx.e.people.some((p) => p.role === 'secretary-general' && p.to !== undefined && new Date(`${p.to}T00:00:00Z`) < ctx.facts.dataDate);
  const asksPrevious = (ctx.c.has('previous') || namesPast) && !ctx.c.has('current');
  if (when && !asksPrevious) {
    if (when.day > ctx.facts.dataDate) return afterDataDate(ctx);
    const people = ctx.facts.officials({ role: 'secretary-general' });
    const yearStart = when.yearOnly ? new Date(Date.UTC(when.year, 0, 1)) : when.day;
    const hit = people.filter((p) => holdsOn(yearStart, p.from, p.to) || holdsOn(when.day, p.from, p.to));
    if (hit.length === 0) {
      return toReply(ctx.facts, { title: 'Not in the data', summary: `The data holds the Secretaries-General from 2022 on (Zhang Ming, then Nurlan Yermekbayev); it does not hold who held the post ${when.phrase}.`, sources: [previous.sources, current.sources], suggestions: ['who is the SCO Secretary-General', 'who was the previous Secretary-General'] });
    }
    return toReply(ctx.facts, {
      title: `SCO Secretary-General ${when.phrase}`,
      summary: hit.map((p) => `${p.name} (${ctx.facts.nameOf(p.country)}), ${p.roleLabel}${p.from ? ` from ${formatDate(p.from)}` : ''}${p.to ? ` to ${formatDate(p.to)}` : ''}`).join('; ') + '.',
      sources: hit.map((p) => p.sources),
    });
  }
  if (asksPrevious) {
    return toReply(ctx.facts, { title: 'Previous Secretary-General: Zhang Ming', summary: `${previous.text} He was succeeded by Nurlan Yermekbayev of Kazakhstan on 1 January 2025.`, sources: [previous.sources, current.sources] });
  }
  return toReply(ctx.facts, {
    title: 'Secretary-General: Nurlan Yermekbayev',
    summary: `${current.text}${verificationNote(current)} His predecessor was Zhang Ming of China (2022–2024). (As of ${formatDate(ctx.facts.meta.dataAsOf)}, the data date.)`,
    sources: [current.sources, previous.sources],
  });
}

/** The chair now, on a day or in a year, before, or next (which the data does not hold). */
export function chairAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const when = ctx.e.when;
  const rotation = fact(ctx, 'chair-rotation');
  const label = (c: { country: string; from: string; to?: string | undefined }) => `${facts.nameOf(c.country)} (${formatDate(c.from)} – ${c.to ? formatDate(c.to) : 'the 2026 summit'})`;
  if (ctx.c.has('next') || (ctx.c.has('future') && !when)) return nextUnknown(ctx);
  if (when) {
    if (when.day > facts.dataDate || when.year > facts.dataDate.getUTCFullYear()) return nextUnknown(ctx);
    const start = when.yearOnly ? new Date(Date.UTC(when.year, 0, 1)) : when.day;
    const hit = facts.chairs().filter((c) => holdsOn(when.day, c.from, c.to) || (when.yearOnly && isoToDate(c.from) <= when.day && (!c.to || isoToDate(c.to) > start)));
    if (hit.length === 0) {
      return toReply(facts, { title: 'Not in the data', summary: `The data holds the chairs from 2021–22 on (${listNames(facts.chairs().map((c) => facts.nameOf(c.country)))}); it does not hold the chair ${when.phrase}.`, sources: [rotation.sources], suggestions: ['who chairs the SCO now', 'who was the chair before Kyrgyzstan'] });
    }
    return toReply(facts, {
      title: `SCO chair ${when.phrase}: ${listNames(hit.map((c) => facts.nameOf(c.country)), 'then')}`,
      summary: `${capitalise(when.phrase)} the rotating chair was held by ${listNames(hit.map(label), 'then')}.${hit.some((c) => c.verification !== 'verified') ? ' (The handover months are partly inferred from the summit dates.)' : ''}`,
      sources: hit.map((c) => c.sources),
    });
  }
  const current = facts.chairOn();
  const all = facts.chairs();
  if (/ (how long|how often|rotate|rotates|rotation|order|sequence|term|chosen|decided|picked) /.test(ctx.q.padded)) {
    const rule = fact(ctx, 'chair-rotation-rule');
    return toReply(facts, { title: 'How the chair rotates', summary: `${rotation.text} ${rule.text}${verificationNote(rule)}`, sources: [rotation.sources] });
  }
  if (ctx.c.has('previous') || (ctx.c.has('last') && !ctx.c.has('current'))) {
    const prev = all.filter((c) => c.to).at(-1)!;
    return toReply(facts, { title: `Previous chair: ${facts.nameOf(prev.country)}`, summary: `Before ${facts.nameOf(current!.country)}, the chair was ${label(prev)}. ${rotation.text}`, sources: [prev.sources, rotation.sources] });
  }
  // "Which country holds the presidency?" asks for one chair, now; a list needs a list word or the plural.
  if ((/ (list|all|chairs|every|history|so far|enumerate|countries|nations|have chaired|has chaired|have held|have been) /.test(ctx.q.padded) && !ctx.c.has('current') && !ctx.c.has('who')) || / (all|the|previous|past|recent|former) chairs /.test(ctx.q.padded)) {
    return toReply(facts, { title: 'SCO chairs', summary: rotation.text, sections: [{ items: all.map(label) }], sources: [rotation.sources] });
  }
  const c = current!;
  const summit = c.hostsSummit ? facts.event(c.hostsSummit) : undefined;
  return toReply(facts, {
    title: `Current chair: ${facts.nameOf(c.country)}`,
    summary: `${facts.nameOf(c.country)} holds the rotating SCO chair since ${formatDate(c.from)} (as of ${formatDate(facts.meta.dataAsOf)}, the data date)${summit ? `; it hosts the ${summit.city} summit in 2026` : ''}. Its motto: "25 years of the SCO: together towards sustainable peace, development and prosperity".`,
    sources: [c.sources, fact(ctx, 'kyrgyz-chairmanship-motto').sources],
  });
}

/** "Who will be Secretary-General after 2027?": not held, not predicted; the current term is. */
export function nextSecretaryGeneralUnknown(ctx: AskContext): Reply {
  const f = fact(ctx, 'secretary-general');
  return toReply(ctx.facts, {
    title: 'Not in the data — no prediction',
    summary: `The data (as of ${formatDate(ctx.facts.meta.dataAsOf)}) does not hold who will be Secretary-General after the current term, and I do not predict it. What it holds: ${f.text}`,
    sources: [f.sources],
    suggestions: ['who is the SCO Secretary-General', 'who was the previous Secretary-General'],
  });
}

export function nextUnknown(ctx: AskContext): Reply {
  const f = fact(ctx, 'next-chair-unknown');
  const c = ctx.facts.chairOn()!;
  return toReply(ctx.facts, {
    title: 'Not in the data — no prediction',
    summary: `The data (as of ${formatDate(ctx.facts.meta.dataAsOf)}) does not hold the next chair after ${ctx.facts.nameOf(c.country)} or the host of the 2027 summit, and I do not predict them. What it holds: ${ctx.facts.nameOf(c.country)} chairs the SCO from ${formatDate(c.from)} and hosts the 2026 summit in Bishkek.`,
    sources: [f.sources, c.sources],
    suggestions: ['who chairs the SCO now', 'when is the Bishkek summit'],
  });
}
