import { formatDate, isoToDate } from '../../base/dates.js';
import type { CountryT } from '../../facts/schema.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { capitalise, listNames, toReply } from '../draft.js';
import { countSentence, IN_ENGLISH, type LocalLang } from '../i18n.js';
import { afterDataDate, beforeFounding } from './country.js';

const FOUNDING = isoToDate('2001-06-15');
const MERGE = '2025-09-01';

/** Number words a question may assert ("eight members"), to say when the claim is wrong. */
const NUMBER_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30 };

export function assertedNumber(ctx: AskContext): number | undefined {
  const when = ctx.e.when;
  const dateWords = new Set(when ? [String(when.day.getUTCDate()), String(when.year)] : []);
  for (const w of ctx.q.words) {
    if (dateWords.has(w)) continue;
    if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
    if (/^\d{1,2}$/.test(w)) return Number(w);
  }
  return undefined;
}

/** "How many members (in 2019)?", "does the SCO have eight members?" */
export function memberCountAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const when = ctx.e.when;
  if (when && when.day > facts.dataDate) return afterDataDate(ctx);
  if (when && when.day < FOUNDING) return beforeFounding(ctx);
  const day = when?.day ?? facts.dataDate;
  const asked = assertedNumber(ctx);
  // "When did the SCO have 9 members?", "when did it reach 10?": the period with that count.
  if (!when && asked !== undefined && (ctx.c.has('when') || / ever /.test(ctx.q.padded))) {
    const periods = facts.data.memberCount.filter((p) => p.count === asked);
    if (periods.length > 0) {
      const p = periods[0]!;
      const added = p.members.filter((m) => !(facts.data.memberCount.find((x) => x.to === p.from)?.members.includes(m) ?? false)).map((m) => facts.nameOf(m));
      return toReply(facts, {
        title: `${asked} member states: from ${formatDate(p.from)}`,
        summary: `The SCO has had ${asked} member states from ${formatDate(p.from)}${added.length && p.from !== '2001-06-15' ? `, when ${listNames(added)} joined,` : ''}${p.to ? ` until ${formatDate(p.to)}` : ` (still ${asked} as of ${formatDate(facts.meta.dataAsOf)}, the data date)`}.`,
        sources: [p.sources],
      });
    }
    if (asked > 0 && asked < 30) {
      return toReply(facts, { title: `Never ${asked} members`, summary: `The SCO never had ${asked} member states in the data: it had 6 (2001), 8 (2017), 9 (2023) and 10 (from 4 July 2024).`, sources: facts.data.memberCount.map((p) => p.sources) });
    }
  }
  const period = facts.memberCountOn(day)!;
  const names = period.members.map((c) => facts.nameOf(c));
  const sections = [];
  // A year in which the count changed: say both.
  let change = '';
  if (when?.yearOnly) {
    const start = new Date(Date.UTC(when.year, 0, 1));
    const startPeriod = facts.memberCountOn(start < FOUNDING ? FOUNDING : start);
    if (startPeriod && startPeriod !== period) change = ` It had ${startPeriod.count} until ${formatDate(period.from)}, when it grew to ${period.count}.`;
  }
  const thisYear = when?.yearOnly && when.year === facts.dataDate.getUTCFullYear();
  const at = when ? (thisYear ? `as of ${formatDate(facts.meta.dataAsOf)} (the data date; it does not cover the rest of ${when.year})` : when.yearOnly ? (when.text.startsWith('before') ? when.phrase : `at the end of ${when.text}`) : `on ${formatDate(isoDay(when.day))}`) : `as of ${formatDate(facts.meta.dataAsOf)}, the data date`;
  const asserted = asked;
  const claimWrong = asserted !== undefined && asserted !== period.count && !ctx.q.words.some((w) => /^(19|20)\d\d$/.test(w) && Number(w) === asserted);
  let summary = `The SCO had ${period.count} member states ${at}${when ? '' : ` (${period.count} since ${formatDate(period.from)})`}: ${listNames(names)}.${change}`;
  if (!when) summary = `The SCO has ${period.count} member states (${at}; ${period.count} since ${formatDate(period.from)}): ${listNames(names)}.`;
  const claim = facts.disputedClaims().find((c) => c.id === 'e1-eight-members');
  if (claimWrong) {
    const then = facts.data.memberCount.find((p) => p.count === asserted);
    const wasTrue = then ? ` It had ${asserted} from ${formatDate(then.from)}${then.to ? ` until ${formatDate(then.to)}` : ''}.` : '';
    summary = `No — ${summary.charAt(0).toLowerCase()}${summary.slice(1)}${asserted === 8 && claim ? ` The claim of eight members is wrong (made in the ${claim.madeIn}): ${claim.correction}` : ` ${asserted} is not correct.${wasTrue}`}`;
  } else if (asserted === period.count && ctx.c.has('yesno')) {
    summary = `Yes — ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`;
  }
  if ((ctx.c.has('partner') || / (countries|nations|states) /.test(ctx.q.padded)) && !when) {
    const partners = facts.partners();
    sections.push({ text: `There are also ${partners.length} SCO partners, ${period.count + partners.length} countries in all.` });
  }
  const lang = ctx.q.lang;
  const d = {
    title: `${period.count} member states${when ? ` (${when.text})` : ''}`,
    summary,
    sections,
    sources: [period.sources, ...(claimWrong && claim ? [claim.sources] : [])],
    suggestions: ['list the SCO partners', 'when did Belarus join the SCO'],
  };
  if (lang !== 'en') {
    return toReply(facts, { ...d, summary: countSentence(lang as LocalLang, period.count, when ? isoDay(day) : facts.meta.dataAsOf), sections: [{ heading: IN_ENGLISH[lang as LocalLang], text: summary }] });
  }
  return toReply(facts, d);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function membersListAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const when = ctx.e.when;
  if (when && when.day > facts.dataDate) return afterDataDate(ctx);
  if (when && when.day < FOUNDING) return beforeFounding(ctx);
  const list = facts.members(when?.day);
  const withCapital = ctx.c.has('capital');
  const withCode = ctx.c.has('code');
  const withDetails = withCapital || withCode;
  const extras = (c: { capital: string; id: string; iso3: string }) => `${withCapital ? `; capital ${c.capital}` : ''}${withCode ? `; ISO ${c.id} / ${c.iso3}` : ''}`;
  return toReply(facts, {
    title: `SCO member states${when ? ` ${when.phrase}` : ''} (${list.length})`,
    summary: `${when ? `${capitalise(when.phrase)}` : `As of ${formatDate(facts.meta.dataAsOf)} (the data date)`} the SCO ${when ? 'had' : 'has'} ${list.length} member states: ${listNames(list.map((m) => m.country.name))}.`,
    sections: [{ items: list.map(({ country, record }) => `${country.name} — ${record.from === '2001-06-15' ? 'founder, ' : ''}since ${formatDate(record.from!)}${extras(country)}`) }],
    sources: list.slice(0, 1).map((m) => m.record.sources).concat(list.slice(-2).map((m) => m.record.sources), withDetails ? [list[0]!.country.sources] : []),
  });
}

export function partnersAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const when = ctx.e.when;
  const merge = facts.orgFact('partner-category-merge')!;
  if (when && when.day > facts.dataDate) return afterDataDate(ctx);
  if (when && when.day < isoToDate(MERGE)) return formerPartnersAnswer(ctx, when.day);
  const list = facts.partners();
  const counting = ctx.c.has('count');
  return toReply(facts, {
    title: `SCO partners (${list.length})`,
    summary: `${counting ? `The SCO has ${list.length} partners` : `The ${list.length} SCO partners are ${listNames(list.map((p) => p.country.name))}`} (as of ${formatDate(facts.meta.dataAsOf)}, the data date). Observers and dialogue partners were merged into this single "SCO partner" category at the Tianjin summit on 1 September 2025, when Laos was also admitted.`,
    sections: counting ? [{ items: list.map((p) => p.country.name) }] : [],
    sources: [facts.orgFact('sco-family-27')!.sources, merge.sources],
  });
}

/** The observers and dialogue partners before the 1 Sep 2025 merge ("former observers"). */
export function formerPartnersAnswer(ctx: AskContext, day?: Date): Reply {
  const { facts } = ctx;
  const before = day ?? new Date(Date.UTC(2025, 7, 31));
  // On a past day, a record whose start the data does not hold cannot be said to have held then.
  const known = (list: ReturnType<typeof facts.withStatus>) => (day ? list.filter((x) => x.record.from !== undefined) : list);
  const allDialogue = facts.withStatus(['dialogue-partner'], before);
  const observers = known(facts.withStatus(['observer'], before));
  const dialogue = known(allDialogue);
  const unknownStart = allDialogue.length - dialogue.length;
  const onlyObservers = ctx.c.has('observer') && !ctx.c.has('dialogue');
  const onlyDialogue = ctx.c.has('dialogue') && !ctx.c.has('observer');
  const structure = facts.orgFact('structure-before-merge')!;
  const everObservers = facts.countries().filter((c) => facts.membershipHistory(c.id).some((m) => m.status === 'observer'));
  const sections = [];
  if (!onlyDialogue) sections.push({ heading: `Observers${day ? ` ${ctx.e.when?.phrase}` : ' until 1 September 2025'} (${observers.length})`, items: observers.map((o) => `${o.country.name}${o.record.from ? ` (from ${formatDate(o.record.from)})` : ''}`) });
  if (!onlyObservers) sections.push({ heading: `Dialogue partners${day ? ` ${ctx.e.when?.phrase}` : ' until 1 September 2025'} (${dialogue.length})`, items: dialogue.map((o) => o.country.name) });
  const formerMembers = everObservers.filter((c) => facts.accession(c.id));
  if (ctx.q.words.some((w) => w === 'first' || w === 'earliest' || w === 'oldest') && !day) {
    const firsts = facts.countries()
      .flatMap((c) => facts.membershipHistory(c.id).filter((m) => m.status === (onlyDialogue ? 'dialogue-partner' : 'observer') && m.from).map((m) => ({ c, m })))
      .sort((a, b) => a.m.from!.localeCompare(b.m.from!));
    const first = firsts[0];
    if (first) {
      return toReply(facts, {
        title: `First ${onlyDialogue ? 'dialogue partner' : 'observer'}: ${first.c.name}`,
        summary: `${first.c.name} was the first ${onlyDialogue ? 'dialogue partner' : 'observer'} in the data, from ${formatDate(first.m.from!)}. ${first.m.how}`,
        sources: [first.m.sources],
      });
    }
  }
  const asksNow = !day && (ctx.c.has('current') || / (still|now|today|currently|any more|anymore) /.test(ctx.q.padded));
  const summary = asksNow
    ? `None any more: since 1 September 2025 the SCO has no observers or dialogue partners — both categories were merged into a single "SCO partner" category at the Tianjin summit. ${structure.text}`
    : day
    ? `${capitalise(ctx.e.when?.phrase ?? '')} the SCO had ${observers.length} observers (${listNames(observers.map((o) => o.country.name))})${dialogue.length ? ` and dialogue partners including ${listNames(dialogue.map((o) => `${o.country.name} (from ${formatDate(o.record.from!)})`))}` : ''}.${unknownStart ? ` The data does not hold when the other ${unknownStart} dialogue partners of 2025 were admitted, so it cannot say whether they already were ones then.` : ''}`
    : `${structure.text} On that day both categories were merged into "SCO partners". Earlier observers that became members: ${listNames(formerMembers.map((c) => c.name))}.`;
  return toReply(facts, {
    title: onlyDialogue ? 'Former dialogue partners' : 'Former observers and dialogue partners',
    summary,
    sections,
    sources: [structure.sources, facts.orgFact('partner-category-merge')!.sources],
  });
}

export function familyAnswer(ctx: AskContext): Reply {
  const f = ctx.facts.orgFact('sco-family-27')!;
  return toReply(ctx.facts, { title: 'The SCO family: 27 countries', summary: `${f.text} (As of ${formatDate(ctx.facts.meta.dataAsOf)}, the data date.)`, sources: [f.sources] });
}

export function applicantsAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const am = facts.orgFact('armenia-membership-application')!;
  const obs = facts.orgFact('observer-applications-2024')!;
  return toReply(facts, {
    title: 'Applications',
    summary: `${am.text} ${am.caveat ?? ''} ${obs.text} ${obs.caveat ?? ''}`.replace(/\s+/g, ' ').trim(),
    sources: [am.sources, obs.sources],
  });
}

export function notConnectedAnswer(ctx: AskContext): Reply {
  const f = ctx.facts.orgFact('not-connected')!;
  return toReply(ctx.facts, { title: 'Not connected to the SCO', summary: `${f.text} (${f.caveat ?? ''})`.replace(' ()', ''), sources: [f.sources] });
}

export function recentJoinerAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const members = facts.members();
  const last = members.at(-1)!;
  const laos = facts.orgFact('laos-partner')!;
  const asksPartner = ctx.c.has('partner') && !ctx.c.has('member');
  if (asksPartner) return toReply(facts, { title: 'Newest partner: Laos', summary: `${laos.text}`, sources: [laos.sources] });
  const summit = last.record.event ? facts.event(last.record.event) : undefined;
  return toReply(facts, {
    title: `Most recent member: ${last.country.name}`,
    summary: `${last.country.name} is the most recent member: it joined on ${formatDate(last.record.from!)}${summit ? ` at the ${summit.name}` : ''}, becoming the 10th member state. Before it, Iran joined on 4 July 2023. The newest partner is Laos (1 September 2025). (As of ${formatDate(facts.meta.dataAsOf)}, the data date.)`,
    sources: [last.record.sources, laos.sources],
  });
}

/** Member count over the SCO's history. */
export function countHistoryAnswer(ctx: AskContext): Reply {
  const periods = ctx.facts.data.memberCount;
  return toReply(ctx.facts, {
    title: 'Member count over time',
    summary: `The SCO grew from 6 founders (2001) to 8 (India and Pakistan, 9 June 2017), 9 (Iran, 4 July 2023) and 10 (Belarus, 4 July 2024); it still had 10 as of ${formatDate(ctx.facts.meta.dataAsOf)}.`,
    sections: [{ items: periods.map((p) => `${p.count}: from ${formatDate(p.from)}${p.to ? ` to ${formatDate(p.to)}` : ''}`) }],
    sources: periods.map((p) => p.sources),
  });
}

/** "Who joined in 2017?", "which countries became partners in 2025?" */
export function joinedInYearAnswer(ctx: AskContext, year: number): Reply {
  const { facts } = ctx;
  const after = ctx.e.when?.after === true;
  const wantPartner = ctx.c.has('partner') || ctx.c.has('observer') || ctx.c.has('dialogue');
  const statuses = wantPartner ? ['partner', 'observer', 'dialogue-partner'] : ['member'];
  const hits = facts.data.memberships.filter((m) => statuses.includes(m.status) && m.from && (after ? Number(m.from.slice(0, 4)) > year : m.from.startsWith(String(year))));
  const label = wantPartner ? 'new observers, dialogue partners or partners' : 'new members';
  if (after && hits.length > 0 && !wantPartner) {
    return toReply(facts, {
      title: `Joined after ${year}: ${listNames(hits.map((m) => facts.nameOf(m.country)))}`,
      summary: `After ${year} the SCO admitted ${listNames(hits.map((m) => `${facts.nameOf(m.country)} (${formatDate(m.from!)})`))}.`,
      sources: hits.map((m) => m.sources),
    });
  }
  if (hits.length === 0) {
    const last = facts.data.memberCount.filter((p) => Number(p.from.slice(0, 4)) <= year).at(-1);
    return toReply(facts, {
      title: `No ${label} in ${year}`,
      summary: `The data records no ${label} in ${year}.${last && !wantPartner ? ` The SCO had ${last.count} member states then (since ${formatDate(last.from)}).` : ''}`,
      sources: last ? [last.sources] : [facts.orgFact('founded')!.sources],
    });
  }
  const newOnes = hits.filter((m) => !(m.status === 'partner' && facts.membershipHistory(m.country).some((x) => x.to === m.from)));
  const merged = hits.length - newOnes.length;
  return toReply(facts, {
    title: `Joined in ${year}: ${listNames(newOnes.map((m) => facts.nameOf(m.country)))}`,
    summary: `${listNames(newOnes.map((m) => `${facts.nameOf(m.country)} (${STATUS_LABEL_SHORT[m.status] ?? m.status}, ${formatDate(m.from!)})`))} joined in ${year}.${merged ? ` On 1 September 2025 the ${merged} observers and dialogue partners also became "SCO partners" when the categories were merged.` : ''}`,
    sections: [{ items: newOnes.map((m) => m.how) }],
    sources: newOnes.map((m) => m.sources),
  });
}

const STATUS_LABEL_SHORT: Record<string, string> = { member: 'member', partner: 'partner', observer: 'observer', 'dialogue-partner': 'dialogue partner' };

/** "What is the SCO?" in a few sourced sentences. */
export function aboutAnswer(ctx: AskContext): Reply {
  const { facts } = ctx;
  const founded = facts.orgFact('founded')!;
  const family = facts.orgFact('sco-family-27')!;
  const secretariat = facts.orgFact('secretariat')!;
  return toReply(facts, {
    title: 'The Shanghai Cooperation Organisation (SCO)',
    summary: `${founded.text} ${family.text} ${secretariat.text} (As of ${formatDate(facts.meta.dataAsOf)}, the data date.)`,
    sources: [founded.sources, family.sources, secretariat.sources],
    suggestions: ['list the SCO members', 'who is the SCO Secretary-General', 'who chairs the SCO'],
  });
}

/** "Who was the 9th member?": members in order of accession (the six founders share places 1–6). */
/** "Was Belarus the ninth member?": the country's place in the order of joining, against the one asked. */
export function ordinalCheckAnswer(ctx: AskContext, c: CountryT, n: number): Reply {
  const { facts } = ctx;
  const list = facts.members();
  const at = list.findIndex((m) => m.country.id === c.id);
  if (at < 0) return ordinalMemberAnswer(ctx, n);
  const me = list[at]!;
  const same = list.filter((m) => m.record.from === me.record.from);
  const first = list.indexOf(same[0]!) + 1;
  const last = first + same.length - 1;
  const place = same.length > 1 ? `${ordinal(first)}–${ordinal(last)}` : ordinal(first);
  const yes = n >= first && n <= last;
  const other = list[n - 1];
  return toReply(facts, {
    title: `${c.name}: the ${place} member`,
    summary: `${yes ? 'Yes' : 'No'} — ${c.name} ${same.length > 1 ? `joined on ${formatDate(me.record.from!)} together with ${listNames(same.filter((m) => m !== me).map((m) => m.country.name))}, taking places ${place}` : `became the ${place} member state on ${formatDate(me.record.from!)}`}.${!yes && other ? ` The ${ordinal(n)} was ${other.country.name} (${formatDate(other.record.from!)}).` : ''}`,
    sources: [me.record.sources, ...(other && !yes ? [other.record.sources] : [])],
  });
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

export function ordinalMemberAnswer(ctx: AskContext, n: number): Reply {
  const { facts } = ctx;
  const list = facts.members();
  const hit = list[n - 1];
  if (!hit || n < 1) {
    return toReply(facts, { title: `No ${n}th member`, summary: `The SCO has had ${list.length} member states (as of ${formatDate(facts.meta.dataAsOf)}, the data date), so there is no ${n}th.`, sources: [facts.data.memberCount.at(-1)!.sources] });
  }
  const same = list.filter((m) => m.record.from === hit.record.from);
  const first = list.indexOf(same[0]!) + 1;
  const place = same.length > 1 ? `places ${first}–${first + same.length - 1}` : `the ${n}th`;
  return toReply(facts, {
    title: same.length > 1 ? `${listNames(same.map((m) => m.country.name))} (joined together)` : `The ${n}th member: ${hit.country.name}`,
    summary: same.length > 1
      ? `${listNames(same.map((m) => m.country.name))} joined on the same day, ${formatDate(hit.record.from!)}, taking ${place}${hit.record.from === '2001-06-15' ? ' as founders' : ''}.`
      : `${hit.country.name} became the ${n}th member state on ${formatDate(hit.record.from!)}.`,
    sources: [hit.record.sources],
  });
}
