import type { Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { noteOf, on, startVerdict } from './shared.js';

/** "Who heads RATS?", "who is the RATS director?" */
export const ratsDirector: Intent = {
  id: 'rats-director',
  priority: 79,
  examples: [
    { q: 'who heads RATS', must: ['Sharsheev'] },
    { q: 'who is the RATS director', must: ['Sharsheev'] },
    { q: 'is sharsheev still the rats director', must: ['Yes', 'Sharsheev'] },
  ],
  match(q) {
    // "Did Sharsheev begin on 1 January 2025?": the start his own record gives answers it (`person`).
    if (q.people.some((p) => startVerdict(q, p.official))) return undefined;
    if (q.people.some((p) => p.official.role === 'rats-director') && q.main('previous', 'replace', 'before')) return 90;
    // "Who heads the Secretariat and RATS?", "the permanent bodies … who leads each": each body's head.
    if (bothHeads(q)) return 95;
    if (q.bodies.includes('rats') && (q.main('director', 'head') || q.form === 'who')) return 92;
    return undefined;
  },
  answer(q, f) {
    const all = f.officials({ role: 'rats-director' }).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const current = [...all].reverse().find((o) => on(f.factDay, o.from, o.to)) ?? all.at(-1);
    const seat = f.topic('ratsSeat');
    if (!current) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    if (bothHeads(q)) {
      const sgs = f.officials({ role: 'secretary-general' });
      const sg = [...sgs].reverse().find((o) => on(f.factDay, o.from, o.to)) ?? sgs.at(-1);
      if (sg)
        return {
          kind: 'fact',
          title: (l) => `${l.person(sg)} · ${l.person(current)}`,
          lead: (l) =>
            `${l.m.secgenNow(l.person(sg), l.c(sg.country), sg.from ? l.d(sg.from) : '')} ${l.m.ratsDirector(l.person(current), l.c(current.country))}`,
          sources: [sg.sources, current.sources],
        };
    }
    const prev = [...all].reverse().find((o) => o !== current && o.to);
    if ((q.has('previous') || q.has('before')) && prev) {
      return {
        kind: 'fact',
        title: (l) => l.person(prev),
        // The country is the director's own, not the body's ("… of Uzbekistan" would read as RATS's).
        lead: (l) => l.m.personWas(`${l.person(prev)} (${l.c(prev.country)})`, l.m.role['rats-director']),
        context: (l) => l.m.ratsDirector(l.person(current), l.c(current.country)),
        sources: [prev.sources, current.sources],
      };
    }
    // "Is Sharsheev still the RATS director?": yes when the one named is the one the data last confirms, with the latest confirmation beside it.
    const named = q.people.find((p) => p.official.role === 'rats-director')?.official;
    const latest = current.note?.split(/(?<=\.)\s+/).at(-1);
    return {
      kind: 'fact',
      title: (l) => l.person(current),
      ...(q.form === 'yesno' && named && { verdict: (named === current ? 'yes' : 'no') as Verdict }),
      lead: (l) => l.m.ratsDirector(l.person(current), l.c(current.country)),
      context: q.form === 'yesno' && named && latest ? latest : seat?.text,
      note: noteOf(current),
      sources: [current.sources, seat?.sources ?? []],
    };
  },
};

/** Both permanent bodies named and their head asked, no one named: each body's head. */
function bothHeads(q: Question): boolean {
  return (
    q.bodies.includes('rats') &&
    q.bodies.includes('secretariat') &&
    q.main('director', 'head') &&
    q.people.length === 0 &&
    q.form !== 'yesno'
  );
}
