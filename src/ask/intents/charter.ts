import type { Verdict } from '../draft.js';
import type { Intent } from './types.js';
import { noteOf } from './shared.js';

/** "When was the SCO Charter signed?", "when did it enter into force?", "was it signed in Beijing?" */
export const charter: Intent = {
  id: 'charter',
  priority: 74,
  examples: [
    { q: 'when was the sco charter signed', must: ['7 June 2002', 'St Petersburg'] },
    { q: 'when did the charter enter into force', must: ['19 September 2003'] },
    { q: 'was the sco charter signed in beijing?', must: ['No', 'St Petersburg'] },
    { q: 'Was the SCO charter signed in the same year the organisation was founded?', must: ['No', '2002'] },
    { q: 'Did the Charter come into force the same year it was signed?', must: ['No', '2003'] },
  ],
  match(q) {
    // ("the charter capital of the development bank": an amount of money, no document.)
    if (q.measure?.includes('charter')) return undefined;
    // ("… two dates for the SCO Charter … — where was it signed and which date is which?": the Charter named as the topic.)
    // ("the charter was signed in 2001 together with the founding declaration, right?": the year or place of the Charter's
    // own signing is checked here, whatever other document the line names.)
    if (q.main('charter') && q.form === 'yesno' && (q.time || q.places.length > 0)) return 94;
    return q.main('charter') ? 92 : q.has('charter') ? (q.main('sign') ? 90 : 70) : undefined;
  },
  answer(q, f) {
    const c = f.topic('charter');
    const date = c?.date ?? '';
    const place = c?.place ?? '';
    const signing = f.store.data.events.find((e) => e.start === date && e.kind === 'founding');
    // A yes/no question naming a place or a year: does it match?
    let verdict: Verdict | undefined;
    if (q.form === 'yesno' && (q.places.length || q.time)) {
      const placeOk = q.places.length === 0 || q.places.some((p) => p.toLowerCase() === place.toLowerCase());
      // ("'the Charter entered into force in 2002' — ok?": the year of the act asked, signing or entry into force.)
      const inForce = q.words.some((w) => /^(force|effect|effective|ratified|ratification)$/.test(w));
      const signed = q.main('sign');
      const year = String(q.time?.year);
      const yearOk =
        !q.time ||
        (inForce && !signed
          ? (c?.effective ?? '').startsWith(year)
          : signed && !inForce
            ? date.startsWith(year)
            : date.startsWith(year) || (c?.effective ?? '').startsWith(year));
      verdict = placeOk && yearOk ? 'yes' : 'no';
    } else if (q.form === 'yesno' && JUDGED.test(q.words.join(' ')) && q.times.length > 0) {
      // "a student wrote that the charter was signed in 2001 and i marked it wrong. was i right to?": the asker was right
      // when the statement they marked wrong does not hold.
      const said = String(q.times[0]!.year);
      verdict = date.startsWith(said) || (c?.effective ?? '').startsWith(said) ? 'no' : 'yes';
    } else if (q.form === 'yesno' && q.has('same') && q.has('found')) {
      // "Was the Charter signed in the same year the SCO was founded?": the two years side by side.
      const founded = f.topic('founding')?.date;
      if (founded && date) verdict = founded.slice(0, 4) === date.slice(0, 4) ? 'yes' : 'no';
    } else if (q.form === 'yesno' && q.has('same') && q.words.some((w) => /^(force|effect|effective)$/.test(w))) {
      // "Did the Charter come into force the same year it was signed?": its own two years side by side.
      if (date && c?.effective) verdict = c.effective.slice(0, 4) === date.slice(0, 4) ? 'yes' : 'no';
    }
    return {
      kind: 'fact',
      title: () => 'The SCO Charter',
      ...(verdict && { verdict }),
      lead: (l) => l.m.charter(l.place(place), l.d(date), c?.effective ? l.d(c.effective) : ''),
      ...(signing?.attendees.length && { context: (l) => l.m.signedBy(l.list(signing.attendees.map((a) => l.c(a)))) }),
      note: noteOf(c),
      sources: [c?.sources ?? [], signing?.sources ?? []],
    };
  },
};

/** The asker marked a statement wrong and asks whether that was right. */
const JUDGED =
  /\b(i|we) (marked|flagged|called|corrected|rejected|struck) (it|that|this)( as| out as)? (wrong|incorrect|false|an error)\b.*\b(was|were) (i|we) right\b/;
