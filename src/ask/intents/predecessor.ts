import type { Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { subjects } from './shared.js';

/** "What was the Shanghai Five?", "when was it formed?", "was Uzbekistan in it?", "what was the SCO called before 2001?" */
export const predecessor: Intent = {
  id: 'predecessor',
  priority: 72,
  examples: [
    { q: 'what was the shanghai five', must: ['26 April 1996', 'China'] },
    { q: 'was uzbekistan part of the shanghai five', must: ['No', 'Uzbekistan'] },
    { q: 'Was Kazakhstan in the Shanghai Five?', must: ['Yes'] },
    { q: 'What was the SCO called before 2001?', must: ['Shanghai Five'] },
    { q: "what was the sco's predecessor organisation?", must: ['Shanghai Five', '1996'] },
    { q: 'was the shanghai five set up in 1996?', must: ['Yes', '26 April 1996'] },
    { q: 'was the shanghai five formed in 1998?', must: ['No', '26 April 1996'] },
  ],
  match(q) {
    // ("which sco members weren't part of the shanghai five?": the members it lacked, not today's list.)
    // ("Shanghai Five → SCO → charter: the sequence with years": the walk from it through the SCO to the Charter.)
    if (q.predecessor && walkToCharter(q)) return 93;
    if (q.predecessor) return subjects(q).length > 0 ? 93 : outsideAsked(q) ? 92 : 90;
    // "What was the SCO's predecessor?", "what came before the SCO?", "die Vorläuferorganisation der SOZ": the
    // organisation's own, not a person's or an office holder's.
    if (
      q.main('forerunner') &&
      q.sco &&
      q.people.length === 0 &&
      q.bodies.length === 0 &&
      !q.words.some((w) => /^(he|his|him|she|her|they|their)$/.test(w)) &&
      subjects(q).length === 0 &&
      !q.main('secgen', 'director', 'chair', 'minister', 'head', 'summit', 'meeting')
    )
      return 88;
    // "What was the SCO called before 2001?"
    if (
      q.main('called') &&
      (q.has('before') || q.has('previous') || q.has('first')) &&
      !subjects(q).length &&
      // ("belousov's first name": a person's name, not the organisation's first one.)
      q.people.length === 0 &&
      !q.main('secgen', 'chair')
    )
      return 86;
    return undefined;
  },
  since: (q, f) => (subjects(q).length === 0 ? f.topic('predecessor')?.date : undefined),
  answer(q, f) {
    const five = f.topic('predecessor');
    const not = f.topic('notInPredecessor');
    const agreement = f.topic('predecessorAgreement');
    const date = five?.date ?? '';
    const members = five?.countries ?? [];
    const formed = (l: Loc) =>
      l.m.predecessor(l.five, l.d(date), l.place(five?.place ?? ''), l.list(members.map((c) => l.c(c))));
    // "Uzbekistan was one of the original Shanghai Five, right? so why …": a country in the tag question the asker checks.
    const tagged = q.countries
      .filter((c) => c.role === 'aside' && q.cues.some((x) => x.cue === 'true' && x.role === 'aside' && x.at > c.at))
      .map((c) => c.country);
    const cs = subjects(q).length > 0 ? subjects(q) : tagged;
    // ("the shanghai five were china, russia, kazakhstan, uzbekistan and tajikistan, yes?": a list put as the Five is
    // answered by the one it has wrong, then the Five as they were.)
    if (cs.length >= 3 && cs.length <= members.length + 1) {
      const wrong = cs.filter((c) => !members.includes(c.id));
      return {
        kind: 'fact',
        title: (l) => l.five,
        ...(q.form === 'yesno' && {
          verdict: (wrong.length === 0 && cs.length === members.length ? 'yes' : 'no') as Verdict,
        }),
        lead: (l) =>
          wrong.length > 0 ? wrong.map((c) => l.m.inPredecessor(l.c(c), l.five, false)).join(' ') : formed(l),
        ...(wrong.length > 0 && { context: formed }),
        sources: [five?.sources ?? []],
      };
    }
    if (cs.length > 0) {
      const yes = cs.every((c) => members.includes(c.id));
      const verdict: Verdict = yes ? 'yes' : 'no';
      return {
        kind: 'fact',
        title: (l) => `${l.list(cs.map((c) => l.c(c)))} / ${l.five}`,
        verdict,
        ...(tagged.length > 0 && cs === tagged && { verdictAlways: true }),
        lead: (l) => cs.map((c) => l.m.inPredecessor(l.c(c), l.five, members.includes(c.id))).join(' '),
        // "When did Belarus join the Shanghai Five?": it never did; when it joined the SCO answers the rest.
        // ("uzbekistan was one of the original shanghai five in 1996 — who were the other four?": who the Five were.)
        context:
          !yes && not && cs.some((c) => not.countries.includes(c.id)) && !(q.form === 'who' || q.main('other'))
            ? not.text
            : !yes && q.form === 'when' && cs.some((c) => f.accession(c.id)?.from)
              ? (l: Loc) =>
                  cs
                    .filter((c) => f.accession(c.id)?.from)
                    .map((c) => l.m.joined(l.c(c), l.d(f.accession(c.id)!.from!)))
                    .join(' ')
              : formed,
        sources: [five?.sources ?? [], ...(not && !yes ? [not.sources] : [])],
      };
    }
    // "Which of today's ten members were NOT in the Shanghai Five?": the members it did not have, with when each joined.
    if (outsideAsked(q)) {
      const later = f.members().filter((m) => !members.includes(m.country.id));
      if (later.length > 0)
        return {
          kind: 'fact',
          title: (l) => l.list(later.map((m) => l.c(m.country))),
          lead: (l) => l.m.membersNotInPredecessor(l.list(later.map((m) => l.c(m.country))), l.five),
          context: formed,
          details: [
            {
              items: later
                .filter((m) => m.record.from)
                .map((m) => (l: Loc) => l.m.joined(l.c(m.country), l.d(m.record.from!))),
            },
          ],
          sources: [five?.sources ?? [], ...later.map((m) => m.record.sources)],
        };
    }
    // "What did they sign?": the agreements the data records for it.
    // ("shanghai five -> sco, how did that happen": how it became the SCO is no question of what it signed.)
    const becameSco = q.sco && (q.form === 'how' || q.form === 'explain') && !q.main('sign');
    if (
      !becameSco &&
      !walkToCharter(q) &&
      (q.main('sign', 'outcome', 'charter') ||
        q.words.some((w) => /^(sign|signed|agree|agreed|agreement|agreements|treaty|treaties)$/.test(w)))
    ) {
      return {
        kind: 'fact',
        title: (l) => l.five,
        lead: (l) => (l.lang === 'en' ? (five?.text ?? formed(l)) : formed(l)),
        context: agreement?.text,
        sources: [five?.sources ?? [], agreement?.sources ?? []],
      };
    }
    const founding = f.topic('founding');
    const newcomers = (founding?.countries ?? []).filter((c) => !members.includes(c));
    // "was the Shanghai Five set up in 1996?": the year asked, checked against its formation.
    const charterToo = q.has('charter') && q.form !== 'yesno' ? f.topic('charter') : undefined;
    const year = q.form === 'yesno' ? q.times.find((t) => t.role === 'main' && t.year !== undefined)?.year : undefined;
    return {
      kind: 'fact',
      title: (l) => `${l.five} (${l.d(date)})`,
      ...(year !== undefined && date && { verdict: (date.startsWith(String(year)) ? 'yes' : 'no') as Verdict }),
      // (In English the record's own sentence, which says what it was founded on: the border-trust treaty.)
      lead: (l) => (l.lang === 'en' && five?.text ? five.text : formed(l)),
      context:
        founding?.date && newcomers.length
          ? (l: Loc) => l.m.predecessorBecame(l.five, l.d(founding.date!), l.list(newcomers.map((c) => l.c(c))))
          : agreement?.text,
      // ("shanghai five 96 → moscow 97 → SCO 2001 → charter": the Charter, when the walk-through reaches it, is its last step.)
      ...(agreement && { details: [{ items: [agreement.text, ...(charterToo ? [charterToo.text] : [])] }] }),
      sources: [five?.sources ?? [], founding?.sources ?? [], charterToo?.sources ?? []],
    };
  },
};

/** "Which of today's members were NOT in the Shanghai Five?": which members, asked by what they were not part of. */
function outsideAsked(q: Question): boolean {
  return (
    q.negated &&
    (q.form === 'which' || q.form === 'list') &&
    q.main('member') &&
    // (Not the founders': "which of the founding members was NOT part of the shanghai five?")
    !q.main('founder') &&
    subjects(q).length === 0
  );
}

/** The Shanghai Five, the SCO and its Charter named together, not put as a yes/no: the steps from one to the next. */
function walkToCharter(q: Question): boolean {
  return q.predecessor && q.sco && q.has('charter') && q.form !== 'yesno' && subjects(q).length === 0;
}
