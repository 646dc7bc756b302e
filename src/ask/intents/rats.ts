import type { OfficialT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { heldIn, noteOf, officeAttends, officeWindow, on, startVerdict } from './shared.js';

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
    if (officeAttends(q)) return undefined;
    // "Did Sharsheev begin on 1 January 2025?": the start his own record gives answers it (`person`).
    if (q.people.some((p) => startVerdict(q, p.official))) return undefined;
    // "When did Sharsheev start as director?": when the one named took office is his own record's (`person`).
    if (q.people.length > 0 && q.main('tookOffice', 'appoint') && (q.form === 'when' || q.terms.includes('date')))
      return undefined;
    if (q.people.some((p) => p.official.role === 'rats-director') && q.main('previous', 'replace', 'before')) return 90;
    // "Who heads the Secretariat and RATS?", "the permanent bodies … who leads each": each body's head.
    if (bothHeads(q)) return 95;
    if (q.bodies.includes('rats') && (q.main('director', 'head') || q.form === 'who')) return 92;
    // ("rats director is uzbek right? … which nationality now": its director, named in passing, is who is asked about.)
    if (
      q.bodies.includes('rats') &&
      q.has('director') &&
      !q.main('location') &&
      q.places.length === 0 &&
      q.people.length === 0 &&
      q.times.length === 0
    )
      return 85;
    return undefined;
  },
  answer(q, f) {
    const all = f.officials({ role: 'rats-director' }).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const current = [...all].reverse().find((o) => on(f.factDay, o.from, o.to)) ?? all.at(-1);
    const seat = f.topic('ratsSeat');
    const secSeat = f.topic('secretariatSeat');
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
          // Where each body sits, beside who heads it ("SG and RATS director names + where each body sits").
          ...(secSeat?.place &&
            seat?.place && {
              context: (l: Loc) =>
                `${l.m.seat(l.body('secretariat'), l.place(secSeat.place!))} ${l.m.seat(l.body('rats'), l.place(seat.place!))}`,
            }),
          sources: [sg.sources, current.sources],
        };
    }
    // "Who was the first RATS director?", "how many directors have there been?": the data holds the office only from its
    // earliest holder it records, so it cannot say; the directors it does hold follow.
    // Each director the data holds, the current one as such.
    const everyDirector = (l: Loc) =>
      all
        .map((o) =>
          o === current
            ? l.m.ratsDirector(l.person(o), l.c(o.country))
            : l.m.ratsDirectorThen(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '', o.to && l.d(o.to)),
        )
        .join(' ');
    const namedOne = q.people.some((p) => p.official.role === 'rats-director');
    if ((q.main('first') || q.form === 'howMany') && !namedOne && !q.time && q.form !== 'yesno')
      return {
        kind: 'fact',
        title: () => 'Not in the data',
        lead: (l) => l.m.notHeld(),
        context: (l) => everyDirector(l),
        sources: all.map((o) => o.sources),
      };
    // ("RATS directors you know of, with countries?": every director the data holds, in the plural.)
    if (q.form !== 'yesno' && /\bdirectors\b/.test(q.words.join(' ')) && all.length > 1 && !q.time)
      return {
        kind: 'fact',
        title: (l) => l.list(all.map((o) => l.person(o))),
        lead: (l) => everyDirector(l),
        sources: all.map((o) => o.sources),
      };
    // "Who was director before Mirzaev?": the one before a former director named, or that the data holds none earlier.
    const former = q.people.find((p) => p.official.role === 'rats-director' && p.official !== current)?.official;
    // (Not "Mirzaev, the former RATS director, was Kyrgyz, wasn't he?": "former" there names him.)
    if (former && q.main('previous', 'before') && q.form !== 'yesno' && q.form !== 'choice') {
      const earlier = all[all.indexOf(former) - 1];
      if (!earlier)
        return {
          kind: 'fact',
          title: () => 'Not in the data',
          lead: (l) => l.m.officePredecessorNotHeld(l.person(former), l.m.role['rats-director']),
          context: (l) => everyDirector(l),
          sources: all.map((o) => o.sources),
        };
    }
    const prev = [...all].reverse().find((o) => o !== current && o.to);
    // ("who preceded Sharsheev", "who did Sharsheev replace": whom the director named replaced.)
    const replacedBy = q.has('replace') && q.people.some((p) => p.official === current);
    // (Not "what did Sharsheev do before heading RATS": his own earlier career, not his predecessor.)
    const asksWho = q.has('previous') || replacedBy || (q.form !== 'what' && q.form !== 'explain');
    if ((q.has('previous') || q.has('before') || replacedBy) && prev && asksWho) {
      return {
        kind: 'fact',
        title: (l) => l.person(prev),
        // The country is the director's own, not the body's ("… of Uzbekistan" would read as RATS's).
        lead: (l) => l.m.personWas(`${l.person(prev)} (${l.c(prev.country)})`, l.m.role['rats-director']),
        context: (l) => l.m.ratsDirector(l.person(current), l.c(current.country)),
        sources: [prev.sources, current.sources],
      };
    }
    // "Who headed RATS between 2022 and 2024?", "… when Iran joined": the holders then, as the Secretary-General's are given.
    const when = q.clauseDay ?? (q.time && q.time.role !== 'aside' && q.time.from <= f.factDay ? q.time : undefined);
    if (when && !q.has('still')) return atTime(q, f, all);
    // "Is Sharsheev still the RATS director?": yes when the one named is the one the data last confirms, with the latest confirmation beside it.
    const named = q.people.find((p) => p.official.role === 'rats-director')?.official;
    const latest = current.note?.split(/(?<=\.)\s+/).at(-1);
    // ("Is the current RATS director a national of Uzbekistan?": where the director is from, when no one is named.)
    const from = named ? [] : q.countries.filter((c) => c.role !== 'aside').map((c) => c.country.id);
    return {
      kind: 'fact',
      title: (l) => l.person(current),
      ...(q.form === 'yesno' && named && { verdict: (named === current ? 'yes' : 'no') as Verdict }),
      ...(q.form === 'yesno' &&
        !named &&
        from.length === 1 &&
        q.main('director', 'head') && { verdict: (from[0] === current.country ? 'yes' : 'no') as Verdict }),
      lead: (l) => l.m.ratsDirector(l.person(current), l.c(current.country)),
      context: q.form === 'yesno' && named && latest ? latest : seat?.text,
      note: noteOf(current),
      sources: [current.sources, seat?.sources ?? []],
    };
  },
};

/**
 * Both permanent bodies (or the Secretary-General's office and RATS) named and their head asked, no one named: each
 * body's head ("who heads the Secretariat and RATS", "the secretary-general vs the RATS director").
 */
function bothHeads(q: Question): boolean {
  return (
    q.bodies.includes('rats') &&
    (q.bodies.includes('secretariat') || q.main('secgen')) &&
    // ("Secretariat vs RATS — location, role, current head": a head among the fields asked of both, beside their seats.)
    (q.main('director', 'head') || (q.has('head') && q.has('location') && q.form === 'fragment')) &&
    q.people.length === 0 &&
    q.form !== 'yesno'
  );
}

/** The directors in the time asked (a year, a span, a clause's day), oldest first, or that the data does not hold one then. */
function atTime(q: Question, f: AskFacts, all: OfficialT[]): Draft {
  const t = q.time;
  const { from, to, span } = officeWindow(q, f);
  const hit = heldIn(all, from, to);
  const year = (y: number) => String(y);
  if (hit.length === 0)
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      lead: (l) =>
        l.m.ratsUnknownThen(
          span
            ? l.m.inYear(`${l.d(year(span.first))}–${l.d(year(span.last))}`)
            : t && !q.clauseDay && t.mode !== 'before'
              ? l.m.inYear(l.d(year(t.year)))
              : l.m.onDay(l.d(to.toISOString().slice(0, 10))),
        ),
      ...(all[0] && {
        context: (l: Loc) =>
          l.m.ratsDirectorThen(
            l.person(all[0]!),
            l.c(all[0]!.country),
            all[0]!.from ? l.d(all[0]!.from) : '',
            all[0]!.to && l.d(all[0]!.to),
          ),
      }),
      sources: all[0] ? [all[0].sources] : [],
    };
  const named = q.people.filter((p) => p.official.role === 'rats-director').map((p) => p.official.id);
  const open = hit.find((o) => !o.to);
  return {
    kind: 'fact',
    title: (l) => hit.map((o) => l.person(o)).join(', '),
    ...(q.form === 'yesno' &&
      named.length > 0 && { verdict: hit.some((o) => named.includes(o.id)) ? ('yes' as const) : ('no' as const) }),
    lead: (l) =>
      hit
        .map((o) =>
          o.to
            ? l.m.ratsDirectorThen(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '', l.d(o.to))
            : l.m.ratsDirector(l.person(o), l.c(o.country)),
        )
        .join(' '),
    note: open && noteOf(open),
    sources: hit.map((o) => o.sources),
  };
}
