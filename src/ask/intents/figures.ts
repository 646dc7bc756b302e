import type { FigureT } from '../../facts/schema.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import type { Verdict } from '../verdict.js';
import { firstSentence, meetingsSideBySide, noteOf } from './shared.js';

const MEASURE = {
  killed: ['killed'],
  attended: ['attend', 'leaders'],
  ordinal: ['ordinalWord'],
  count: ['count'],
} as const;

/** The figure the question asks for: an ordinal when it asks "which-th", else the first whose measure it names. */
function figureAsked(q: Question): FigureT | undefined {
  // ("Wang Yi's line after bishkek — what number did he give": a number someone gave, not which in order a meeting was.)
  // (The verb after the number asked: not "is that ordinal safe to use?")
  const asked = q.words.findIndex((w) => /^(number|figure|tally)$/.test(w));
  const reported = asked >= 0 && q.words.slice(asked + 1).some((w) => REPORTING.has(w));
  const ordinal =
    q.main('ordinalWord') && q.form !== 'yesno' && q.form !== 'choice' && !reported
      ? // (The ordinal of the meeting the question names, when it names one: "26 Feb 2026 ko Bishkek me kaunsi meeting
        // hui thi?" asks which of the city's meetings that day was.)
        q.figures.find((x) => x.measure === 'ordinal' && !otherMeeting(q, x))
      : undefined;
  return (
    ordinal ??
    ordinalPut(q)?.hit ??
    q.figures.find(
      (x) =>
        !(x.measure === 'ordinal' && (reported || otherMeeting(q, x))) &&
        (MEASURE[x.measure] as readonly string[]).some((c) => q.has(c as never)),
    )
  );
}

/** A line says a word of the question's (of five letters or more) that the figure's own text does not. */
function saysMore(q: Question, said: string, line: string): boolean {
  const has = (text: string, w: string) => new RegExp(`\\b${w}`, 'i').test(text);
  return q.words.some((w) => w.length >= 5 && /^[a-z]+$/.test(w) && has(line, w) && !has(said, w));
}

/** The question names a meeting other than the figure's. */
// (Not when the question puts the figure's own number: "OK to print 'the 22nd Meeting of SCO Ministers of Defence'?")
const otherMeeting = (q: Question, x: FigureT): boolean =>
  q.eventNamed &&
  q.events[0] !== undefined &&
  q.events[0].id !== x.event &&
  !q.numbers.some((n) => n.stance === 'ordinal' && n.value === x.value);

const REPORTING = new Set(
  'give gave given use used using cite cited say said mention mentioned quote quoted'.split(' '),
);

/** "Tianjin summit was the 24th summit, correct?": an ordinal put to be checked against the meeting's own. */
function ordinalPut(q: Question): { hit: FigureT; said: number } | undefined {
  // (Only the meeting is put: not beside a person or a country's claim, nor "the 24th … — did all ten attend?".)
  // (A guess put after asking which one, "Iran's accession summit — which CHS was it, the 23rd?", is of the meeting asked.)
  if (q.form !== 'yesno' || q.people.length > 0 || (q.countries.length > 0 && !q.guess)) return undefined;
  // ("… It's correct or I have to change?": "have to" is no auxiliary of a question of its own.)
  if (q.words.some((w, i) => /^(did|do|does|has|have|had|will|would|can|could)$/.test(w) && q.words[i + 1] !== 'to'))
    return undefined;
  // (Nor beside who chaired, attended or joined it, or its days: "… was it only the 26th?")
  if (q.main('chair', 'attend', 'join', 'member', 'partner') && !q.guess) return undefined;
  if (q.words.some((w) => /^(date|dates|day|days)$/.test(w))) return undefined;
  const latin = q.words.length > 0;
  // A number written as an ordinal ("24th", "25e", "第24"), of a meeting or of nothing after it: not "1er septembre",
  // "the 25th anniversary", "the 11th full member", "a 2nd Shanghai Five agreement".
  const said = q.numbers.find(
    (n) =>
      n.stance === 'ordinal' &&
      n.value >= 2 &&
      (!latin ||
        (/^\d/.test(q.words[n.at] ?? '') && (n.at === q.words.length - 1 || ORDINAL_OF.test(q.words[n.at + 1] ?? '')))),
  );
  const hit = q.figures.find(
    (x) => x.measure === 'ordinal' && (q.eventNamed || q.guess) && q.events[0]?.id === x.event,
  );
  return said && hit ? { hit, said: said.value } : undefined;
}

/** What an ordinal put of a meeting counts: the meeting, or a word for one ("the 25th CHS", "the 25th one"). */
const ORDINAL_OF =
  /^(summit|summits|meeting|meetings|council|session|heads|chs|chg|sco|one|right|correct|yes|or|and|ok|sommet|reunion|cumbre|gipfel|treffen|zirve|toplanti)$/;

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
    // ("list the summits from 2024 to 2026 with host city, dates and ordinal": each summit's ordinal is one column of a
    // list of summits.)
    if (hit.measure === 'ordinal' && q.main('list') && q.words.includes('summits')) return undefined;
    // "Tianjin was the which-th summit?": the ordinal itself is what is asked.
    // (Not of two meetings set side by side, "contrast Astana 2024 with Tianjin 2025 as to ordinal and decisions": the
    // comparison gives each one's.)
    const sideBySide = q.form === 'explain' && meetingsSideBySide(q);
    if (hit.measure === 'ordinal' && q.main('ordinalWord') && q.form !== 'yesno' && q.form !== 'choice' && !sideBySide)
      return 92;
    // (Guessed after asking which one, "… which CHS was it, the 23rd?", the ordinal is what is asked, as above.)
    if (ordinalPut(q)) return q.guess ? 92 : 90;
    // ("pahalgam attack death toll?": a toll named bare asks how many; "… — date and death toll": its record gives both.)
    if ((q.form === 'fragment' || q.form === 'when') && q.main('killed')) return 94;
    return q.form === 'howMany' || q.main('count') ? 94 : q.form === 'which' || q.form === 'what' ? 84 : 70;
  },
  answer(q, f) {
    const hit = figureAsked(q)!;
    const e = hit.event ? f.event(hit.event) : undefined;
    const more =
      hit.qualifier === 'more-than' ? '>' : hit.qualifier === 'at-least' ? '≥' : hit.qualifier === 'about' ? '~' : '';
    // (An ordinal one source gives and the host does not is neither confirmed nor denied.)
    const put = ordinalPut(q);
    const verdict: Verdict | undefined = put
      ? hit.verification === 'unverified'
        ? 'unverified'
        : put.said === hit.value
          ? 'yes'
          : 'no'
      : undefined;
    // ("请比较一下上合组织天津峰会和比什凯克峰会：时间、届次、成果": each meeting named, its own place in the order.)
    const each =
      hit.measure === 'ordinal' && !put
        ? [...new Set(q.events.map((x) => x.id))]
            .map((id) => q.figures.find((x) => x.measure === 'ordinal' && x.event === id))
            .filter((x): x is FigureT => x !== undefined)
            .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        : [];
    if (each.length >= 2 && q.eventNamed)
      return {
        kind: 'fact',
        title: () => each.map((x) => x.label).join(' · '),
        lead: (l) =>
          each
            .map((x) => {
              const ev = x.event ? f.event(x.event) : undefined;
              return l.lang === 'en'
                ? x.text
                : l.m.figure(l.m.nth(x.value), ev ? l.event(ev) : l.place(x.keywords[0]!), x.date && l.d(x.date));
            })
            .join(' '),
        sources: each.map((x) => x.sources),
      };
    return {
      kind: 'fact',
      title: () => hit.label,
      ...(verdict && { verdict }),
      lead: (l) =>
        l.lang === 'en'
          ? hit.text
          : l.m.figure(
              // (An ordinal reads as one in the asker's language: "第25", "25.", "25-й".)
              hit.measure === 'ordinal' ? l.m.nth(hit.value) : `${more}${l.n(hit.value)}`,
              e ? l.event(e) : l.place(hit.keywords[0]!),
              hit.date && l.d(hit.date),
            ),
      // ("is the 24th heads of govt meeting in Moscow confirmed?": the meeting's own first line beside its number.)
      // (So beside a meeting's place in the order, when its first line holds a word the asker used that the figure's does
      // not: "what number was the Bishkek summit - 25th or 26th? the whole 25th-anniversary thing …".)
      ...(q.lang !== 'en'
        ? { context: hit.text }
        : e &&
          (put || (hit.measure === 'ordinal' && saysMore(q, hit.text, firstSentence(e.summary)))) && {
            context: firstSentence(e.summary),
          }),
      note: noteOf(hit),
      sources: [hit.sources],
    };
  },
};
