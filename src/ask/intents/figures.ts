import type { FigureT } from '../../facts/schema.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { noteOf } from './shared.js';

const MEASURE = {
  killed: ['killed'],
  attended: ['attend', 'leaders'],
  ordinal: ['ordinalWord'],
  count: ['count'],
} as const;

/** The figure the question asks for: an ordinal when it asks "which-th", else the first whose measure it names. */
function figureAsked(q: Question): FigureT | undefined {
  const ordinal =
    q.main('ordinalWord') && q.form !== 'yesno' && q.form !== 'choice'
      ? q.figures.find((x) => x.measure === 'ordinal')
      : undefined;
  return ordinal ?? q.figures.find((x) => (MEASURE[x.measure] as readonly string[]).some((c) => q.has(c as never)));
}

/** Numbers that matter, held as structured figures: "how many died in the Pahalgam attack?", "how many leaders came to Tianjin?" */
export const figures: Intent = {
  id: 'figures',
  priority: 75,
  examples: [
    { q: 'how many people were killed in the pahalgam attack', must: ['26'] },
    { q: 'how many leaders attended the tianjin summit', must: ['20'] },
    { q: 'tianjin was the which-th heads of state meeting', must: ['25th'] },
  ],
  match(q) {
    const hit = figureAsked(q);
    if (!hit) return undefined;
    // "Tianjin was the which-th summit?": the ordinal itself is what is asked.
    if (hit.measure === 'ordinal' && q.main('ordinalWord') && q.form !== 'yesno' && q.form !== 'choice') return 92;
    // ("pahalgam attack death toll?": a toll named bare asks how many; "… — date and death toll": its record gives both.)
    if ((q.form === 'fragment' || q.form === 'when') && q.main('killed')) return 94;
    return q.form === 'howMany' || q.main('count') ? 94 : q.form === 'which' || q.form === 'what' ? 84 : 70;
  },
  answer(q, f) {
    const hit = figureAsked(q)!;
    const e = hit.event ? f.event(hit.event) : undefined;
    const more =
      hit.qualifier === 'more-than' ? '>' : hit.qualifier === 'at-least' ? '≥' : hit.qualifier === 'about' ? '~' : '';
    return {
      kind: 'fact',
      title: () => hit.label,
      lead: (l) =>
        l.lang === 'en'
          ? hit.text
          : l.m.figure(
              // (An ordinal reads as one in the asker's language: "第25", "25.", "25-й".)
              hit.measure === 'ordinal' ? l.m.nth(hit.value) : `${more}${l.n(hit.value)}`,
              e ? l.event(e) : l.place(hit.keywords[0]!),
              hit.date && l.d(hit.date),
            ),
      ...(q.lang !== 'en' && { context: hit.text }),
      note: noteOf(hit),
      sources: [hit.sources],
    };
  },
};
