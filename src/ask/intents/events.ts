import type { CountryT, EventT, UnknownT } from '../../facts/schema.js';
import { formatDate, formatRange, isoPeriodEnd, isoToDate } from '../../base/dates.js';
import { latinWords, sentences, stem } from '../../base/text.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question, TimeRef } from '../understand/question.js';
import type { Intent } from './types.js';
import { COMMON } from '../lexicon/common.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { monthOf } from '../understand/time.js';
import {
  afterTime,
  bestSentence,
  firstSentence,
  hostAnnouncedLine,
  nextSummitPlace,
  noteOf,
  notHeldDraft,
  officeAttends,
  scoReceives,
  sentenceVerdict,
  subjects,
  saysOmitted,
  rankOf,
  noJointStatement,
} from './shared.js';

/** The chair of a meeting: an official the data holds, or as written. */
function chairOf(
  f: AskFacts,
  e: EventT,
  q?: Question,
): { name: (l: Loc) => string; sources: readonly string[] } | undefined {
  if (!e.chair) return undefined;
  const o = f.store.official(e.chair);
  // ("who chaired the Qingdao meeting? rank + name for the caption": the rank the note's first words give.)
  const rank = q?.cues.some((c) => c.cue === 'rank' && c.role !== 'aside') ? rankOf(o?.note) : undefined;
  if (o)
    return {
      name: (l) =>
        l.lang === 'en' ? (rank ? `${o.roleLabel}, ${rank} ${o.name}` : `${o.roleLabel} ${o.name}`) : l.person(o),
      sources: o.sources,
    };
  const c = f.store.resolver.resolve(e.chair);
  return { name: (l) => (c.found ? l.c(c.country) : e.chair!), sources: [] };
}

/** Two or more councils named, with a year, asked where or when each met: each council's meeting of that year. */
function eachCouncil(q: Question): EventT[] | undefined {
  const councils = q.bodies.filter((b) => b !== 'secretariat' && b !== 'rats');
  if (councils.length < 2 || !q.time || !(q.form === 'where' || q.form === 'when' || q.form === 'list'))
    return undefined;
  const year = String(q.time.year);
  const found = councils
    .map((b) => q.events.find((e) => e.body === b && e.start.startsWith(year)))
    .filter((e): e is EventT => e !== undefined);
  return found.length >= 2 ? found : undefined;
}

/** When and where, as it reads today: held, held with its decisions not in the data, scheduled, or its day passed unconfirmed. */
export function whenWhere(f: AskFacts, e: EventT): (l: Loc) => string {
  return (l) => {
    const date = l.dr(e.start, e.end);
    // The label names the place already ("the 2025 Tianjin SCO summit"), except for a virtual meeting.
    const label = l.event(e);
    const place = label.includes(l.place(e.city)) || /online|virtual/i.test(e.city) ? '' : l.place(e.city);
    switch (f.phase(e)) {
      case 'held':
        return l.m.eventHeld(label, date, place);
      case 'held-outcome-unknown':
        return l.m.eventHeldNoDecisions(label, date, place);
      case 'unconfirmed':
        return l.m.eventUnconfirmed(label, date, place, isoPeriodEnd(e.end ?? e.start) < f.today);
      case 'upcoming':
        return e.status === 'expected'
          ? l.m.eventExpected(label, l.m.inYear(date), place)
          : l.m.eventScheduled(label, date, place);
    }
  };
}

/**
 * "Wang Yi chaired the Qingdao meeting, correct?", "was it chaired by Li Wei?": someone named as its chair whom the data
 * does not hold as an official, by the words before "chaired" that open the line or after "chaired by".
 */
function chairNamed(q: Question): boolean {
  const w = q.words;
  const at = w.findIndex((x) => x === 'chaired' || x === 'presided');
  if (at < 0) return false;
  // (Not the meeting itself put first: "qingdao defmin meeting — chaired by?".)
  const places = new Set([...q.places, ...q.events.map((e) => e.city)].map((p) => p.toLowerCase()));
  const nameLike = (xs: string[]) =>
    xs.length >= 1 &&
    xs.length <= 3 &&
    xs.every((x) => /^[a-z]{2,}$/.test(x) && !NOT_A_NAME.has(x) && !places.has(x) && !MEETING_WORD.test(x));
  return (at <= 3 && nameLike(w.slice(0, at))) || (w[at + 1] === 'by' && nameLike(w.slice(at + 2, at + 4)));
}

/** A word for a meeting or its kind, never a person's name. */
const MEETING_WORD =
  /^(meeting|meet|meetings|summit|summits|session|conference|council|dmm|defmin|defence|defense|ministerial|ministers?|heads?|government|state|sco)$/;

/** Words that open a clause or stand for someone, never a person's name. */
const NOT_A_NAME = new Set(
  'who whom whose which what it he she they this that the a an his her their its was were is did has had have and so but then also sco someone somebody host hosts hosting country chair president minister ministers'.split(
    ' ',
  ),
);

/** One named meeting: when and where, host, chair, who attended, what came out of it. */
export const event: Intent = {
  id: 'event',
  priority: 88,
  examples: [
    { q: 'was the qingdao defence meeting in 2024', must: ['No', '2025'] },
    { q: 'when was the qingdao defence ministers meeting', must: ['25–26 June 2025'] },
    {
      q: "who were the defence ministers at qingdao and what's changed since",
      must: ['Nasirzadeh', 'Killed', 'acting'],
    },
    { q: 'who chaired the qingdao meeting', must: ['Dong Jun'] },
    { q: 'who attended the qingdao meeting', must: ['India', 'Belarus'] },
    { q: 'what happened at the Tianjin summit', must: ['partner', 'Laos'] },
    { q: 'was there a joint communique at qingdao', must: ['No', 'No joint statement'] },
    { q: 'what did NATO agree at the Hague summit', must: ['5%', '2035', '3.5%'] },
    { q: 'compare astana 2024 with bishkek 2026 - what is known about each', must: ['Belarus', 'not in the data'] },
    { q: 'compare the qingdao 2025 defence meeting with the 2026 one', must: ['Qingdao', 'Bishkek'] },
    { q: 'which warship hosted the reception in qingdao', must: ['Kaifeng'] },
    { q: 'which summit made laos a partner', must: ['Tianjin', '2025'] },
    { q: 'is qingdao in shandong', must: ['Yes', 'Shandong'] },
    { q: 'which organisation gave the sco observer status in 2025', must: ['CIS'], mustNot: ['merged'] },
    { q: 'is bishkek in kyrgyzstan', must: ['Yes', 'Kyrgyzstan'] },
    { q: 'where was the summit where iran joined', must: ['2023'], mustNot: ['Bishkek'] },
  ],
  match(q) {
    // ("Iran's DM Nasirzadeh — I saw reports he was killed. confirmed? when?": a person named by office, whose office
    // words name no one meeting without a place, a time or a word for a meeting.)
    if (
      q.people.length > 0 &&
      q.places.length === 0 &&
      !q.time &&
      !q.has('meeting') &&
      !q.has('summit') &&
      q.cues.every((c) => c.role === 'aside' || c.cue === 'how')
    )
      return undefined;
    // "the Bishkek summit is still 'expected in early autumn', right?": a meeting the line checks as still to come is
    // answered by the meeting, its correction first.
    if (q.form === 'yesno' && q.claims.some((c) => c.kind === 'upcoming' && c.tag === true && c.holds === false))
      return 88;
    // "What did the SCO decide about Laos?": the meeting that decided the country's status.
    // (Not a council's meeting held in the country: "what was decided at the 2026 security council secretaries meeting in kyrgyzstan".)
    if (
      !q.eventNamed &&
      q.main('outcome') &&
      subjects(q).length === 1 &&
      q.countries.every((c) => c.role !== 'sub') &&
      q.bodies.length === 0 &&
      // ("what happened at the sco-afghanistan contact group": a body the data has no word for is no decision about the country.)
      q.unknownWords.length === 0
    )
      return 84;
    // "Which summit let Belarus in?", "which summit made Laos a partner?": the meeting named by what it decided about a country.
    if (byDecision(q)) return 89;
    // "Which organisation gave the SCO observer status in 2025?": a decision of that year's meetings about the SCO itself.
    // So is "what status did the SCO get at the CIS?": a decision of any meeting that names the other organisation.
    if (!q.eventNamed && (q.time || q.otherOrgs.length > 0) && scoReceives(q)) return 93;
    // "Is Qingdao in Shandong?", "is Bishkek in Kyrgyzstan?": where a meeting's city lies, as the data places it.
    if (placedIn(q)) return 91;
    // "Capital of Kazakhstan is Astana?": a city named where a country's capital is asked, with no meeting named, is that capital.
    if (q.main('capital') && !q.main('summit', 'meeting') && subjects(q).length > 0) return undefined;
    // "Where was the summit where Iran joined?": the meeting a clause names is named too.
    // ("…chaired by india, right? was that in person?": whether it met in person is the meeting's, whoever chaired it.)
    const byClause = !!q.eventByClause && q.main('summit', 'meeting') && (!q.main('chair') || !!asksFormat(q));
    // "Compare the 2024 and 2025 summits": meetings of one kind named by their years, set side by side.
    if (comparedByYears(q)) return 90;
    if ((!q.eventNamed && !byClause) || q.events.length === 0) return undefined;
    // ("the SCO Development Bank is already operating from … Shanghai": a thing of the SCO's named, put in a city, is that
    // thing's; a meeting found only by the city is not asked about.)
    if (
      q.thing &&
      !q.has('summit') &&
      !q.has('meeting') &&
      !q.has('statement') &&
      !q.has('found') &&
      q.events.every((e) => q.places.includes(e.city))
    )
      return undefined;
    if (byClause && !q.eventNamed) return asksFormat(q) ? 95 : 89;
    // "How did the row at Qingdao play out at Tianjin?": two meetings named by their places, walked through together.
    if (placesNamed(q) >= 2 && (q.form === 'how' || q.form === 'explain')) return 86;
    // "Did the RATS director go to Qingdao?": an office-holder at the meeting is the meeting's attendance.
    if (officeAttends(q)) return 92;
    // "Is the Secretariat in Shanghai?" asks a seat, whatever met in that city.
    if (q.bodies.includes('secretariat') || q.bodies.includes('rats')) return undefined;
    const e = q.events[0]!;
    // ("did xi actually come to bishkek for it?", "was xi in bishkek for the summit or did he skip it?": one asked about by
    // name at a meeting found by its city alone, when the meeting's attendance note says whose attendance is sourced.)
    if (e.attendanceNote && attendeeAsked(q, subjects(q)).nameAsked) return 94;
    if (q.main('refuse') || (subjects(q).length && q.main('statement', 'sign') && q.form === 'yesno')) return undefined;
    if (e.kind === 'summit' && q.main('chair') && !q.main('meeting')) return undefined;
    if (
      q.main('secgen') ||
      (q.main('minister', 'defence') && subjects(q).length > 0 && !q.main('attend', 'list', 'count', 'all'))
    )
      return undefined;
    if (e.kind === 'context' && q.otherOrgs.length && q.form === 'yesno' && q.main('member', 'partOf'))
      return undefined;
    // "Was Laos made a partner at Tianjin?": the meeting's decision about a country.
    // ("…老挝在天津峰会上成为了正式成员国，是真的吗？": whether it became a full member is its membership's, whatever the meeting decided.)
    if (
      q.form === 'yesno' &&
      !(q.main('full') || (q.main('member') && q.main('join'))) &&
      subjects(q).some((c) => e.outcomes.some((o) => o.text.includes(c.name)))
    )
      return 90;
    // "Any new members admitted in Bishkek?": what a summit decided, when the data holds none of its decisions, is not held.
    // (Not one named as the time before which it is asked: "which country got partner status most recently, before
    // bishkek?".)
    if (
      e.kind === 'summit' &&
      e.outcomes.length === 0 &&
      q.main('join', 'newest') &&
      !subjects(q).length &&
      !namedAsBoundary(q, e.city)
    )
      return 93;
    // ("did armenia get in at bishkek?": whether a country was admitted at a summit whose decisions the data lacks.)
    // ("were armenia or azerbaijan let in at bishkek?": whether either was, not which of them.)
    if (e.kind === 'summit' && e.outcomes.length === 0 && q.main('join') && q.eventNamed && yesOrEither(q)) return 94;
    if (eachCouncil(q)) return 92;
    return 86;
  },
  since: (q) => (q.eventNamed ? q.events[0]?.start : undefined),
  answer(q, f) {
    // "The heads of state council, CHG, foreign ministers, defence ministers — where did each meet in 2025?": one line each.
    const each = eachCouncil(q);
    if (each)
      return {
        kind: 'fact',
        title: (l) => each.map((e) => l.event(e)).join(' · '),
        lead: (l) => each.map((e) => whenWhere(f, e)(l)).join(' '),
        sources: each.map((e) => e.sources),
      };
    if (!q.eventNamed && (q.time || q.otherOrgs.length > 0) && scoReceives(q)) {
      const year = q.time ? String(q.time.year) : '';
      const held = f.store.events().filter((x) => x.sco && x.start.startsWith(year) && x.outcomes.length > 0);
      const orgs = q.otherOrgs.map((i) => f.store.data.ask.names.otherOrganisations[i]).filter((x) => x !== undefined);
      const namesOrg = (text: string) =>
        orgs.some((g) => [g.name, ...(g.recognise.en ?? [])].some((n) => new RegExp(`\\b${n}\\b`).test(text)));
      const outcomes = held.flatMap((x) => x.outcomes.map((o) => o.text));
      // ("Did the SCO get observer status at the CIS? I saw that in a Russian channel": an outcome that names the
      // organisation asked about beats one the aside's words fit.)
      const text = bestSentence(q, outcomes.some(namesOrg) ? outcomes.filter(namesOrg) : outcomes);
      const e = held.find((x) => x.outcomes.some((o) => o.text === text));
      const o = e?.outcomes.find((x) => x.text === text);
      // "When did the SCO get observer status at the UN?": what it got elsewhere says the data has nothing of the one named.
      const elsewhere = o !== undefined && orgs.length > 0 && !namesOrg(o.text);
      if (e && o && elsewhere)
        return {
          kind: 'fact',
          title: (l) => l.event(e),
          ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
          lead: (l) => l.m.notHeld(),
          context: (l) => (l.lang === 'en' ? o.text : whenWhere(f, e)(l)),
          sources: [o.sources, e.sources],
        };
      if (e && o)
        return {
          kind: 'fact',
          title: (l) => l.event(e),
          ...(q.form === 'yesno' && { verdict: sentenceVerdict(q, o.text)! }),
          lead: (l) => (l.lang === 'en' ? o.text : whenWhere(f, e)(l)),
          context: (l) => (l.lang === 'en' ? whenWhere(f, e)(l) : o.text),
          sources: [o.sources, e.sources],
        };
    }
    const placed = placedIn(q);
    if (placed) {
      const d = whereIs(f, placed);
      if (d) return d;
    }
    if (comparedByYears(q)) {
      // Oldest first, as the years run.
      const [a, b] = [...q.events].sort((x, y) => x.start.localeCompare(y.start));
      return compareEvents(q, f, a!, b!);
    }
    if (!q.eventNamed && !q.eventByClause) {
      const c = subjects(q)[0];
      // A year's decision about the SCO that no sentence of the year's meetings holds: not in the data.
      if (!c) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
      const rec = [...f.history(c.id)].reverse().find((m) => m.event);
      const e = rec?.event ? f.event(rec.event) : undefined;
      if (e) {
        const about = e.outcomes.filter((o) => o.text.includes(c.name));
        const outs = about.length ? about : e.outcomes;
        // Asked which meeting it was: the meeting first, what it decided beside it.
        const which = byDecision(q);
        return {
          kind: 'fact',
          title: (l) => `${l.c(c)} — ${l.event(e)}`,
          lead: (l) =>
            which
              ? whenWhere(f, e)(l)
              : l.lang === 'en'
                ? (outs[0]?.text ?? e.summary)
                : l.m.eventOutcomes(l.event(e), l.dr(e.start, e.end)),
          context: (l) => (l.lang === 'en' && !which ? whenWhere(f, e)(l) : (outs[0]?.text ?? e.summary)),
          sources: [outs[0]?.sources ?? e.sources, rec!.sources],
        };
      }
    }
    // The meetings named: by their city, or (a context meeting) by its organisation ("the NATO summit").
    // Each place the question names, with the year it gives for it ("Astana 2024 and Tianjin 2025").
    const years = new Set(q.times.map((t) => String(t.year)));
    const named = q.events
      .filter(
        (e) =>
          q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()) ||
          (e.kind === 'context' && q.otherOrgs.length > 0),
      )
      .filter(
        (e, _, all) =>
          years.size === 0 ||
          years.has(e.start.slice(0, 4)) ||
          !all.some((x) => x.city === e.city && years.has(x.start.slice(0, 4))),
      );
    // "nato met the same week as qingdao - what spending target did they agree": the other meeting only dates the one
    // whose outcome is asked, the other organisation's.
    const datedBy =
      named.length >= 2 &&
      q.form === 'what' &&
      q.main('outcome') &&
      !q.has('compare') &&
      /\bsame (week|day|days|month|time)\b/.test(q.words.join(' '))
        ? named.find((e) => e.kind === 'context' && q.otherOrgs.length > 0)
        : undefined;
    if (datedBy) return describe(q, f, datedBy);
    if (
      named.length >= 2 &&
      new Set(named.map((e) => e.id)).size >= 2 &&
      // Two meetings are compared when two places or two years are named, not two meetings held in the one place named.
      (new Set(named.map((e) => e.city)).size >= 2 || years.size >= 2) &&
      (q.has('before') ||
        // ("… did pahalgam end up in the tianjin declaration after all?": "after all" orders nothing.)
        // (Nor does a time clause before a yes/no question of one meeting: "after the qingdao drama, did the tianjin
        // declaration mention pahalgam?")
        q.cues.some(
          (c) =>
            c.cue === 'after' && q.words[c.at + 1] !== 'all' && (c.role === 'main' || q.form !== 'yesno' || c.at > 0),
        ) ||
        q.has('same') ||
        q.has('compare') ||
        q.form === 'how' ||
        q.form === 'explain' ||
        (q.form !== 'yesno' && q.words.some((w) => BETWEEN.test(w))))
    ) {
      // In the order the question names them: "was the Hague summit before Qingdao?"
      const at = (e: EventT) => {
        const i = q.places.findIndex((p) => p.toLowerCase() === e.city.toLowerCase());
        return i < 0 ? q.places.length : i;
      };
      const [a, ...rest] = [...named].sort((x, y) => at(x) - at(y));
      // Of the meetings in the other place, the one of the same kind ("Astana 2024 with Bishkek 2026": two summits).
      const others = rest.filter((e) => e.city !== a!.city);
      const b = others.find((e) => (e.body ?? e.kind) === (a!.body ?? a!.kind)) ?? others[0] ?? rest[0];
      // "What happened between Tianjin and Bishkek?": the span between two meetings, not the two side by side — the
      // dated records from the first to the second, in order.
      if (q.form !== 'yesno' && q.words.some((w) => BETWEEN.test(w)) && !q.has('compare') && !q.has('difference')) {
        const [x, y] = [a!, b!].sort((m, n) => m.start.localeCompare(n.start));
        const span = { from: isoToDate(x!.start), to: isoToDate(y!.end ?? y!.start) };
        return chronology(f, span, (d) => d !== undefined && isoToDate(d) >= span.from && isoToDate(d) <= span.to);
      }
      // "Compare Astana 2024 and Tianjin 2025": both meetings and what each decided.
      if (
        (q.has('compare') || q.form === 'how' || q.form === 'explain') &&
        !q.has('before') &&
        !q.has('after') &&
        !q.has('same')
      )
        return compareEvents(q, f, a!, b!);
      // "…same days? compare what each came out with": the dates side by side, then what each decided.
      // ("Trace the Pahalgam issue from the Qingdao meeting to the Tianjin summit, step by step": a walk-through from one
      // to the other is the same.)
      if (
        (q.has('outcome') && (q.has('compare') || q.form === 'how' || q.form === 'explain')) ||
        (q.has('explain') && q.form !== 'yesno')
      ) {
        const { verdict, context } = sequence(q, f, a!, b!);
        return { ...compareEvents(q, f, a!, b!), ...(verdict && { verdict }), ...(context && { context }) };
      }
      return sequence(q, f, a!, b!);
    }
    // "Where was the defence ministers' meeting after Qingdao?": the next meeting of the same body after the one named.
    const afterCue = q.cues.find((c) => c.cue === 'after');
    const anchor = named.length === 1 ? named[0] : undefined;
    if (
      anchor?.body &&
      afterCue &&
      q.form !== 'yesno' &&
      !q.has('before') &&
      // ("after qingdao, where was the next defence ministers meeting?": the meeting asked may follow, as the next one.)
      // ("next DMM after qingdao", "next CHG after moscow": the body's own short name says which meetings.)
      (q.cues.some((c) => (c.cue === 'meeting' || c.cue === 'summit') && (c.at < afterCue.at || q.has('next'))) ||
        (q.has('next') && q.bodies.includes(anchor.body))) &&
      q.words.slice(afterCue.at + 1, afterCue.at + 4).includes(anchor.city.toLowerCase())
    ) {
      const later = f
        .eventsOf(anchor.body)
        .filter((e) => e.start > anchor.start)
        .sort((a, b) => a.start.localeCompare(b.start))[0];
      if (later)
        return {
          kind: 'fact',
          title: (l) => l.event(later),
          lead: whenWhere(f, later),
          context: summarySentence(q, later),
          sources: [later.sources],
        };
    }
    // "Compare the Qingdao 2025 defence meeting with the 2026 one": the same body's meeting in each year named.
    const years2 = [...years];
    if (q.has('compare') && years2.length === 2 && q.events[0]?.body) {
      const body = q.events[0].body;
      const [a, b] = years2.map((y) => {
        const inYear = f.eventsOf(body).filter((x) => x.start.startsWith(y));
        return inYear.find((x) => q.events.includes(x)) ?? inYear[0];
      });
      if (a && b && a !== b) return compareEvents(q, f, a, b);
    }
    // (A part of a question carried to this family without a meeting of its own names none to answer of.)
    if (q.events.length === 0 && !q.eventByClause)
      return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    const e = pick(q, f);
    // "When is the next foreign ministers' meeting?" with none ahead in the data: say so, with the last one.
    const held = heldYet(
      q,
      f,
      e,
      q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()),
    );
    if (held) return held;
    if (
      (q.has('next') || q.tense === 'future') &&
      !q.has('last') &&
      f.isPast(e) &&
      e.body &&
      !q.time &&
      !q.places.some((p) => p.toLowerCase() === e.city.toLowerCase())
    ) {
      const body = e.body;
      const latest = f.eventsOf(body).at(-1) ?? e;
      return {
        kind: 'fact',
        title: () => 'Not in the data',
        lead: (l) => l.m.nextMeetingUnknown(l.body(body)),
        context: whenWhere(f, latest),
        sources: [latest.sources],
      };
    }
    return describe(q, f, e);
  },
};

/**
 * "The summit after Tianjin", "the meeting before Qingdao": the meeting of the same body just after or before the one
 * named by its city.
 */
function adjacent(q: Question, f: AskFacts, named: EventT): EventT | undefined {
  const city = named.city.toLowerCase();
  const i = q.words.findIndex(
    (w, k) =>
      /^(after|before|following|preceding)$/.test(w) &&
      /^(summit|summits|meeting|meetings|one|meet|came|come)$/.test(q.words[k - 1] ?? '') &&
      (q.words[k + 1] === city || (q.words[k + 1] === 'the' && q.words[k + 2] === city)),
  );
  if (i < 0 || !named.body) return undefined;
  const same = [...f.eventsOf(named.body)].sort((a, b) => a.start.localeCompare(b.start));
  const at = same.indexOf(named);
  if (at < 0) return undefined;
  return same[/^(after|following)$/.test(q.words[i]!) ? at + 1 : at - 1];
}

/** How many of the places the question names hold a meeting it names. */
function placesNamed(q: Question): number {
  return new Set(
    q.events.filter((e) => q.places.some((p) => p.toLowerCase() === e.city.toLowerCase())).map((e) => e.city),
  ).size;
}

/** "Is Qingdao in Shandong?": a yes/no question placing one city the data knows in another place or a country, and asking nothing else. */
function placedIn(q: Question): { city: string; place?: string; country?: CountryT } | undefined {
  if (q.form !== 'yesno' || q.places.length === 0 || !q.words.includes('in')) return undefined;
  if (q.cues.some((c) => c.role === 'main' && c.cue !== 'location')) return undefined;
  const city = q.places[0]!;
  if (q.places.length === 2 && q.countries.length === 0) return { city, place: q.places[1]! };
  const c = q.countries.filter((x) => x.by !== 'capital');
  if (q.places.length === 1 && c.length === 1 && c[0]!.role === 'main') return { city, country: c[0]!.country };
  return undefined;
}

/** Where the city lies by the data: the host of its meetings or the country whose capital it is; a region as the data's own text writes it ("Qingdao, Shandong"). */
function whereIs(f: AskFacts, p: { city: string; place?: string; country?: CountryT }): Draft | undefined {
  const events = f.store.events().filter((e) => e.city.toLowerCase() === p.city.toLowerCase());
  const e = events.at(-1);
  if (p.country) {
    const c = p.country;
    const host = events.find((x) => x.host)?.host;
    const capitalOf = f.store.data.countries.find((x) => x.capital.toLowerCase() === p.city.toLowerCase());
    const yes = host === c.id || capitalOf?.id === c.id;
    const known = host ?? capitalOf?.id;
    if (!e || !known) return undefined;
    return {
      kind: 'fact',
      title: (l) => l.place(p.city),
      verdict: yes ? 'yes' : 'no',
      lead: (l) => l.m.hostIsNot(l.event(e), l.c(host ?? known)),
      context: whenWhere(f, e),
      sources: [e.sources],
    };
  }
  const place = p.place!;
  const hit = events
    .flatMap((x) => sentences(x.summary).map((text) => ({ x, text })))
    .find(({ text }) => new RegExp(`\\b${p.city}\\b,\\s*${place}\\b`, 'i').test(text));
  // The data does not place the city there: said so, with the meeting that names it.
  if (!hit)
    return e
      ? { kind: 'fact', title: (l) => l.place(p.city), verdict: 'unknown', lead: whenWhere(f, e), sources: [e.sources] }
      : undefined;
  return {
    kind: 'fact',
    title: (l) => l.place(p.city),
    verdict: 'yes',
    lead: (l) => (l.lang === 'en' ? hit.text : whenWhere(f, hit.x)(l)),
    context: (l) => (l.lang === 'en' ? whenWhere(f, hit.x)(l) : hit.text),
    sources: [hit.x.sources],
  };
}

/** "Which summit let Belarus in?": a meeting asked for by one country and no place, year or sequence (the one that decided its status). */
function byDecision(q: Question): boolean {
  return (
    !q.eventNamed &&
    q.events.length > 0 &&
    q.main('summit', 'meeting') &&
    subjects(q).length === 1 &&
    q.countries.every((c) => c.role !== 'sub') &&
    (q.form === 'which' || q.form === 'what' || q.form === 'where' || q.form === 'when') &&
    !q.time &&
    !q.has('next') &&
    !q.has('last') &&
    !q.has('previous') &&
    !q.main('host', 'chair', 'attend', 'minister')
  );
}

/** Among meetings of one kind, the one the question means: the next, the last, or the most recent one held. */
function pick(q: Question, f: AskFacts): EventT {
  const list = q.events;
  const first = list[0]!;
  if (q.eventByClause && !q.eventNamed) return q.eventByClause;
  const beside = adjacent(q, f, first);
  if (beside) return beside;
  // ("feb 2026 meeting in bishkek on military cooperation": the one meeting named that was held in the month said.)
  // (Not a month put to be checked: "tianjin summit was in july 2025 yeah?" asks of the summit that the month is wrong for.)
  const t =
    q.form === 'yesno' || q.form === 'choice' ? undefined : q.time?.month ? q.time : q.times.find((x) => x.month);
  const inMonth = t?.month
    ? list.filter((e) => e.start.startsWith(`${t.year}-${String(t.month).padStart(2, '0')}`))
    : [];
  if (inMonth.length === 1) return inMonth[0]!;
  // ("did the bishkek defence ministers' meeting happen? who came?": a city named keeps the meeting held there.)
  const city = first && q.words.includes(first.city.toLowerCase()) ? first.city : undefined;
  const same = list.filter(
    (e) =>
      (e.body ?? e.kind) === (first.body ?? first.kind) &&
      (!q.time || e.start.startsWith(String(q.time.year))) &&
      (!city || e.city === city),
  );
  if (same.length <= 1) return first;
  // ("India and Pakistan became SCO members at the Astana summit - what year was that?": the one a country named joined at.)
  if (!q.time && q.countries.some((c) => c.role !== 'aside' && f.accession(c.country.id)?.event === first.id))
    return first;
  const upcoming = same.filter((e) => !f.isPast(e)).sort((a, b) => a.start.localeCompare(b.start));
  // Held (as recorded) before passed-unconfirmed: "who attended the defence ministers' meeting" means the last one that took place.
  const held = same
    .filter((e) => f.isPast(e))
    .sort((a, b) => Number(b.status === 'held') - Number(a.status === 'held') || b.start.localeCompare(a.start));
  if ((q.has('next') || q.tense === 'future') && upcoming[0]) return upcoming[0];
  if (
    q.has('last') ||
    q.has('previous') ||
    q.tense === 'past' ||
    q.main('attend', 'outcome', 'chair', 'refuse', 'list', 'all', 'minister', 'reception', 'ship')
  )
    return held[0] ?? first;
  return first;
}

/** "Was the Hague summit before the Qingdao meeting?": two meetings' dates side by side. */
/**
 * "Did Putin attend Tianjin?": the one whose attendance is asked, by a word the data does not know at all (where the one
 * who went stands); of such a one the data holds no attendance, unless the meeting's own note names them.
 */
function attendeeAsked(q: Question, named: readonly unknown[]): { attendee: string | undefined; nameAsked: boolean } {
  const said = q.words.join(' ');
  const attendee =
    // ("was modi at the bishkek summit", "did modi and shehbaz both go": the first one named; "did prime minister modi
    // attend": after a title.)
    /^(?:did|does|has|was|were|will|is) (?:\w+ ){0,2}?(\w+) (?:and \w+ )?(?:(?:both|all|actually|really|personally|even|ever) )?(?:attend|go|come|show|turn|travel|make|fly|be there|join|at|in)\b/.exec(
      said,
    )?.[1] ??
    // ("did putin bishkek summit mein attend?": Hindi or Urdu word order puts the verb last, the one who went first.)
    /^(?:did|does|has|will) (\w+) .*\battend$/.exec(said)?.[1] ??
    // ("Erdoğan Tianjin zirvesine katıldı mı?", "¿Asistió Erdogan a la cumbre?", "Erdogan a-t-il assisté …", "War
    // Erdogan beim Gipfel?": in the other Latin-script languages.)
    /^(\w+) (?:\w+ ){0,3}(?:katildi|katilmis|gitti|geldi)\w* mi/.exec(said)?.[1] ??
    /^(?:asistio|fue|estuvo|viajo) (\w+)\b/.exec(said)?.[1] ??
    /^(\w+) (?:a t il|est il) (?:assiste|participe|alle|venu)\b/.exec(said)?.[1] ??
    /^(?:war|ist|kam|reiste) (\w+) (?:in|bei|beim|zum|nach)\b/.exec(said)?.[1] ??
    // ("xi went to bishkek himself?": a statement put as a question.)
    /^(\w+) (?:went|came|travelled|traveled|flew) (?:to|in)\b/.exec(said)?.[1];
  const nameAsked =
    q.form === 'yesno' &&
    named.length === 0 &&
    q.people.length === 0 &&
    attendee !== undefined &&
    // (A short name is no unknown word of its own: "did xi attend …".)
    (q.unknownWords.includes(attendee) || (attendee.length === 2 && !STOPWORDS.has(attendee) && !COMMON.has(attendee)));
  return { attendee, nameAsked };
}

/**
 * Whether the year said of `e` (of the two meetings named) is its year: a year just before a city is that city's ("the
 * 2024 astana summit"), else the city named last before it ("tianjin … was held in 2024"). Undefined when no year is
 * said of `e`.
 */
function yearSaidOf(q: Question, e: EventT, a: EventT, b: EventT): boolean | undefined {
  const cities = [a, b].map((x) => ({ x, at: q.words.indexOf(x.city.toLowerCase()) })).filter((c) => c.at >= 0);
  const of = (at: number) =>
    cities.find((c) => c.at === at + 1)?.x ?? cities.filter((c) => c.at < at).sort((m, n) => n.at - m.at)[0]?.x;
  return q.times
    .filter((t) => t.mode === 'in' && !t.month && of(t.at) === e)
    .map((t) => t.year === Number(e.start.slice(0, 4)))[0];
}

/** "Did the Qingdao meeting overlap with the NATO summit, or was it a day later?": whether their days meet, asked first. */
function overlapVerdict(q: Question, a: EventT, b: EventT): Verdict | undefined {
  if (q.form !== 'yesno' && q.form !== 'choice') return undefined;
  if (!q.words.some((w) => /^(overlap|overlapped|overlapping|coincide|coincided|clash|clashed)$/.test(w)))
    return undefined;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start) ? 'yes' : 'no';
}

function sequence(q: Question, f: AskFacts, a: EventT, b: EventT): Draft {
  const before = a.start < b.start || (a.start === b.start && (a.end ?? a.start) < (b.end ?? b.start));
  const days = Math.abs(Date.parse(a.start) - Date.parse(b.start)) / 86_400_000;
  // ("the tianjin summit was held in 2024, right after astana?": a year said of one of the two that is not its year.)
  const wrongYear = q.form === 'yesno' && [a, b].some((e) => yearSaidOf(q, e, a, b) === false);
  const overlap = overlapVerdict(q, a, b);
  const overlapAsked = overlap !== undefined;
  const verdict: Verdict | undefined = overlap
    ? overlap
    : q.form !== 'yesno'
      ? undefined
      : wrongYear
        ? 'no'
        : q.has('same')
          ? days < 7
            ? 'yes'
            : 'no'
          : q.has('after') && !q.has('before')
            ? before
              ? 'no'
              : 'yes'
            : before
              ? 'yes'
              : 'no';
  return {
    kind: 'fact',
    title: (l) => `${l.event(a)} / ${l.event(b)}`,
    ...(verdict && { verdict, ...(overlapAsked && { verdictAlways: true }) }),
    lead: (l) => `${whenWhere(f, a)(l)} ${whenWhere(f, b)(l)}`,
    context:
      a.kind === 'context'
        ? firstSentence(
            a.summary
              .split(/(?<=\.)\s+/)
              .slice(1)
              .join(' ') || a.summary,
          )
        : b.kind === 'context'
          ? firstSentence(
              b.summary
                .split(/(?<=\.)\s+/)
                .slice(1)
                .join(' ') || b.summary,
            )
          : undefined,
    sources: [a.sources, b.sources],
  };
}

function describe(q: Question, f: AskFacts, e: EventT): Draft {
  const label = (l: Loc) => l.event(e);
  const past = f.isPast(e);
  const ww = whenWhere(f, e);
  // ("so the bishkek summit — did it actually happen? when?": whether it happened, asked before a bare "when?", is still
  // answered first.)
  // (Asked first, before the question word: not "when did the bishkek summit happen", "where was the 2024 summit held".)
  const happened =
    /\b(?:did|has) (?:it|the \w+|they)(?: \w+)? (?:happen|happened|take place|taken place|go ahead|gone ahead)\b/.exec(
      q.words.join(' '),
    );
  const whAt = q.words.findIndex((w) => w === 'when' || w === 'where');
  const happenedAsked =
    (q.form === 'when' || q.form === 'where') &&
    happened !== null &&
    whAt >= 0 &&
    q.words.join(' ').slice(0, happened.index).split(' ').filter(Boolean).length < whAt;
  const asksOutcome =
    (q.main('outcome', 'statement', 'sign', 'target') && !happenedAsked) ||
    (q.form === 'what' && q.main('summit', 'meeting') && !q.main('host'));
  const named = subjects(q);
  const { attendee, nameAsked } = attendeeAsked(q, named);
  const notedAttendee = nameAsked && `${e.attendanceNote ?? ''} ${e.summary}`.toLowerCase().includes(attendee!);
  const unknownAttendee = nameAsked && !notedAttendee;
  const phase = f.phase(e);
  // "Was it in person?", "was the Tianjin summit held online?": whether it met in person, from the place the data gives it.
  // ("Did Putin attend Tianjin in person?" asks whether one went, not how the meeting met.)
  const format = nameAsked || q.people.length > 0 ? undefined : asksFormat(q);
  if (q.form === 'yesno' && past && format)
    return {
      kind: 'fact',
      title: (l) => label(l),
      verdict: (format === 'inPerson') !== /online|virtual/i.test(e.city) ? 'yes' : 'no',
      lead: ww,
      context: firstSentence(e.summary),
      sources: [e.sources],
    };
  if (!past && (asksOutcome || q.main('attend'))) {
    return {
      kind: 'fact',
      title: (l) => label(l),
      lead: (l) => l.m.eventOutcomesUnknown(label(l)),
      context: ww,
      note: noteOf(e),
      sources: [e.sources],
    };
  }
  // "Who chairs the Council of Heads of Government?", "who took its chairmanship from Russia?": the body's chairmanship,
  // when the question names the body rather than one of its meetings.
  const bodyName = e.body ? f.names.bodies[e.body]?.display.en : undefined;
  const latestChair =
    q.main('chair') && bodyName && !q.places.length && (q.tense === 'present' || q.main('after'))
      ? f.store.data.organisation
          .filter((o) => o.topic === 'chairmanship' && o.text.includes(bodyName) && o.countries.length > 0)
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]
      : undefined;
  // "Which country holds the CHG chairmanship in 2026": a year after the latest handover, up to this one, is its term.
  const bodyChair =
    latestChair &&
    q.times.every(
      (t) =>
        latestChair.date !== undefined &&
        t.year > Number(latestChair.date.slice(0, 4)) &&
        t.year <= f.today.getUTCFullYear(),
    )
      ? latestChair
      : undefined;
  if (bodyChair)
    return {
      kind: 'fact',
      title: (l) => l.body(e.body!),
      // "Russia keeps the heads-of-government chair for 2026 too, right?": Yes only of the holder the record names first.
      ...(q.form === 'yesno' &&
        named.length > 0 && {
          // ("Did Tajikistan take over the CHG chair from Russia?": a handover names both sides the record names.)
          verdict: (
            q.has('handover')
              ? named.some((c) => c.id === bodyChair.countries[0]) &&
                named.every((c) => bodyChair.countries.includes(c.id))
              : named.every((c) => c.id === bodyChair.countries[0])
          )
            ? ('yes' as const)
            : ('no' as const),
        }),
      lead: (l) => (l.lang === 'en' ? bodyChair.text : l.m.fromData(bodyChair.label)),
      ...(q.lang !== 'en' && { context: bodyChair.text }),
      sources: [bodyChair.sources],
    };
  // Its day has passed with only the announcement on record, or it was held and its decisions are not in the data: say so first.
  // A detail the summary holds ("the title of Xi's speech", "an SCO Plus meeting"): that sentence answers, the date beside it.
  // (Not when days are put to check of the meeting itself: "Tianjin summit was 30 August to 1 September, correct?".)
  const daysChecked =
    q.form === 'yesno' && q.countries.length === 0 && q.people.length === 0 && daysNamed(q).length > 0;
  const detail = phase !== 'upcoming' && !daysChecked ? detailSentence(q, e, f.store.data.ask.synonyms) : undefined;
  const detailDraft = (d: string): Draft => ({
    kind: 'fact',
    title: (l) => label(l),
    ...(q.form === 'yesno' && { verdict: sentenceVerdict(q, d)! }),
    lead: (l) => (l.lang === 'en' ? d : ww(l)),
    context: (l) => (l.lang === 'en' ? ww(l) : d),
    note: noteOf(e),
    sources: [e.sources],
  });
  // "Does that mean nobody new was added at Bishkek?": whether members were admitted at a meeting whose decisions the
  // data lacks is not known, whatever sentence of its summary shares the question's words.
  if (
    yesOrEither(q) &&
    phase === 'held-outcome-unknown' &&
    q.main('join', 'member', 'partner', 'observer', 'apply', 'newest') &&
    // ("were all ten members present at it?", "… of military cooperation chiefs from all the members?": the members'
    // attendance is asked, not a joining.)
    !q.main('attend', 'all')
  )
    return {
      kind: 'fact',
      title: (l) => label(l),
      verdict: 'unknown' as Verdict,
      lead: ww,
      note: noteOf(e),
      sources: [e.sources],
    };
  // "did the SCO add any new members at Tianjin?": whether a member state joined at a meeting whose decisions the data
  // holds, whatever else it admitted.
  if (
    q.form === 'yesno' &&
    past &&
    phase === 'held' &&
    named.length === 0 &&
    q.main('join', 'newest') &&
    q.main('member') &&
    !q.main('partner', 'observer', 'attend')
  ) {
    const joined = f.store.data.memberships.filter((m) => m.event === e.id && m.status === 'member');
    // (The outcome that names who joined; else the one that says whom it admitted instead.)
    const said =
      e.outcomes.find((o) => joined.some((m) => o.text.includes(f.nameOf(m.country)))) ??
      (joined.length === 0 ? e.outcomes.find((o) => /\badmit/i.test(o.text)) : undefined);
    return {
      kind: 'fact',
      title: (l) => label(l),
      verdict: joined.length > 0 ? 'yes' : 'no',
      lead: (l) => (l.lang === 'en' ? (said?.text ?? summarySentence(q, e)) : ww(l)),
      context: (l) => (l.lang === 'en' ? ww(l) : (said?.text ?? summarySentence(q, e))),
      sources: [said?.sources ?? e.sources],
    };
  }
  if (detail && phase === 'held-outcome-unknown' && asksOutcome && !q.main('attend')) return detailDraft(detail);
  if (
    (phase === 'unconfirmed' &&
      (asksOutcome || q.form === 'yesno' || q.main('attend', 'chair', 'minister', 'list', 'all'))) ||
    (phase === 'held-outcome-unknown' && asksOutcome && !q.main('attend'))
  ) {
    return {
      kind: 'fact',
      title: (l) => label(l),
      ...(q.form === 'yesno' && phase === 'unconfirmed' && { verdict: 'unknown' as Verdict }),
      lead: ww,
      context: summarySentence(q, e),
      note: noteOf(e),
      sources: [e.sources],
    };
  }
  // A detail of the meeting's own record: the reception, the ship.
  if (q.main('reception', 'ship')) {
    const hit = sentences(e.summary).find((s) => /reception|destroyer|ship|vessel|aboard/i.test(s));
    if (hit)
      return {
        kind: 'fact',
        title: (l) => label(l),
        lead: (l) => (l.lang === 'en' ? hit : ww(l)),
        ...(q.lang !== 'en' && { context: hit }),
        sources: [e.sources],
      };
  }
  // "Quand aura lieu…", "wann findet … statt": a when-question asks the date, whatever verb of taking place it uses.
  // "At the Moscow CHG, Russia handed the chair to Kazakhstan, yes?", "кому передали председательство?": the handover
  // the meeting's outcomes record (Yes only when it names every country the question does).
  const handover =
    q.main('chair') && q.main('handover') ? e.outcomes.find((o) => /chairmanship|chair /i.test(o.text)) : undefined;
  // ("Кто председательствовал … и кому передали?", "who chaired, and who took over the chair after?")
  const asksWhoChaired = q.form === 'who' || q.words.some((w) => /^(chaired|presided|chairing)$/.test(w));
  if (handover)
    return {
      kind: 'fact',
      title: (l) => label(l),
      ...(q.form === 'yesno' && {
        verdict: named.every((c) => handover.text.includes(c.name)) ? ('yes' as const) : ('no' as const),
      }),
      lead: (l) => {
        // The two countries the record names, in its order (from, to), for the lead in the asker's language.
        const [from, to] = f.store
          .countries()
          .filter((c) => handover.text.includes(c.name))
          .sort((a, b) => handover.text.indexOf(a.name) - handover.text.indexOf(b.name));
        const passed =
          l.lang === 'en' || !from || !to || !e.body
            ? handover.text
            : l.m.chairPassed(l.body(e.body), l.c(from.id), l.c(to.id));
        // "… where, when, who chaired, and who took over the chair after?": who chaired it is asked as well.
        const held = chairOf(f, e, q);
        return held && asksWhoChaired ? `${l.m.eventChair(held.name(l), label(l))} ${passed}` : passed;
      },
      context: (l) => (l.lang === 'en' ? ww(l) : handover.text),
      sources: [handover.sources, e.sources],
    };
  // ("… - dates and venue?": when and where, not who hosted.)
  if (
    q.main('host') &&
    !q.main('attend') &&
    q.form !== 'when' &&
    !q.words.some((w) => /^(dates?|days?|when)$/.test(w)) &&
    (e.host || e.hostName)
  ) {
    const chair = chairOf(f, e, q);
    // A meeting held online has no host country: it was chaired ("the 2023 virtual summit, chaired by India").
    if (!e.host && chair && past)
      return {
        kind: 'fact',
        title: (l) => `${label(l)}: ${chair.name(l)}`,
        lead: (l) => l.m.eventChair(chair.name(l), label(l)),
        context: ww,
        sources: [e.sources, chair.sources],
      };
    return {
      kind: 'fact',
      title: (l) => `${label(l)}: ${e.host ? l.c(e.host) : e.hostName}`,
      lead: (l) =>
        past
          ? l.m.eventHost(e.host ? l.c(e.host) : e.hostName!, label(l))
          : l.m.eventHosts(e.host ? l.c(e.host) : e.hostName!, label(l)),
      context: chair && past ? (l: Loc) => l.m.eventChair(chair.name(l), label(l)) : ww,
      sources: [e.sources, chair?.sources ?? []],
    };
  }
  if (q.main('chair') && e.kind !== 'summit') {
    const chair = chairOf(f, e, q);
    if (!chair)
      return {
        kind: 'fact',
        title: (l) => label(l),
        lead: (l) => l.m.eventChairUnknown(label(l)),
        context: ww,
        sources: [e.sources],
      };
    // "was the 2025 CHG chaired by mishustin?": Yes when the one named is the chair on record, or his country.
    // (A chair the data names only in words, "Mikhail Mishustin, Prime Minister of Russia": by a word of his name.)
    const person = q.people[0]?.official;
    const country = subjects(q)[0];
    const byName = (e.chair ?? '')
      .split(',')[0]!
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w.length > 3 && q.words.includes(w));
    const verdict: Verdict | undefined =
      // (Only of a meeting the question names by its place or its council.)
      q.form !== 'yesno' ||
      !(person || country || byName || chairNamed(q)) ||
      !(q.places.length > 0 || q.bodies.some((b) => b !== 'secretariat' && b !== 'rats')) ||
      !q.words.some((w) => /^(chaired|presided|chairing)$/.test(w))
        ? undefined
        : byName ||
            (person ? person.id === e.chair : false) ||
            (country ? country.id === e.chair || f.store.official(e.chair!)?.country === country.id : false)
          ? 'yes'
          : 'no';
    return {
      kind: 'fact',
      title: (l) => label(l),
      ...(verdict && { verdict }),
      lead: (l) => l.m.eventChair(chair.name(l), label(l)),
      context: ww,
      sources: [chair.sources, e.sources],
    };
  }
  // "Was Tianjin the biggest summit ever?": a superlative of size asks of the meeting's attendance; Yes when the
  // record itself describes it with such a superlative, no verdict otherwise (the data ranks no other meeting).
  if (q.form === 'yesno' && named.length === 0 && q.words.some((w) => SIZE_SUPERLATIVE.test(w))) {
    const figure = f.store.data.ask.figures.find((x) => x.event === e.id && x.measure === 'attended');
    const said = figure?.text ?? e.attendanceNote;
    if (!said)
      return {
        kind: 'fact',
        title: (l) => label(l),
        verdict: 'unverified',
        lead: (l) => l.m.attendanceUnknown(label(l)),
        context: ww,
        sources: [e.sources],
      };
    const described = said
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => SIZE_SUPERLATIVE.test(w));
    return {
      kind: 'fact',
      title: (l) => label(l),
      verdict: described ? 'yes' : 'unverified',
      lead: (l) => (l.lang === 'en' || !figure ? said : l.m.figure(l.n(figure.value), label(l))),
      context: ww,
      note: noteOf(figure) ?? noteOf(e),
      sources: [figure?.sources ?? e.sources, e.sources],
    };
  }
  // ("how many documents were signed at tianjin?": the outcome that counts what is counted, with its numbers.)
  const many = q.form === 'howMany' ? q.words.indexOf('many') : -1;
  const counted = many >= 0 ? (q.words[many + 1] ?? '').replace(/s$/, '') : '';
  // (A number before the thing counted, a word between at most: "24 outcome documents"; not "the 22nd meeting of … defence
  // ministers" for "how many defence ministers".)
  // (The pattern is built once per question, from a word of letters only.)
  const countedBy = /^[a-z]{4,}$/.test(counted) ? new RegExp(`\\b\\d+ (?:[a-z]+ )?${counted}`, 'i') : undefined;
  const countedHere = countedBy ? e.outcomes.find((o) => countedBy.test(o.text)) : undefined;
  if (countedHere)
    return {
      kind: 'fact',
      title: (l) => label(l),
      lead: (l) => (l.lang === 'en' ? countedHere.text : ww(l)),
      context: (l) => (l.lang === 'en' ? ww(l) : countedHere.text),
      note: noteOf(countedHere),
      sources: [countedHere.sources, e.sources],
    };
  // "Until which year does the development strategy adopted at Tianjin run?": the outcome that names the strategy asked.
  const strategy =
    q.main('strategy') && q.form !== 'yesno' ? e.outcomes.find((o) => /\bstrateg/i.test(o.text)) : undefined;
  if (strategy)
    return {
      kind: 'fact',
      title: (l) => label(l),
      // (The outcome dates what was asked, "to 2035"; the meeting's own dates would answer another when.)
      lead: (l) => (l.lang === 'en' ? strategy.text : ww(l)),
      ...(q.lang !== 'en' && { context: strategy.text }),
      note: noteOf(strategy),
      sources: [strategy.sources, e.sources],
    };
  // "Did Spain get an exception at the Hague?": the outcome that is about what was asked, with its verdict.
  // "… got observer status in some other org — which one?": a which-question about one outcome is that outcome.
  const oneOutcome = (q.form === 'which' || q.form === 'what') && !q.main('outcome', 'list', 'all', 'sign');
  if (
    (q.form === 'yesno' || oneOutcome) &&
    e.outcomes.length > 0 &&
    !asksFormat(q) &&
    !q.main('attend') &&
    !named.some((c) => e.attendees.includes(c.id))
  ) {
    const closest = bestSentence(
      q,
      e.outcomes.map((o) => o.text),
    );
    // A place the question names beyond the meeting's own city ("Khuzdar"): the outcome that names it, in any language.
    const elsewhere = q.places.filter((p) => p.toLowerCase() !== e.city.toLowerCase());
    const byPlace = e.outcomes.find((x) => elsewhere.some((p) => x.text.includes(p)));
    const o = byPlace ?? (closest ? e.outcomes.find((x) => x.text === closest) : undefined);
    // About what was asked: a country or a name the question gives ("Spain"), or two of its words.
    const properNoun = (t: string) => new RegExp(`\\b${t.charAt(0).toUpperCase()}${t.slice(1)}\\b`).test(o?.text ?? '');
    if (
      o &&
      (named.some((c) => o.text.includes(c.name)) ||
        o === byPlace ||
        q.terms.some(properNoun) ||
        q.terms.filter((t) => o.text.toLowerCase().includes(t.replace(/s$/, ''))).length >= 2)
    ) {
      // "Did Tianjin admit any new full member?": whether a member state joined there, whatever else it admitted.
      // ("did the SCO add any new members there?": new members asked for are members joining.)
      const membersAsked =
        named.length === 0 && q.main('join', 'newest') && q.main('member') && !q.main('partner', 'observer');
      const joinedHere = f.store.data.memberships.some((m) => m.event === e.id && m.status === 'member');
      return {
        kind: 'fact',
        title: (l) => label(l),
        // ("the Tianjin declaration left out Pahalgam, right?": an outcome that names what is said to be left out, No.)
        ...(q.form === 'yesno' && {
          verdict: membersAsked
            ? joinedHere
              ? 'yes'
              : 'no'
            : saysOmitted(q) && (o === byPlace || q.terms.some(properNoun))
              ? 'no'
              : sentenceVerdict(q, o.text)!,
        }),
        lead: (l) => (l.lang === 'en' ? o.text : ww(l)),
        context: (l) => (l.lang === 'en' ? ww(l) : o.text),
        note: noteOf(o),
        sources: [o.sources, e.sources],
      };
    }
  }
  // "Was Laos made a partner at Tianjin?": the meeting's decisions about a country.
  if (named.length > 0 && q.form === 'yesno' && e.outcomes.length > 0) {
    const about = e.outcomes.filter((o) => named.some((c) => o.text.includes(c.name)));
    if (about.length > 0)
      return {
        kind: 'fact',
        title: (l) => label(l),
        verdict: 'yes',
        lead: (l) => (l.lang === 'en' ? about[0]!.text : ww(l)),
        context: (l) => (l.lang === 'en' ? ww(l) : about[0]!.text),
        sources: about.map((o) => o.sources),
      };
  }
  // "Since all ten ministers signed the Qingdao joint communiqué, what were its key points?", "i read they all signed a
  // joint communique - what were the main points?": a statement the meeting never issued, taken as signed, is corrected
  // before anything else is said of the meeting.
  const noJoint = noJointStatement(e);
  if (
    noJoint &&
    q.form !== 'yesno' &&
    q.has('statement') &&
    q.has('sign') &&
    (q.main('outcome') || q.main('statement'))
  ) {
    const refusal = e.positions.find((p) => p.act === 'refused-to-sign');
    return {
      kind: 'fact',
      title: (l) => label(l),
      lead: (l) => l.m.noStatement(label(l)),
      context: (l: Loc) =>
        l.lang === 'en' ? noJoint.text : refusal ? l.m.refusedToSign(l.c(refusal.country), label(l)) : ww(l),
      sources: [noJoint.sources, refusal?.sources ?? []],
    };
  }
  // "did all ten defence ministers sign the Qingdao communiqué?", "… signed the communiqué, right?": whether it was signed
  // is whether there was one; No, before who attended.
  if (
    noJoint &&
    q.form === 'yesno' &&
    named.length === 0 &&
    q.main('sign') &&
    q.has('statement') &&
    !q.main('refuse', 'attend')
  )
    return {
      kind: 'fact',
      title: (l) => label(l),
      verdict: 'no',
      lead: (l) => (l.lang === 'en' ? noJoint.text : l.m.noStatement(label(l))),
      ...(q.lang !== 'en' && { context: noJoint.text }),
      sources: [noJoint.sources],
    };
  const ministers = f.officials({ event: e.id });
  const asksAttendance =
    q.main('attend') ||
    (q.form === 'howMany' && q.main('minister', 'defence', 'leaders', 'member', 'attend')) ||
    (q.main('list', 'all') && q.main('minister')) ||
    ((q.form === 'who' || q.form === 'which') && q.main('minister') && named.length === 0 && ministers.length > 0) ||
    // ("the ten defence ministers at qingdao, names by country pls", "defence ministers at qingdao, country by country?":
    // the ministers, asked for.)
    ((q.form === 'fragment' || q.form === 'explain') &&
      q.main('minister') &&
      (q.main('called') || /\b(country by country|by country|country wise|per country)\b/.test(q.words.join(' '))) &&
      named.length === 0 &&
      ministers.length > 1) ||
    (named.length > 0 && q.form === 'yesno' && !asksOutcome) ||
    // ("CHG in Moscow last Nov — were all ten members there?", "… were all members represented?": who was there.)
    (q.form === 'yesno' &&
      q.main('all') &&
      q.has('member') &&
      !asksOutcome &&
      q.words.some((w) => /^(there|present|represented|attending|around|in)$/.test(w))) ||
    nameAsked;
  if (asksAttendance) {
    // "Did Rajnath Singh attend the Qingdao meeting?": yes for one the data records at it; of anyone else the data
    // holds no attendance (only counts or countries), so it cannot say.
    // (One the meeting's attendance note names, "only Xi Jinping's attendance is sourced", attended it too.)
    const noted = `${e.attendanceNote ?? ''} ${e.summary}`;
    // ("did the SG show up at Qingdao?": the office the note names attended, whoever "the SG" is read as.)
    const officeNoted = officeAttends(q) && (q.main('secgen') ? /secretary[- ]general/i : /\bRATS\b/).test(noted);
    const personVerdict: Verdict | undefined = officeNoted
      ? 'yes'
      : q.form === 'yesno' && named.length === 0 && q.people.length > 0
        ? q.people.every((p) => p.official.event === e.id || noted.includes(p.official.name))
          ? 'yes'
          : 'unknown'
        : unknownAttendee
          ? 'unknown'
          : notedAttendee
            ? 'yes'
            : // "Did the RATS director go to Qingdao?": an office the attendance note does not name (one it names is above).
              officeAttends(q)
              ? 'unknown'
              : undefined;
    const figure = f.store.data.ask.figures.find((x) => x.event === e.id && x.measure === 'attended');
    if (e.attendees.length === 0) {
      // "Over 20 leaders went — does that match?": yes when the number asked is the one the data gives.
      const asked = q.numbers.find((n) => n.stance !== 'ordinal')?.value;
      if (figure)
        return {
          kind: 'fact',
          title: (l) => label(l),
          ...(q.form === 'yesno' && asked !== undefined && { verdict: asked === figure.value ? 'yes' : 'no' }),
          ...(personVerdict && { verdict: personVerdict }),
          lead: (l) => (l.lang === 'en' ? figure.text : l.m.figure(l.n(figure.value), label(l))),
          ...(q.lang !== 'en' && { context: figure.text }),
          note: noteOf(figure),
          sources: [figure.sources, e.sources],
        };
      return {
        kind: 'fact',
        title: (l) => label(l),
        lead: (l) => l.m.attendanceUnknown(label(l)),
        context: e.attendanceNote ?? ww,
        sources: [e.sources],
      };
    }
    // "Who led India's delegation to Moscow?": a person asked of a country's attendance the data holds only as the country.
    if (
      q.form === 'who' &&
      named.length > 0 &&
      q.people.length === 0 &&
      // (Not "who at China's foreign ministry announced Xi would attend": who announced it.)
      !q.has('announce') &&
      !named.some((c) => ministers.some((o) => o.country === c.id))
    )
      return {
        kind: 'fact',
        title: (l) => label(l),
        lead: (l) => named.map((c) => l.m.representativeUnknown(l.c(c), label(l))).join(' '),
        context: (l) => named.map((c) => l.m.attended(l.c(c), label(l), e.attendees.includes(c.id))).join(' '),
        sources: [e.sources],
      };
    // "… and what's changed since?": who of them has left office since (as recorded), and who holds the post now.
    const changes =
      q.main('growth') || q.has('after')
        ? ministers.flatMap((o) => {
            if (!o.to || o.to <= e.start) return [];
            const next = f
              .officials({ role: o.role })
              .filter((x) => x.country === o.country && x.id !== o.id && !x.to && (!x.from || x.from >= o.to!));
            return [
              {
                text: `${o.name}: ${o.ended ? firstSentence(o.ended.text) : `in office until ${formatDate(o.to)}`}`,
                sources: o.ended?.sources ?? o.sources,
              },
              ...next.map((x) => ({
                text: `${x.name}: ${x.roleLabel}${x.note ? ` (${firstSentence(x.note)})` : ''}`,
                sources: x.sources,
              })),
            ];
          })
        : [];
    const allMembers = f.members(isoToDate(e.start)).map((m) => m.country.id);
    // Only some attendees are sourced ("only Xi Jinping's attendance is sourced"): name them, and say the rest is not in the data.
    if (e.attendanceNote && e.attendees.length < allMembers.length && named.length === 0) {
      return {
        kind: 'fact',
        title: (l) => label(l),
        // (Of one the engine cannot name, "کیا شہباز شریف … شریک ہوئے تھے؟", the rest is not in the data either.)
        // ("习近平出席了比什凯克峰会吗？": one the note names, by the lexicon's words for a name in another script, did.)
        ...(q.form === 'yesno' && {
          verdict:
            personVerdict ??
            (q.words.every((w) => /^\d+$/.test(w)) &&
            (q.passage?.words ?? []).some((t) => t.length > 2 && noted.toLowerCase().includes(t))
              ? 'yes'
              : 'unknown'),
        }),
        lead: (l) => e.attendees.map((a) => l.m.attended(l.c(a), label(l), true)).join(' '),
        context: firstSentence(e.attendanceNote),
        note: noteOf(e),
        sources: [e.sources],
      };
    }
    const verdict: Verdict | undefined =
      q.form !== 'yesno'
        ? undefined
        : personVerdict
          ? personVerdict
          : named.length
            ? named.every((c) => e.attendees.includes(c.id))
              ? 'yes'
              : 'no'
            : q.main('all') || q.numbers.some((n) => n.noun === 'member' || n.value === allMembers.length)
              ? allMembers.every((c) => e.attendees.includes(c))
                ? 'yes'
                : 'no'
              : undefined;
    return {
      kind: 'fact',
      title: (l) => label(l),
      ...(verdict && { verdict }),
      lead: (l) =>
        named.length
          ? named.map((c) => l.m.attended(l.c(c), label(l), e.attendees.includes(c.id))).join(' ')
          : l.m.eventAttendance(l.n(e.attendees.length), label(l), l.list(e.attendees.map((a) => l.c(a)))),
      context: e.attendanceNote ? firstSentence(e.attendanceNote) : ww,
      // ("feb 2026 — were all ten members at …?": a meeting found by its month is dated too.)
      ...(e.attendanceNote && q.time && ministers.length === 0 && { details: [{ items: [ww] }] }),
      ...(ministers.length > 0 && {
        details: [
          ...(changes.length > 0 ? [{ items: changes.map((c) => c.text) }] : []),
          { items: ministers.map((o) => `${f.nameOf(o.country)}: ${o.name}`) },
        ],
      }),
      note: noteOf(figure) ?? noteOf(e),
      sources: [
        e.sources,
        ...changes.map((c) => c.sources),
        ...ministers.filter((o) => named.some((c) => c.id === o.country)).map((o) => o.sources),
      ],
    };
  }
  // (Not the days a meeting and its statement were on, put to check: the days answer. A statement said to be adopted is
  // the outcome's to settle.)
  if (asksOutcome && e.outcomes.length > 0 && !(daysChecked && !q.main('outcome', 'sign'))) {
    const statement = e.outcomes.find((o) => /\bjoint statement\b|communiqu/i.test(o.text));
    if (q.main('statement', 'sign') && statement) {
      const none = /^no\b/i.test(statement.text);
      const refusal = e.positions.find((p) => p.act === 'refused-to-sign');
      return {
        kind: 'fact',
        title: (l) => label(l),
        ...(q.form === 'yesno' && { verdict: (none ? 'no' : 'yes') as Verdict }),
        // Not "No joint statement…" as the first words of an answer to a question that is not yes/no.
        // ("When did India refuse to sign?": the meeting's dates, the refusal after them.)
        lead: (l) =>
          q.form === 'when'
            ? ww(l)
            : none && (l.lang !== 'en' || q.form !== 'yesno')
              ? l.m.noStatement(label(l))
              : statement.text,
        // "Why was there no joint statement?", "explain the joint statement fiasco", "… erklären, warum …": the refusing
        // side's stated reason.
        context: (l: Loc) =>
          (q.form === 'why' || q.form === 'explain' || q.main('why')) && refusal?.reason
            ? refusal.reason
            : l.lang === 'en'
              ? q.form === 'yesno'
                ? ww(l)
                : statement.text
              : refusal
                ? l.m.refusedToSign(l.c(refusal.country), label(l))
                : ww(l),
        sources: [statement.sources, refusal?.sources ?? []],
      };
    }
    // NATO's target and the like: the outcome that answers, first; else the one that shares most words with the question.
    const closest = bestSentence(
      q,
      e.outcomes.map((o) => o.text),
    );
    const outcomes = q.main('target')
      ? [...e.outcomes].sort((a, b) => Number(/%|target|spend/i.test(b.text)) - Number(/%|target|spend/i.test(a.text)))
      : closest
        ? [...e.outcomes].sort((a, b) => Number(b.text === closest) - Number(a.text === closest))
        : e.outcomes;
    // "Did NATO agree to spend 5% of GDP?": yes when an outcome states every number asked.
    const asked = [
      ...q.numbers.filter((n) => n.stance !== 'ordinal').map((n) => String(n.value)),
      ...q.percents.map((p) => `${p}%`),
    ];
    const states = (o: { text: string }, v: string) =>
      new RegExp(`(?<![\\d.])${v.replace('.', '\\.')}(?![\\d])`).test(o.text);
    const stated = asked.length > 0 && outcomes.some((o) => asked.every((v) => states(o, v)));
    // "NATO reaffirmed the 2% target, correct?": a share no outcome states, where the outcome that answers gives shares of
    // its own, is a No (that outcome says what was agreed).
    const otherShare =
      q.percents.length > 0 &&
      !outcomes.some((o) => q.percents.some((p) => states(o, `${p}%`))) &&
      /\d%/.test(outcomes[0]?.text ?? '');
    return {
      kind: 'fact',
      title: (l) => label(l),
      ...(q.form === 'yesno' &&
        (stated
          ? { verdict: 'yes' as Verdict }
          : otherShare
            ? { verdict: 'no' as Verdict }
            : closest
              ? { verdict: sentenceVerdict(q, closest)! }
              : {})),
      // "tianjin decl date": asked when, an outcome that dates nothing of its own is answered by the meeting's dates ("the
      // strategy runs to which year" by the outcome's year).
      lead: (l) =>
        q.form === 'when' && q.words.length > 0 && !q.main('target') && !/\b(19|20)\d\d\b/.test(closest ?? '')
          ? ww(l)
          : l.lang === 'en'
            ? q.main('target') || (q.form === 'yesno' && (closest || otherShare))
              ? outcomes[0]!.text
              : e.summary
            : l.m.eventOutcomes(label(l), l.dr(e.start, e.end)),
      // ("tianjin summit dates + the main docs adopted?": its dates asked beside what it adopted.)
      context:
        e.kind === 'context' ||
        (q.form !== 'when' &&
          q.words.some((w) =>
            /^(adopt\w*|decid\w*|decisions?|outcomes?|docs?|documents?|results?|agreed|signed)$/.test(w),
          ) &&
          q.words.some((w) => /^(dates?|days?|when)$/.test(w)))
          ? (l: Loc) => ww(l)
          : undefined,
      // ("What happened at the Qingdao meeting?": an outcome a country's refusal decided comes with its stated reason.)
      details: [
        {
          items: [
            ...outcomes.map((o) => o.text),
            ...(q.form === 'what' || q.form === 'how' || q.form === 'explain'
              ? e.positions
                  .filter((p) => p.act === 'refused-to-sign' && p.reason)
                  .map((p) => `${f.nameOf(p.country)}: ${p.reason}`)
              : []),
          ],
        },
      ],
      note: noteOf(outcomes.find((o) => o.verification !== 'verified')) ?? noteOf(e),
      sources: outcomes.slice(0, 3).map((o) => o.sources),
    };
  }
  if (detail) return detailDraft(detail);
  const context =
    past || e.kind === 'context'
      ? summarySentence(q, e)
      : e.caveat
        ? firstSentence(e.caveat)
        : firstSentence(e.summary);
  // "Walk me through the meeting (day by day)": every sentence the record holds, not just the one that answers.
  const walk =
    past && (q.form === 'explain' || q.main('explain')) ? sentences(e.summary).filter((x) => x !== context) : [];
  // Walked through, a meeting whose outcome a country's refusal decided gives that country's stated reason too.
  const why = walk.length > 0 ? e.positions.filter((p) => p.act === 'refused-to-sign' && p.reason) : [];
  const items = [...walk, ...e.outcomes.map((o) => o.text), ...why.map((p) => `${f.nameOf(p.country)}: ${p.reason}`)];
  // ("the bishkek summit hasn't been held yet, right?", "… هنوز برگزار نشده دیگه؟": that it has not, said and checked.)
  const notYetSaid = q.negated && q.main('true', 'still');
  // "Has the 2026 summit happened yet?": whether it took place, when nothing else (a place, a country, a person) is asked of it.
  const tookPlace =
    (q.form === 'yesno' || happenedAsked) &&
    q.countries.length === 0 &&
    q.people.length === 0 &&
    q.places.every((p) => p.toLowerCase() === e.city.toLowerCase()) &&
    (!q.main('location') || happenedAsked) &&
    !q.main('host', 'chair', 'attend', 'sign', 'target', 'minister') &&
    // ("NATO summit in The Hague = 24–25 June 2025, declaration on the 25th. correct?": days put to check, though a
    // statement is named beside them.)
    (!q.main('statement') || daysNamed(q).length > 0)
      ? phase === 'upcoming'
        ? yesIf(notYetSaid)
        : past && phase !== 'unconfirmed'
          ? yesIf(!notYetSaid)
          : undefined
      : undefined;
  // ("qingdao mtg dates pls — was it only the 26th?": one day put for a meeting of several is No; its days follow.)
  const oneDayOfSeveral =
    tookPlace === 'yes' &&
    q.main('only') &&
    e.end !== undefined &&
    e.end !== e.start &&
    (q.time?.day !== undefined || q.words.some((w) => /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(w)));
  // ("Bishkek summit was on 2 September 2026, correct?", "… 30 August to 1 September …": a day named outside the
  // meeting's days is No; its days follow.)
  const dayOutside = tookPlace === 'yes' && daysNamed(q).some((d) => !withinDays(d, e.start, e.end ?? e.start));
  return {
    kind: 'fact',
    title: (l) => label(l),
    ...(tookPlace && {
      verdict: oneDayOfSeveral || dayOutside ? ('no' as const) : tookPlace,
      ...(happenedAsked && { verdictAlways: true }),
    }),
    lead: ww,
    context,
    ...(items.length > 0 && { details: [{ items }] }),
    note: noteOf(e),
    sources: [e.sources, ...e.outcomes.slice(0, 1).map((o) => o.sources)],
  };
}

/** The days a question names by month and day ("2 September", "August 31", "31st of August"), year or not. */
function daysNamed(q: Question): { month: number; day: number }[] {
  const w = q.words;
  const day = (x: string | undefined) => {
    const m = /^(\d{1,2})(?:st|nd|rd|th|er)?$/.exec(x ?? '');
    return m && Number(m[1]) >= 1 && Number(m[1]) <= 31 ? Number(m[1]) : undefined;
  };
  const out: { month: number; day: number }[] = [];
  w.forEach((word, i) => {
    const month = monthOf(word);
    if (!month) return;
    const d = day(w[i - 1]) ?? (w[i - 1] === 'of' ? day(w[i - 2]) : undefined) ?? day(w[i + 1]);
    if (d !== undefined) out.push({ month, day: d });
    // ("2-4 July": the first day of a span put before the month.)
    const first = day(w[i - 1]) !== undefined ? day(w[i - 2]) : undefined;
    if (first !== undefined) out.push({ month, day: first });
  });
  return out;
}

/** Whether a month and day fall within a span of ISO days, in the span's own years. */
function withinDays(d: { month: number; day: number }, start: string, end: string): boolean {
  const years = new Set([start.slice(0, 4), end.slice(0, 4)]);
  return [...years].some((y) => {
    const iso = `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    return iso >= start.slice(0, 10) && iso <= end.slice(0, 10);
  });
}

/** The years a question names for its summits, not as asides. */
function summitYears(q: Question): string[] {
  // ("2024 2025 and 2026" reads as a span and a year: the span's years are each named.)
  const years = q.times
    .filter((t) => t.role !== 'aside')
    .flatMap((t) =>
      Array.from({ length: Math.min(10, (t.untilYear ?? t.year) - t.year) + 1 }, (_, i) => String(t.year + i)),
    );
  return [...new Set(years)];
}

/** The SCO summits a city named held, asked of in the plural with no year ("which summits took place in Astana?"). */
function summitsAtPlace(q: Question): EventT[] {
  if (!q.words.includes('summits') || q.time || q.places.length !== 1) return [];
  const held = q.events.filter((e) => e.sco && e.kind === 'summit');
  return held.length >= 2 && held.every((e) => e.city === held[0]!.city)
    ? [...held].sort((a, b) => a.start.localeCompare(b.start))
    : [];
}

/** "list the summits since 2022": the time a list is asked after, else none. */
function listedAfter(q: Question): TimeRef | undefined {
  // ("where were the summits held from 2024 onward?": summits, in the plural, of a span are a list too.)
  return q.time?.mode === 'after' &&
    (q.main('list') || q.form === 'list' || q.has('all') || (q.words.includes('summits') && q.form !== 'howMany'))
    ? q.time
    : undefined;
}

/** Summits not named by place: the next, the last, the one in a year, its host, or all of them. */
/**
 * "Is the Bishkek summit still coming up?", "is the 2026 SCO summit still coming up?": that meeting, whether its day has
 * come. "Has it happened yet?" asks the opposite of "is it still ahead?"; an either-or question is answered for its first
 * option. Only of a meeting the question names (by its city, or as the caller finds it named).
 */
function heldYet(q: Question, f: AskFacts, e: EventT, named: boolean): Draft | undefined {
  if (!named || (q.form !== 'yesno' && q.form !== 'choice')) return undefined;
  const ahead = q.words.findIndex((w) => /^(upcoming|coming|ahead|still|scheduled|planned)$/.test(w));
  // ("La cumbre de Tianjin ya pasó, ¿no?", "… a déjà eu lieu ?", "… schon stattgefunden?": already, in other languages.)
  const happened = q.words.findIndex((w) =>
    /^(happen|happened|held|take|took|taken|over|done|occurred|already|paso|ocurrio|celebro|lieu|stattgefunden)$/.test(
      w,
    ),
  );
  const yet = q.words.some(
    (w) =>
      w === 'yet' ||
      (q.lang === 'es' && w === 'ya') ||
      (q.lang === 'fr' && w === 'deja') ||
      (q.lang === 'de' && /^(schon|bereits)$/.test(w)),
  );
  if (!(q.has('next') || ahead >= 0 || (happened >= 0 && yet))) return undefined;
  // ("the bishkek summit hasn't been held yet, right?": that it has not happened, checked, says it is still ahead.)
  const asksAhead =
    ((ahead >= 0 || q.has('next')) && (happened < 0 || (ahead >= 0 && ahead < happened))) !==
    (q.negated && q.main('true') && happened >= 0);
  return {
    kind: 'fact',
    title: (l) => l.event(e),
    verdict: f.isPast(e) === asksAhead ? 'no' : 'yes',
    verdictAlways: true,
    lead: whenWhere(f, e),
    context: summarySentence(q, e),
    sources: [e.sources],
  };
}

/** A meeting's city named as the time before which the question asks ("… most recently, before bishkek?"). */
function namedAsBoundary(q: Question, city: string): boolean {
  const line = ` ${q.words.join(' ')} `;
  const at = city.toLowerCase();
  return ['before', 'until', 'till', 'prior to', 'ahead of'].some(
    (b) => line.includes(` ${b} ${at} `) || line.includes(` ${b} the ${at} `),
  );
}

/** Cues that place a thing in time and ask nothing of their own ("still", "coming up", "now"). */
const TIME_ONLY_CUES = new Set(['next', 'still', 'current', 'last', 'true']);

export const summits: Intent = {
  id: 'summits',
  priority: 87,
  examples: [
    { q: 'where will the next summit be held?', must: ['Bishkek'] },
    { q: 'where was the 2024 summit', must: ['Astana'] },
    { q: 'where was the last sco summit', must: ['Bishkek', '1 September 2026'] },
    { q: 'who will host the 2027 summit', must: ['does not hold'], mustNot: ['Pakistan will'] },
  ],
  match(q) {
    // ("Pakistan will host the 2027 summit? who said so, and when?": who said a summit is to be hosted.)
    const hostSaid = q.has('host') && q.has('summit') && q.main('announce', 'claimSource');
    const summitish =
      hostSaid ||
      q.main('summit') ||
      // ("I read the 2026 summit is expected in early autumn — is it still coming up?": whether a summit named in the
      // statement before is still ahead, asked by nothing else.)
      (q.has('summit') && q.main('next') && q.cues.every((c) => c.role !== 'main' || TIME_ONLY_CUES.has(c.cue))) ||
      q.bodies.includes('headsOfState') ||
      (q.main('host') &&
        (q.has('next') || q.has('last') || !!q.time) &&
        !q.main('meeting', 'defence', 'minister') &&
        // ("the 2025 Council of Heads of Government — where was it held?": another council's meeting.)
        !q.bodies.some((b) => b !== 'headsOfState' && b !== 'secretariat' && b !== 'rats'));
    if (!summitish) return undefined;
    // ("was a development strategy to 2035 adopted somewhere? which summit?": the summit that adopted a document is
    // found where the document is, not in the list of summits.)
    if (q.has('strategy') && q.has('outcome') && !q.eventNamed && !q.time) return undefined;
    // ("At which summit was Cholpon-Ata given the tourism capital title?": so is the summit that gave a title.)
    if (q.main('tourism') && !q.eventNamed && !q.time) return undefined;
    // (Who said a summit is to be hosted is the announcement's, whoever announced it: "when did PM Sharif announce …".)
    if (hostSaid && !q.eventNamed) return 93;
    // ("at Tianjin the SCO formally decided that Pakistan will host the 2027 summit": a summit hosted in a year after the
    // meeting named is the one asked, the meeting only where it was said to be decided.)
    const laterHosted =
      q.main('host') &&
      q.time !== undefined &&
      new Set(q.times.map((t) => t.year)).size === 1 &&
      q.events.every((e) => Number(e.start.slice(0, 4)) < q.time!.year);
    // ("which SCO summits took place in Astana?": each summit the city held, when it held more than one.)
    if (summitsAtPlace(q).length >= 2) return 91;
    if (q.eventNamed && !(q.time && !q.places.length) && !laterHosted) return undefined;
    // "nato summit 2025 where + when": another organisation's summit, named, is that meeting's.
    if (q.eventNamed && q.events[0] && !q.events[0].sco) return undefined;
    if (q.main('often', 'chair') && !q.main('host') && !nextSummitPlace(q)) return undefined;
    // ("Is Egypt a full SCO partner or merely a summit guest?": a standing offered beside a guest's is the country's.)
    if (q.form === 'choice' && q.main('partner', 'member', 'observer', 'dialogue') && subjects(q).length > 0)
      return undefined;
    // ("ایران سال ۲۰۲۲ تو اجلاس سمرقند عضو کامل … شد، درسته؟": whether a country was a member by a summit is its
    // membership's, whatever summit the data holds that year.)
    // (Not of a summit the data holds: "did armenia get full membership at the 2026 summit?" asks what it decided.)
    if (
      q.form === 'yesno' &&
      q.main('member', 'join') &&
      !q.main('host') &&
      q.time !== undefined &&
      q.events.length === 0 &&
      subjects(q).length > 0
    )
      return undefined;
    // ("At which summit was the SCO Development Strategy to 2035 adopted?": the summit a document names is found by it.)
    if ((q.form === 'which' || q.form === 'where' || q.form === 'when') && q.main('strategy') && !q.eventNamed)
      return undefined;
    // "Which was the biggest SCO summit ever?": a superlative the data's own passage holds answers, not the latest one.
    const p = q.passage;
    if (p && !p.unknown && q.unknownWords.some((w) => /[a-z]{3}est$/.test(w) && p.words.includes(w))) return undefined;
    // "timeline of the last three summits": that many, named by the selection asked, beats the growth a timeline suggests.
    if (lastSelected(q) !== undefined) return 91;
    // "summits 2024, 2025, 2026 with host cities", "list the summits since 2022": the summits of the years asked.
    if (summitYears(q).length >= 3 || listedAfter(q)) return 91;
    return 88;
  },
  answer(q, f) {
    // ("where was the 3rd sco summit held?": a summit by a number none in the data has is not held, not the latest one.)
    if (q.unnumbered && !q.eventNamed) return notHeldDraft(q);
    const all = f.eventsOf('headsOfState');
    const atPlace = summitsAtPlace(q);
    if (atPlace.length >= 2) return summitList(atPlace);
    // ("is the 2026 SCO summit still coming up?": the summit of the year named, whether its day has come.)
    const ofYear =
      q.time && q.time.role !== 'aside' ? all.find((e) => e.start.startsWith(String(q.time!.year))) : undefined;
    const held = ofYear && heldYet(q, f, ofYear, true);
    if (held) return held;
    const next = all.find((e) => !f.isPast(e));
    const last = [...all].reverse().find((e) => f.isPast(e));
    const lastLine = (l: Loc) =>
      last ? l.m.lastSummit(l.event(last), l.place(last.city), l.dr(last.start, last.end)) : '';
    // "Compare the 2024 and 2025 summits": the summit of each year named.
    const years = [...new Set(q.times.filter((t) => t.role !== 'aside').map((t) => String(t.year)))];
    if (q.has('compare') && years.length === 2) {
      const [a, b] = years.map((y) => all.find((e) => e.start.startsWith(y)));
      if (a && b && a !== b) return compareEvents(q, f, a, b);
    }
    // "A chronology of summits from 2023 to 2026": each summit of the span, with its place, dates and what it decided first.
    // ("which cities hosted the summits in 2024 and 2025?": two years read as one span are its two ends.)
    const ends = years.length === 2 ? years : summitYears(q);
    if (ends.length === 2 && !q.has('compare')) {
      const [from, to] = ends.map(Number).sort((a, b) => a - b) as [number, number];
      const span = all.filter((e) => Number(e.start.slice(0, 4)) >= from && Number(e.start.slice(0, 4)) <= to);
      if (span.length >= 2) return summitList(span);
    }
    // "summits 2024, 2025, 2026 with host cities": each year's summit.
    const listed = summitYears(q);
    if (listed.length >= 3) {
      const inYears = all.filter((e) => listed.includes(e.start.slice(0, 4)));
      if (inYears.length >= 2) return summitList(inYears);
    }
    // "list the summits since 2022": those from the year on (after it, when "after").
    const after = listedAfter(q);
    if (after) {
      const later = all.filter((e) => afterTime(after, isoToDate(e.start)));
      if (later.length >= 2) return summitList(later);
    }
    // "the last three summits": the most recent held, oldest first, each with its place, dates and first line.
    const n = lastSelected(q);
    if (n !== undefined) {
      const recent = all.filter((e) => f.isPast(e)).slice(-n);
      if (recent.length >= 2) return summitList(recent);
    }
    // "When did Pakistan announce it would host the summit?", "which year's summit did Sharif say Pakistan would host?":
    // the announcement asked about, whichever year it names.
    if (q.main('announce', 'claimSource') && q.has('host')) {
      const said = announcement(f, q.time?.year);
      if (said) return announced(f, said, q);
    }
    const inYear = q.time ? all.filter((e) => e.start.startsWith(String(q.time!.year))) : [];
    // ("since India chairs this year, where is the next summit?": the year is the chair's, said in a premise; that year's
    // summit already held, the next is after it.)
    const pastYear =
      q.has('next') &&
      inYear.length > 0 &&
      inYear.every((e) => f.isPast(e)) &&
      q.claims.some((c) => c.kind === 'chaired' && c.year === q.time?.year);
    if (q.time && !pastYear) {
      if (inYear.length) return describe(q, f, inYear[0]!);
      const year = q.time.year;
      const said = announcement(f, year);
      if (said) return announced(f, said, q);
      return {
        kind: 'fact',
        title: () => 'Not in the data',
        lead: (l) =>
          `${l.m.summitNotHeld(l.d(String(year)))}${year > f.today.getUTCFullYear() || !last || year > Number(last.start.slice(0, 4)) ? ` ${l.m.noPrediction}` : ''}`,
        context: (l) => (next ? l.m.nextSummit(l.event(next), l.place(next.city), l.d(next.start)) : lastLine(l)),
        sources: [(next ?? last)?.sources ?? []],
      };
    }
    if ((q.has('next') || q.tense === 'future') && !q.has('last')) {
      if (next) return describe({ ...q, cues: q.cues.filter((c) => c.cue !== 'outcome') }, f, next);
      const said = announcement(f);
      if (said) return announced(f, said, q);
      return {
        kind: 'fact',
        title: () => 'Not in the data',
        lead: (l) => `${l.m.nextSummitUnknown} ${l.m.noPrediction}`,
        ...(last && { context: lastLine }),
        sources: [last?.sources ?? []],
      };
    }
    if (q.has('last') || q.tense === 'past' || q.has('previous')) {
      if (last)
        return q.main('outcome')
          ? describe(q, f, last)
          : {
              kind: 'fact',
              title: (l) => l.event(last),
              lead: lastLine,
              context: firstSentence(last.summary),
              sources: [last.sources],
            };
    }
    if (q.main('list') || q.form === 'list' || q.has('all')) {
      return {
        kind: 'fact',
        title: () => 'SCO summits',
        lead: (l) => l.m.summitsList(l.n(all.length)),
        details: [{ items: all.map((e) => `${e.name}: ${e.city}, ${formatRange(e.start, e.end)}`) }],
        sources: all.slice(-3).map((e) => e.sources),
      };
    }
    const pick = next ?? last;
    if (!pick) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    return describe(q, f, pick);
  },
};

/** Summits one after another: each one's place and dates, then its first line. */
function summitList(list: EventT[]): Draft {
  return {
    kind: 'fact',
    title: () => 'SCO summits',
    lead: (l) => list.map((e) => l.m.eventHeld(l.event(e), l.dr(e.start, e.end), '')).join(' '),
    details: [{ items: list.map((e) => `${e.name}: ${formatRange(e.start, e.end)}. ${firstSentence(e.summary)}`) }],
    sources: list.map((e) => e.sources),
  };
}

/** How many of the latest are asked for ("the last three summits", "the past 3"): a selection after "last" or "past". */
function lastSelected(q: Question): number | undefined {
  const n = q.numbers.find(
    (x) => x.stance === 'selection' && /^(last|past|latest|previous|recent)$/.test(q.words[x.at - 1] ?? ''),
  );
  return n && n.value >= 2 && n.value <= 10 ? n.value : undefined;
}

/** The councils and meetings other than summits, which the question names by their body. */
const MEETING_BODIES = new Set<string>([
  'foreignMinisters',
  'defenceMinisters',
  'headsOfGovernment',
  'securityCouncilSecretaries',
  'militaryCooperation',
]);

/** "Where was the 2026 foreign ministers' council?": a council's meeting named by its year, which the data does not hold. */
export const meetingInYear: Intent = {
  id: 'meeting-in-year',
  priority: 71,
  examples: [
    { q: 'where was the 2026 foreign ministers council', must: ['does not hold'], mustNot: ['Tianjin on'] },
    { q: 'when was the 2024 defence ministers meeting', must: ['does not hold', 'Bishkek'] },
  ],
  match(q) {
    const body = q.bodies.find((b) => MEETING_BODIES.has(b));
    const t = q.time;
    if (!body || q.eventNamed || q.eventByClause || !t || t.role !== 'main' || t.mode !== 'in' || t.untilYear)
      return undefined;
    // (A country the meeting was held in, "… meeting in Kyrgyzstan", says where, not whose.)
    const where = (c: { at: number; by: string }) => c.by !== 'native' && q.words[c.at - 1] === 'in';
    if (q.countries.some((c) => c.role === 'main' && !where(c)) || q.people.length > 0 || q.places.length > 0)
      return undefined;
    // One of that body's meetings in that year is the event's to answer.
    if (q.events.some((e) => e.body === body && e.start.startsWith(String(t.year)))) return undefined;
    return 92;
  },
  answer(q, f) {
    const body = q.bodies.find((b) => MEETING_BODIES.has(b))!;
    const year = String(q.time!.year);
    // What the data records it does not hold of that year's meetings.
    const said = f.unknowns({ topic: 'meetings' }).find((u) => !u.role && u.from?.startsWith(year));
    const latest = f
      .eventsOf(body)
      .filter((e) => f.isPast(e))
      .at(-1);
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
      lead: (l) => (l.lang === 'en' ? l.m.notHeld(said ? said.what : `a ${year} ${l.body(body)}`) : l.m.notHeld()),
      ...(latest && { context: whenWhere(f, latest) }),
      sources: [said?.sources ?? [], latest?.sources ?? []],
    };
  },
};

/** "What happened in 2024?": the events the data holds for that year. */
export const yearEvents: Intent = {
  id: 'year-events',
  priority: 40,
  examples: [
    { q: 'what happened in 2024', must: ['Astana'] },
    { q: 'timeline of sco meetings from july 2025 to sep 2026', must: ['Tianjin', 'Moscow', 'Bishkek'] },
    { q: "summarise the sco's 2026 so far", must: ['Bishkek', '1 September 2026'] },
  ],
  match(q) {
    // "Timeline of SCO events from July 2025 to Sep 2026", "summarise the SCO's 2026": the meetings and dated facts of a span.
    // A timeline of one year ("a timeline of 2026 so far") is that year's dated records, not the whole story of growth.
    if (chronicle(q))
      return q.main('meeting', 'summit', 'outcome')
        ? 93
        : q.times.length === 1 && q.time!.mode === 'in' && q.time!.untilYear === undefined
          ? 92
          : 86;
    // "What's been going on with Iran and the SCO this year?": one country's part in the dated records of a span.
    if (countrySpan(q)) return 86;
    // "What's the latest SCO event you have?", "most recent SCO meeting?": the newest meeting held, of any kind.
    if (latestAsked(q)) return 80;
    // "What statement came out in Esfand 1404?": what the data dates within a month or so, whoever it concerns.
    if (q.time && precise(q) && !q.eventNamed && q.main('statement', 'outcome')) return 75;
    if (!q.time || q.eventNamed || subjects(q).length) return undefined;
    if (
      q.main('outcome') &&
      !q.main('member', 'chair', 'secgen', 'partner', 'observer', 'dialogue', 'join') &&
      // ("the SCO Development Strategy adopted in 2025 runs until which year?": a thing named, which a passage holds.)
      !namesPassagePair(q)
    )
      return 70;
    return undefined;
  },
  answer(q, f) {
    const about = countrySpan(q);
    if (about) {
      const span = spanOfTimes(q);
      const inSpan = (iso: string | undefined) =>
        iso !== undefined && isoToDate(iso) >= span.from && isoToDate(iso) <= span.to;
      return chronology(f, span, inSpan, about);
    }
    if (latestAsked(q)) {
      // Held as recorded: a meeting only announced, its day passed, is not known to have taken place.
      const held = f.store.events().filter((e) => e.sco && e.status === 'held' && f.isPast(e));
      const last = [...held].sort((a, b) => (a.end ?? a.start).localeCompare(b.end ?? b.start)).at(-1);
      if (last)
        return {
          kind: 'fact',
          title: (l) => l.event(last),
          lead: (l) => l.m.lastEvent(l.event(last), l.place(last.city), l.dr(last.start, last.end)),
          context: firstSentence(last.summary),
          sources: [last.sources],
        };
    }
    const year = q.time!.year;
    const span = chronicle(q) ? spanOfTimes(q) : undefined;
    // A month or a span of weeks: what falls within it; else the whole year.
    const within = (iso: string | undefined) =>
      iso !== undefined &&
      (span
        ? isoToDate(iso) >= span.from && isoToDate(iso) <= span.to
        : precise(q)
          ? isoToDate(iso) >= q.time!.from && isoToDate(iso) <= q.time!.to
          : iso.startsWith(String(year)));
    if (span) return chronology(f, span, within);
    const list = f.store
      .events()
      .filter((e) => within(e.start))
      .reverse();
    // Dated organisation facts of that year (and place, when one is named): "what was agreed in Moscow in April 1997".
    // ("… separate from the statement on israel's strikes": one the question sets aside is not what it asks for.)
    const aside = setAside(q);
    const facts = f.store.data.organisation.filter(
      (x) =>
        within(x.date) &&
        (q.places.length === 0 ||
          (x.place !== undefined && q.places.some((p) => p.toLowerCase() === x.place!.toLowerCase()))) &&
        !(aside.length >= 2 && aside.every((w) => latinWords(x.label).some((v) => v.startsWith(w)))),
    );
    if (aside.length >= 2 && facts.length === 0 && q.main('statement')) return notHeldDraft(q);
    // A statement asked about: the dated statements and decisions first, the meetings after.
    if (facts.length > 0 && (list.length === 0 || q.main('statement'))) {
      return {
        kind: 'fact',
        // One dated fact is titled by its own label, not by a bare year.
        title: () => (facts.length === 1 ? facts[0]!.label : `${year}`),
        // "Did the members issue a statement after the strikes in Esfand 1404?": one is on record in that time.
        ...(q.form === 'yesno' && q.main('statement') && { verdict: 'yes' as const }),
        lead: (l) =>
          l.lang === 'en' ? facts.map((x) => x.text).join(' ') : l.m.fromData(facts.map((x) => x.label).join('; ')),
        ...(q.lang !== 'en' && { context: facts.map((x) => x.text).join(' ') }),
        sources: facts.map((x) => x.sources),
      };
    }
    if (list.length === 0)
      return {
        kind: 'notHeld',
        title: () => 'Not in the data',
        // ("… in May 2026": the month asked, not the year, which may hold other events.)
        lead: (l) =>
          l.m.noEventsIn(
            precise(q) && q.time!.month
              ? l.m.inYear(l.d(q.time!.from.toISOString().slice(0, 7)))
              : l.m.inYear(l.d(String(year))),
          ),
        sources: [],
      };
    return {
      kind: 'fact',
      title: () => `${year}`,
      lead: (l) =>
        `${l.m.eventsInYear(l.n(list.length), l.d(String(year)), list.length)} ${list.map((e) => whenWhere(f, e)(l)).join(' ')}`,
      // ("what's happened with the sco in 2026?": the organisation's own dated statements of that year too.)
      details: [
        {
          items: [
            ...list.map((e) => e.summary),
            ...[...facts].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).map((x) => x.text),
          ],
        },
      ],
      sources: [...list.map((e) => e.sources), ...facts.map((x) => x.sources)],
    };
  },
};

/** The newest meeting asked for with no kind, body, time, place or country named ("the latest SCO event you have"). */
function latestAsked(q: Question): boolean {
  return (
    // ("… last week", "… last night": a time, not the latest asked.)
    q.cues.some(
      (c) =>
        c.cue === 'last' &&
        !/^(week|month|year|yr|night|weekend|time|summer|spring|autumn|fall|winter)$/.test(q.words[c.at + 1] ?? ''),
    ) &&
    // ("what happened lately w sco", "what's the latest on the sco": the organisation's latest, asked with no noun.)
    // (Nothing else named: "ŞİÖ Kalkınma Bankası … son durum" asks the latest of the bank.)
    (q.main('meeting') ||
      (q.sco &&
        q.unknownWords.every((w) => COMMON.has(w)) &&
        (q.main('outcome') || q.form === 'what' || q.form === 'fragment'))) &&
    !q.time &&
    !q.eventNamed &&
    !q.eventByClause &&
    q.bodies.length === 0 &&
    q.places.length === 0 &&
    subjects(q).length === 0 &&
    q.form !== 'yesno' &&
    q.form !== 'choice' &&
    !q.main('summit', 'defence', 'minister', 'chair', 'secgen', 'member', 'partner', 'join', 'apply', 'next')
  );
}

/** Meetings of one kind named by two or more years and compared ("compare the 2024 and 2025 summits"). */
function comparedByYears(q: Question): boolean {
  return (
    !q.eventNamed &&
    q.main('compare', 'difference') &&
    q.events.length >= 2 &&
    q.times.length >= 2 &&
    new Set(q.events.map((e) => e.body)).size === 1
  );
}

/** Two words side by side in the question that the question's passage holds ("development strategy"): a thing it names. */
function namesPassagePair(q: Question): boolean {
  const p = q.passage;
  if (!p || p.unknown || p.matched < 2) return false;
  const held = new Set(p.words.map(stem));
  return q.words.some(
    (w, i) =>
      i + 1 < q.words.length &&
      !STOPWORDS.has(w) &&
      !STOPWORDS.has(q.words[i + 1]!) &&
      held.has(stem(w)) &&
      held.has(stem(q.words[i + 1]!)),
  );
}

/** A request for the run of events over a time ("timeline of … from July 2025 to Sep 2026", "summarise 2026"), no country or meeting named. */
function chronicle(q: Question): boolean {
  // ("walk me through the 2025 calendar - defence, foreign ministers, summit, PMs": meetings named by their kinds
  // alone, several of them, are the year's run of meetings.)
  const byKinds = q.events.length >= 2 && q.places.length === 0 && new Set(q.events.map((e) => e.body)).size >= 2;
  if (!q.time || (q.eventNamed && !byKinds) || comparedByYears(q) || subjects(q).length || q.people.length)
    return false;
  // ("list the sco meetings in 2025", "what meetings did the SCO hold in 2025", "sco calendar 2025": the year's meetings.)
  const listed =
    (q.main('list', 'all') || q.form === 'list' || q.form === 'what' || q.form === 'which' || q.form === 'fragment') &&
    q.words.some((w) => w === 'meetings' || w === 'calendar' || w === 'events');
  // ("can you give me where the 2026 summit was held": a where-question, however politely asked.)
  // ("what's new since the spring?", "what happened after April 2026?": what a span from then on holds.)
  const walk =
    (q.main('growth', 'explain') ||
      q.form === 'explain' ||
      listed ||
      (q.time.mode === 'after' &&
        (q.main('outcome') || q.words.includes('news')) &&
        q.form !== 'yesno' &&
        q.thing === undefined)) &&
    !(q.form === 'where' || q.form === 'who' || q.form === 'howMany');
  // ("tell me about the 2027 summit": one summit of a year the data holds no meeting of is that summit, not the year.)
  const oneSummit =
    !byKinds &&
    q.main('summit') &&
    q.words.includes('summit') &&
    !q.words.some((w) => /^(summits|meetings|events|calendar|timeline|recap)$/.test(w));
  if (oneSummit) return false;
  const about =
    q.main('meeting', 'summit', 'outcome') ||
    (q.sco && !q.cues.some((c) => c.role === 'main' && TOPIC_CUES.has(c.cue)));
  return (
    walk &&
    about &&
    !q.main('member', 'partner', 'observer', 'dialogue', 'join', 'count', 'chair', 'secgen', 'minister')
  );
}

/** Relations that make a walk-through about one topic (membership, the chair, a body…), not the run of events. */
const TOPIC_CUES = new Set([
  'member',
  'partner',
  'observer',
  'dialogue',
  'join',
  'count',
  'chair',
  'secgen',
  'director',
  'minister',
  'defence',
  'charter',
  'found',
  'capital',
  'code',
  'language',
  'apply',
  'statement',
  'body',
  'location',
]);

/** The last day a Date can hold: the end of a span asked "since" a time, which runs on. */
const OPEN_END = 8.64e15;

/** From the first day of the earliest time asked about to the last day of the latest. */
function spanOfTimes(q: Question): { from: Date; to: Date } {
  const times = q.times.filter((t) => t.role !== 'aside');
  const all = times.length ? times : [q.time!];
  const from = new Date(Math.min(...all.map((t) => t.from.getTime())));
  const to = new Date(Math.max(...all.map((t) => (t.mode === 'after' ? Number.POSITIVE_INFINITY : t.to.getTime()))));
  return { from, to: Number.isFinite(to.getTime()) ? to : new Date(OPEN_END) };
}

/** The meetings of a span, oldest first, with the statements and decisions the data dates within it. */
function chronology(
  f: AskFacts,
  span: { from: Date; to: Date },
  within: (iso: string | undefined) => boolean,
  about?: CountryT,
): Draft {
  // (Of one country: the records that name it, as an attendee, a country of the fact, an official's or in their text.)
  const names = (text: string) => about === undefined || text.includes(about.name);
  const list = f.store
    .events()
    .filter(
      (e) =>
        within(e.start) &&
        isoToDate(e.start) <= f.factDay &&
        (about === undefined ||
          names(e.summary) ||
          e.positions.some((p) => p.country === about.id) ||
          (e.attendees.includes(about.id) && e.attendees.length <= 3)),
    );
  list.sort((a, b) => a.start.localeCompare(b.start));
  const facts = f.store.data.organisation
    .filter((x) => within(x.date) && !list.some((e) => e.start === x.date))
    .filter((x) => about === undefined || (x.countries.includes(about.id) && x.countries.length <= 3) || names(x.text))
    .sort((a, b) => a.date!.localeCompare(b.date!));
  // An office the data records as ended within the span, with how it ended (a dated record like any other).
  const ends = f.store.data.officials
    .filter((o) => o.ended && within(o.to) && (about === undefined || o.country === about.id))
    .map((o) => ({
      date: o.to!,
      text: `${o.name} (${o.roleLabel}): ${firstSentence(o.ended!.text)}`,
      sources: o.ended!.sources,
    }));
  const from = iso(span.from);
  // (A span wholly after the data's day is said as asked: clipped, it would end before it starts.)
  // (A span from a day after the data's on, "the last two weeks", ends today, not at the end of time.)
  const open = span.to.getTime() >= OPEN_END;
  const to = iso(span.to > f.factDay && span.from <= f.factDay ? f.factDay : open ? f.today : span.to);
  const count = list.length + facts.length + ends.length;
  // (A span that starts after the data's day: what the data records as its own horizon.)
  const horizon = span.from > f.factDay ? f.unknowns({ topic: 'coverage' })[0] : undefined;
  if (count === 0 && !about)
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) => (horizon && l.lang === 'en' ? l.m.notHeld(horizon.what) : l.m.noEventsIn(l.dr(from, to))),
      ...(horizon?.lead && { context: horizon.lead }),
      sources: [horizon?.sources ?? []],
    };
  return {
    kind: 'fact',
    title: (l) => l.dr(from, to),
    lead: (l) =>
      about
        ? l.m.recordedBetween(l.c(about), l.d(from), l.d(to), count, l.n(count))
        : list.length
          ? list
              .slice(0, 3)
              .map((e) => whenWhere(f, e)(l))
              .join(' ')
          : l.m.noEventsIn(l.dr(from, to)),
    details: [
      {
        items: [
          ...list.slice(about ? 0 : 3).map((e) => {
            // (The country's own recorded position at the meeting, after what the meeting was.)
            const own = about && e.positions.find((p) => p.country === about.id);
            return {
              date: e.start,
              text: own ? `${firstSentence(e.summary)} ${about.name}: ${own.stance}.` : firstSentence(e.summary),
            };
          }),
          ...facts.slice(0, 6).map((x) => ({ date: x.date!, text: firstSentence(x.text) })),
          ...ends,
        ]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((i) => `${formatDate(i.date)}: ${i.text}`),
      },
    ],
    sources: [...list.map((e) => e.sources), ...facts.map((x) => x.sources), ...ends.map((x) => x.sources)],
  };
}

const yesIf = (c: boolean) => (c ? ('yes' as const) : ('no' as const));

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The question's time is shorter than a year (a month, a Solar Hijri month, a few weeks). */
function precise(q: Question): boolean {
  const t = q.time;
  return t !== undefined && t.mode === 'in' && t.to.getTime() - t.from.getTime() < 62 * 86_400_000;
}

/** A country's own announcement that it will host a summit, recorded with the open question it bears on (no SCO decision). */
function announcement(
  f: AskFacts,
  year?: number,
): (UnknownT & { announced: NonNullable<UnknownT['announced']> }) | undefined {
  // The announcement is known from its own day, even before the question it bears on is open.
  return f.store.data.unknowns.find(
    (u): u is UnknownT & { announced: NonNullable<UnknownT['announced']> } =>
      u.announced?.hosts === 'summit' &&
      isoToDate(u.announced.on) <= f.today &&
      (year === undefined || u.announced.year === year),
  );
}

/** "Who hosts the 2027 summit?": who announced it, and that no SCO decision is recorded; the summit itself is not predicted. */
function announced(_f: AskFacts, u: UnknownT & { announced: NonNullable<UnknownT['announced']> }, q: Question): Draft {
  const a = u.announced;
  const named = subjects(q);
  // "Did Pakistan say it will host the 2027 summit?": whether the announcement was made, which the data records
  // (Yes); whether the summit will be held there is not in the data.
  const saidSo = q.main('announce') && (named.length === 0 || named.some((c) => c.id === a.country));
  // "Did India say it will host it?": the data records the announcement and who made it, another country: No.
  const saidByOther = q.main('announce') && named.length > 0 && !named.some((c) => c.id === a.country);
  // "… is that an official SCO decision?": what is asked is the decision, which the data does not record: No.
  const decisionAsked = q.words.some((w) =>
    /^(official|officially|decision|decided|confirmed|approved|formal|formally)$/.test(w),
  );
  // ("… confirmed by an SCO decision, or just their own announcement?": the choice is answered by the decision asked.)
  const verdict: Verdict | undefined =
    q.form === 'yesno'
      ? decisionAsked
        ? 'no'
        : saidSo
          ? 'yes'
          : saidByOther
            ? 'no'
            : 'unknown'
      : q.form === 'choice' && decisionAsked
        ? 'no'
        : undefined;
  return {
    kind: 'fact',
    title: () => 'Announced, not decided',
    ...(verdict && { verdict }),
    ...(q.form === 'choice' && verdict && { verdictAlways: true }),
    // (In English the data's own sentence, which says who announced it.)
    lead: (l) => (l.lang === 'en' && u.lead ? u.lead : hostAnnouncedLine(l, a)),
    context: (l) =>
      l.lang === 'en'
        ? l.m.notHeld(u.what)
        : named.length && !named.some((c) => c.id === a.country)
          ? l.m.noPrediction
          : l.m.nextSummitUnknown,
    sources: [a.sources, u.sources],
  };
}

/** The summary's sentence that bears on the question ("the title of Xi's speech"), else its first. */
function summarySentence(q: Question, e: EventT): string {
  return (
    bestSentence(
      q,
      summaryOf(e).map((s) => s.text),
    ) ?? firstSentence(e.summary)
  );
}

/** A sentence of the summary that shares two of the question's words (one, for a yes/no question) beyond the meeting's own name. */
function detailSentence(
  q: Question,
  e: EventT,
  synonyms: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const own = new Set([e.city, ...e.name.split(/\s+/)].map((w) => summaryStem(w.toLowerCase())));
  // (Words of an aside, "my notes from the spring", pick no sentence.)
  // (A word the lexicon gives the data's word for counts as that word: "Rede", speech.)
  const terms = q.mainTerms.filter((t) => !own.has(summaryStem(t))).map((t) => [t, ...(synonyms[t] ?? [])]);
  let best: { text: string; n: number } | undefined;
  for (const { text, words } of summaryOf(e)) {
    const n = terms.filter((forms) => forms.some((t) => words.has(summaryStem(t)))).length;
    if (!best || n > best.n) best = { text, n };
  }
  return best && best.n >= (q.form === 'yesno' ? 1 : 2) ? best.text : undefined;
}

const summaryStem = (w: string) => w.replace(/(ing|ed|es|s|d|e)$/, '');

/** A meeting's summary as sentences, each with its words' stems: split once per meeting, not once per question. */
function summaryOf(e: EventT): readonly { text: string; words: ReadonlySet<string> }[] {
  let out = summaries.get(e);
  if (!out) {
    out = sentences(e.summary).map((text) => ({
      text,
      words: new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .map(summaryStem),
      ),
    }));
    summaries.set(e, out);
  }
  return out;
}
const summaries = new WeakMap<EventT, readonly { text: string; words: ReadonlySet<string> }[]>();

/** Two meetings side by side: when and where each took place, and one line each with what it decided (its decisions on members and partners first). */
function compareEvents(q: Question, f: AskFacts, a: EventT, b: EventT): Draft {
  const decided = (e: EventT) =>
    f.store.data.memberships.filter((m) => m.event === e.id).map((m) => f.nameOf(m.country));
  // An outcome that shares a word with the question ("terrorism" / "terror attack", by its first five letters) comes first.
  // Words that name the relation or the meetings ("summits", "compare") are the question's frame, not its topic.
  const frame = new Set(q.cues.flatMap((c) => q.words.slice(c.at, c.at + (c.len ?? 1))));
  // (A place the question names is its topic too: "how the Pahalgam question played out from Qingdao to Tianjin".)
  // (Not the meetings' own cities, which name what is compared.)
  const topicPlaces = q.places.filter(
    (p) => p.toLowerCase() !== a.city.toLowerCase() && p.toLowerCase() !== b.city.toLowerCase(),
  );
  const stems = [...q.terms, ...topicPlaces.flatMap((p) => p.toLowerCase().split(/\s+/))]
    .filter((t) => t.length >= 5 && !frame.has(t))
    .map((t) => t.slice(0, 5));
  const asked = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w.length >= 5 && stems.includes(w.slice(0, 5)));
  const line = (e: EventT) => {
    const names = decided(e);
    const first = (o: EventT['outcomes'][number]) =>
      asked(o.text) ? 0 : names.some((n) => o.text.includes(n)) ? 1 : 2;
    const top = [...e.outcomes].sort((x, y) => first(x) - first(y)).slice(0, 3);
    return top.length ? `${e.name}: ${top.map((o) => o.text.replace(/\.$/, '')).join('. ')}.` : undefined;
  };
  const items = [a, b].map(line).filter((x): x is string => x !== undefined);
  const overlap = overlapVerdict(q, a, b);
  return {
    ...(overlap && { verdict: overlap, verdictAlways: true }),
    kind: 'fact',
    title: (l) => `${l.event(a)} / ${l.event(b)}`,
    lead: (l) => `${whenWhere(f, a)(l)} ${whenWhere(f, b)(l)}`,
    ...(items.length > 0 && { details: [{ items }] }),
    sources: [a.outcomes[0]?.sources ?? a.sources, b.outcomes[0]?.sources ?? b.sources],
  };
}

/** "Was it in person?", "was it held online?": the meeting's format asked about. */
/** "between" two things named, in the languages asked in (folded). */
const BETWEEN = /^(between|zwischen|entre|arasinda|между)$/;

/** A superlative of size ("the biggest summit", "die größte", "la más grande"), folded. */
const SIZE_SUPERLATIVE = /^(largest|biggest|grosste|groesste|grossten|crupneishii|krupneyshiy)$/;

function asksFormat(q: Question): 'inPerson' | 'online' | undefined {
  const typed = ` ${q.words.join(' ')} `;
  if (/ in person | physically | face to face | offline /.test(typed)) return 'inPerson';
  if (/ online | virtual | virtually | video /.test(typed)) return 'online';
  return undefined;
}

/**
 * "whats been going on with iran and the sco this year", "recap everything sco-related around iran in 2025-26": one
 * country, a span, and what happened in it asked, no relation of the country's own (its joining, its chair term).
 */
function countrySpan(q: Question): CountryT | undefined {
  const cs = subjects(q);
  if (cs.length !== 1 || !q.time || q.eventNamed || q.people.length > 0) return undefined;
  const happened =
    q.main('outcome', 'explain', 'growth') ||
    /\b(going on|happening|rundown|recap|news|latest)\b/.test(q.words.join(' '));
  if (!happened) return undefined;
  if (
    q.main(
      'chair',
      'apply',
      'minister',
      'secgen',
      'statement',
      'attend',
      'refuse',
      'status',
      'partner',
      'observer',
      'dialogue',
    )
  )
    return undefined;
  // ("india hosted the 2023 summit …, what got decided there?": a meeting or a joining said anywhere is what is asked of.)
  if ((['join', 'member', 'summit', 'meeting', 'host', 'status'] as const).some((c) => q.has(c))) return undefined;
  return cs[0];
}

/** The content words of what the question sets aside ("separate from the statement on israel's strikes": israel, strikes). */
function setAside(q: Question): string[] {
  const at = q.words.findIndex(
    (w, i) =>
      (/^(separate|apart|aside)$/.test(w) && q.words[i + 1] === 'from') ||
      (w === 'other' && q.words[i + 1] === 'than') ||
      /^(besides|excluding|except)$/.test(w),
  );
  if (at < 0) return [];
  return q.words
    .slice(at + 2, at + 9)
    .filter((w) => w.length > 3 && !STOPWORDS.has(w) && !/^(statement|statements|declaration|the)$/.test(w))
    .map((w) => w.replace(/s$/, ''));
}

/** A yes/no question, or one put between two countries that asks whether either did ("did armenia or azerbaijan get in?"). */
function yesOrEither(q: Question): boolean {
  return q.form === 'yesno' || (q.form === 'choice' && subjects(q).length >= 2);
}
