import type { FactStore } from '../facts/store.js';
import type { Reply } from '../reply/model.js';
import { verificationNote } from '../facts/wording.js';
import type { AskContext } from './context.js';
import { toReply } from './draft.js';
import { latinWords } from './text.js';
import { STOPWORDS } from './stopwords.js';
import { isKeyword } from './lexicon.js';
import { synonymsOf } from './synonyms.js';

/**
 * The last resort before "the data does not hold that": the one fact whose words best
 * cover the question's, if it covers enough of them to be the answer.
 */
interface Doc {
  title: string;
  text: string;
  sources: readonly string[];
  terms: Set<string>;
}

const indexes = new WeakMap<FactStore, { docs: Doc[]; idf: Map<string, number> }>();

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, '') : w;
}

export function terms(text: string): string[] {
  return latinWords(text).filter((w) => !STOPWORDS.has(w) && w.length > 2).map(stem);
}

function index(facts: FactStore) {
  let hit = indexes.get(facts);
  if (hit) return hit;
  const docs: Doc[] = [];
  const add = (title: string, text: string, sources: readonly string[], extra = '') => docs.push({ title, text, sources, terms: new Set(terms(`${title} ${text} ${extra}`)) });
  for (const f of facts.data.organisation) add(f.label, f.text + verificationNote(f), f.sources, f.topic);
  for (const e of facts.data.events) {
    add(e.name, e.summary, e.sources, e.city);
    for (const o of e.outcomes) add(e.name, o.text + verificationNote(o), o.sources, e.city);
    for (const p of e.positions) add(`${e.name}: ${facts.nameOf(p.country)}`, `${facts.nameOf(p.country)} ${p.stance}.${p.reason ? ` ${p.reason}` : ''}`, p.sources, e.city);
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + docs.length / n)]));
  hit = { docs, idf };
  indexes.set(facts, hit);
  return hit;
}

export function searchFacts(ctx: AskContext): Reply | undefined {
  const { docs, idf } = index(ctx.facts);
  const q = [...new Set(terms(ctx.q.text))];
  if (q.length === 0) return undefined;
  // Each question term with the data's words for it ("warship" → "destroyer"): met by any one of them.
  const alts = new Map(q.map((t) => [t, synonymsOf(t).map(stem)]));
  let best: { d: Doc; score: number; matched: number } | undefined;
  for (const d of docs) {
    let score = 0;
    let matched = 0;
    for (const t of q) {
      const hit = alts.get(t)!.find((a) => d.terms.has(a));
      if (hit) {
        score += idf.get(hit) ?? 0;
        matched++;
      }
    }
    if (!best || score > best.score) best = { d, score, matched };
  }
  // Enough of the question's own words must be in the fact: two distinctive ones, or most of a short question.
  if (!best) return undefined;
  // One rare word (a place or name the data mentions once or twice) is enough in a short question.
  const has = (t: string) => alts.get(t)!.some((a) => best!.d.terms.has(a));
  const onlyRareName = q.length <= 2 && best.matched >= 1 && q.every((t) => has(t) || isKeyword(t)) && q.some((t) => has(t) && !isKeyword(t));
  const rare = onlyRareName && best.score >= Math.log(1 + docs.length / 2);
  if (!rare && (best.matched < 2 || best.matched / q.length < 0.5 || best.score < 3)) return undefined;
  return toReply(ctx.facts, { title: best.d.title, summary: best.d.text, sources: [best.d.sources] });
}
