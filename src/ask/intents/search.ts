import type { Intent } from './types.js';
import { COMMON } from '../lexicon/common.js';
import { noteOf } from './shared.js';

/** The data sentence that best covers the question's words, when no family fits and it covers enough of them. */
export const search: Intent = {
  id: 'search',
  priority: 5,
  examples: [
    { q: 'which terror attack did india want mentioned', must: ['Pahalgam'] },
    { q: 'what is the sco tourism and cultural capital', must: ['Cholpon-Ata'] },
  ],
  match(q) {
    const p = q.passage;
    if (!p) return undefined;
    const enough = p.matched >= 2 && p.matched / p.of >= 0.5 && p.score >= 3;
    if (!enough) return undefined;
    // A passage that holds the words no family knows ("sidelines") answers better than a family's card.
    const rare = q.unknownWords.filter((w) => w.length > 3 && !COMMON.has(w));
    if (rare.length > 0 && rare.every((w) => p.words.some((m) => w.startsWith(m) || m.startsWith(w))) && p.score >= 6) return 90;
    if (p.matched / p.of >= 0.6 && p.score >= 8) return Math.min(88, 50 + Math.round(p.score * 3));
    return Math.min(60, 30 + Math.round(p.score * 2));
  },
  answer(q) {
    const p = q.passage!;
    return { kind: 'fact', title: () => p.title, lead: (l) => (l.lang === 'en' ? p.text : l.m.fromData(p.title)), ...(q.lang !== 'en' && { context: p.text }), note: noteOf(p), sources: [p.sources] };
  },
};
