import type { Draft, Loc, Text, Verdict } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { dayOf, noteOf, subjects, whenText } from './shared.js';

/**
 * "How many members does the SCO have (in 2019, when Iran joined)?", "does it have eight
 * members?", "when did it have 9 members?", "did it ever have 7?". A number in the question
 * counts only when it is asked about or asserted ("why does everyone say 27?" is explained).
 */
export const memberCount: Intent = {
  id: 'member-count',
  priority: 82,
  examples: [
    { q: 'how many members does the sco have', must: ['10'], mustNot: ['8 member states'] },
    { q: 'how many members did the sco have in 2019', must: ['8'], mustNot: ['10 member states'] },
    { q: 'does the sco have eight members?', must: ['No', '10'] },
    { q: 'the sco has 27 member states, right?', must: ['No', '10', '17 partners'] },
    { q: 'when did the sco have 9 members', must: ['4 July 2023'] },
    { q: 'how many members were there when the charter entered into force', must: ['6', '19 September 2003'] },
    { q: 'Did the SCO ever have 7 members?', must: ['No', 'never'] },
    { q: 'how many members did the sco have when iran joined', must: ['9'] },
    { q: 'how many members in 1998', must: ['did not exist', 'Shanghai Five'] },
    { q: 'Wie viele Mitglieder hat die SOZ?', must: ['10'] },
    { q: 'member count in 2010 compared with now', must: ['6', '10'] },
  ],
  match(q) {
    // "How much does each member pay in?": an amount, not a count of members.
    // (Nor an amount of something no word names a member of: "سهم ایران از بودجه چقدره؟", Iran's share of the budget.)
    if (q.quantity === 'much' && (q.unknownWords.length > 0 || !q.main('member'))) return undefined;
    // "How many troops / languages / people…": a count of something else.
    if (
      q.form === 'howMany' &&
      q.headNoun &&
      !/^(members?|member|countries|country|states?|nations?|full|sco|memeber\w*|countires)$/.test(q.headNoun) &&
      !q.main('member')
    )
      return undefined;
    // ("… aur kitne log mare the? quoting it in the SCO context": how many were killed is no count of members.)
    if (q.main('killed') && !q.main('member')) return undefined;
    const memberish =
      q.main('member', 'full') ||
      (q.sco && q.form === 'howMany') ||
      q.numbers.some((n) => n.noun === 'member' || n.noun === 'country');
    if (q.main('partner', 'observer', 'dialogue', 'family') && !q.main('member')) return undefined;
    // "How many permanent bodies are there?" counts bodies, not members.
    if (q.bodies.length > 0 && !q.main('member')) return undefined;
    if (q.main('family') || (q.main('partner') && q.main('member') && (q.form === 'howMany' || q.main('count'))))
      return undefined;
    if (q.main('founder', 'found') && !q.time && !q.clauseDay) return undefined;
    // "2026年是上合组织成立多少周年？": how many years, not how many members.
    if (q.main('old')) return undefined;
    // ("… und der wievielte war das?": which in order a meeting was, not how many members.)
    if (q.main('ordinalWord') && !q.main('member') && q.events.length > 0) return undefined;
    // ("how many years has India been a full member?": how long ago it joined, not how many members.)
    if (q.main('elapsed')) return undefined;
    // ("armenia became a full member at tianjin — how many members now?": a meeting named only in a false premise of
    // joining is no meeting asked about.)
    // (So is one named in a false premise of a place in the order: "laos became the sco's 11th member at tianjin — so
    // how many members now?")
    const premiseOnly =
      q.form === 'howMany' &&
      q.claims.some(
        (c) => (c.kind === 'joined' || c.kind === 'ordinal') && c.stance === 'asserted' && c.holds === false,
      );
    // ("after tianjin the sco has 12 members, right?": a count asked after a meeting named as the time is the count's.)
    const asked = askedMemberCount(q);
    const countAsked = !q.main('all', 'attend') && asked?.holds === false;
    // ("How many member states were there at the start of 2024, before Astana?": a meeting named as the time counted to.)
    const meetingAsTime =
      q.form === 'howMany' && q.main('member') && q.words.some((w) => /^(after|before|until|till)$/.test(w));
    if (q.main('attend') || (q.eventNamed && !premiseOnly && !meetingAsTime && !(countAsked && q.form === 'yesno')))
      return undefined;
    // "How many members did the Shanghai Five have?": the predecessor's own members, not the SCO's.
    if (q.predecessor && !q.sco) return undefined;
    // "How many countries have applied?" counts applications, not members.
    if (q.main('apply') && !q.main('member')) return undefined;
    if (
      q.times.length >= 2 &&
      !q.main('found', 'founder') &&
      // ("walk me through how the Shanghai Five became the SCO … from 1996 to 2001": the predecessor's span, not the count's.)
      !(q.predecessor && !q.main('member')) &&
      // ("a timeline of SCO chairs 2021 to 2026": the chairs', not the member count's.)
      (q.main('member') || (q.sco && !q.main('chair', 'secgen', 'director', 'minister', 'summit'))) &&
      // ("The SCO development strategy adopted in 2025 — does it run to 2030 or to 2035?": a document's span.)
      !(q.has('strategy') && !q.main('member')) &&
      (q.form === 'explain' || q.main('growth', 'count') || (q.main('compare') && q.times.length >= 3))
    )
      // ("how the number changed from 2001 to 2024, step by step": a span whose growth is asked is the steps between.)
      return q.times.length === 2 && q.times.every((t) => !t.month) && q.main('growth') ? 89 : 91;
    // "It has 8 members — can you name them?": the list answers, the correction opens it.
    // ("sco ke 10 members ke naam likh do": the names of the members rightly counted are asked, the list answers.)
    // ("Die zehn Mitgliedstaaten bitte": the members rightly counted, asked for by a bare noun, are the list too.)
    if (asked)
      return q.main('list')
        ? 80
        : asked.holds &&
            (q.words.some((w) => w === 'name' || w === 'names') ||
              (q.form === 'fragment' && q.words.some((w) => /^(bitte|please|pls|plz|porfa|svp|lutfen)$/.test(w))))
          ? 79
          : 93;
    if (
      q.form === 'howMany' &&
      memberish &&
      !q.main('killed', 'leaders', 'attend', 'minister', 'language') &&
      // ("老挝在天津峰会上成为…成员国之后，…多少个成员国？": a summit named only in the false premise is no meeting counted.)
      // ("… at the time of the 2022 Samarkand summit?": a summit the data holds no record of, dated by its year, is the
      // time counted to.)
      (premiseOnly || !q.main('summit', 'meeting') || (q.time !== undefined && q.events.length === 0))
    )
      // (A count on the day a clause names, "after Iran but before Belarus", beats comparing the two countries.)
      return subjects(q).length && !q.clauseDay && !premiseOnly ? 70 : q.clauseDay ? 94 : 92;
    if (q.main('count') && memberish && subjects(q).length === 0 && !q.main('list')) return 88;
    // ("member count between iran joining and belarus joining?": the count on the day a clause names.)
    if (q.clauseDay && memberish && q.main('count') && !q.main('list')) return 93;
    // "When did the SCO have 9 members?", "did it ever have 7?".
    const valued = q.numbers.find(
      (n) => (n.stance === 'asked' || n.stance === 'other') && (n.noun === 'member' || n.noun === 'country'),
    );
    if (valued && (q.form === 'when' || q.has('ever'))) return 92;
    return undefined;
  },
  answer(q, f) {
    // "Compare membership in 2001, 2017, 2023 and 2024": one count per year, in order.
    const years = [...new Set(q.times.map((t) => t.year))].sort((a, b) => a - b);
    if (years.length >= 2) {
      const rows = years.map((y) => ({ y, p: f.memberCountOn(new Date(Date.UTC(y, 11, 31))) })).filter((r) => r.p);
      if (rows.length >= 2) {
        return {
          kind: 'fact',
          title: () => 'Member states by year',
          lead: (l) => rows.map((r) => l.m.memberCountWhen(l.n(r.p!.count), l.m.atEndOf(l.d(String(r.y))))).join(' '),
          sources: rows.map((r) => r.p!.sources),
        };
      }
    }
    // "2016 vs today", "in 2016 and now": the count then and the count now.
    const then =
      years.length === 1 && q.has('current') ? f.memberCountOn(new Date(Date.UTC(years[0]!, 11, 31))) : undefined;
    const now = f.memberCountOn(f.factDay);
    if (then && now && then !== now) {
      return {
        kind: 'fact',
        title: () => 'Member states then and now',
        lead: (l) =>
          `${l.m.memberCountWhen(l.n(then.count), l.m.atEndOf(l.d(String(years[0]))))} ${l.m.memberCount(l.n(now.count), l.m.asOf(l.d(f.dataAsOf)))}`,
        sources: [then.sources, now.sources],
      };
    }
    const valued = q.numbers.find(
      (n) => (n.stance === 'asked' || n.stance === 'other') && (n.noun === 'member' || n.noun === 'country'),
    );
    if (valued && (q.form === 'when' || q.has('ever')) && !q.time)
      return period(f, valued.value, q.form === 'when' ? undefined : 'yes');
    const founded = f.founded ? new Date(`${f.founded}T00:00:00Z`) : undefined;
    // "How many members did the SCO start with?": the first day.
    // ("… has had nine members ever since Iran joined": a count said to hold until today is asked of today.)
    const { day, asked } =
      q.main('first') && !q.time && founded
        ? { day: founded, asked: true }
        : askedMemberCount(q)?.since
          ? { day: f.factDay, asked: false }
          : dayOf(q, f);
    if (founded && day < founded) return beforeFounding(f, q);
    const p = f.memberCountOn(day);
    if (!p) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    const claim = askedMemberCount(q);
    // ("has the sco had 10 members ever since india and pakistan joined in 2017?": a count said to hold from a time to
    // today holds only if it has not changed since.)
    const heldFrom = claim?.since ? f.memberCountOn(dayOf(q, f).day) : undefined;
    const sinceBroken = claim?.since === true && (heldFrom !== p || p.count !== claim.value);
    const verdict: Verdict | undefined = claim
      ? claim.holds && !sinceBroken
        ? 'yes'
        : 'no'
      : q.form === 'yesno' && !(q.clauseDay && q.main('count'))
        ? 'yes'
        : undefined;
    // (The founding day, chosen by "first", is said as that day, not as the data's day.)
    const when: Text = founded && day === founded ? (l) => l.m.onDay(l.d(f.founded!)) : whenText(q, f);
    const list = (l: Loc) => l.list(p.members.map((c) => l.c(c)));
    // A year in which the count changed: both counts.
    const startOfYear =
      q.time && q.time.mode === 'in' && !q.time.month
        ? f.memberCountOn(q.time.from < (founded ?? q.time.from) ? founded! : q.time.from)
        : undefined;
    const changed = startOfYear && startOfYear !== p && !claim?.since ? startOfYear : undefined;
    const partners = f.partners(day).length;
    const family =
      !asked &&
      (q.main('family') ||
        // "27 member states?": the number is the members and partners together.
        q.numbers.some((n) => (n.noun === 'country' || n.noun === 'member') && n.value === p.count + partners) ||
        (q.main('count') && q.numbers.length === 0 && !q.main('member')) ||
        // ("so it's still 10 members plus 17 partners?": the partners counted beside the members, the family's count.)
        q.claims.some((c) => c.kind === 'count' && c.noun === 'partner' && c.stance === 'asked'));
    // (A count asked that holds needs no wrong claim set beside it.)
    const disputed =
      claim && !claim.holds
        ? f.store
            .disputedClaims()
            .find(
              (d) =>
                d.verdict === 'false' &&
                d.keywords.some((k) =>
                  new RegExp(`\\b${claim.value}\\b|\\b${numberWord(claim.value)}\\b`, 'i').test(k),
                ) &&
                /member/i.test(d.claim),
            )
        : undefined;
    // "The SCO has 8 members, right? the original 6 + India and Pakistan": a count that once held, asked of now, is
    // answered with who joined since.
    const once =
      claim && claim.holds === false && !asked
        ? f.memberCounts.find((x) => x.count === claim.value && x.to)
        : undefined;
    const later = once ? f.members(f.factDay).filter((m) => m.record.from && m.record.from >= once.to!) : [];
    const since =
      once && later.length > 0
        ? (l: Loc) => l.m.joinedSince(l.list(later.map((m) => l.c(m.country))), l.d(once.to!.slice(0, 4)))
        : undefined;
    return {
      kind: 'fact',
      title: (l) => `${l.n(p.count)} ${l.lang === 'en' ? 'member states' : ''}`.trim(),
      ...(verdict && { verdict }),
      lead: (l) =>
        asked
          ? l.m.memberCountWhen(l.n(p.count), when(l))
          : sinceBroken && claim?.value === p.count
            ? l.m.countSince(l.n(p.count), l.d(p.from))
            : l.m.memberCount(l.n(p.count), l.m.asOf(l.d(f.dataAsOf))),
      // (The count held since a time that has changed: the count at that time, beside today's.)
      context:
        sinceBroken && claim?.value === p.count && heldFrom
          ? (l: Loc) => l.m.memberCountWhen(l.n(heldFrom.count), whenText(q, f)(l))
          : changed
            ? (l: Loc) => l.m.countSince(l.n(p.count), l.d(p.from))
            : since
              ? since
              : family
                ? (l: Loc) => l.m.family(l.n(p.count + partners), l.n(p.count), l.n(partners))
                : disputed
                  ? `The seed article's claim is wrong: ${disputed.correction}`
                  : (l: Loc) => `${list(l)}.`,
      details:
        since && disputed
          ? [{ items: [`The seed article's claim is wrong: ${disputed.correction}`] }]
          : asked || !family
            ? []
            : [{ items: [p.members.map((c) => f.nameOf(c)).join(', ')] }],
      note: noteOf(p),
      sources: [p.sources, ...(changed ? [changed.sources] : []), ...(disputed ? [disputed.sources] : [])],
      suggestions: ['list the SCO members', 'list the SCO partners'],
    };
  },
};

/** "When did the SCO have 9 members?": the period with that count, or none. */
/** A count of members (or countries) the question asks about ("it has 12 members, right?"). */
function askedMemberCount(q: Question): Extract<Question['claims'][number], { kind: 'count' }> | undefined {
  for (const c of q.claims)
    if (c.kind === 'count' && c.stance === 'asked' && (c.noun === 'member' || c.noun === 'country')) return c;
  return undefined;
}

function period(f: AskFacts, value: number, verdictIfFound?: Verdict): Draft {
  const p = f.memberCounts.find((x) => x.count === value);
  if (!p) {
    return {
      kind: 'fact',
      title: (l) => `${l.n(value)}: —`,
      verdict: 'no',
      lead: (l) => l.m.neverCount(l.n(value)),
      context: (l) => l.m.grew(l.list(f.memberCounts.map((x) => `${l.n(x.count)} (${l.d(x.from)})`))),
      sources: f.memberCounts.slice(-2).map((x) => x.sources),
    };
  }
  const prev = f.memberCounts.find((x) => x.to === p.from);
  const added = prev ? p.members.filter((c) => !prev.members.includes(c)) : [];
  return {
    kind: 'fact',
    title: (l) => `${l.n(value)}: ${l.d(p.from)}`,
    ...(verdictIfFound && { verdict: verdictIfFound }),
    lead: (l) => l.m.countSince(l.n(value), l.d(p.from), p.to && l.d(p.to)),
    ...(added.length && {
      context: (l: Loc) => l.m.joinedIn(l.list(added.map((c) => l.c(c))), l.m.onDay(l.d(p.from)), added.length > 1),
    }),
    sources: [p.sources],
  };
}

function beforeFounding(f: AskFacts, q: Question): Draft {
  const fact = f.topic('founding');
  const five = f.topic('predecessor');
  const when = whenText(q, f);
  return {
    kind: 'fact',
    title: () => 'Before the SCO existed',
    lead: (l) => l.m.noScoYet(when(l), l.d(fact?.date ?? '')),
    ...(five?.date && {
      context: (l: Loc) =>
        l.m.predecessor(l.five, l.d(five.date!), l.place(five.place ?? ''), l.list(five.countries.map((c) => l.c(c)))),
    }),
    sources: [fact?.sources ?? [], five?.sources ?? []],
  };
}

function numberWord(n: number): string {
  return (
    ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][n] ??
    String(n)
  );
}
