import type { FactStore } from '../facts/store.js';
import { reply, type Citation, type Reply, type Section } from '../reply/model.js';

/** The most sources one answer lists: enough to check it, short enough to read. */
export const MAX_SOURCES = 3;

/** An answer before it becomes a Reply: the text, and the ids of the sources behind it. */
export interface Draft {
  title: string;
  summary: string;
  sections?: Section[];
  /** Source ids per claim, most important first. */
  sources: readonly (readonly string[])[];
  suggestions?: string[];
  footer?: string;
  tone?: Reply['tone'];
}

/** Every answer that states a fact carries sources and the data date. */
export function toReply(facts: FactStore, d: Draft): Reply {
  // Take the first source of each claim before the second of any, so every claim keeps one.
  const ids: string[] = [];
  const groups = d.sources.map((g) => [...g]);
  for (let i = 0; ids.length < MAX_SOURCES && groups.some((g) => g.length > i); i++) {
    for (const g of groups) {
      const id = g[i];
      if (id && !ids.includes(id) && ids.length < MAX_SOURCES) ids.push(id);
    }
  }
  return reply({
    tone: d.tone ?? 'info',
    title: d.title,
    summary: withArticles(d.summary),
    sections: (d.sections ?? []).map((s) => ({ ...s, ...(s.text && { text: withArticles(s.text) }), ...(s.items && { items: s.items.map(withArticles) }) })),
    sources: facts.citations(ids),
    asOf: facts.meta.dataAsOf,
    ...(d.footer && { footer: d.footer }),
    ...(d.suggestions && { suggestions: d.suggestions.slice(0, 3) }),
  });
}

/** A reply that states no fact (declines, "the data does not hold that"): no sources, no date. */
export function noFact(title: string, summary: string, suggestions: string[] = [], tone: Reply['tone'] = 'info'): Reply {
  return reply({ tone, title, summary, suggestions: suggestions.slice(0, 3) });
}

export function listNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Several one-country answers as one reply ("are India and Pakistan members?"): each keeps its first source. */
export function combine(replies: Reply[], max = MAX_SOURCES): Reply {
  const first = replies[0]!;
  if (replies.length === 1) return first;
  const sources: Citation[] = [];
  for (let i = 0; sources.length < max && replies.some((r) => r.sources.length > i); i++) {
    for (const r of replies) {
      const c = r.sources[i];
      if (c && !sources.some((x) => x.id === c.id) && sources.length < max) sources.push(c);
    }
  }
  return reply({
    tone: first.tone,
    title: replies.map((r) => r.title).join(' · '),
    summary: replies.map((r) => r.summary ?? '').filter(Boolean).join('\n'),
    sections: replies.flatMap((r) => r.sections).slice(0, 6),
    sources,
    ...(first.asOf && { asOf: first.asOf }),
    ...(first.suggestions && { suggestions: first.suggestions }),
  });
}

/** Names that read with "the" in running text: "the United States", "the Maldives". */
const NEEDS_THE = /(^|[^\p{L}])(?<!the )(?<!The )(United States|United Kingdom|United Arab Emirates|Maldives)\b/gu;

export function withArticles(text: string): string {
  return text.replace(NEEDS_THE, '$1the $2').replace(/(^|[.!?]\s+)the (United|Maldives)/g, '$1The $2');
}
