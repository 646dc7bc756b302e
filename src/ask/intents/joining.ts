import type { CountryT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { firstSentence, joinedOn, noteOf, standing, subjects, perCountry } from './shared.js';
import { RELATION_CUES } from '../understand/index.js';

/** "When did Iran join?", "how did Belarus become a member?", "at which summit was India admitted?", "did Iran join in 2022?" */
export const joining: Intent = {
  id: 'joining',
  priority: 60,
  examples: [
    { q: 'did iran join at the tianjin summit', must: ['No', '4 July 2023'] },
    { q: 'did india join the sco at astana', must: ['Yes', '9 June 2017'] },
    { q: 'when did iran join the sco', must: ['4 July 2023'], mustNot: ['2017'] },
    { q: 'how did iran join the sco', must: ['4 July 2023', 'virtual'] },
    { q: 'At which summit did Belarus join?', must: ['Astana', '4 July 2024'] },
    { q: 'when did china join the sco', must: ['founding', '15 June 2001'] },
    { q: 'Did Iran join in 2022?', must: ['No', '4 July 2023'] },
    { q: 'When did Armenia join the SCO?', must: ['not joined', 'partner'] },
    { q: '伊朗什么时候加入上合组织', must: ['2023年7月4日', '4 July 2023'] },
    { q: 'Wann ist Belarus der SOZ beigetreten?', must: ['2024', 'Belarus'] },
  ],
  match(q) {
    const cs = subjects(q);
    if (cs.length === 0) return undefined;
    // ("india & pakistan full membership - what year and at which summit": full membership dated is joining.)
    const join = q.main('join') || (q.main('full') && q.main('member') && (q.form === 'when' || q.main('summit')));
    if (q.main('apply', 'leave', 'expel', 'refuse', 'capital', 'code')) return undefined;
    // ("Before it became a member, did Belarus hold observer status? since when?": joining only dates the status asked.)
    const joinAt = q.cues.find((c) => c.cue === 'join' && c.role === 'main')?.at ?? -1;
    // ("Astana 2024 summit — what happened there besides Belarus joining?": a joining set aside is not what is asked.)
    // (Only when the meeting named records that joining: "… at Tianjin besides Belarus joining?" is corrected first.)
    const recorded =
      q.eventNamed && q.events.some((e) => cs.some((c) => e.outcomes.some((o) => o.text.includes(c.name))));
    if (
      joinAt >= 0 &&
      recorded &&
      q.words
        .slice(Math.max(0, joinAt - 4), joinAt)
        .some((w, i, ws) => /^(besides|except|excluding)$/.test(w) || (w === 'than' && ws[i - 1] === 'other'))
    )
      return undefined;
    if (
      joinAt >= 0 &&
      q.words.slice(Math.max(0, joinAt - 3), joinAt).some((w) => w === 'before' || w === 'after') &&
      q.main('observer', 'dialogue', 'partner')
    )
      return undefined;
    // ("in which year did india join the sco as an observer?", "पर्यवेक्षक के रूप में … शामिल हुआ": a joining as an
    // observer or a dialogue partner is that standing's, which the membership family dates; not as a member.)
    if (
      (q.form === 'when' || q.form === 'which') &&
      q.main('observer', 'dialogue') &&
      !q.main('member', 'full', 'partner')
    )
      return undefined;
    // "belarus / status / since / summit?": a country's row — its standing, since when, and the summit of it.
    if (
      cs.length === 1 &&
      q.form === 'fragment' &&
      q.main('summit') &&
      (q.main('status', 'after') || join) &&
      !q.eventNamed &&
      !q.time &&
      !q.has('next') &&
      !q.has('last')
    )
      return 89;
    if (
      join &&
      (q.form === 'when' ||
        q.form === 'how' ||
        q.form === 'howLong' ||
        q.form === 'which' ||
        q.form === 'where' ||
        q.form === 'what')
    )
      return 92;
    if (join && (q.form === 'yesno' || q.form === 'fragment'))
      return q.claims.some((c) => c.kind === 'joined' && c.stance === 'asked') ||
        // ("白俄罗斯是在天津峰会上加入上合组织的吧？": a meeting named as where a country joined, in another script.)
        (q.words.length === 0 && q.eventNamed && q.events.some((e) => e.kind === 'summit'))
        ? 90
        : 80;
    // "since when is Kyrgyzstan a member", "how long has Pakistan been a member" (not "when was the members' statement": its head is another relation).
    if (
      (q.form === 'when' || q.form === 'howLong' || (q.form === 'howMany' && q.main('elapsed'))) &&
      q.main('member', 'partOf', 'full') &&
      (q.head === undefined || q.head === 'member' || q.head === 'partOf') &&
      !q.statusAsked?.includes('partner') &&
      q.statusAsked !== 'observer'
    )
      return 90;
    if (join) return 75;
    // "С какого года Пакистан в ШОС?": when, a country and the organisation, nothing else.
    // ("belarus when": a country and "when", no other word, asks the same.)
    if (
      q.form === 'when' &&
      cs.length === 1 &&
      (q.sco || bareWhen(q)) &&
      !q.cues.some((c) => c.role === 'main' && RELATION_CUES.has(c.cue)) &&
      // ("when was the sco statement on iran in march 2026?": when a thing of its own was said, not when it joined.)
      q.head !== 'statement'
    )
      return 84;
    // "iran sco membership date".
    if (q.form === 'fragment' && q.main('member') && q.terms.some((t) => /^(date|year|day|when)$/.test(t))) return 85;
    return undefined;
  },
  since: joinedOn,
  answer(q, f) {
    const cs = subjects(q).slice(0, 4);
    // "When did India and Pakistan join?": one sentence when they joined together.
    const accs = cs.map((c) => f.accession(c.id));
    const first = accs[0];
    if (
      cs.length > 1 &&
      first?.from &&
      accs.every((a) => a?.from === first.from) &&
      !q.claims.some((x) => x.kind === 'joined' && x.stance === 'asked')
    ) {
      const event = first.event ? f.event(first.event) : undefined;
      return {
        kind: 'fact',
        title: (l) => `${l.list(cs.map((c) => l.c(c)))}: ${l.d(first.from!)}`,
        ...(q.form === 'yesno' && { verdict: 'yes' as const }),
        lead: (l) => l.m.joinedIn(l.list(cs.map((c) => l.c(c))), l.m.onDay(l.d(first.from!)), true),
        ...(event && {
          context: (l: Loc) => (f.isPast(event) ? l.m.eventHeld(l.event(event), l.dr(event.start, event.end), '') : ''),
        }),
        sources: accs.map((a) => a!.sources),
      };
    }
    // ("who joined after iran?", "which country became a member before Iran?": the next joining after the one named.)
    const named = q.countries.find((c) => c.role !== 'aside');
    const side = named ? q.words[named.at - 1] : undefined;
    if (cs.length === 1 && (q.form === 'who' || q.form === 'which') && (side === 'after' || side === 'before')) {
      const acc = f.accession(cs[0]!.id);
      const since = acc?.from;
      const others = since
        ? f.store.data.memberships
            .filter((m) => m.status === 'member' && m.from && m.country !== cs[0]!.id)
            .filter((m) => (side === 'after' ? m.from! > since : m.from! < since))
            .sort((a, b) => (side === 'after' ? a.from!.localeCompare(b.from!) : b.from!.localeCompare(a.from!)))
        : [];
      const day = others[0]?.from;
      const them = others.filter((m) => m.from === day);
      if (acc && since && day && them.length > 0)
        return {
          kind: 'fact',
          title: (l) => `${l.list(them.map((m) => l.c(m.country)))}: ${l.d(day)}`,
          lead: (l) => l.m.joinedIn(l.list(them.map((m) => l.c(m.country))), l.m.onDay(l.d(day)), them.length > 1),
          context: (l) => l.m.joinedIn(l.c(cs[0]!), l.m.onDay(l.d(since)), false),
          sources: [...them.map((m) => m.sources), acc.sources],
        };
    }
    const drafts = cs.map((c) => one(q, f, c));
    // (A year said of their joining is said of all of them: one that joined in another year makes it No.)
    const together = q.form === 'yesno' && q.claims.some((x) => x.kind === 'joined' && x.year !== undefined);
    return drafts.length === 1 ? drafts[0]! : perCountry(drafts, together);
  },
};

function one(q: Question, f: AskFacts, c: CountryT): Draft {
  const acc = f.accession(c.id);
  const asked = q.claims.find((x) => x.kind === 'joined' && x.stance === 'asked' && x.country.id === c.id);
  if (!acc?.from) {
    const now = standing(f, c, f.factDay).filter((m) => m.status !== 'none');
    const main = now[0];
    if (!main) {
      return {
        kind: 'fact',
        title: () => `${c.name}: not part of the SCO`,
        verdict: 'no',
        lead: (l) => l.m.notConnected(l.c(c)),
        sources: [f.statusOn(c.id)[0]?.sources ?? f.topic('notConnected')?.sources ?? []],
      };
    }
    // "Since when has Mongolia been in the SCO?": its connection began with the statuses before this one.
    // ("Türkiye joined as a full member in 2024?": a partner only since the categories were merged was one of them before,
    // which says how long it has stood where it stands.)
    // (An application on record says more: "Azerbaijan joined at Tianjin?" is answered with its bid.)
    const merged =
      main.from !== undefined &&
      main.from === f.topic('partnerMerge')?.date &&
      !now.some((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
    const earlier =
      q.form === 'when' || q.form === 'howLong' || merged
        ? f.history(c.id).filter((m) => m.to && m.status !== 'member' && m.status !== 'none' && !now.includes(m))
        : [];
    return {
      kind: 'fact',
      title: () => `${c.name}: not a member state`,
      verdict: 'no',
      lead: (l) => l.m.notJoined(l.c(c), l.status(main.status), main.from && l.d(main.from)),
      context: earlier.length
        ? (l: Loc) =>
            l.list(earlier.map((m) => l.m.statusFromTo(l.c(c), l.status(m.status), m.from && l.d(m.from), l.d(m.to!))))
        : firstSentence((now[1] ?? main).how),
      note: noteOf(main),
      sources: now.map((m) => m.sources),
      suggestions: [`/sco country ${c.name}`],
    };
  }
  const founder = f.isFounder(c.id);
  const event = acc.event ? f.event(acc.event) : undefined;
  // "Did Iran join at the Tianjin summit?": a meeting place named that is not where it was admitted is a false premise.
  const elsewhere =
    !!event && q.places.length > 0 && !q.places.some((p) => p.toLowerCase() === event.city.toLowerCase());
  // ("india and pakistan joined together with iran back in 2017?": a year said of the others' joining is said of this
  // one's too.)
  const shared =
    asked || q.form !== 'yesno'
      ? undefined
      : q.claims.find((x) => x.kind === 'joined' && x.stance === 'asked' && x.year !== undefined && !x.never);
  const sharedYear = shared?.kind === 'joined' ? shared.year : undefined;
  const verdict: Verdict | undefined = asked
    ? asked.holds && !elsewhere
      ? 'yes'
      : 'no'
    : sharedYear !== undefined && acc.from
      ? Number(acc.from.slice(0, 4)) === sharedYear && !elsewhere
        ? 'yes'
        : 'no'
      : q.form === 'yesno'
        ? elsewhere
          ? 'no'
          : 'yes'
        : undefined;
  if (founder) {
    const five = f.topic('predecessor');
    const inFive = five?.countries.includes(c.id) ?? false;
    return {
      kind: 'fact',
      title: () => `${c.name}: founding member`,
      ...(verdict && { verdict }),
      lead: (l) => l.m.joinedFounder(l.c(c), l.d(acc.from!)),
      ...(five && { context: (l: Loc) => l.m.inPredecessor(l.c(c), l.five, inFive) }),
      sources: [acc.sources, five?.sources ?? []],
    };
  }
  // The steps of an accession, when asked ("when did Iran sign its memorandum of obligations").
  const steps = q.terms.some((t) =>
    /^(process|procedure|memorandum|obligations|steps|started|start|began|begin|road|path)$/.test(t),
  )
    ? f.store
        .orgFacts('membership')
        .find(
          (x) => x.countries.length === 1 && x.countries[0] === c.id && /accession|procedure|memorandum/i.test(x.text),
        )
    : undefined;
  const earlier = f.history(c.id).filter((m) => m.status === 'observer' || m.status === 'dialogue-partner');
  // ("when did india become a full member? it was an observer before that right?": the status before is asked too.)
  const earlierAsked = (q.has('observer') || q.has('dialogue')) && (q.has('before') || q.has('previous'));
  const withEarlier = earlier.length > 0 && (earlierAsked || (q.form !== 'when' && q.form !== 'howLong'));
  return {
    kind: 'fact',
    title: (l) => `${l.c(c)}: ${l.d(acc.from!)}`,
    ...(verdict && { verdict }),
    lead: (l) => l.m.joined(l.c(c), l.d(acc.from!), event && l.event(event)),
    context: steps
      ? steps.text
      : q.form === 'how' || q.form === 'which' || q.form === 'where'
        ? firstSentence(acc.how)
        : withEarlier
          ? (l: Loc) =>
              l.list(
                earlier.map((m) =>
                  l.m.statusFromTo(l.c(c), l.status(m.status), m.from && l.d(m.from), m.to && l.d(m.to)),
                ),
              )
          : undefined,
    note: noteOf(acc),
    sources: [acc.sources, steps?.sources ?? [], ...(withEarlier ? earlier.map((m) => m.sources) : [])],
    suggestions: [`/sco country ${c.name}`],
  };
}

/** "belarus when": the country, named, and "when" — no other word. */
function bareWhen(q: Question): boolean {
  const named = q.countries.find((c) => c.by === 'name');
  return (
    named !== undefined &&
    q.words.length <= 3 &&
    q.words.every((w, i) => w === 'when' || (i >= named.at && i < named.at + (named.len ?? 1)))
  );
}
