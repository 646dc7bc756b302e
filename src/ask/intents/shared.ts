import type { CountryT, EventT, MembershipT, OrgFactT, UnknownT } from '../../facts/schema.js';
import { firstSentence } from '../../base/text.js';
import { isoPeriodEnd, isoTime } from '../../base/dates.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Text, Verdict } from '../draft.js';
import type { CountryRef, Question, TimeRef } from '../understand/question.js';

/** Countries the question is about: named in the main clause (demonyms only when nothing else is named). */
export function subjects(q: Question): CountryT[] {
  // ("list all sco partners, including laos": a country a list is to include is no subject of the question.)
  const listed = q.form === 'list' || q.main('list');
  const named = q.countries.filter(
    (c) => c.by !== 'demonym' && !(listed && /^(including|incl|plus|especially|esp)$/.test(q.words[c.at - 1] ?? '')),
  );
  const main = named.filter((c) => c.role === 'main');
  // ("Which of the following is NOT a member? (a) Belarus (b) Iran (c) Turkmenistan": options after the question are what
  // it asks about.)
  // (Lettered options in brackets are read as asides, their letters among the words.)
  const lettered = q.words.includes('b') && q.words.includes('c');
  // ("which of these have any SCO status at all — US, Japan, Türkiye, Egypt, UK?": the options put after a dash.)
  const ofThese = /\b(which|who|how many) of (these|those|them)\b/.test(q.words.join(' '));
  const options =
    lettered || ofThese || q.words.includes('following')
      ? named.filter((c) => c.role === 'aside')
      : ([] as CountryRef[]);
  const pick: CountryRef[] = main.length
    ? main
    : named.filter((c) => c.role === 'sub').length && !q.clauseDay
      ? named.filter((c) => c.role === 'sub')
      : options.length >= 2
        ? options
        : [];
  return pick.map((c) => c.country);
}

/** "Kazakhstan's role in the SCO", "its involvement": a country's roles asked for in those words. */
export function rolesNamed(q: Question): boolean {
  return q.words.some((w) => /^(roles?|involvement)$/.test(w));
}

/** Whether a day falls after a time asked as "after 2017" (after its year) or "since 2017" (from its start). */
export function afterTime(t: TimeRef, day: Date): boolean {
  return t.since ? day >= t.from : day > t.to;
}

/** The day a question is about: a clause's day, the end of the year or period asked about (not after the data), or today. */
export function dayOf(q: Question, f: AskFacts): { day: Date; asked: boolean } {
  if (q.clauseDay) return { day: q.clauseDay.day, asked: true };
  const t = q.time;
  if (!t) return { day: f.factDay, asked: false };
  if (t.mode === 'before') return { day: new Date(t.from.getTime() - 86_400_000), asked: true };
  if (t.mode === 'after') return { day: f.factDay, asked: false };
  const end = t.to > f.factDay ? f.factDay : t.to;
  return { day: end, asked: true };
}

/** "on 1 January 2024", "in 2019", "at the end of 2023", "as of 27 April 2026", in the language. */
export function whenText(q: Question, f: AskFacts): Text {
  return (l: Loc) => {
    if (q.clauseDay) return l.m.onDay(l.d(iso(q.clauseDay.day)));
    const t = q.time;
    if (!t) return l.m.asOf(l.d(f.dataAsOf));
    if (t.day && t.month) return l.m.onDay(l.d(iso(t.from)));
    if (t.month) return l.m.inYear(l.d(iso(t.from).slice(0, 7)));
    if (t.mode === 'before') return l.m.onDay(l.d(iso(new Date(t.from.getTime() - 86_400_000))));
    if (t.to > f.factDay) return l.m.asOf(l.d(f.dataAsOf));
    if (t.to.getTime() === t.from.getTime()) return l.m.onDay(l.d(iso(t.from)));
    // ("in spring 2026", "in early 2024": part of a year, as of its last day.)
    if (t.from.getUTCMonth() !== 0 || t.to.getUTCMonth() !== 11) return l.m.asOf(l.d(iso(t.to)));
    return l.m.atEndOf(l.d(String(t.year)));
  };
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The span an office or record is asked over when the question names two years or more ("between 2022 and 2024",
 * "from 2023 to 2025", "с 2021 по 2023"): from the first day of the first to the last day of the last.
 */
/**
 * The days an office is asked about: a clause's day, a span of years, or the time asked ("before 2022" ends the day
 * before; "since 2022", or a history when `sinceToData`, runs to the data's day).
 */
export function officeWindow(
  q: Question,
  f: AskFacts,
  sinceToData = false,
): { from: Date; to: Date; span: ReturnType<typeof spanAsked> } {
  const t = q.time;
  const span = q.clauseDay ? undefined : spanAsked(q);
  const to =
    q.clauseDay?.day ??
    span?.to ??
    (t!.mode === 'before'
      ? new Date(t!.from.getTime() - 86_400_000)
      : t!.mode === 'after' || sinceToData
        ? f.factDay
        : t!.to);
  // ("who was SG before 2025?": the one in office on the last day before it.)
  const from = q.clauseDay?.day ?? span?.from ?? (t!.mode === 'before' ? to : t!.from);
  return { from, to, span };
}

export function spanAsked(q: Question): { from: Date; to: Date; first: number; last: number } | undefined {
  const own = q.times.filter((t) => t.role !== 'aside' && t.mode !== 'before');
  if (own.length < 2) return undefined;
  const sorted = [...own].sort((a, b) => a.from.getTime() - b.from.getTime());
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (first.year === last.year || last.mode === 'after') return undefined;
  return { from: first.from, to: last.to, first: first.year, last: last.untilYear ?? last.year };
}

/** The holders of an office whose terms overlap a span, oldest first (a term's end given as a year runs to that year's end). */
export function heldIn<T extends { from?: string | undefined; to?: string | undefined }>(
  all: T[],
  from: Date,
  to: Date,
): T[] {
  return all.filter(
    (o) => (!o.from || isoTime(o.from) <= to.getTime()) && (!o.to || isoPeriodEnd(o.to).getTime() >= from.getTime()),
  );
}

export function on(day: Date, from?: string, to?: string): boolean {
  const t = day.getTime();
  if (from !== undefined && isoTime(from) > t) return false;
  if (to !== undefined && isoTime(to) <= t) return false;
  return true;
}

/** The first sentence of a data text, for "one sentence of context" (base/text.ts splits sentences for every part). */
export { firstSentence };

/** A data caveat as one short note (its first sentence), or the verification level when it is not verified. */
export function noteOf(
  rec: { verification?: string; caveat?: string | undefined } | undefined,
  q?: Question,
): string | undefined {
  if (!rec) return undefined;
  if (rec.caveat) {
    // The caveat's sentence that bears on the question ("status these days": the one about its status), else its first.
    const sentences = rec.caveat.split(/(?<=\.)\s+(?=[A-Z])/);
    const first = (q && sentences.length > 1 ? bestSentence(q, sentences) : undefined) ?? firstSentence(rec.caveat);
    // One short note: a long first sentence is cut at its first clause.
    if (first.length <= 170) return first;
    const clause = /^(.{40,170}?)[;:]\s/.exec(first);
    return clause ? `${clause[1]}.` : first;
  }
  if (rec.verification === 'partly-verified') return 'Partly verified.';
  if (rec.verification === 'unverified') return 'Not verified.';
  return undefined;
}

/** Statuses that hold on a day, the main one first (a partner before its application). */
export function standing(f: AskFacts, c: CountryT, day: Date): MembershipT[] {
  return [...f.statusOn(c.id, day)].sort((a, b) => rank(a) - rank(b));
}

function rank(m: MembershipT): number {
  return [
    'member',
    'partner',
    'observer',
    'dialogue-partner',
    'applicant-member',
    'applicant-observer',
    'guest',
    'none',
  ].indexOf(m.status);
}

/** Questions to suggest, named from the data (the newest member, a recorded refusal), never from code. */
export function starterQuestions(f: AskFacts): string[] {
  const newest = f.members().at(-1)?.country.name;
  const refusal = f.store.data.events
    .flatMap((e) => e.positions.filter((p) => p.act === 'refused-to-sign').map((p) => ({ e, p })))
    .at(-1);
  return [
    ...(newest ? [`when did ${newest} join the SCO`] : []),
    'who is the SCO Secretary-General',
    ...(refusal ? [`why did ${f.nameOf(refusal.p.country)} refuse to sign at ${refusal.e.city}`] : []),
  ];
}

const NEGATION =
  /\b(no|not|never|without|neither|nor|dissociat\w*|refus\w*|declin\w*|reject\w*|absent|failed|cannot|unable)\b|n't\b/i;

/**
 * A yes/no question answered by one of the data's own sentences (an outcome, a position, a
 * passage) that is about what was asked: yes when the sentence and the question agree in
 * polarity ("did Spain get an exception?" — "Spain secured flexibility"), no when one negates
 * what the other asserts ("did India go along?" — "India dissociated itself").
 */
export function sentenceVerdict(q: Question, sentence: string): Verdict | undefined {
  if (q.form !== 'yesno') return undefined;
  // ("the development strategy … runs to 2030, yes?": a year said to be run to that the sentence does not state, where
  // it states a year of its own, is a No.)
  const to = q.times
    .filter((t) => /^(to|until|till|through)$/.test(q.words[t.at - 1] ?? ''))
    .map((t) => String(t.year));
  if (to.length > 0 && !to.some((y) => sentence.includes(y)) && /\b(?:19|20)\d\d\b/.test(sentence)) return 'no';
  const asksNegative = q.negated || q.main('refuse');
  // (A remark in brackets negates nothing the sentence says: "NATO summit in The Hague (not an SCO event, …)".)
  return NEGATION.test(sentence.replace(/\([^()]*\)/g, ' ')) === asksNegative ? 'yes' : 'no';
}

/**
 * The sentence of a person's note that answers what the question asks beyond the person's own
 * name and role ("why was his trip notable": "…his first trip abroad…"): it shares a content word
 * of the question that the role label and the name do not hold. A rank ("Lieutenant General.") is no sentence.
 */
export function noteAnswer(
  q: Question,
  o: { name: string; roleLabel: string; note?: string | undefined },
): string | undefined {
  if (!o.note) return undefined;
  const stem = (w: string) => w.toLowerCase().replace(/(ing|ed|es|s)$/, '');
  const own = new Set(`${o.name} ${o.roleLabel}`.split(/[^\p{L}\p{N}]+/u).map(stem));
  const terms = q.terms.map(stem).filter((t) => t.length > 2 && !own.has(t));
  if (terms.length === 0) return undefined;
  const sentences = o.note.split(/(?<=\.)\s+/).filter((s) => s.split(' ').length >= 4);
  const scored = sentences.map((s) => ({
    s,
    n: new Set(
      s
        .split(/[^\p{L}\p{N}]+/u)
        .map(stem)
        .filter((w) => terms.includes(w)),
    ).size,
  }));
  const best = scored.sort((a, b) => b.n - a.n)[0];
  if (best && best.n > 0) return best.s;
  // ("anything notable about iran's DM going to qingdao?": what stood out is the note's one full sentence.)
  return sentences.length === 1 && q.words.some((w) => NOTABLE.test(w)) ? sentences[0] : undefined;
}

/** Words that ask what stood out about a person or a trip. */
const NOTABLE = /^(notable|noteworthy|significant|significance|important|importance|special|unusual|remarkable|deal)$/;

/** The sentence of a list that shares most content words with the question (ties: the first). */
export function bestSentence(q: Question, texts: readonly string[]): string | undefined {
  const words = new Set(q.terms.map(sentenceStem));
  // The countries and people the question names weigh most: "did India go along…" is about India.
  const names = [...q.countries.map((c) => c.country.name), ...q.people.map((p) => p.official.name.split(' ').at(-1)!)];
  let best: { text: string; n: number } | undefined;
  for (const text of texts) {
    let shared = 0;
    for (const w of stemsOf(text)) if (words.has(w)) shared++;
    const n = shared + names.reduce((sum, x, i) => sum + (text.includes(x) ? (i === 0 ? 8 : 2) : 0), 0);
    // Equal overlap: the shorter sentence is the one about it ("The SCO obtained observer status at the CIS").
    if (!best || n > best.n || (n === best.n && n > 0 && text.length < best.text.length)) best = { text, n };
  }
  return best && best.n > 0 ? best.text : undefined;
}

/** "appointed" and "appointment", "exactly" and "exact" are one word. */
const sentenceStem = (w: string) => w.replace(/(ment|ing|ed|ly|es|s)$/, '');

/** The stem of each distinct word of three letters or more of a data text (one a word: two words may share a stem). */
function stemsOf(text: string): readonly string[] {
  let out = stemMemo.get(text);
  if (!out) {
    out = [
      ...new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 2),
      ),
    ].map(sentenceStem);
    // The texts are the data's (outcomes, summaries, caveats, passages): they come back question after question.
    if (stemMemo.size > 4000) stemMemo.clear();
    stemMemo.set(text, out);
  }
  return out;
}
const stemMemo = new Map<string, readonly string[]>();

/** The named meeting where two or more of the question's countries have recorded positions ("both sides' version at Qingdao"). */
export function sidesAt(q: Question): import('../../facts/schema.js').EventT | undefined {
  // A demonym names a side too ("Indian vs Pakistani media").
  const cs = [...new Set(q.countries.filter((c) => c.role === 'main').map((c) => c.country.id))];
  if (cs.length < 2 || !q.eventNamed) return undefined;
  return q.events.find((e) => cs.filter((c) => e.positions.some((p) => p.country === c)).length >= 2);
}

/**
 * "Did the SCO get observer status at another organisation?", "which organisation gave the SCO
 * observer status?": the SCO is the one holding the status (it follows a verb of getting or giving,
 * then the category), not a country holding a status in the SCO.
 */
export function scoReceives(q: Question): boolean {
  if (!q.sco) return false;
  // ("Bei welcher Organisation hat die SOZ … einen Beobachterstatus bekommen?": the verb closes the clause, after the
  // status, in German, French, Spanish and Turkish.)
  const named = q.words.findIndex((w) => /^(soz|ocs|sio)$/.test(w));
  // (Only of an organisation not named: "… a-t-elle obtenu un statut d'observateur auprès de la CEI ?" names it.)
  // (Not the SCO as a possessor: "ŞİÖ'nün ilk gözlemci ülkesi …", "… der SOZ", "… de l'OCS".)
  if (
    named >= 0 &&
    q.otherOrgs.length === 0 &&
    !(q.lang === 'tr' && /^(nun|nin|in|un)$/.test(q.words[named + 1] ?? '')) &&
    !/^(der|des|de|del|l)$/.test(q.words[named - 1] ?? '') &&
    q.words
      .slice(named + 1)
      .some((w) =>
        /^(bekommen|erhalten|bekam|erhielt|obtenu|obtient|recu|obtuvo|obtenido|recibio|recibido|aldi|almis|kazandi)$/.test(
          w,
        ),
      ) &&
    q.cues.some((c) => (c.cue === 'observer' || c.cue === 'status') && c.at > named)
  )
    return true;
  const i = q.words.indexOf('sco');
  if (i < 0) return false;
  // "the sco itself got …", "the SCO also got …": a reflexive or an adverb may stand between the SCO and its verb.
  const after = /^(itself|also|too|then|later|even|finally|just|recently|actually)$/.test(q.words[i + 1] ?? '') ? 2 : 1;
  // ("the first country to get SCO observer status": "SCO" names whose status it is, so a verb of getting before it is
  // the country's; "gave the SCO observer status" still gives it to the SCO.)
  const attribute = /^(observer|observers|status|partner|partners|partnership|membership|member|dialogue)$/.test(
    q.words[i + 1] ?? '',
  );
  const before = q.words.slice(Math.max(0, i - 3), i);
  const near = [
    // ("Washington was granted SCO observer status": granted to the one named before, in the passive.)
    ...(attribute
      ? before.filter(
          (w, k) =>
            /^(gave|give|given|grant|granted)$/.test(w) &&
            !/^(was|were|is|are|been|be|being)$/.test(before[k - 1] ?? ''),
        )
      : before),
    q.words[i + after] ?? '',
  ];
  const verb = near.some((w) =>
    /^(gave|give|given|grant|granted|get|got|gets|getting|obtain|obtained|receive|received|gain|gained|win|won|pick|picked|acquire|acquired|secure|secured|became|become|becomes)$/.test(
      w,
    ),
  );
  // The category after it ("the SCO got observer status") or asked before it ("what status did the SCO get").
  const category = q.cues.some(
    (c) => (c.cue === 'observer' || c.cue === 'status') && c.at !== i && c.at >= i - 3 && c.at <= i + 2 + after,
  );
  return verb && category;
}

/** One answer per country named ("did Iran and Belarus join in 2024?"): the leads side by side, a verdict only when all agree. */
export function perCountry(drafts: readonly Draft[], together = false): Draft {
  const verdicts = new Set(drafts.map((d) => d.verdict));
  // ("Are Japan and Saudi Arabia both partners?": the same asked of several holds only if it holds of each; one No is the
  // answer's No.)
  const oneFails = together && verdicts.has('no') && [...verdicts].every((v) => v === 'yes' || v === 'no');
  return {
    kind: 'fact',
    title: (l) => drafts.map((d) => d.title(l)).join(' · '),
    ...(verdicts.size === 1 && drafts[0]!.verdict && { verdict: drafts[0]!.verdict }),
    ...(oneFails && { verdict: 'no' as const }),
    // (An either-or put of each, whose verdict is said though the question asks by a choice.)
    ...(drafts.every((d) => d.verdictAlways) && { verdictAlways: true }),
    lead: (l) => drafts.map((d) => d.lead(l)).join(' '),
    // ("… decided about Armenia and Azerbaijan at Bishkek?": a caveat every line shares is said once.)
    ...(drafts.every((d) => d.note === drafts[0]!.note) && drafts[0]!.note && { note: drafts[0]!.note }),
    sources: drafts.map((d) => d.sources[0] ?? []),
  };
}

/**
 * "Did X's term start on 1 January 2025?", "was he appointed in May 2025?": whether the start his record gives agrees
 * with the time asked, to the precision both give. A record that gives only the year or the month of a day asked
 * neither confirms nor denies it.
 */
export function startVerdict(
  q: Question,
  o: { from?: string | undefined; note?: string | undefined },
): Verdict | undefined {
  // ("When exactly did Sharsheev start his term? 1 Jan 2025?": a "when" that puts a day forward, as a tag, asks that day.)
  const put = q.form === 'when' ? q.times.find((x) => x.day !== undefined && x.mode === 'in') : undefined;
  const t = q.time ?? put;
  const from = o.from;
  // ("Sharsheev's term began exactly on 1 January 2025?": a statement put with a question mark asks it too.)
  const dayPut = put !== undefined && q.words.some((w) => START_WORDS.has(w));
  if ((q.form !== 'yesno' && q.form !== 'fragment' && !dayPut) || !from || !t || t.mode !== 'in') return undefined;
  if (!q.main('tookOffice', 'appoint') && !(q.lang === 'en' && q.words.some((w) => START_WORDS.has(w))))
    return undefined;
  // A start asked, not a term held ("was he in office in 2025"); other scripts' cues for it are all of a start.
  if (q.lang === 'en' && !q.words.some((w) => START_WORDS.has(w))) return undefined;
  // An appointment asked of one whose record says he took office later ("appointed … and took office on …"): the start
  // is not the appointment.
  if (
    q.lang === 'en' &&
    !q.words.some((w) => START_WORDS.has(w) && !APPOINT_WORDS.has(w)) &&
    /\btook office\b/.test(o.note ?? '')
  )
    return undefined;
  const asked = t.day ? 10 : t.month ? 7 : 4;
  const n = Math.min(asked, from.length);
  if (t.from.toISOString().slice(0, n) !== from.slice(0, n)) return 'no';
  return from.length >= asked ? 'yes' : 'unverified';
}

const APPOINT_WORDS = new Set(['appointed', 'appointment', 'named']);
const START_WORDS = new Set(
  'start starts started starting begin began begun beginning took take taking assumed appointed appointment named'.split(
    ' ',
  ),
);

/** A country's statuses, oldest first, said as one sentence ("Iran's path in the SCO: an observer from 2005 … and a member state from 2023"). */
/** (Given the facts, the day a country became a member names its summit: "a member state from 9 June 2017 (the 2017 Astana SCO summit)".) */
export function pathSentence(l: Loc, c: CountryT, records: readonly MembershipT[], f?: AskFacts): string {
  const ordered = [...records].sort((a, b) => (a.from ?? '0').localeCompare(b.from ?? '0'));
  const joinedAt = (m: MembershipT) => {
    const event = m.status === 'member' && m.event ? f?.event(m.event) : undefined;
    return event && m.from ? `${l.d(m.from)} (${l.event(event)})` : undefined;
  };
  return l.m.path(
    l.c(c),
    l.list(
      ordered.map((m) => l.m.pathStep(l.status(m.status), m.from && (joinedAt(m) ?? l.d(m.from)), m.to && l.d(m.to))),
    ),
  );
}

/** An organisation fact about the country: it names the country first, among a few (not a list of the whole membership). */
export function isAbout(o: OrgFactT, c: CountryT): boolean {
  return o.countries[0] === c.id && o.countries.length <= 3;
}

/** What the data says of a country's standing beyond its status records ("not invited since 2021", "the procedure began in 2021"). */
export function standingNote(f: AskFacts, c: CountryT): OrgFactT | undefined {
  return f.store.data.organisation.find((o) => o.topic === 'membership' && !o.status && isAbout(o, c));
}

/** "Did India block Azerbaijan?": a country named right after a refusal is the one refused, not a side of a meeting. */
export function blocksCountry(q: Question): boolean {
  const refusal = q.cues.find((c) => c.cue === 'refuse' && c.role === 'main');
  if (!refusal) return false;
  if (q.countries.some((c) => c.at > refusal.at && c.at <= refusal.at + 3)) return true;
  // "Baku says India blocked its bid": the bid of a country named before, put by its pronoun.
  if (
    /^(its|their)$/.test(q.words[refusal.at + 1] ?? '') &&
    q.cues.some((c) => c.cue === 'apply' && c.at > refusal.at && c.at <= refusal.at + 4) &&
    q.countries.filter((c) => c.by !== 'demonym').length >= 2
  )
    return true;
  // "azerbaijan applied to join, didn't it? did india block it?": "it" is the application the line names.
  return (
    /^(it|them|that|this)$/.test(q.words[refusal.at + 1] ?? '') &&
    q.cues.some((c) => c.cue === 'apply') &&
    q.countries.filter((c) => c.by !== 'demonym').length >= 2
  );
}

/** The merge of the partner categories on its day, with the summit whose days hold that day (its decisions are the summit's). */
export function mergedOn(f: AskFacts, date: string): Text {
  const summit = f.eventsOfKind('summit').find((e) => e.start <= date && date <= (e.end ?? e.start));
  return (l) => l.m.mergedInto(l.d(date), summit && l.event(summit));
}

/** "Did the RATS director go to Qingdao?", "did the SG attend the Tianjin summit?": an office-holder's attendance of a named meeting (the meeting's own record answers it). */
export function officeAttends(q: Question): boolean {
  return (
    q.form === 'yesno' &&
    q.main('attend') &&
    q.eventNamed &&
    (q.main('secgen') || (q.bodies.includes('rats') && q.main('director', 'head')))
  );
}

/**
 * The Secretary-General is asked about. ("What does the RATS executive committee do day to day?": the daily running of
 * the other body is no Secretary-General's.)
 */
export function asksSecGen(q: Question): boolean {
  if (!q.main('secgen')) return false;
  return !(
    q.bodies.includes('rats') &&
    !q.bodies.includes('secretariat') &&
    q.cues.every((c) => c.cue !== 'secgen' || q.words[c.at] === 'day')
  );
}

/** "… which eight are they?", "which 8?": the ones a count just named are asked for. */
export function asksWhichOnes(q: Question): boolean {
  return (
    q.form === 'which' &&
    /\bwhich (\w+ )?are (they|those)\b|\bwhich (\d{1,2}|six|seven|eight|nine|ten|ones)$/.test(q.words.join(' '))
  );
}

/** Whether a country lies in a region named by its UN M49 region or sub-region ("Africa", "Central Asia"). */
export function inRegion(c: CountryT, region: string): boolean {
  return c.subRegion === region || c.region === region;
}

/** "became an observer in 2012", "joined in 2017": a start asked for in the time named, not a standing held through it. */
export function asksStart(q: Question): boolean {
  return q.main('join') || q.words.some((w) => /^(became|become|becomes|got|granted|admitted)$/.test(w));
}

/** The first record of a category that the data dates ("Mongolia was the first observer, from 2004"). */
export function firstWithStatus(f: AskFacts, status: MembershipT['status']): MembershipT | undefined {
  return f.store.data.memberships
    .filter((m) => m.status === status && m.from)
    .sort((a, b) => a.from!.localeCompare(b.from!))[0];
}

/** A note's first sentence when it is only a rank or title of a few words ("Admiral.", "Brigadier General."). */
export function rankOf(note: string | undefined): string | undefined {
  const first = note?.split(/(?<=\.)\s+/)[0];
  // (A sentence with a verb in the past is no rank: "Preceded Nurlan Yermekbayev.")
  return first && first.split(' ').length <= 3 && !/\b\w+ed\b/i.test(first) ? first.replace(/\.$/, '') : undefined;
}

/** The day every country the question names became a member ("how long have India and Pakistan been members?"), if one. */
export function joinedOn(q: Question, f: AskFacts): string | undefined {
  const days = new Set(subjects(q).map((c) => f.history(c.id).find((m) => m.status === 'member')?.from));
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * Where the next summit is asked ("since India chairs the SCO this year, where will the next summit be?"), whoever is
 * said to chair: the summit's own question, not the chair's.
 */
export function nextSummitPlace(q: Question): boolean {
  return (
    q.main('summit') &&
    // ("… where will the 2027 summit be?": a summit of a year to come, asked where, is the next.)
    (q.main('next') || (q.time !== undefined && q.tense === 'future')) &&
    (q.main('location') || q.form === 'where') &&
    q.form !== 'who' &&
    // (A chair's term named by its two years, "2026-27", asks who chairs it too.)
    !(q.time?.mode === 'range' && q.time.untilYear !== undefined)
  );
}

/** The fact that counts a country's terms as chair ("Kyrgyzstan's fourth chairmanship"), if the data has one. */
export function chairCountFact(f: AskFacts, country: string): OrgFactT | undefined {
  return f.store.orgFacts('chairmanship').find((x) => x.count !== undefined && x.countries.includes(country));
}

/** The question says something was left out ("skipped", "ignored", "left out", "omitted"): an omission asserted. */
export function saysOmitted(q: Question): boolean {
  return (
    q.terms.some((t) => /^(skip|skipped|skips|ignore|ignored|ignores|omit|omitted|omits|dropped|drop)$/.test(t)) ||
    /\b(left|leave|leaves|leaving) (it )?out\b/.test(q.words.join(' '))
  );
}

/** "Not in the data", said plainly; a yes/no question gets the verdict that the data cannot say. */
export function notHeldDraft(q?: Question): Draft {
  return {
    kind: 'notHeld',
    title: () => 'Not in the data',
    ...(q?.form === 'yesno' && { verdict: 'unknown' as const }),
    lead: (l) => l.m.notHeld(),
    sources: [],
  };
}

/**
 * Two or more meetings named and set side by side ("compare Astana 2024 and Tianjin 2025 on membership"): meetings in
 * different places or years, not the two meetings one city held in a year ("… after Tianjin": the summit, or the
 * foreign ministers there).
 */
export function meetingsSideBySide(q: Question): boolean {
  return (
    q.main('compare', 'difference') &&
    // (Not a count or a yes/no beside them: "how many countries after Bishkek, and did it change vs Tianjin?")
    q.form !== 'howMany' &&
    q.form !== 'yesno' &&
    q.form !== 'choice' &&
    // (Meetings named, by place or by year: not "an SCO summit", any of them.)
    (q.eventNamed || q.times.length >= 2) &&
    new Set(q.events.map((e) => `${e.city}|${e.start.slice(0, 4)}`)).size >= 2
  );
}

/** A host's announcement the data records ("Pakistan announced on … that it would host the 2027 SCO summit"), said. */
export function hostAnnouncedLine(l: Loc, a: NonNullable<UnknownT['announced']>): string {
  return l.m.hostAnnounced(l.c(a.country), l.d(String(a.year)), l.d(a.on));
}

/** "was it belousov or shoigu at qingdao?": one of the names offered either side of "or" is a word the data does not know. */
export function offersUnknown(q: Question): boolean {
  const or = q.words.indexOf('or');
  // (The name right after "or", or after "or still"; not "or just handshake-and-photo".)
  const after = q.words[or + 1] === 'still' ? or + 2 : or + 1;
  return or > 0 && [or - 1, after].some((i) => q.unknownWords.includes(q.words[i] ?? ''));
}

/** The question's head noun comes right after the organisation's name ("what is 'sco plus'?"): a thing named after it. */
export function namedAfterOrg(q: Question): boolean {
  return q.headNoun !== undefined && q.words[q.words.indexOf(q.headNoun) - 1] === 'sco';
}

/** The question's head is a word the engine does not know ("lent", "projects"). */
export function unknownHead(q: Question): boolean {
  return q.headNoun !== undefined && q.foreignWords.includes(q.headNoun);
}

/** The outcome that records a meeting's joint statement as never issued ("No joint statement or communiqué was issued …"). */
export function noJointStatement(e: EventT): EventT['outcomes'][number] | undefined {
  return e.outcomes.find((o) => /\bjoint statement\b|communiqu/i.test(o.text) && /^no\b/i.test(o.text));
}
