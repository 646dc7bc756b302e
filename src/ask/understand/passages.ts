import type { FactStore } from '../../facts/store.js';
import type { UnknownT } from '../../facts/schema.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { latinWords } from './text.js';

/**
 * The last resort before "the data does not hold that": the data's own sentences (organisation
 * facts, events, their outcomes and positions, figures) ranked by the question's rarer words.
 */
export interface Passage {
  title: string;
  text: string;
  sources: readonly string[];
  score: number;
  /** How many of the question's terms it holds, and out of how many. */
  matched: number;
  of: number;
  /** The question's words it holds. */
  words: string[];
  /** The record's caveat, or how far it is verified. */
  caveat?: string;
  verification?: string;
  /** The passage says what the data does not hold. */
  unknown?: UnknownT;
  /** The event the passage comes from. */
  event?: string;
  /** The best passage that says what the data does not hold, when it is nearly as good as this one. */
  unknownAlt?: Passage;
}

interface Doc {
  title: string;
  text: string;
  sources: readonly string[];
  terms: Set<string>;
  caveat?: string;
  verification?: string;
  /** The record says what the data does not hold (data/unknowns.json). */
  unknown?: UnknownT;
  event?: string;
}

type Rec = { caveat?: string | undefined; verification?: string };

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, '') : w;
}

export function terms(text: string): string[] {
  return latinWords(text).filter((w) => !STOPWORDS.has(w) && w.length > 2 && !/^\d+$/.test(w)).map(stem);
}

export class PassageIndex {
  private readonly docs: Doc[] = [];
  private readonly idf = new Map<string, number>();

  /** Words people use for what the data names otherwise ("warship" for the destroyer), from data/lexicon/synonyms.json. */
  private readonly synonyms: Readonly<Record<string, readonly string[]>>;

  constructor(facts: FactStore) {
    this.synonyms = facts.data.ask.synonyms;
    const add = (title: string, text: string, sources: readonly string[], extra = '', rec: Rec = {}, event?: string) =>
      this.docs.push({ title, text, sources, terms: new Set(terms(`${title} ${text} ${extra}`)), ...(rec.caveat && { caveat: rec.caveat }), ...(rec.verification && { verification: rec.verification }), ...(event && { event }) });
    for (const f of facts.data.organisation) add(f.label, f.text, f.sources, f.topic, f);
    for (const e of facts.data.events) {
      add(e.name, e.summary, e.sources, e.city, e, e.id);
      for (const o of e.outcomes) add(e.name, o.text, o.sources, e.city, o, e.id);
      for (const p of e.positions) add(`${e.name}: ${facts.nameOf(p.country)}`, `${facts.nameOf(p.country)} ${p.stance}.${p.reason ? ` ${p.reason}` : ''}`, p.sources, e.city, p, e.id);
    }
    for (const f of facts.data.ask.figures) add(f.label, f.text, f.sources, f.keywords.join(' '), f);
    for (const o of facts.data.officials) if (o.note) add(o.name, `${o.name}, ${o.roleLabel}: ${o.note}`, o.sources, '', o);
    // What the data explicitly does not hold: found like any passage, answered as not held.
    for (const u of facts.data.unknowns) this.docs.push({ title: u.what, text: `The data does not hold ${u.what}.${u.lead ? ` ${u.lead}` : ''}`, sources: u.sources, terms: new Set(terms(`${u.what} ${u.topic}`)), unknown: u });
    const df = new Map<string, number>();
    for (const d of this.docs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + this.docs.length / n));
  }

  /** The best passage for the words, if it covers enough of them to be the answer. */
  search(words: readonly string[]): Passage | undefined {
    const q = [...new Set(words.filter((w) => !STOPWORDS.has(w) && w.length > 2 && !/^\d+$/.test(w)).map(stem))];
    if (q.length === 0) return undefined;
    const alts = new Map(q.map((t) => [t, [t, ...(this.synonyms[t] ?? []).map(stem)]]));
    let best: { d: Doc; score: number; matched: string[] } | undefined;
    let bestUnknown: { d: Doc; score: number; matched: string[] } | undefined;
    for (const d of this.docs) {
      let score = 0;
      const matched: string[] = [];
      for (const t of q) {
        const hit = alts.get(t)!.find((a) => d.terms.has(a));
        if (hit) {
          score += this.idf.get(hit) ?? 0;
          matched.push(t);
        }
      }
      if (!best || score > best.score) best = { d, score, matched };
      if (d.unknown && (!bestUnknown || score > bestUnknown.score)) bestUnknown = { d, score, matched };
    }
    if (!best || best.matched.length === 0) return undefined;
    const toPassage = (b: { d: Doc; score: number; matched: string[] }): Passage => {
      const d = b.d;
      return { title: d.title, text: d.text, sources: d.sources, score: b.score, matched: b.matched.length, of: q.length, words: b.matched, ...(d.caveat && { caveat: d.caveat }), ...(d.verification && { verification: d.verification }), ...(d.unknown && { unknown: d.unknown }), ...(d.event && { event: d.event }) };
    };
    const out = toPassage(best);
    if (bestUnknown && bestUnknown !== best && bestUnknown.score >= 0.6 * best.score) out.unknownAlt = toPassage(bestUnknown);
    return out;
  }
}
