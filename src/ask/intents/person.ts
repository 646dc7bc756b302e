import type { Loc, Verdict } from '../draft.js';
import { type OfficialStanding, officialSentence } from '../../facts/time.js';
import type { OfficialT } from '../../facts/schema.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { firstSentence, noteAnswer, noteOf, offersUnknown, rankOf, startVerdict } from './shared.js';

/** Words asking what a person did before the office the data records them in. */
const BACKGROUND =
  / before (?:becoming|being|taking|joining|he became|she became|he was|she was|his appointment|her appointment|this|that|the sco)\b| (?:background|career|previously|formerly|used to be|prior role|previous job|previous role|which ministry)\b/;

/** "Who is Rajnath Singh?", "what did Belousov do in Qingdao?", "did Dong Jun meet Belousov?" */
export const person: Intent = {
  id: 'person',
  priority: 77,
  examples: [
    { q: 'who is Rajnath Singh', must: ['Defence Minister', 'India'] },
    { q: 'who is dong jun', must: ['China'] },
    { q: 'what did belousov do in qingdao', must: [['Dong Jun', 'plenary']] },
    { q: "why was nasirzadeh's qingdao trip notable", must: ['first trip abroad'] },
  ],
  match(q) {
    if (q.people.length === 0 || q.people.every((p) => p.predecessorName)) return undefined;
    if (q.main('refuse', 'sign') && q.people.some((p) => p.official.event)) return undefined;
    // "Why was Nasirzadeh's Qingdao trip notable?": the person's own note answers what was asked.
    const first = q.people.find((p) => !p.predecessorName && p.role === 'main');
    // "Which country is Khawaja Asif defence minister of?", "خواجہ آصف کس ملک کے …": the person's own country.
    if (
      first &&
      q.form === 'which' &&
      q.countries.length === 0 &&
      !q.main('before', 'previous', 'replace', 'after', 'chair', 'join') &&
      (q.words.length === 0 || q.words.some((w) => /^(country|countries|nation|state)$/.test(w)))
    )
      return 92;
    // "sharsheev is uzbek right? since rats is in tashkent": a person named by a people's name asks the person's own
    // country, whatever the reason given beside it names.
    if (first && q.form === 'yesno' && q.countries.some((c) => c.by === 'demonym' && c.role === 'main')) return 90;
    // ("is sharsheev, the RATS guy, kyrgyz or kazakh?": which of two peoples' names the person's own is.)
    if (first && q.form === 'choice' && q.countries.filter((c) => c.by === 'demonym' && c.role === 'main').length >= 2)
      return 90;
    // "… line up Iran's defence minister Aziz Nasirzadeh for a segment — he's still in the job, right?": whether the
    // one person named before stays in office, asked of them by a pronoun.
    if (
      q.people.length === 1 &&
      q.form === 'yesno' &&
      q.pointsBack &&
      q.main('still') &&
      !q.main('meeting', 'summit', 'attend')
    )
      return 90;
    // ("他之前是做什么的？", "what did the SG do before?": what the one named did before, their own record, not who held
    // the office before them.)
    if (
      first &&
      q.form === 'what' &&
      q.main('before') &&
      !q.words.some((w) => /^(predecessor|predecessors|previous|prior|preceded|replaced|succeeded)$/.test(w)) &&
      !q.main('chair', 'join', 'member', 'summit', 'meeting', 'attend') &&
      q.events.length === 0 &&
      !q.thing &&
      !q.time
    )
      return 95;
    // ("… and where is he now?": how the person's record stands today, not the meeting's place.)
    if (first && q.form === 'where' && q.main('current')) return 90;
    // "'Adm. Dong Jun, …' — title and rank ok?", "Dong Jun rank?": a rank asked of a person named is the person's record.
    if (q.people.some((p) => !p.predecessorName) && q.main('rank') && !q.main('attend', 'chair')) return 89;
    // "Which meeting did Dong Jun chair?": the one the person's own record names.
    if (first && q.main('chair') && q.main('summit', 'meeting') && (q.form === 'which' || q.form === 'what')) return 92;
    // "did nasirzadeh attend the april 2026 bishkek meeting?": a meeting or time after the person's record ended (a death,
    // a dismissal) is answered by that end.
    if (first && afterEnd(q, first.official)) return 96;
    // "Iran's defence minister at Qingdao has since died — true, and when?": a death asked of someone whose record ends
    // with one is that end.
    // (Not "who's acting defence minister now that he is dead?", "who came after him?": the office after, not him.)
    if (
      first?.official.ended &&
      q.has('killed') &&
      !q.main('after', 'current', 'replace') &&
      !q.words.includes('acting')
    )
      return 95;
    // "Did X's term start on 1 January 2025?": the start his record gives is the relation asked.
    // ("need the exact day Sharsheev took over — was it 1 jan 2025?": the person named before the dash too.)
    const named = first ?? q.people.find((p) => !p.predecessorName);
    if (named && startVerdict(q, named.official)) return 90;
    if (first && q.form !== 'yesno' && noteAnswer(q, first.official)) return 88;
    // "What did Yermekbayev do before becoming SG?", "his background": what the record says of the person beyond the office.
    if (first && q.form !== 'when' && BACKGROUND.test(` ${q.words.join(' ')} `)) return 91;
    // "was it belousov or shoigu at qingdao?": of two names offered, the one the data holds is the answer; its record says
    // what the person did there.
    if (first && q.form === 'choice' && offersUnknown(q)) return 88;
    // "What did Belousov do in Qingdao?": the person's own record beats the meeting's.
    if (q.form === 'what' || q.form === 'how' || (q.form === 'yesno' && q.people.length > 1)) return 89;
    return q.form === 'who' || q.form === 'fragment' || q.form === 'yesno' || q.form === 'explain' || q.form === 'when'
      ? 75
      : 60;
  },
  answer(q, f) {
    const people = q.people.filter((p) => !p.predecessorName).map((p) => p.official);
    const o = people[0]!;
    const other = people[1];
    const ev = o.event ? f.event(o.event) : undefined;
    // "Did Rajnath Singh meet Khawaja Asif?": a sentence of either one's note that names the other; a negated one
    // ("with no bilateral meeting with India's Rajnath Singh") says they did not.
    const naming = other
      ? [
          ...sentencesNaming(o.note, other.name.split(' ').at(-1)!),
          ...sentencesNaming(other.note, o.name.split(' ').at(-1)!),
        ]
      : [];
    const mentionsOther = naming.length > 0;
    const deniesOther = naming.some((x) => /\b(no|not|never|without)\b|n't\b/i.test(x));
    const nationality =
      q.form === 'yesno' && q.countries.length > 0 ? q.countries.some((c) => c.country.id === o.country) : undefined;
    const standing = f.standing(o);
    const verdict: Verdict | undefined =
      q.form === 'yesno'
        ? other
          ? mentionsOther
            ? deniesOther
              ? 'no'
              : 'yes'
            : undefined
          : // ("… has since died, is that correct?", "killed in June 2025, right?": the end the record gives, and its day.)
            o.ended && q.has('killed')
            ? deathVerdict(q, o)
            : // ("Nasirzadeh — still in office?", "… and is he still in the job?": whether the record has ended.)
              q.main('still', 'current')
              ? stillVerdict(standing)
              : nationality === undefined
                ? undefined
                : nationality
                  ? 'yes'
                  : 'no'
        : undefined;
    // The note's sentence that answers what the question asks beyond who the person is.
    const answer = q.form === 'yesno' || q.form === 'who' ? undefined : noteAnswer(q, o);
    const roleLabel = o.roleLabel;
    const role = (l: Loc) =>
      o.role === 'secretary-general' || o.role === 'rats-director'
        ? l.m.role[o.role]
        : l.m.roleOf(l.m.role[o.role], l.c(o.country));
    // In office as far as the data goes: present tense; an ended or run-out term: past tense, with the date (time.ts words it in English).
    const plain =
      standing.kind === 'in-office' && !o.from
        ? `${o.name} is ${/^(SCO |Director|Minister|Acting)/.test(roleLabel) ? '' : 'the '}${roleLabel}${roleLabel.includes(f.nameOf(o.country)) ? '' : ` (${f.nameOf(o.country)})`}.`
        : officialSentence(o, f.today, f.store).replace(
            o.name,
            roleLabel.includes(f.nameOf(o.country)) ? o.name : `${o.name} of ${f.nameOf(o.country)}`,
          );
    // "What was Nasirzadeh's military rank?": the rank, which the data gives as the note's first words ("Brigadier
    // General."), goes before the name.
    const rank = q.cues.some((c) => c.cue === 'rank' && c.role !== 'aside') ? rankOf(o.note) : undefined;
    const english = rank ? plain.replace(o.name, `${rank} ${o.name}`) : plain;
    // "Was he appointed in May 2025?": Yes or No from the start his record gives; a day within a year or month it
    // gives is not confirmed (the exact date is not in the data).
    if (o.ended && afterEnd(q, o))
      return {
        kind: 'fact',
        title: (l) => l.person(o),
        ...(q.form === 'yesno' && { verdict: 'no' as const }),
        lead: (l) => (l.lang === 'en' ? english : l.m.personWas(l.person(o), role(l))),
        context: o.ended.text,
        sources: [o.ended.sources, o.sources],
      };
    const start = startVerdict(q, o);
    if (start)
      return {
        kind: 'fact',
        title: (l) => l.person(o),
        verdict: start,
        lead: (l) =>
          start === 'unverified'
            ? l.m.exactDateNotHeld(l.d(o.from!))
            : l.lang === 'en'
              ? english
              : l.m.personRole(l.person(o), role(l)),
        context:
          start === 'unverified'
            ? english
            : (l: Loc) =>
                (l.lang === 'en' && o.note?.split(/(?<=\.)\s+/).find((s) => s.split(' ').length >= 4)) || l.d(o.from!),
        note: noteOf(o, q),
        sources: [o.sources],
      };
    // "Exact date X was appointed?": the record gives only a month or a year.
    const asksDate = q.form === 'when' || q.terms.some((t) => /^(date|exact|exactly|actual|day)$/.test(t));
    if (asksDate && o.from && o.from.length < 10) {
      return {
        kind: 'fact',
        title: (l) => l.person(o),
        lead: (l) => l.m.exactDateNotHeld(l.d(o.from!)),
        context: english,
        note: noteOf(o),
        sources: [o.sources],
      };
    }
    return {
      kind: 'fact',
      title: (l) => l.person(o),
      ...(verdict && { verdict }),
      lead: (l) =>
        l.lang === 'en'
          ? (answer ?? english)
          : standing.kind === 'in-office' || standing.kind === 'not-yet'
            ? l.m.personRole(l.person(o), role(l))
            : // ("Когда погиб министр обороны Ирана?": the day the term ended, in the asker's language.)
              standing.kind === 'ended' && o.role === 'defence-minister'
              ? l.m.ministerGone(l.c(o.country), l.person(o), l.d(standing.on))
              : l.m.personWas(l.person(o), role(l)),
      // The note's first real sentence ("Admiral." is a rank, not a sentence); whether two met, the sentence that says so.
      context:
        q.form === 'yesno' && naming.length
          ? naming[0]!
          : answer
            ? (l) => (l.lang === 'en' ? english : answer)
            : o.note
              ? (o.note.split(/(?<=\.)\s+/).find((s) => s.split(' ').length >= 4) ?? firstSentence(o.note))
              : ev
                ? (l) => l.event(ev)
                : undefined,
      note: noteOf(o),
      sources: [o.sources, ...(other ? [other.sources] : [])],
    };
  },
};

/** Whether someone died (on the day or in the time asked): Yes only when the record's end was a death, then. */
function deathVerdict(q: Question, o: OfficialT): Verdict {
  if (o.ended?.cause !== 'death' || !o.to) return 'no';
  const t = q.time;
  const day = new Date(`${o.to}T00:00:00Z`);
  return !t || (t.from <= day && day <= t.to) ? 'yes' : 'no';
}

/** Whether someone is still in office: No once the record has ended, Yes while it stands as far as the data goes. */
function stillVerdict(standing: OfficialStanding): Verdict | undefined {
  return standing.kind === 'ended' ? 'no' : standing.kind === 'in-office' ? 'yes' : undefined;
}

/** The question names a meeting, or a time, that began after the person's record ended (with the end stated). */
function afterEnd(q: Question, o: OfficialT): boolean {
  // (Not "who came after him", "is he still …": those ask of the office, which its own answer gives.)
  if (!o.to || !o.ended || q.form === 'when' || q.main('before', 'after', 'replace', 'current', 'still', 'previous'))
    return false;
  const to = o.to;
  // A month named ("in April 2026") is the time asked, not a year the end falls in.
  if (q.time) return q.time.month !== undefined && q.time.mode === 'in' && q.time.from.toISOString().slice(0, 10) > to;
  // (A meeting named by its city: "the defence minister" alone names the office, not a meeting.)
  return q.eventNamed && q.events[0] !== undefined && q.places.length > 0 && q.events[0].start > to;
}

/** The sentences of a note that name someone (by surname). */
function sentencesNaming(note: string | undefined, surname: string): string[] {
  return (note ?? '').split(/(?<=[.;])\s+/).filter((x) => x.includes(surname));
}
