import type { CountryT } from '../../facts/schema.js';
import { formatDate, isoToDate } from '../../base/dates.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Text } from '../draft.js';
import type { Question, TimeRef } from '../understand/question.js';
import type { Cue } from '../lexicon/cues.js';
import type { Intent } from './types.js';
import { termLine } from './chair.js';
import {
  chairCountFact,
  firstSentence,
  isAbout,
  meetingsSideBySide,
  joinedOn,
  pathSentence,
  standingNote,
  subjects,
  mergedOn,
  rolesNamed,
} from './shared.js';

/**
 * Walk-throughs composed from several records: a country's path through the SCO's categories
 * (each status with its dates and the summit that decided it), and what separates members from
 * partners as far as the data says.
 */
export const explain: Intent = {
  id: 'explain',
  priority: 91,
  examples: [
    { q: "walk me through Belarus's path to SCO membership", must: ['2010', '2015', '4 July 2024', 'Astana'] },
    { q: 'explain how iran became a member', must: ['2005', '4 July 2023'] },
    { q: 'whats the difference between a member and a partner now', must: ['partner', '10', '17'] },
    { q: 'explain why afghanistan is an odd partner', must: ['2012', '2021'] },
    { q: 'how did the line on iran change between june 2025 and march 2026', must: ['June 2025', '2 March 2026'] },
  ],
  match(q) {
    const cs = walkedCountries(q);
    // "Why is Afghanistan's status complicated?": a why about a country's standing (no act of its own: joining,
    // applying, leaving, refusing) is answered by that standing walked through, not by motives the data lacks.
    const standing = q.form === 'why' && q.main('status') && !q.main('join', 'apply', 'leave', 'refuse', 'sign');
    // ("le Laos est devenu partenaire de l'OCS ?": becoming a category, asked yes or no, is that standing's verdict.)
    const becameAsked =
      q.form === 'yesno' &&
      q.statusAsked !== undefined &&
      !q.main('path', 'explain') &&
      q.cues.every(
        (c) =>
          c.cue !== 'growth' ||
          /^(est|devenu\w*|became|become|becomes)$/.test(q.words[c.at] ?? '') ||
          // ("is mongolia still an observer or did that change": the yes/no put the other way round.)
          (/^(change|changed)$/.test(q.words[c.at] ?? '') && /^(that|it|this)$/.test(q.words[c.at - 1] ?? '')),
      );
    const walk =
      q.form === 'explain' ||
      (q.main('path', 'growth') && !becameAsked) ||
      // ("Belarus's path before membership — since when was it a dialogue partner …": the path named as the topic.)
      // (Not a word of an aside: "… since when? we route a lot of cargo via turkmenbashi".)
      (q.has('path', 'sub') && !q.main('path') && q.form === 'when') ||
      q.has('explain') ||
      (q.form === 'how' && q.main('join')) ||
      standing ||
      stagesNamed(q);
    if (
      cs.length === 1 &&
      walk &&
      (q.main('join', 'member', 'path', 'growth') ||
        q.form === 'explain' ||
        standing ||
        q.has('path') ||
        stagesNamed(q)) &&
      !q.main('capital', 'code', 'minister', 'defence', 'refuse') &&
      // ("how iran went from observer to full member, with the summit stops on the way": the summits of the path walked,
      // when no one summit is named.)
      (!q.main('summit') ||
        (!q.eventNamed && (q.main('path') || (q.main('member') && q.main('observer', 'dialogue', 'partner'))))) &&
      (!q.main('chair') || chairOnPath(q)) &&
      // ("will armenia be a full member by 2028? just give me a yes or no": a yes or no of what is to come is a prediction.)
      !(q.tense === 'future' && q.form === 'yesno')
    ) {
      return q.form === 'how' && !q.main('path', 'growth') && !q.has('explain') ? 80 : 93;
    }
    // ("какую роль Казахстан играл в ШОС — основатель, председательство, саммиты, генсек?": a country's roles named one by
    // one are its walk-through, whatever the question word.)
    // (Asked as its role or standing, or as a walk-through: "which country chaired the summit at which Iran was admitted"
    // names three roles and asks one.)
    if (
      cs.length === 1 &&
      ROLE_CUES.filter((r) => r.some((c) => q.has(c))).length >= 3 &&
      (q.main('status', 'path', 'explain') || q.form === 'explain') &&
      // ("… founder, chair, Secretary-General. Can you lay that out for me?": a request put as a yes/no is still one.)
      (!CLOSED_FORMS.has(q.form) || (q.form === 'yesno' && q.main('explain'))) &&
      // (A member's "role" put in those words is its roles' own answer: membership.)
      !rolesNamed(q)
    )
      return 95;
    if (
      cs.length === 0 &&
      // ("mongolia — full member or observer? and since when?": of a country named, its own standing is asked.)
      !q.countries.some((c) => c.by !== 'demonym') &&
      q.main('difference', 'compare') &&
      q.main('member') &&
      q.main('partner', 'observer', 'dialogue') &&
      // (Not two meetings compared on what they decided about members and partners: "compare Astana 2024 and Tianjin
      // 2025 on membership and partners" sets the meetings side by side.)
      !meetingsSideBySide(q)
    )
      return 92;
    // "How did the line on Iran shift between June 2025 and March 2026?": what the data records on a country over a span.
    // (Or its statements set side by side after a dash: "how did the strikes on iran play out — the june 2025 statement
    // vs the march 2026 one?")
    if (
      cs.length === 1 &&
      (spanOf(q) || (q.has('statement') && spanOf(q, true))) &&
      (q.form === 'how' || q.form === 'explain' || q.form === 'what')
    )
      return q.main('capital', 'code', 'chair', 'minister', 'defence', 'summit', 'count', 'language') ? undefined : 84;
    return undefined;
  },
  since: joinedOn,
  answer(q, f) {
    const cs = walkedCountries(q);
    const span = spanOf(q, true);
    // "A timeline of the statements on strikes against Iran, 2025 to 2026": what was said is recorded facts, not the path.
    if (cs.length === 1 && span && (q.main('statement') || !(q.main('join', 'member', 'path') && q.form !== 'how')))
      return between(f, cs[0]!, span, q.main('statement'));
    if (cs.length === 0) {
      const members = f.members(f.factDay).length;
      const partners = f.partners(f.factDay).length;
      const merge = f.topic('partnerMerge');
      return {
        kind: 'fact',
        title: () => 'Members and partners',
        lead: (l) => l.m.rightsNotHeld(l.n(members), l.n(partners)),
        ...(merge?.date && { context: mergedOn(f, merge.date) }),
        sources: [f.topic('family')?.sources ?? [], merge?.sources ?? []],
      };
    }
    const c = cs[0]!;
    const records = f.history(c.id).filter((m) => m.status !== 'none');
    if (records.length === 0) {
      return {
        kind: 'fact',
        title: (l) => l.c(c),
        lead: (l) => l.m.notConnected(l.c(c)),
        sources: [f.statusOn(c.id)[0]?.sources ?? []],
      };
    }
    const ordered = [...records].sort((a, b) => (a.from ?? '0').localeCompare(b.from ?? '0'));
    const acc = f.accession(c.id);
    const summit = acc?.event ? f.event(acc.event) : undefined;
    const own = standingNote(f, c);
    // "India's path: observer, member, then chair": the chair is a stage of the path, its latest term the context.
    const terms = chairOnPath(q) ? f.chairs().filter((t) => t.country === c.id) : [];
    const lastTerm = terms.at(-1);
    const roles = rolesOf(q, f, c, lastTerm !== undefined);
    const counted = terms.length > 1 ? chairCountFact(f, c.id) : undefined;
    // ("india's sco journey: observer → member → chair → the qingdao row": a meeting named as a stage, where the country's
    // position is on record, is a stage too.)
    const stands = f.store.data.events.flatMap((e) =>
      q.places.some((pl) => pl.toLowerCase() === e.city.toLowerCase()) || q.words.includes(e.city.toLowerCase())
        ? e.positions.filter((p) => p.country === c.id).map((p) => ({ e, p }))
        : [],
    );
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      lead: (l) => pathSentence(l, c, ordered),
      context: lastTerm
        ? (l: Loc) => termLine(f, l, c, lastTerm)
        : summit && acc
          ? (l: Loc) => l.m.joined(l.c(c), l.d(acc.from!), l.event(summit))
          : own && firstSentence(own.text),
      details: [
        {
          items: [
            ...(own && summit ? [firstSentence(own.text)] : []),
            // (Applications asked about: a record's later sentences say what else the country applied for, "In 2024 it also
            // applied for observer status".)
            ...ordered.map((m) => (q.has('apply') ? m.how : firstSentence(m.how))),
            ...(counted ? [firstSentence(counted.text)] : []),
            ...roles.items,
            ...stands.map(({ e, p }) =>
              p.act === 'refused-to-sign'
                ? (l: Loc) => `${l.m.refusedToSign(l.c(c), l.event(e))}${p.reason ? ` ${firstSentence(p.reason)}` : ''}`
                : firstSentence(p.stance),
            ),
          ],
        },
      ],
      sources: [
        ...(lastTerm ? [lastTerm.sources] : []),
        ...stands.slice(0, 1).map(({ p }) => p.sources),
        acc?.sources ?? ordered.at(-1)!.sources,
        ...roles.sources,
        ...(own ? [own.sources] : []),
        ...ordered
          .filter((m) => m !== acc)
          .slice(0, 2)
          .map((m) => m.sources),
      ],
    };
  },
};

/**
 * The countries a walk-through is of: its subjects, or else the one country named before a walk-through that asks in
 * general words ("Walk me through Iran's accession. … what were the steps?").
 */
function walkedCountries(q: Question): CountryT[] {
  const cs = subjects(q);
  // (Only a walk-through of joining: one of a meeting, a statement, a name or the founding is of that, whoever it names.)
  if (
    cs.length > 0 ||
    !q.has('path') ||
    !(q.has('join') || q.has('status') || q.has('member')) ||
    q.eventNamed ||
    q.form === 'list' ||
    q.has('found') ||
    q.has('founder') ||
    q.main('capital', 'statement', 'refuse', 'compare', 'summit', 'list', 'called')
  )
    return cs;
  const named = [...new Set(q.countries.filter((c) => c.by !== 'demonym').map((c) => c.country))];
  return named.length === 1 ? named : cs;
}

/** The roles a country can have in the SCO, each named by any of its cues. */
const ROLE_CUES: readonly (readonly Cue[])[] = [
  ['chair'],
  ['secgen'],
  ['summit', 'host'],
  ['founder', 'found'],
  ['member', 'observer', 'join', 'partner'],
];
/** Forms that ask one thing of the roles (whether, when, how many), not for the roles themselves. */
/**
 * "belarus was dialogue partner first, then observer, then member — which years for the first two?", "… step by step —
 * dialogue partner, observer, member?": the three stages of a path named one by one are that path, whatever else the line
 * asks of them. (Not put to be checked yes or no, nor one of them chosen: "is mongolia a dialogue partner, an observer or a
 * member?" asks its standing.)
 */
function stagesNamed(q: Question): boolean {
  return q.form !== 'yesno' && q.form !== 'choice' && q.has('dialogue') && q.has('observer') && q.has('member');
}

const CLOSED_FORMS: ReadonlySet<Question['form']> = new Set(['yesno', 'when', 'howMany', 'where', 'who']);

/**
 * The roles beside its statuses that a walk-through of one country names ("founder, chair and the Secretary-General",
 * "… to the 2027 hosting claim"): each term it chaired, each Secretary-General it gave, each summit it hosted or said it
 * would host, from their own records.
 */
function rolesOf(
  q: Question,
  f: AskFacts,
  c: CountryT,
  chairSaid: boolean,
): { items: Text[]; sources: (readonly string[])[] } {
  const items: Text[] = [];
  const sources: (readonly string[])[] = [];
  if (q.has('chair') && !chairSaid) {
    const counted = chairCountFact(f, c.id);
    if (counted) {
      items.push(() => firstSentence(counted.text));
      sources.push(counted.sources);
    }
    for (const t of f.chairs().filter((x) => x.country === c.id)) {
      items.push((l) => termLine(f, l, c, t));
      sources.push(t.sources);
    }
  }
  if (q.has('secgen'))
    for (const o of f.officials({ role: 'secretary-general', country: c.id })) {
      items.push((l) =>
        o.to
          ? l.m.secgenThen(l.person(o), l.c(c), l.d(o.from!), l.d(o.to))
          : l.m.secgenNow(l.person(o), l.c(c), l.d(o.from!)),
      );
      sources.push(o.sources);
    }
  if (q.has('summit') || q.has('host')) {
    const hosted = f.store.data.events.filter((x) => x.host === c.id && x.kind === 'summit');
    for (const e of hosted) {
      items.push((l) => l.m.eventHeld(l.event(e), l.dr(e.start, e.end), ''));
      sources.push(e.sources);
    }
    // (What the data says of its summits beyond those held: a summit it says it will host, not one held already.)
    const lastHeld =
      hosted
        .map((e) => e.start)
        .sort()
        .at(-1) ?? '';
    for (const o of f.store.orgFacts('summits').filter((x) => isAbout(x, c) && (x.date ?? '') > lastHeld)) {
      items.push(() => firstSentence(o.text));
      sources.push(o.sources);
    }
  }
  return { items, sources };
}

/** A path asked with the chair among its stages ("observer, member, then chair"), not the chair alone. */
function chairOnPath(q: Question): boolean {
  // (The stages may be put after a dash: "walk me through india's path in the sco — observer, member, chair".)
  const stage = (cue: Cue) => q.main(cue) || q.has(cue, 'aside');
  return (
    stage('chair') &&
    // ("how did india get from observer to chair?": the way from one stage to another, asked how.)
    (q.main('path', 'explain') || q.form === 'explain' || (q.form === 'how' && q.main('growth'))) &&
    (['observer', 'member', 'join'] as const).some(stage)
  );
}

/** The span a question names by two dates ("between June 2025 and March 2026"): first and last day, each as precise as asked. */
function spanOf(q: Question, asides = false): { from: Date; to: Date; start: string; end: string } | undefined {
  const own = q.times.filter((t) => t.role !== 'aside');
  // Once the question is a walk-through, a span put after a dash ("… - 2025 to 2026") bounds it when it is the only time.
  const times = [...(own.length === 0 && asides ? q.times : own)].sort((a, b) => a.from.getTime() - b.from.getTime());
  const first = times[0];
  const last = times.at(-1);
  // "Since 2025": from then to today.
  if (first && times.length === 1 && first.mode === 'after' && first.from < q.today)
    return { from: first.from, to: q.today, start: asked(first), end: q.today.toISOString().slice(0, 10) };
  // "in 2025 and 2026", "2025 to 2026": one time that spans years.
  if (first && times.length === 1 && first.mode === 'range' && first.untilYear !== undefined)
    return { from: first.from, to: first.to, start: String(first.year), end: String(first.untilYear) };
  // ("در اسفند ۱۴۰۴ (مارس ۲۰۲۶)": one time given in two calendars overlaps itself, and spans nothing.)
  if (!first || !last || times.length < 2 || first.from >= last.to || last.from < first.to) return undefined;
  return { from: first.from, to: last.to, start: asked(first), end: asked(last) };
}

function asked(t: TimeRef): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.year}${t.month ? `-${pad(t.month)}${t.day ? `-${pad(t.day)}` : ''}` : ''}`;
}

/** What the data records on a country within a span: dated organisation facts and status changes, oldest first. */
function between(
  f: AskFacts,
  c: CountryT,
  span: { from: Date; to: Date; start: string; end: string },
  statementsOnly = false,
): Draft {
  const within = (iso?: string) => iso !== undefined && isoToDate(iso) >= span.from && isoToDate(iso) <= span.to;
  const facts = f.store.data.organisation
    .filter((o) => isAbout(o, c) && within(o.date))
    .map((o) => ({ date: o.date!, text: firstSentence(o.text), sources: o.sources }));
  // (A status taken on the day of a dated fact about the country is that fact told again: "applied for membership".)
  const statuses = f
    .history(c.id)
    .filter((m) => within(m.from) && m.how && !facts.some((x) => x.date === m.from))
    .map((m) => ({ date: m.from!, text: `${c.name}: ${firstSentence(m.how)}`, sources: m.sources }));
  // The country's officials recorded at a meeting within the span, and how an office of theirs ended within it
  // (not when only the statements are asked for).
  const people = f.store.data.officials
    .filter((o) => o.country === c.id && !statementsOnly)
    .flatMap((o) => {
      const e = o.event ? f.event(o.event) : undefined;
      return [
        ...(e && within(e.start)
          ? [{ date: e.start, text: `${o.name} (${o.roleLabel}) was at ${e.name}.`, sources: o.sources }]
          : []),
        ...(o.ended && o.to && within(o.to)
          ? [{ date: o.to, text: `${o.name}: ${firstSentence(o.ended.text)}`, sources: o.ended.sources }]
          : []),
      ];
    });
  const items = [...facts, ...statuses, ...people].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 5);
  return {
    kind: items.length ? 'fact' : 'notHeld',
    title: (l) => l.c(c),
    lead: (l) =>
      l.lang === 'en' && items.length
        ? items
            .slice(0, 2)
            .map((i) => i.text)
            .join(' ')
        : l.m.recordedBetween(l.c(c), l.d(span.start), l.d(span.end), items.length, l.n(items.length)),
    ...(items.length > 2 && { details: [{ items: items.slice(2).map((i) => `${formatDate(i.date)}: ${i.text}`) }] }),
    sources: items.map((i) => i.sources),
  };
}
