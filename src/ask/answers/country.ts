import type { CountryT, MembershipT } from '../../facts/schema.js';
import { formatDate, isoDay, isoToDate } from '../../base/dates.js';
import { STATUS_LABEL, verificationNote } from '../../facts/wording.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { capitalise, listNames, noFact, toReply, type Draft } from '../draft.js';
import { STOPWORDS } from '../stopwords.js';
import { IN_ENGLISH, joinedSentence, localName, statusSentence, type LocalLang } from '../i18n.js';

const FOUNDED = '2001-06-15';

/** A country's standing on a day: its member record if a member, else its other statuses. */
function standing(ctx: AskContext, c: CountryT, day: Date): MembershipT[] {
  return ctx.facts.statusOn(c.id, day);
}

function summitName(ctx: AskContext, m: MembershipT): string | undefined {
  return m.event ? ctx.facts.event(m.event)?.name : undefined;
}

/** Earlier statuses of a member ("an observer from 2005"). */
function earlier(ctx: AskContext, c: CountryT): string {
  const prior = ctx.facts.membershipHistory(c.id).filter((m) => m.status === 'observer' || m.status === 'dialogue-partner');
  if (prior.length === 0) return '';
  return ` Before that it was ${listNames(prior.map((m) => `${m.status === 'observer' ? 'an observer' : 'a dialogue partner'}${m.from ? ` from ${formatDate(m.from)}` : ''}`))}.`;
}

function localise(ctx: AskContext, d: Draft, local: string | undefined): Reply {
  const lang = ctx.q.lang;
  if (lang === 'en' || !local) return toReply(ctx.facts, d);
  return toReply(ctx.facts, {
    ...d,
    summary: local,
    sections: [{ heading: IN_ENGLISH[lang as LocalLang], text: d.summary }, ...(d.sections ?? [])],
  });
}

/** The category a question asks about: "was X an observer", "when did X become a dialogue partner". */
export function askedStatus(ctx: AskContext): MembershipT['status'] | undefined {
  const { c } = ctx;
  if (c.has('dialogue')) return 'dialogue-partner';
  if (c.has('observer')) return 'observer';
  if (c.has('applicant')) return 'applicant-member';
  if (c.has('partner')) return 'partner';
  return undefined;
}

/** "Was Belarus a dialogue partner?", "when did Mongolia become an observer?": a status held in the past or now. */
export function pastStatusAnswer(ctx: AskContext, c: CountryT): Reply | undefined {
  const asked = askedStatus(ctx);
  if (!asked || asked === 'partner' || asked === 'applicant-member') return undefined;
  // "Is Iran a full member or an observer?": the member answer says both.
  if (ctx.c.has('member') && ctx.facts.statusOn(c.id).some((m) => m.status === 'member')) return undefined;
  const records = ctx.facts.membershipHistory(c.id).filter((m) => m.status === asked);
  const label = STATUS_LABEL[asked];
  const now = ctx.facts.statusOn(c.id);
  const nowText = now.map((m) => (m.status === 'none' ? 'not part of the SCO' : `${STATUS_LABEL[m.status]}${m.from ? ` since ${formatDate(m.from)}` : ''}`)).join('; ');
  if (records.length === 0) {
    return toReply(ctx.facts, {
      title: `${c.name}: never ${label === 'observer' ? 'an observer' : `a ${label}`}`,
      summary: `No — the data records no time when ${c.name} was ${label === 'observer' ? 'an observer' : `a ${label}`}. Its status as of ${formatDate(ctx.facts.meta.dataAsOf)}: ${nowText}. (Observers and dialogue partners were merged into "SCO partners" on 1 September 2025.)`,
      sources: now.map((m) => m.sources),
    });
  }
  const r = records[0]!;
  const span = r.from ? (r.to ? `from ${formatDate(r.from)} until ${formatDate(r.to)}` : `since ${formatDate(r.from)}`) : r.to ? `until ${formatDate(r.to)} (the start year was not collected)` : '';
  const a = label === 'observer' ? 'an observer' : `a ${label}`;
  // "Is Egypt a dialogue partner?" asks about now; "was", "has", "when did" ask about the past.
  const present = ctx.q.lang === 'en'
    ? /^(is|are|does|do)$/.test(ctx.q.words[0] ?? '') || (/^(has|have)$/.test(ctx.q.words[0] ?? '') && !/ (ever|been|before|previously|once) /.test(ctx.q.padded)) || ctx.c.has('current')
    : !/(был|была|было|были|曾|था|थी|थे|بود)/.test(ctx.q.folded);
  const lead = ctx.c.has('when')
    ? r.from ? `${c.name} became ${a} ${r.from.length > 7 ? 'on' : 'in'} ${formatDate(r.from)}${r.to ? ` and was one until ${formatDate(r.to)}` : ''}.` : `The data does not hold when ${c.name} became ${a} (the start year was not collected)${r.to ? `; it was one until ${formatDate(r.to)}` : ''}.`
    : present && r.to
      ? `No — not any more: ${c.name} was ${a} ${span}.`
      : `Yes — ${c.name} ${r.to ? 'was' : 'is'} ${a} ${span}.`;
  const main = now.find((m) => m.status !== 'applicant-member') ?? now[0];
  return localise(
    ctx,
    {
      title: `${c.name}: ${label} ${r.from ? r.from.slice(0, 4) : ''}${r.to ? `–${r.to.slice(0, 4)}` : ''}`.trim(),
      summary: `${lead} ${r.how}${verificationNote(r)} Now (${formatDate(ctx.facts.meta.dataAsOf)}): ${nowText}.`,
      sources: [r.sources, ...now.map((m) => m.sources)],
    },
    // Only the status now, without "yes": the question was about an earlier status.
    ctx.q.lang !== 'en' && main ? statusSentence(ctx.q.lang as LocalLang, localName(c, ctx.q.lang as LocalLang), main.status, main.from).replace(/^(Да, |是的，|हाँ, |بله، |جی ہاں، )/, '') : undefined,
  );
}

const asOfText = (ctx: AskContext) => `as of ${formatDate(ctx.facts.meta.dataAsOf)}, the data date`;

/** "Is X a member / partner?", "what is X's status?" — now, or on a day asked about. */
export function statusAnswer(ctx: AskContext, c: CountryT): Reply {
  const { facts } = ctx;
  const when = ctx.e.when;
  if (when && when.day > facts.dataDate) return afterDataDate(ctx);
  const day = when?.day ?? facts.dataDate;
  if (when && when.day < new Date(`${FOUNDED}T00:00:00Z`)) return beforeFounding(ctx);
  const now = standing(ctx, c, day);
  const at = when ? `${when.phrase}` : asOfText(ctx);
  const member = now.find((m) => m.status === 'member');
  const lang = ctx.q.lang;
  if (member) {
    const founder = member.from === FOUNDED;
    const asksPartner = ctx.c.has('partner') && !ctx.c.has('member');
    // "Has India always been a member?": only the founders have.
    const asksAlways = / (always|from the start|from the beginning|since the start|since the beginning|since its founding|originally) /.test(ctx.q.padded);
    const lead = asksPartner ? `No — ${c.name} is not a partner or observer but a full member state` : asksAlways && !founder ? `No — ${c.name} has been an SCO member state only` : `Yes — ${c.name} is an SCO member state`;
    const summary = `${lead}${founder ? ', one of the six founding members,' : ''} since ${formatDate(member.from!)} (${at}).${!founder ? earlier(ctx, c) : ''}`;
    return localise(
      ctx,
      { title: `${c.name}: SCO member state`, summary, sources: [member.sources], suggestions: [`when did ${c.name} join the SCO`, `/sco country ${c.name}`] },
      lang !== 'en' ? statusSentence(lang as LocalLang, localName(c, lang as LocalLang), 'member', member.from) : undefined,
    );
  }
  const none = now.find((m) => m.status === 'none');
  if (none || now.length === 0) {
    const everMember = facts.accession(c.id);
    if (everMember && when) {
      // A past day before it joined.
      const prior = now.filter((m) => m.status !== 'member');
      const what = prior.length ? prior.map((m) => STATUS_LABEL[m.status]).join(' and ') : 'not yet a member';
      return toReply(facts, {
        title: `${c.name} ${when.phrase}`,
        summary: `No — ${when.phrase} ${c.name} was not yet a member (${what}); it became a member state on ${formatDate(everMember.from!)}.`,
        sources: [everMember.sources, ...prior.map((m) => m.sources)],
      });
    }
    const rec = none ?? facts.membershipHistory(c.id)[0];
    const summary = `No — ${c.name} is not an SCO member, partner or applicant: it is not connected to the SCO in any category (${at}).`;
    return localise(
      ctx,
      { title: `${c.name}: not part of the SCO`, summary: rec ? summary + verificationNote(rec).replace(/^ \(/, ' (').trimEnd() : summary, sources: [rec?.sources ?? ['tass-2025-sco-structure']], suggestions: ['list the SCO members', 'list the SCO partners'] },
      lang !== 'en' ? statusSentence(lang as LocalLang, localName(c, lang as LocalLang), 'none') : undefined,
    );
  }
  // Partners, applicants, guests: say what it is, and that it is not a member.
  const parts = now.map((m) => describe(m));
  const main = now.find((m) => m.status !== 'applicant-member') ?? now[0]!;
  const asksMember = ctx.c.has('member') || ctx.c.has('join') || !ctx.c.has('partner');
  const isPartner = now.some((m) => ['partner', 'observer', 'dialogue-partner'].includes(m.status));
  const application = now.find((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
  const lead = when
    ? `${capitalise(when.phrase)} ${c.name} was ${listNames(now.map((m) => `${/^[aeiou]/i.test(STATUS_LABEL[m.status]) ? 'an' : 'a'} ${STATUS_LABEL[m.status]}`))}, not a member state.`
    : ctx.c.has('applicant') && application
    ? `Yes — ${c.name} has applied (${STATUS_LABEL[application.status]}${application.from ? ` since ${formatDate(application.from)}` : ''}); it is not a member state.`
    : asksMember
    ? `No — ${c.name} is not an SCO member state.`
    : isPartner
      ? `Yes — ${c.name} is an SCO partner.`
      : `No — ${c.name} is not an SCO partner.`;
  const history = facts.membershipHistory(c.id).filter((m) => m.to && !now.includes(m) && m.status !== 'member' && (!when || isoToDate(m.to) <= day));
  const later = when ? facts.accession(c.id) : undefined;
  const laterNote = later && isoToDate(later.from!) > day ? ` It became a member state later, on ${formatDate(later.from!)}.` : '';
  const formerly = history.length ? ` Earlier: ${history.map((m) => `${STATUS_LABEL[m.status]}${m.from ? ` from ${formatDate(m.from)}` : ''} until ${formatDate(m.to!)}`).join('; ')}.` : '';
  return localise(
    ctx,
    {
      title: `${c.name}: ${now.map((m) => STATUS_LABEL[m.status]).join(', ')}`,
      summary: `${lead} ${parts.join(' ')}${formerly}${laterNote} (${capitalise(at)}.)`,
      sources: [...now.map((m) => m.sources), later?.sources ?? []],
      suggestions: [`/sco country ${c.name}`, 'list the SCO partners'],
    },
    lang !== 'en' ? statusSentence(lang as LocalLang, localName(c, lang as LocalLang), main.status, main.from) : undefined,
  );
}

function describe(m: MembershipT): string {
  switch (m.status) {
    case 'partner':
      return `It has been an SCO partner since ${formatDate(m.from!)}: ${lowerFirst(m.how)}`;
    case 'applicant-member':
      return `${m.how}${verificationNote(m)}`;
    default:
      return `${m.how}${verificationNote(m)}`;
  }
}

/** "When did X join?", "how did X join?" */
export function joinAnswer(ctx: AskContext, c: CountryT): Reply {
  const { facts } = ctx;
  const acc = facts.accession(c.id);
  const lang = ctx.q.lang;
  if (!acc) {
    const now = facts.statusOn(c.id);
    const rec = now[0];
    if (!rec || rec.status === 'none') return statusAnswer(ctx, c);
    const first = facts.membershipHistory(c.id).find((m) => m.from && m.status !== 'applicant-member' && m.status !== 'applicant-observer');
    const joinedAs = now.map((m) => (m.from ? `${STATUS_LABEL[m.status]} since ${formatDate(m.from)}` : STATUS_LABEL[m.status]));
    const label = first ? STATUS_LABEL[first.status] : '';
    const lead = first
      ? `${c.name} has not joined as a member state; it first joined the SCO as ${/^[aeiouAEIOU]|^SCO/.test(label) ? 'an' : 'a'} ${label} ${first.from!.length > 7 ? 'on' : 'in'} ${formatDate(first.from!)}.`
      : `${c.name} has not joined the SCO as a member.`;
    const summary = `${lead} Its status ${asOfText(ctx)}: ${joinedAs.join('; ')}. ${now.map((m) => m.how).join(' ')}`;
    return localise(
      ctx,
      { title: `${c.name}: not a member state`, summary, sources: [...now.map((m) => m.sources), first?.sources ?? []], suggestions: [`/sco country ${c.name}`] },
      lang !== 'en' ? statusSentence(lang as LocalLang, localName(c, lang as LocalLang), (now.find((m) => m.status !== 'applicant-member') ?? rec).status, rec.from) : undefined,
    );
  }
  const founder = acc.from === FOUNDED;
  const summit = summitName(ctx, acc);
  const asked = ctx.e.when;
  const yearCheck = asked && !founder ? (acc.from!.startsWith(String(asked.year)) && asked.yearOnly ? 'Yes — ' : !asked.after && asked.yearOnly ? `No — not ${asked.phrase}: ` : '') : '';
  const summary = founder
    ? `${c.name} did not join later: it is one of the six founding members, which founded the SCO in Shanghai on ${formatDate(acc.from!)}.${c.id === 'UZ' ? ' Unlike the others it was not in the Shanghai Five (1996).' : ` It was in the Shanghai Five from 26 April 1996.`}`
    : `${yearCheck}${c.name} joined the SCO as a full member on ${formatDate(acc.from!)}${summit ? `, at the ${summit}` : ''}.${earlier(ctx, c)}`;
  const sections = [];
  if (!founder) sections.push({ heading: 'How', text: acc.how });
  const fiveSources = founder ? [facts.orgFact(c.id === 'UZ' ? 'uzbekistan-not-shanghai-five' : 'shanghai-five')?.sources ?? []] : [];
  return localise(
    ctx,
    {
      title: founder ? `${c.name}: founding member (${formatDate(acc.from!)})` : `${c.name} joined on ${formatDate(acc.from!)}`,
      summary,
      sections,
      sources: [acc.sources, ...fiveSources],
      suggestions: [`is ${c.name} a member of the SCO`, `/sco country ${c.name}`],
    },
    lang !== 'en' ? joinedSentence(lang as LocalLang, localName(c, lang as LocalLang), acc.from!, founder) : undefined,
  );
}

export function capitalAnswer(ctx: AskContext, c: CountryT): Reply {
  const named = ctx.e.capitals.find((x) => x !== c);
  const otherWord = ctx.c.unknown.some((w) => w.length >= 4 && !STOPWORDS.has(w) && /^[a-z]+$/.test(w));
  const check = ctx.c.has('yesno') && ctx.e.countries.length > 0 ? (named ? `No — ${named.capital} is the capital of ${named.name}, not of ${c.name}. ` : ctx.e.capitals.includes(c) ? 'Yes. ' : otherWord ? 'No. ' : '') : '';
  const member = ctx.facts.accession(c.id) ? 'member state' : ctx.facts.statusOn(c.id).map((m) => STATUS_LABEL[m.status]).join(', ');
  return toReply(ctx.facts, {
    title: `Capital of ${c.name}: ${c.capital}`,
    summary: `${check}The capital of ${c.name} (${member || 'not part of the SCO'}) is ${c.capital}.${c.capitalNote ? ` ${c.capitalNote}` : ''}`,
    sources: [c.sources],
  });
}

export function codeAnswer(ctx: AskContext, c: CountryT): Reply {
  const statuses = ctx.facts.statusOn(c.id);
  const member = ctx.facts.accession(c.id);
  const what = member ? `an SCO member state since ${formatDate(member.from!)}` : statuses.length ? statuses.map((m) => STATUS_LABEL[m.status]).join(' and ') : 'not in the SCO';
  const asksMember = ctx.c.has('member') && !member;
  return toReply(ctx.facts, {
    title: `${c.name}: ${c.id} / ${c.iso3}`,
    summary: `${asksMember ? `No member has that code: ` : ''}${c.name}'s ISO 3166-1 codes are ${c.id} (alpha-2) and ${c.iso3} (alpha-3); it is ${what}.`,
    sources: [c.sources, member?.sources ?? statuses[0]?.sources ?? []],
  });
}

/** "Which joined first, India or Iran?" */
export function compareAnswer(ctx: AskContext, a: CountryT, b: CountryT): Reply {
  const { facts } = ctx;
  const first = (c: CountryT) => facts.accession(c.id) ?? facts.membershipHistory(c.id).find((m) => m.from);
  const ra = first(a);
  const rb = first(b);
  const label = (c: CountryT, m: MembershipT | undefined) =>
    m?.from ? `${c.name}: ${m.status === 'member' ? 'member' : STATUS_LABEL[m.status]} since ${formatDate(m.from)}` : `${c.name}: ${facts.statusOn(c.id).map((x) => STATUS_LABEL[x.status]).join(', ') || 'no recorded date'}`;
  const items = [label(a, ra), label(b, rb)];
  let summary: string;
  const aMember = ra?.status === 'member';
  const bMember = rb?.status === 'member';
  if (aMember && bMember) {
    if (ra!.from === rb!.from) summary = `Neither: ${a.name} and ${b.name} became members on the same day, ${formatDate(ra!.from!)}.`;
    else {
      const [x, rx, y, ry] = ra!.from! < rb!.from! ? [a, ra!, b, rb!] : [b, rb!, a, ra!];
      summary = `${x.name} joined first: it became a member on ${formatDate(rx.from!)}, ${y.name} on ${formatDate(ry.from!)}.`;
    }
  } else if (aMember || bMember) {
    const [x, rx, y] = aMember ? [a, ra!, b] : [b, rb!, a];
    summary = `${x.name} is the member: it joined on ${formatDate(rx.from!)}; ${y.name} is not an SCO member state.`;
  } else {
    summary = `Neither ${a.name} nor ${b.name} is an SCO member state.`;
  }
  return toReply(facts, { title: `${a.name} and ${b.name}`, summary, sections: [{ items }], sources: [ra?.sources ?? [], rb?.sources ?? []] });
}

export function founderCheck(ctx: AskContext, c: CountryT): Reply {
  const acc = ctx.facts.accession(c.id);
  const founded = ctx.facts.orgFact('founded')!;
  const yes = acc?.from === FOUNDED;
  return toReply(ctx.facts, {
    title: `${c.name}: ${yes ? 'a founding member' : 'not a founding member'}`,
    summary: yes
      ? `Yes — ${c.name} is one of the six founding members. ${founded.text}`
      : `No — ${c.name} is not a founding member${acc ? `; it joined on ${formatDate(acc.from!)}` : ''}. ${founded.text}`,
    sources: [founded.sources, acc?.sources ?? []],
  });
}

export function shanghaiFiveCheck(ctx: AskContext, c: CountryT): Reply {
  const five = ctx.facts.orgFact('shanghai-five')!;
  const yes = five.countries.includes(c.id);
  const uz = ctx.facts.orgFact('uzbekistan-not-shanghai-five');
  return toReply(ctx.facts, {
    title: `${c.name} and the Shanghai Five`,
    summary: `${yes ? `Yes — ${c.name} was one of the Shanghai Five.` : `No — ${c.name} was not in the Shanghai Five.`} ${five.text}${c.id === 'UZ' && uz ? ` ${uz.text}` : ''}`,
    sources: [five.sources, ...(c.id === 'UZ' && uz ? [uz.sources] : [])],
  });
}

export function afterDataDate(ctx: AskContext): Reply {
  return noFact(
    'After the data date',
    `The data holds facts up to ${formatDate(ctx.facts.meta.dataAsOf)}; it does not hold ${ctx.e.when ? ctx.e.when.text : 'that date'}, and I do not predict.`,
    ['how many members does the SCO have now', 'who chairs the SCO', 'list the SCO partners'],
  );
}

export function beforeFounding(ctx: AskContext): Reply {
  const five = ctx.facts.orgFact('shanghai-five')!;
  const founded = ctx.facts.orgFact('founded')!;
  const day = ctx.e.when!.day;
  const fiveExisted = day >= new Date('1996-04-26T00:00:00Z');
  return toReply(ctx.facts, {
    title: 'Before the SCO existed',
    summary: `The SCO did not exist ${ctx.e.when!.phrase}: it was founded on 15 June 2001. ${fiveExisted ? `Its predecessor then was the Shanghai Five of China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan (formed 26 April 1996).` : five.text}`,
    sources: [founded.sources, five.sources],
  });
}

export function isoOf(d: Date): string {
  return isoDay(d);
}


function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "Has Azerbaijan applied?": applications recorded for the country, from its status records and the organisation's facts. */
export function applicationAnswer(ctx: AskContext, c: CountryT): Reply {
  const { facts } = ctx;
  const records = facts.membershipHistory(c.id).filter((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
  const notes = facts.orgFacts('membership').filter((f) => /appli/i.test(f.label) && f.countries.includes(c.id) && !records.some((r) => r.how === f.text));
  const now = facts.statusOn(c.id).filter((m) => m.status !== 'applicant-member' && m.status !== 'applicant-observer');
  const nowText = now.map((m) => (m.status === 'none' ? 'not part of the SCO in any category' : `${STATUS_LABEL[m.status]}${m.from ? ` since ${formatDate(m.from)}` : ''}`)).join('; ');
  if (records.length === 0 && notes.length === 0) {
    return toReply(facts, {
      title: `${c.name}: no application recorded`,
      summary: `The data records no application by ${c.name}. Its status as of ${formatDate(facts.meta.dataAsOf)}: ${nowText || 'none recorded'}.`,
      sources: now.map((m) => m.sources),
    });
  }
  const lines = [...records.map((r) => `${r.how}${verificationNote(r)}`), ...notes.map((f) => `${f.text}${f.caveat ? ` (${f.caveat})` : ''}`)];
  return toReply(facts, {
    title: `${c.name}: application${lines.length > 1 ? 's' : ''} recorded`,
    summary: `Yes — ${lines.join(' ')}${nowText ? ` Its status as of ${formatDate(facts.meta.dataAsOf)}: ${nowText}.` : ''}`,
    sources: [...records.map((r) => r.sources), ...notes.map((f) => f.sources), ...now.map((m) => m.sources)],
  });
}
