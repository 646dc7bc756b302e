import { isTraditional, traditional } from '../base/chinese.js';
import { isoDay, wholeSpan } from '../base/dates.js';
import type { FactStore } from '../facts/store.js';
import type { Reply, Section } from '../reply/model.js';
import type { Draft } from './draft.js';
import { AskFacts } from './facts.js';
import { correctionSources, corrections } from './corrections.js';
import { combine, render, startReply } from './render.js';
import type { AskService } from './types.js';
import { INTENTS } from './intents/index.js';
import type { Intent } from './intents/types.js';
import { ORDER_ASKED, Understander } from './understand/index.js';
import type { Passage } from './understand/passages.js';
import { COMMON } from './lexicon/common.js';
import type { Question } from './understand/question.js';

/**
 * Answers free-form questions from the fact store alone: deterministic, no outside service.
 * The question is understood once; every intent scores it; the best answers (ties: README.md).
 */
export class AskEngine implements AskService {
  private readonly understander: Understander;

  constructor(private readonly facts: FactStore) {
    // The indexes depend on the facts only: a store read against another clock shares them.
    let u = understanders.get(facts.data);
    if (!u) {
      u = new Understander(facts);
      understanders.set(facts.data, u);
    }
    this.understander = u;
  }

  answer(raw: string): Reply {
    const reply = this.answerRead(raw);
    // Asked in traditional Chinese characters, answered in them (the data writes simplified ones).
    return isTraditional(raw) ? inTraditional(reply) : reply;
  }

  private answerRead(raw: string): Reply {
    startReply();
    const today = this.facts.now();
    const f = new AskFacts(this.facts, today);
    const q = this.understander.understand(raw, today);
    if (q.parts) {
      // A part nothing answers (off-topic) is left out when another part is answered.
      // ("list the 10 members and then tell me who'll be the 11th": a part that looks ahead and names nothing of its own
      // is still a prediction to decline, not a part to leave out.)
      const chosen = q.parts.map((p) => {
        const intent = choose(p);
        return { p, intent: intent.id === 'off-topic' && p.tense === 'future' ? PREDICTION : intent };
      });
      // So is a part that asks nothing and that nothing answers ("Grad paper on India as the odd one out. From your data, …").
      const answered = chosen.filter(
        // ("sco annual budget and …": a fragment naming what the data never holds asks for it.)
        (c) =>
          // ("… and can you summarise my previous chat with you from last week?": a request nothing answers is declined,
          // not left out.)
          (c.intent.id !== 'off-topic' || ASKS_OF_THE_BOT.test(c.p.words.join(' '))) &&
          !(
            c.intent.id === 'not-held' &&
            // ("… Englisch als Amtssprache, oder? Wir wollen unser Schreiben auf Englisch schicken.": what the asker says of
            // their own plans asks nothing.)
            c.p.form === 'fragment' &&
            // ("… ¿no? Mi compañera de redacción dice que es este año.": nor what someone of theirs says.)
            /^(we|i|wir|ich|nous|je|nosotros|yo|biz|ben|mi|mis|mon|ma|mes|notre|nos|mein|meine|unser|unsere|benim)$/.test(
              c.p.words[0] ?? '',
            )
          ) &&
          !(
            c.intent.id === 'not-held' &&
            c.p.foreignWords.length === 0 &&
            // ("… and what each is known for": a part that only points back at what the other parts answer.)
            (c.p.form === 'fragment' ||
              (c.p.pointsBack && /\b(each|both)\b/.test(c.p.words.join(' '))) ||
              // ("iran was called persia … until when, and who asked for the change?": the change the other part answers.)
              (/\bthe (change|renaming|switch)\b/.test(c.p.words.join(' ')) &&
                c.p.countries.length === 0 &&
                c.p.people.length === 0) ||
              // ("uzbek def min at qingdao? how do you even spell it": the name the other part gives is its spelling.)
              /\b(spell|spelled|spelt|spelling)\b/.test(c.p.words.join(' ')) ||
              // ("… the chair sequence from 2021 up to 2026 — which country came after which?": the order the other part's
              // list is in.)
              ORDER_ASKED.test(c.p.words.join(' ')) ||
              // ("what was the Jaffar Express incident and why did it come up at the SCO?": why, asked of "it" and naming
              // nothing, is what the other part's passage says of it.)
              (c.p.form === 'why' &&
                /\b(it|that|this)\b/.test(c.p.words.join(' ')) &&
                c.p.countries.length === 0 &&
                c.p.people.length === 0 &&
                c.p.events.length === 0))
          ),
      );
      // ("what is the sco and when was it founded?": what it is says when and where it was founded; said once.)
      const about = answered.some((c) => c.intent.id === 'about');
      const kept = about ? answered.filter((c) => !saidByAbout(c.p, c.intent.id)) : answered;
      const answeredParts = kept.length > 0 ? kept : chosen;
      return combine(
        answeredParts.map((c) => this.one(c.p, f, c.intent)),
        // ("Türkiye ŞİÖ'de hangi statüde? Tam üye mi?": a standing asked, then whether it is one; not "what's the bank and
        // was it agreed?", where what it is comes first.)
        (answeredParts[0]!.p.form === 'what' || answeredParts[0]!.p.form === 'which') &&
          answeredParts[0]!.p.main('status'),
      );
    }
    return this.one(q, f);
  }

  /**
   * What the question names that the answer never mentions ("… and whether it got sorted at Tianjin"): the data's
   * passage that holds it, beside the answer. Not for declines or "not in the data", which state no fact.
   */
  private complete(q: Question, reply: Reply, intentId: string, kind: string): Reply {
    // Only a question in Latin script has words to look for (another script's are matched to the data's English elsewhere).
    if (q.words.length === 0 || NO_COMPLETION.has(intentId) || kind !== 'fact' || q.declines.length > 0) return reply;
    // What the question itself names (not what its reading inferred), and the words beyond the engine's vocabulary.
    const typed = ` ${q.words.join(' ')} `;
    const salient = [...q.places, ...(q.eventNamed ? q.events.map((e) => e.city) : [])]
      .map((w) => w.toLowerCase())
      .filter((w) => typed.includes(` ${w} `))
      .concat(q.unknownWords.filter((w) => w.length > 3 && !COMMON.has(w)));
    if (salient.length === 0) return reply;
    const said = [reply.title, reply.summary, ...reply.sections.flatMap((s) => [s.heading, s.text, ...(s.items ?? [])])]
      .join('\n')
      .toLowerCase();
    // A word's stem in the answer counts as said ("members" by "member").
    const missing = [...new Set(salient)].filter((w) => !said.includes(w.slice(0, 6)));
    if (missing.length === 0) return reply;
    // The passage speaks of what the question names (a country, a place, a person), when it names any.
    const anchors = [
      ...q.countries.filter((c) => c.role !== 'aside').map((c) => c.country.name),
      ...q.places,
      ...q.people.map((p) => p.official.name.split(' ').at(-1)!),
    ].map((w) => w.toLowerCase());
    const fits = (p: Passage | undefined): p is Passage =>
      !!p &&
      (anchors.length === 0 || anchors.some((a) => `${p.title} ${p.text}`.toLowerCase().includes(a))) &&
      !p.unknown &&
      p.score >= 4 &&
      p.matched >= 2 &&
      p.words.some((w) => missing.some((m) => m.startsWith(w) || w.startsWith(m))) &&
      !said.includes((p.inCaveat ? p.text : p.sentence).toLowerCase().slice(0, 60));
    // The question's own best passage, found already (a search of its own per answer would cost more than it finds).
    const p = q.passage;
    if (!fits(p)) return reply;
    const line = p.inCaveat ? p.text : p.sentence;
    const sources = [...reply.sources];
    for (const c of this.facts.citations(p.sources))
      if (sources.length < 3 && !sources.some((s) => s.id === c.id)) sources.push(c);
    return { ...reply, sections: [...reply.sections, { heading: p.title, text: line }], sources };
  }

  /** The question as understood (for tests and tools). */
  understand(raw: string): Question {
    return this.understander.understand(raw, this.facts.now());
  }

  private one(q: Question, f: AskFacts, intent = choose(q)): Reply {
    const answered = intent.answer(q, f);
    // A meeting asked about with a city, year or kind it does not have: whatever else holds, the answer is No.
    // A yes/no question whose own claim the data contradicts ("Belarus joined in 2023 with Iran, correct?") is answered No
    // when the answer found gives no verdict of its own.
    const claimFails =
      q.form === 'yesno' &&
      answered.kind === 'fact' &&
      (q.eventConflict || q.claims.some((c) => c.holds === false && c.stance !== 'reported'));
    // "Laos was admitted as the 11th member — is that right?": a claim the question asks about that the data contradicts is a No,
    // whatever else the answer found agrees with.
    // (So is a statement the asker checks: "the Bishkek summit is expected in autumn — still ok?".)
    // ("Astana 2017 summit — that's where Iran joined, right?": the line put to be checked holds every claim in it.)
    const askedFails =
      q.form === 'yesno' &&
      q.claims.some(
        (c) =>
          c.holds === false &&
          (c.stance === 'asked' ||
            c.tag === true ||
            (c.stance === 'asserted' && q.main('true') && !q.has('claimSource')) ||
            // ("since iran joined together with india and pakistan back in 2017, was that also at the astana summit?":
            // "that" asks of the statement put before it.)
            (c.stance === 'asserted' &&
              q.words.some((w, i) => w === 'that' && /^(was|did)$/.test(q.words[i - 1] ?? '')))),
      );
    // "Is it true the SCO family is 27 countries?": the claim asked holds, and nothing in the question is contradicted.
    const askedHolds =
      q.form === 'yesno' &&
      answered.kind === 'fact' &&
      !q.eventConflict &&
      q.claims.length > 0 &&
      q.claims.every((c) => c.holds === true) &&
      q.claims.some((c) => c.stance === 'asked');
    const draft =
      ((q.eventConflict || askedFails) && answered.verdict === 'yes') || (claimFails && answered.verdict === undefined)
        ? { ...answered, verdict: 'no' as const }
        : askedHolds && answered.verdict === undefined
          ? { ...answered, verdict: 'yes' as const }
          : answered;
    // A decline states no fact, not even a correction.
    // A correction is sourced too: its records' sources follow the answer's own.
    const fixes = draft.kind === 'decline' ? [] : corrections(q, f, intent.id);
    // ("I wrote 'eight member states' … that's still right, isn't it?": a line that asks only whether what it says holds, and
    // says something the data contradicts, is answered by the correction, not by "not in the data".)
    const checked =
      // (Not a claim beside a meeting: "12 members after the Bishkek summit?" may rest on what that meeting decided; a
      // claim about the meeting itself, "Bishkek is still upcoming", is settled by its record.)
      draft.kind === 'notHeld' &&
      fixes.length > 0 &&
      // (Or a line that says a meeting already held is still ahead, put to be checked in any language: "'La próxima
      // cumbre … se celebrará en Biskek en otoño de 2026'. ¿Está bien así?")
      (q.main('true') || q.claims.some((c) => c.kind === 'upcoming' && c.tag === true && c.holds === false)) &&
      (q.events.length === 0 ||
        q.claims.every((c) => c.holds !== false || c.kind === 'upcoming' || c.kind === 'held' || c.kind === 'hosted'))
        ? {
            kind: 'fact' as const,
            title: () => 'Checked against the data',
            verdict: 'no' as const,
            lead: () => '',
            sources: [],
          }
        : draft;
    const timed = withElapsed(checked, q, f, intent);
    const sourced = fixes.length
      ? { ...timed, sources: [...timed.sources, ...correctionSources(q, f, intent.id)] }
      : timed;
    const reply = render(sourced, q, f, fixes, q.declines);
    return this.complete(q, reply, intent.id, draft.kind);
  }
}

/**
 * "How many years has India been a member?", "bishkek summit ko kitne mahine ho gaye?": the answer's day, then how long ago
 * it was, counted to today in whole years (months within a year, days within a month).
 */
function withElapsed(d: Draft, q: Question, f: AskFacts, intent: Intent): Draft {
  if (d.kind !== 'fact' || !q.has('elapsed')) return d;
  const since = intent.since?.(q, f);
  const span = since ? wholeSpan(since, f.today) : undefined;
  if (!span) return d;
  const today = isoDay(f.today);
  return { ...d, lead: (l) => `${d.lead(l)} ${l.m.elapsed(l.ago(span.n, span.unit), l.d(today))}` };
}

/** The reply's words in traditional Chinese characters (Latin text and sources stay as they are). */
function inTraditional(reply: Reply): Reply {
  const section = (s: Section): Section => ({
    ...s,
    ...(s.heading !== undefined && { heading: traditional(s.heading) }),
    ...(s.text !== undefined && { text: traditional(s.text) }),
    ...(s.items && { items: s.items.map(traditional) }),
    ...(s.fields && {
      fields: s.fields.map((f) => ({ ...f, label: traditional(f.label), value: traditional(f.value) })),
    }),
  });
  return {
    ...reply,
    title: traditional(reply.title),
    ...(reply.summary !== undefined && { summary: traditional(reply.summary) }),
    sections: reply.sections.map(section),
    ...(reply.asOfAge !== undefined && { asOfAge: traditional(reply.asOfAge) }),
  };
}

/** Every intent's score for the question, best first (ties broken by priority, then by the order of INTENTS). */
function rank(q: Question): { intent: Intent; score: number }[] {
  const scored: { intent: Intent; score: number }[] = [];
  // Words the data never uses ("budget", "troops") weigh against every answer that would ignore them.
  const uncovered = Math.min(2, q.foreignWords.length) * 6;
  for (const intent of INTENTS) {
    const score = intent.match(q);
    if (score !== undefined) scored.push({ intent, score: COVERS_ANY.has(intent.id) ? score : score - uncovered });
  }
  return scored.sort((a, b) => b.score - a.score || b.intent.priority - a.intent.priority);
}

/** Intents whose answer is right whatever words the data lacks: declines, "not in the data", unknown names, the fallback search. */
const COVERS_ANY = new Set([
  'decline',
  'prediction',
  'not-held',
  'unknown-country',
  'search',
  'off-topic',
  'other-organisations',
  'leaders',
]);

/** Answers that state no fact of the data: nothing is added beside them. */
const NO_COMPLETION = new Set([
  'decline',
  'prediction',
  'not-held',
  'unknown-country',
  'off-topic',
  'meta',
  'about',
  'search',
]);

const PREDICTION = INTENTS.find((i) => i.id === 'prediction')!;

export function choose(q: Question): Intent {
  return rank(q)[0]!.intent;
}

const understanders = new WeakMap<object, Understander>();
const engines = new WeakMap<FactStore, AskEngine>();

/** One engine per fact store, built on first use (its indexes are reused by every question). */
export function answerFor(facts: FactStore): AskEngine {
  let engine = engines.get(facts);
  if (!engine) {
    engine = new AskEngine(facts);
    engines.set(facts, engine);
  }
  return engine;
}

/** The families whose answer, asked beside "what is the SCO", that answer already gives (its members, seat, count). */
const ABOUT_SAYS = new Set(['members-list', 'member-count', 'seats', 'meta']);

/**
 * A part that what the SCO is, answered beside it, already says: when and where it was founded ("what is the sco and
 * when was it founded?"), its members, seat or count asked plainly ("What is the SCO, in a paragraph? When was it
 * founded, who's in it, where's the secretariat?"), and what "it" asks that the data holds nothing of ("so what even
 * is the sco and when did it start").
 */
function saidByAbout(p: Question, intentId: string): boolean {
  if (intentId === 'founding') return p.form === 'when' || p.form === 'where';
  if (ABOUT_SAYS.has(intentId)) return p.form !== 'yesno' && !p.claims.some((x) => x.holds === false);
  return intentId === 'not-held' && p.words.some((w) => w === 'it' || w === 'its');
}

/** A request put to the bot itself ("can you summarise …", "could you translate …"): asked, whatever it asks. */
const ASKS_OF_THE_BOT =
  /^(?:and |also |then )?(?:can|could|would|will) (?:you|u) (?:please |pls |also )?(?:summari[sz]e|translate|write|draft|compose|make|create|generate|send|forward|email|book|order|remember|recall|show me my|tell me what i)\b/;
