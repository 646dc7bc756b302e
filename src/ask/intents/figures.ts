import type { Intent } from './types.js';
import { noteOf } from './shared.js';

const MEASURE = {
  killed: ['killed'],
  attended: ['attend', 'leaders'],
  ordinal: ['ordinalWord'],
  count: ['count'],
} as const;

/** Numbers that matter, held as structured figures: "how many died in the Pahalgam attack?", "how many leaders came to Tianjin?" */
export const figures: Intent = {
  id: 'figures',
  priority: 75,
  examples: [
    { q: 'how many people were killed in the pahalgam attack', must: ['26'] },
    { q: 'how many leaders attended the tianjin summit', must: ['20'] },
  ],
  match(q) {
    const hit = q.figures.find((x) => (MEASURE[x.measure] as readonly string[]).some((c) => q.has(c as never)));
    if (!hit) return undefined;
    return q.form === 'howMany' || q.main('count') ? 94 : q.form === 'which' || q.form === 'what' ? 84 : 70;
  },
  answer(q, f) {
    const hit = q.figures.find((x) => (MEASURE[x.measure] as readonly string[]).some((c) => q.has(c as never)))!;
    const e = hit.event ? f.event(hit.event) : undefined;
    const more =
      hit.qualifier === 'more-than' ? '>' : hit.qualifier === 'at-least' ? '≥' : hit.qualifier === 'about' ? '~' : '';
    return {
      kind: 'fact',
      title: () => hit.label,
      lead: (l) =>
        l.lang === 'en'
          ? hit.text
          : l.m.figure(`${more}${l.n(hit.value)}`, e ? l.event(e) : hit.keywords[0]!, hit.date && l.d(hit.date)),
      ...(q.lang !== 'en' && { context: hit.text }),
      note: noteOf(hit),
      sources: [hit.sources],
    };
  },
};
