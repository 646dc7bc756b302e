import { formatDate, formatRange } from '../../base/dates.js';
import type { CountryT } from '../../facts/schema.js';
import type { Loc } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { partnersGrowth } from './partners.js';
import { firstSentence, noteOf, subjects } from './shared.js';

/**
 * How the membership grew: the whole story (6 → 8 → 9 → 10, who joined when), who joined in or
 * after a year, the newest member or partner, and the n-th member.
 */
export const growth: Intent = {
  id: 'growth',
  priority: 81,
  examples: [
    { q: 'how has membership changed over time', must: ['6', '8', '9', '10'] },
    { q: 'who joined the sco in 2017', must: ['India', 'Pakistan'] },
    { q: 'Which countries joined the SCO after 2015?', must: ['India', 'Pakistan', 'Iran', 'Belarus'] },
    { q: 'who joined most recently?', must: ['Belarus', '4 July 2024'] },
    { q: 'which countries joined and when?', must: ['India', '2017', 'Iran', '2023', 'Belarus', '2024'] },
    { q: 'Who was the 9th member?', must: ['Iran'] },
    { q: 'who is the newest sco partner', must: ['Laos'] },
    { q: 'how did the sco grow from the shanghai five to ten members', must: ['1996', '2001', '2017', '2023', '2024'] },
    {
      q: 'walk me through how membership went from 8 to 10',
      must: ['Iran', '2023', 'Belarus', '2024'],
      mustNot: ['does not have'],
    },
    { q: 'how did the SCO get from six members to nine', must: ['India', 'Pakistan', 'Iran'], mustNot: ['Belarus'] },
  ],
  match(q) {
    const cs = subjects(q);
    if (q.claims.some((c) => c.kind === 'ordinal' && c.stance === 'asked')) return 94;
    if (
      q.ordinal !== undefined &&
      cs.length === 0 &&
      (q.main('member', 'join') || q.form === 'who' || q.form === 'which' || q.form === 'what' || q.form === 'when')
    )
      return 91;
    // "From the Shanghai Five to Belarus": a country named as the story's last step does not make it that country's path.
    if (cs.length === 1 && q.predecessor && q.main('growth') && !q.main('capital', 'code', 'chair', 'minister'))
      return q.form === 'how' || q.form === 'explain' || q.main('explain') ? 95 : 93;
    if (cs.length > 0) return undefined;
    // "Which countries joined after the founders?", "when did it first add members beyond the founders?": the joinings
    // after the founding, not the founders.
    // (Not "all current members, with the years of those who joined after the founding": the whole list is asked.)
    if (
      q.main('join') &&
      q.main('found', 'founder') &&
      (q.has('after') || q.has('first')) &&
      !q.time &&
      !(q.main('all') && q.main('current'))
    )
      return 92;
    // "How did it get from six members to ten?": a span of counts asks how the membership grew.
    // (Not the partners' counts: "from 2 + 14 to 17" is the partners' story.)
    if (
      span(q) &&
      (q.form === 'how' || q.form === 'explain' || q.form === 'what' || q.form === 'when') &&
      !(q.main('partner', 'observer', 'dialogue') && !q.main('member'))
    )
      return 90;
    // ("were new members admitted at tianjin?": whether one meeting admitted any is that meeting's answer.)
    if (q.main('newest') && q.form === 'yesno' && q.eventNamed) return undefined;
    // ("какие новые центры безопасности объявили в тяньцзине": new things a meeting announced, no one admitted, are the
    // meeting's.)
    if (q.main('newest') && q.eventNamed && !q.main('member', 'partner', 'join', 'observer', 'dialogue'))
      return undefined;
    // ("which country was the most recent to become a full member, and at which summit?": the newest member, with the
    // summit it joined at.)
    const atSummit = q.main('last') && q.main('join') && q.main('member') && q.main('summit');
    if (q.main('newest') || (q.main('last', 'first') && q.main('join') && !q.main('summit')) || atSummit)
      return q.main('observer', 'dialogue') ? undefined : 90;
    // "How did the observer and dialogue-partner statuses change?": the partners' story, not the members'.
    if ((q.main('observer', 'dialogue') || partnersGrowth(q)) && !q.main('member')) return undefined;
    // "How did it get from the 1996 treaty to a Charter organisation?": the story, of which the Charter is one step.
    if (q.main('growth') && q.main('charter') && (q.form === 'how' || q.form === 'explain')) return 93;
    // "History from the Shanghai Five to today": the whole story, of which the predecessor and the Charter are steps.
    if (q.main('growth') && q.predecessor)
      return q.form === 'how' || q.form === 'explain' || q.main('explain') ? 94 : 93;
    // ("explain how SCO started from shanghai five until today", "cómo pasó la OCS de los Cinco de Shanghái a diez
    // miembros": the way from the predecessor to today's members, asked how, is the same story.)
    if (
      q.predecessor &&
      (q.form === 'how' || q.form === 'explain' || q.main('explain')) &&
      q.main('member', 'current') &&
      !q.main('called', 'sign') &&
      // (Its founding asked stays the founding, unless the way is asked on to today.)
      (!q.main('found', 'founder') || q.main('current'))
    )
      return 94;
    if (
      q.main('growth') &&
      (q.main('member', 'join', 'partner') || q.sco || q.predecessor) &&
      !q.main('minister', 'secgen', 'chair') &&
      // ("what did the Tianjin summit change for the SCO?": what one meeting changed is that meeting's outcome.)
      !(q.eventNamed && !q.main('member', 'join', 'partner'))
    )
      return 90;
    if (q.main('growth') && q.form === 'how') return 80;
    // ("Which documents and decisions were adopted at Tianjin?": "adopted" is no admission when documents are asked.)
    if (
      q.main('join') &&
      q.time &&
      // ("ŞİÖ'nün 2025 zirvesinde hangi belgeler kabul edildi?": documents adopted at a summit of a year, no one admitted.)
      !((q.eventNamed || q.main('summit')) && q.main('statement')) &&
      (q.form === 'who' ||
        q.form === 'which' ||
        q.form === 'what' ||
        q.form === 'list' ||
        (q.form === 'fragment' && q.main('member') && !q.eventNamed && !q.has('compare')) ||
        q.form === 'howMany' ||
        q.main('list'))
    )
      return 90;
    if (q.main('join') && (q.form === 'howMany' || q.form === 'which' || q.form === 'who') && q.has('after')) return 88;
    // ("did any country join in 2025?", "2025 me koi naya full member aaya?": whether anyone joined in a year.)
    if (
      q.main('join') &&
      q.time?.mode === 'in' &&
      q.form === 'yesno' &&
      !q.eventNamed &&
      // (Not at a meeting: "… join the SCO at the 2026 summit?" is that summit's decisions, which the data may not hold.)
      !q.main('summit', 'meeting') &&
      q.words.some((w) => /^(any|anyone|anybody|someone|somebody|new|country|countries|state|states)$/.test(w))
    )
      return 90;
    // ("which countries joined and when?", "who joined in which year?": each joining with its date is how it grew.)
    if (
      // ("kab kaun aaya", read "when who came": the ones that came in.)
      (q.main('join') || q.words.includes('came')) &&
      !q.eventNamed &&
      (((q.form === 'which' || q.form === 'who') &&
        q.words.some((w) => w === 'when' || w === 'year' || w === 'years')) ||
        // ("kis saal kaun aaya", read "which year who joined": the year asked first.)
        (q.form === 'when' && q.words.includes('who')))
    )
      return 88;
    if (q.main('join') && q.main('found') && q.has('after')) return 88;
    return undefined;
  },
  answer(q, f) {
    const check = q.claims.find((c) => c.kind === 'ordinal' && c.stance === 'asked');
    if (check && check.kind === 'ordinal') {
      const list = f.members(f.factDay);
      const i = list.findIndex((m) => m.country.id === check.country.id);
      const me = list[i];
      // ("Iran became the tenth member in 2023" — No: who was the one claimed is said beside it.)
      const claimed = list[check.value - 1];
      const other = !check.holds && claimed?.record.from && claimed.country.id !== me?.country.id ? claimed : undefined;
      if (me)
        return {
          kind: 'fact',
          title: (l) => `${l.c(me.country)}: ${l.nth(i + 1)}`,
          verdict: check.holds ? 'yes' : 'no',
          lead: (l) =>
            other
              ? `${l.m.nthMember(l.c(me.country), l.nth(i + 1), l.d(me.record.from!))} ${l.m.nthMember(l.c(other.country), l.nth(check.value), l.d(other.record.from!))}`
              : l.m.nthMember(l.c(me.country), l.nth(i + 1), l.d(me.record.from!)),
          sources: other ? [me.record.sources, other.record.sources] : [me.record.sources],
        };
    }
    if (q.ordinal !== undefined) return nth(f, q.ordinal, subjects(q)[0], q.main('summit', 'location'));
    // ("walk me through how the SCO grew …, with the years each new member came in": the new members are the steps of its
    // growth, not the newest one.)
    const walked = q.main('growth') && (q.form === 'how' || q.form === 'explain' || q.main('explain'));
    if (!walked && (q.main('newest') || (q.main('last') && q.main('join'))))
      return newest(f, q.main('partner') && !q.main('member'), q);
    // "Which countries joined after the founding?": those who joined after the founders' year.
    const founded = f.memberCounts[0]?.from;
    if (!q.time && founded && q.main('join') && (q.has('after') || q.has('first')) && q.main('found', 'founder')) {
      const partners = q.main('partner', 'observer', 'dialogue');
      // "When did it first add members after the founders?": the year of the first joining after the founding.
      const first = q.has('first') ? firstJoiningAfter(f, founded, partners) : undefined;
      return first
        ? joinedIn(f, first, false, partners)
        : joinedIn(f, Number(founded.slice(0, 4)), true, partners, false);
    }
    if (q.time && q.main('join') && !q.main('growth')) {
      const d = joinedIn(
        f,
        q.time.year,
        q.time.mode === 'after' || q.has('after'),
        q.main('partner', 'observer', 'dialogue'),
        q.time.since === true,
      );
      // (No one joined, said only of a year the data covers to its end.)
      const covered = q.time.year < f.factDay.getUTCFullYear();
      return q.form === 'yesno' && (d.details.length > 0 || covered)
        ? { ...d, verdict: d.details.length > 0 ? ('yes' as const) : ('no' as const) }
        : d;
    }
    return story(f, q.predecessor || q.has('first') || q.main('growth'), span(q), q.has('charter'));
  },
};

/** The counts a question spans ("from 8 to 10 members"), lowest first. */
function span(q: Question): [number, number] | undefined {
  const bounds = q.numbers.filter((n) => n.stance === 'range' && (n.noun === undefined || n.noun === 'member'));
  if (bounds.length < 2) return undefined;
  // ("6 → 8 → 9 → 10": a chain of counts spans its lowest to its highest.)
  const values = bounds.map((n) => n.value);
  return [Math.min(...values), Math.max(...values)];
}

/** 5 → 6 → 8 → 9 → 10: each step with its date and who joined (only the steps within a span asked about). */
function story(f: AskFacts, withPredecessor: boolean, within?: [number, number], toCharter = false) {
  const all = f.memberCounts;
  const inSpan = within ? all.filter((p) => p.count >= within[0] && p.count <= within[1]) : [];
  const periods = inSpan.length >= 2 ? inSpan : all;
  // "From five to ten": a span opening below the founders' count starts with the Shanghai Five.
  withPredecessor &&= periods === all || (within !== undefined && within[0] < (all[0]?.count ?? 0));
  const five = f.topic('predecessor');
  const charter = f.topic('charter');
  // (The Five's own later agreement is a step of a story told from them to the Charter: "from the 1996 border deal to the
  // 2002 charter".)
  const agreement = withPredecessor && toCharter ? f.topic('predecessorAgreement') : undefined;
  const step = (l: Loc, i: number) => {
    const p = periods[i]!;
    const prev = i > 0 ? periods[i - 1] : all[all.indexOf(p) - 1];
    const added = prev ? p.members.filter((c) => !prev.members.includes(c)) : p.members;
    return l.m.growthStep(l.n(p.count), l.d(p.from), prev ? l.list(added.map((c) => l.c(c))) : l.m.foundedStep);
  };
  return {
    kind: 'fact' as const,
    title: () => 'How the SCO grew',
    lead: (l: Loc) => l.m.grew(l.list(periods.map((_, i) => step(l, i)))),
    ...(withPredecessor &&
      five?.date && {
        context: (l: Loc) =>
          l.m.predecessor(
            l.five,
            l.d(five.date!),
            l.place(five.place ?? ''),
            l.list(five.countries.map((c) => l.c(c))),
          ),
      }),
    details: [
      {
        items: [
          ...(agreement ? [agreement.text] : []),
          ...(withPredecessor && charter?.date ? [firstSentence(charter.text)] : []),
          ...periods.map(
            (p) =>
              `${p.count}: ${p.members.map((c) => f.nameOf(c)).join(', ')} (${p.to ? formatRange(p.from, p.to) : `from ${formatDate(p.from)}`})`,
          ),
        ],
      },
    ],
    note: noteOf(periods.at(-1)),
    sources: [
      ...periods.slice(periods === all ? 1 : 0).map((p) => p.sources),
      ...(withPredecessor && five ? [five.sources] : []),
      ...(agreement ? [agreement.sources] : []),
      ...(withPredecessor && charter?.date ? [charter.sources] : []),
    ],
  };
}

/** The year of the first joining after a date (of a member, or of a partner of any kind). */
function firstJoiningAfter(f: AskFacts, date: string, partners: boolean): number | undefined {
  const statuses = joinedAs(partners);
  const froms = f.store.data.memberships
    .filter((m) => statuses.includes(m.status) && m.from && m.from.slice(0, 4) > date.slice(0, 4))
    .map((m) => m.from!)
    .sort();
  return froms[0] ? Number(froms[0].slice(0, 4)) : undefined;
}

/** The statuses a joining counts: a member's, or a partner's of any kind. */
function joinedAs(partners: boolean): string[] {
  return partners ? ['partner', 'observer', 'dialogue-partner'] : ['member'];
}

function joinedIn(f: AskFacts, year: number, after: boolean, partners: boolean, since = false) {
  const statuses = joinedAs(partners);
  const hits = f.store.data.memberships.filter(
    (m) =>
      statuses.includes(m.status) &&
      m.from &&
      (after ? Number(m.from.slice(0, 4)) > year - (since ? 1 : 0) : m.from.startsWith(String(year))),
  );
  const names = (l: Loc) => l.list([...new Set(hits.map((m) => m.country))].map((c) => l.c(c)));
  return {
    kind: 'fact' as const,
    title: () => `${after ? (since ? 'Since' : 'After') : 'In'} ${year}`,
    lead: (l: Loc) =>
      hits.length === 0
        ? l.m.nobodyJoined(l.m.inYear(l.d(String(year))))
        : after
          ? (since ? l.m.joinedSince : l.m.joinedAfter)(names(l), l.d(String(year)))
          : partners
            ? l.m.becamePartners(names(l), l.m.inYear(l.d(String(year))))
            : l.m.joinedIn(names(l), l.m.inYear(l.d(String(year))), hits.length > 1),
    details: hits.length
      ? [
          {
            items: hits.map(
              (m) =>
                `${f.nameOf(m.country)}: ${m.from ? formatDate(m.from) : ''}${m.event ? ` (${f.event(m.event)?.name ?? ''})` : ''}`,
            ),
          },
        ]
      : [],
    sources: hits.length ? hits.slice(0, 3).map((m) => m.sources) : f.memberCounts.slice(-1).map((p) => p.sources),
  };
}

function newest(f: AskFacts, partner: boolean, q: Question) {
  if (partner) {
    const last = [...f.partners(f.factDay)]
      .sort((a, b) => (a.record.from ?? '').localeCompare(b.record.from ?? ''))
      .at(-1);
    const newcomers = f.store.data.memberships.filter(
      (m) =>
        m.status === 'partner' &&
        m.from === last?.record.from &&
        !f
          .history(m.country)
          .some(
            (x) =>
              x !== m &&
              x.status !== 'applicant-member' &&
              x.status !== 'applicant-observer' &&
              x.from !== undefined &&
              x.from < m.from!,
          ) &&
        !f.history(m.country).some((x) => x.status === 'dialogue-partner' || x.status === 'observer'),
    );
    const rec = newcomers[0] ?? last?.record;
    if (!rec)
      return { kind: 'notHeld' as const, title: () => 'Not in the data', lead: (l: Loc) => l.m.notHeld(), sources: [] };
    return {
      kind: 'fact' as const,
      title: (l: Loc) => l.c(rec.country),
      lead: (l: Loc) => l.m.newestPartner(l.c(rec.country), l.d(rec.from!)),
      sources: [rec.sources],
    };
  }
  const members = f.members(f.factDay);
  // "The four newest members (and their codes)": that many, most recent last, each with its date.
  const pick = q.numbers.find((n) => n.stance === 'selection' && (n.noun === undefined || n.noun === 'member'));
  if (pick && pick.value > 1 && pick.value < members.length) {
    const chosen = members.slice(-pick.value);
    const withCode = q.main('code');
    const item = (l: Loc, m: (typeof members)[number]) =>
      `${l.c(m.country)} (${withCode ? `${m.country.id} / ${m.country.iso3}, ` : ''}${l.d(m.record.from!)})`;
    const newest = (l: Loc) => l.m.newestMembers(l.n(chosen.length), l.list(chosen.map((m) => item(l, m))));
    // ("the capitals of the two most recent member states": the capitals asked, then which members they are.)
    if (q.main('capital'))
      return {
        kind: 'fact' as const,
        title: (l: Loc) => l.list(chosen.map((m) => l.c(m.country))),
        lead: (l: Loc) => chosen.map((m) => capitalOf(l, m.country)).join(' '),
        context: newest,
        sources: [chosen[0]!.country.sources, ...chosen.slice(-2).map((m) => m.record.sources)],
      };
    return {
      kind: 'fact' as const,
      title: (l: Loc) => l.list(chosen.map((m) => l.c(m.country))),
      lead: newest,
      sources: [...chosen.slice(-2).map((m) => m.record.sources), ...(withCode ? [chosen[0]!.country.sources] : [])],
    };
  }
  const last = members.at(-1)!;
  if (q.main('capital'))
    return {
      kind: 'fact' as const,
      title: (l: Loc) => l.c(last.country),
      lead: (l: Loc) => capitalOf(l, last.country),
      context: (l: Loc) => l.m.newestMember(l.c(last.country), l.d(last.record.from!)),
      sources: [last.country.sources, last.record.sources],
    };
  const prev = members.filter((m) => m.record.from !== last.record.from).at(-1);
  // (Asked with the summit, the summit it joined at is the context.)
  const acc = q.main('summit') ? f.accession(last.country.id) : undefined;
  const summit = acc?.event ? f.event(acc.event) : undefined;
  return {
    kind: 'fact' as const,
    title: (l: Loc) => l.c(last.country),
    lead: (l: Loc) => l.m.newestMember(l.c(last.country), l.d(last.record.from!)),
    ...(summit && acc?.from
      ? { context: (l: Loc) => l.m.joined(l.c(last.country), l.d(acc.from!), l.event(summit)) }
      : prev && { context: (l: Loc) => l.m.joined(l.c(prev.country), l.d(prev.record.from!)) }),
    sources: [last.record.sources, prev?.record.sources ?? []],
  };
}

/** "The capital of Belarus is Minsk." (the capital's name now, without what follows a comma). */
function capitalOf(l: Loc, c: CountryT): string {
  return l.m.capital(l.c(c), l.place(c.capital.replace(/,.*$/, '')));
}

function nth(f: AskFacts, n: number, named?: CountryT, atSummit = false) {
  const list = f.members(f.factDay);
  const hit = list[n - 1];
  if (!hit || n < 1) {
    // "Laos became the 11th member, right?": where the country named stands instead.
    const now = named && !list.some((m) => m.country.id === named.id) ? f.statusOn(named.id)[0] : undefined;
    return {
      kind: 'fact' as const,
      title: (l: Loc) => l.nth(n),
      lead: (l: Loc) => l.m.noNthMember(l.nth(n), l.n(list.length)),
      ...(named &&
        now &&
        now.status !== 'none' && {
          context: (l: Loc) => l.m.statusSince(l.c(named), l.status(now.status), now.from && l.d(now.from)),
        }),
      sources: [f.memberCounts.at(-1)?.sources ?? [], now?.sources ?? []],
    };
  }
  const same = list.filter((m) => m.record.from === hit.record.from);
  const first = list.indexOf(same[0]!) + 1;
  if (same.length > 1) {
    return {
      kind: 'fact' as const,
      title: (l: Loc) => l.list(same.map((m) => l.c(m.country))),
      lead: (l: Loc) =>
        l.m.nthMembersTogether(
          l.list(same.map((m) => l.c(m.country))),
          `${l.nth(first)}–${l.nth(first + same.length - 1)}`,
          l.d(hit.record.from!),
        ),
      sources: [hit.record.sources],
    };
  }
  // ("belarus became the 10th member in 2024 - at which summit city?": the summit it joined at, asked with it.)
  const acc = atSummit ? f.accession(hit.country.id) : undefined;
  const summit = acc?.event ? f.event(acc.event) : undefined;
  return {
    kind: 'fact' as const,
    title: (l: Loc) => `${l.nth(n)}: ${l.c(hit.country)}`,
    lead: (l: Loc) => l.m.nthMember(l.c(hit.country), l.nth(n), l.d(hit.record.from!)),
    ...(summit && acc?.from && { context: (l: Loc) => l.m.joined(l.c(hit.country), l.d(acc.from!), l.event(summit)) }),
    sources: [hit.record.sources],
  };
}
