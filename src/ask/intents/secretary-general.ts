import { isoPeriodEnd } from '../../base/dates.js';
import type { OfficialT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { CueHit, Question } from '../understand/question.js';
import type { Intent } from './types.js';
import {
  asksSecGen,
  firstSentence,
  heldIn,
  noteOf,
  officeAttends,
  officeWindow,
  on,
  sentenceVerdict,
  startVerdict,
  subjects,
} from './shared.js';

/** "Who is the SCO Secretary-General?", "who was it in 2023?", "who was before Yermekbayev?", "how long is the term?" */
export const secretaryGeneral: Intent = {
  id: 'secretary-general',
  priority: 80,
  examples: [
    { q: 'is the secretary general from china', must: ['No', 'Kazakhstan'] },
    { q: 'is the sco secretary-general kazakh?', must: ['Yes', 'Kazakhstan'] },
    { q: 'who is the secretary general of the sco', must: ['Yermekbayev'] },
    { q: 'who was sco secretary general in 2023', must: ['Zhang Ming'] },
    { q: 'who was the secretary general in 2010', must: ['does not hold'] },
    { q: 'who was secretary-general before yermekbayev', must: ['Zhang Ming'] },
    { q: 'Wer ist der Generalsekretär der SOZ?', must: ['Generalsekretär', 'Yermekbayev'] },
    {
      q: 'who is the current secretary general? I keep seeing 2024',
      must: ['Yermekbayev'],
      mustNot: ['Secretary-General is Zhang Ming'],
    },
  ],
  match(q) {
    if (officeAttends(q)) return undefined;
    // ("Did UN Secretary-General join SCO Plus?": another organisation's, named just before the office.)
    const office = q.cues.find((c) => c.cue === 'secgen');
    if (
      office &&
      q.otherOrgs.length > 0 &&
      !q.people.some((p) => p.official.role === 'secretary-general') &&
      !/^(sco|sco s|s|the|its|their|our|a|an|and|new|current|former)$/.test(q.words[office.at - 1] ?? 'sco')
    )
      return undefined;
    const sgNamed = q.people.some((p) => p.official.role === 'secretary-general');
    // "Who is the deputy secretary-general?": another office, which the data does not hold.
    if (
      q.words.some(
        (w, i) =>
          /^(deputy|deputies|vice|assistant|adjunct)$/.test(w) &&
          /^(secretary|secretaries|sg|sec)/.test(q.words[i + 1] ?? ''),
      ) ||
      // (French and Spanish put the deputy after: "les secrétaires généraux adjoints", "el secretario general adjunto";
      // German before: "der stellvertretende Generalsekretär".)
      q.words.some(
        (w, i) =>
          (/^secret(aires?|arios?|arias?)$/.test(w) &&
            q.words.slice(i + 1, i + 4).some((x) => /^(adjoints?|adjointes?|adjuntos?|adjuntas?)$/.test(x))) ||
          (/^(stellvertretende[nrms]?|vize)$/.test(w) && /^generalsekret/.test(q.words[i + 1] ?? '')),
      )
    )
      return undefined;
    // "How many countries did the SG say had applied?": the SG is who said it; the applications are what is asked.
    if (q.main('secgen') && q.form === 'howMany' && q.main('apply', 'join', 'member', 'partner')) return 60;
    // ("what did the SG say the dev bank would focus on?": what the SG said of another thing is that thing's record.)
    if (
      q.main('secgen') &&
      q.form === 'what' &&
      q.words.some((w) => /^(say|said|says|announce|announced|stated)$/.test(w)) &&
      q.unknownWords.length > 0
    )
      return 60;
    // ("explain the bank story from Tianjin to the SG's February comments": a thing of the SCO's named is what is asked
    // about; the SG is who spoke of it.)
    if (q.thing && q.form !== 'who' && asksSecGen(q)) return 60;
    if (asksSecGen(q)) return subjects(q).length && !q.main('chair') ? 70 : 94;
    // "The history of the SG post — who held it, terms": the office named before, its terms (or nothing else) asked of it.
    if (
      q.has('secgen', 'sub') &&
      (q.main('term') || !q.cues.some((c) => c.role === 'main')) &&
      !subjects(q).length &&
      !q.main('chair', 'director', 'minister')
    )
      return 90;
    // ("and his term — when does it end? can they extend it?": a term asked of "his" or "her", with no office, body, person
    // or country named, is the Secretary-General's, the one office whose holder's term the data gives by its rule; the
    // answer names him.)
    if (
      q.main('term') &&
      q.words.some((w) => w === 'his' || w === 'her') &&
      subjects(q).length === 0 &&
      q.people.length === 0 &&
      q.bodies.length === 0 &&
      !q.cues.some((c) => c.cue === 'chair' || c.cue === 'director' || c.cue === 'minister' || c.cue === 'head')
    )
      return 80;
    // "Head of the SCO Secretariat", "who is in charge of the Secretariat".
    if (q.bodies.includes('secretariat') && q.main('head', 'director', 'chair') && subjects(q).length === 0) return 94;
    // "What did Yermekbayev do before?" is his own record (person), not his predecessor.
    if (sgNamed && q.form === 'what' && !q.main('secgen')) return undefined;
    // "Did Yermekbayev take office in 2024?": the start his own record gives answers it (`person`).
    if (q.people.some((p) => p.official.role === 'secretary-general' && startVerdict(q, p.official))) return undefined;
    if (sgNamed && q.main('replace', 'previous', 'before', 'term', 'tookOffice', 'appoint', 'next')) return 93;
    // ("roughly how much longer does yermekbayev have in the job?": the time left in the office of the one named.)
    if (sgNamed && q.form === 'howMany' && q.words.some((w) => /^(longer|left|remaining)$/.test(w))) return 93;
    // "Zhang Ming is still running the Secretariat, isn't he?": whether the one named holds the office now.
    if (sgNamed && q.form === 'yesno' && (q.has('still') || q.has('current')) && !q.time) return 95;
    // "Who heads the SCO?", "who runs the SCO?": its chief executive is the Secretary-General.
    if (
      q.main('head') &&
      (q.form === 'who' || q.form === 'what') &&
      q.sco &&
      subjects(q).length === 0 &&
      !q.bodies.includes('rats') &&
      !q.main('chair')
    )
      return q.main('list') ? undefined : 86;
    return undefined;
  },
  // "How long has Yermekbayev been in the job now?": the holder asked of (or today's), counted from taking office.
  since: (q, f) => {
    if (q.time || q.main('previous', 'before', 'next', 'first')) return undefined;
    const named = q.people.find((p) => p.official.role === 'secretary-general')?.official;
    const holder = named ?? f.officials({ role: 'secretary-general' }).find((o) => on(f.factDay, o.from, o.to));
    return holder?.from && !holder.to ? holder.from : undefined;
  },
  answer(q, f) {
    const all = f.officials({ role: 'secretary-general' }).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const today = f.factDay;
    const current = [...all].reverse().find((o) => on(today, o.from, o.to)) ?? all.at(-1);
    if (!current) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    // ("Who is the Secretary-General now? Our 2024 briefing pack still names Zhang Ming": one named in an aside is not
    // whom "who … now" asks for.)
    const named = q.people.find(
      (p) => p.official.role === 'secretary-general' && !(p.role === 'aside' && q.form === 'who' && q.main('current')),
    )?.official;
    // ("Has anyone been named to succeed Yermekbayev?", "who is expected to succeed him after 2027?": who follows the
    // holder today, which the data does not hold.)
    const toFollow = q.words.some(
      (w, i) =>
        /^(succeed|replace|follow)$/.test(w) &&
        q.words[i - 1] === 'to' &&
        q.people.some((p) => p.at > i && p.official === current),
    );
    // (So does "who succeeds yermekbayev?", "who takes over as SG after Yermekbayev?": the holder today named as the one
    // to be followed.)
    // ("has the sco already picked the secretary-general who takes over after yermekbayev?": asked yes or no too.)
    const afterHolder =
      (q.form === 'who' || q.form === 'yesno') &&
      q.people.some(
        (p) =>
          p.official === current && !current.to && /^(after|succeeds|replaces|follows)$/.test(q.words[p.at - 1] ?? ''),
      );
    // ("is yermekbayev SG in 2028?": a year after the end the term's rule sets for the holder today is to come.)
    const beyondTerm =
      q.time !== undefined &&
      !current.to &&
      current.termEnds !== undefined &&
      q.time.from.getTime() > isoPeriodEnd(current.termEnds).getTime();
    // ("既然秘书长任期可以延长，叶尔梅克巴耶夫2028年还会继续当吗？", "can Yermekbayev stay on into 2028?": whether the one in
    // office holds it past the end of the term is the term's rule; not who follows: "has a successor for 2028 been named?")
    const successorWord = q.words.some((w) => /^(successor|successors|succeed|succeeds|replacement|replace)$/.test(w));
    if (beyondTerm && q.has('term') && q.tense !== 'future' && (!named || named === current) && !successorWord)
      return now(q, current, all);
    // ("In which year will his mandate come to an end?", "will his term be extended?": the end of the term and its rule,
    // which the data holds, are no guess.)
    // (Not what comes after it: "who will be secretary-general after yermekbayev's term ends?".)
    const termEnd =
      q.main('term') &&
      !successorWord &&
      !q.words.includes('after') &&
      q.words.some((w) => /^(end|ends|ending|expire|expires|expiring|over|extended|renewed|prolonged)$/.test(w));
    const future =
      (q.tense === 'future' && !termEnd) ||
      (q.main('next') && !q.has('before') && !termEnd) ||
      toFollow ||
      afterHolder ||
      beyondTerm;
    if (future)
      return {
        ...next(current),
        ...(q.form === 'yesno' && (beyondTerm || afterHolder) && { verdict: 'unknown' as const }),
      };
    // "Who was the first Secretary-General?", "how many have there been?": the data holds the office only from its
    // earliest holder on, so it cannot say; the holders it does hold follow.
    // (Not "for how many years is the SG elected": the term is asked.)
    if ((q.main('first') || q.form === 'howMany') && !named && !q.time && q.form !== 'yesno' && !q.main('term')) {
      const held = holders(all);
      return { ...held, title: () => 'Not in the data', lead: (l) => l.m.notHeld(), context: held.lead };
    }
    // "What was his job before?", "what did the SG do before?": the holder's own earlier career, as the record notes it.
    // ("sg's background? i think he was some kind of minister before": a background asked needs no "before".)
    const career =
      q.form !== 'who' &&
      // (Not an aside's: "… right? our bio box says so".)
      (q.main('previous', 'before') || q.terms.some((w) => /^(background|career|bio|biography)$/.test(w))) &&
      q.words.some((w) =>
        /^(job|jobs|career|background|bio|biography|profession|occupation|position|post|role|do|did|minister|ministry)$/.test(
          w,
        ),
      );
    const holder = named ?? current;
    // (A former holder's term is said as past: "Zhang Ming was …", never "the Secretary-General is Zhang Ming".)
    const office = (l: Loc) => inOffice(l, holder, current);
    // ("yermekbayev is the former uzbek defence minister, right?", "… used to be kazakh foreign minister, correct?": the
    // country named is his own and the ministry named the one his record gives, or not.)
    const ownCountry = q.countries.filter((c) => c.role !== 'aside').map((c) => c.country.id);
    const career0 = holder.note
      ? firstSentence(holder.note)
          .toLowerCase()
          .replace(/defense/g, 'defence')
      : '';
    const ministries = q.words.filter((w) => MINISTRY.test(w)).map((w) => w.replace('defense', 'defence'));
    const careerVerdict: Verdict | undefined =
      q.form !== 'yesno' || (ownCountry.length === 0 && ministries.length === 0)
        ? undefined
        : ministries.every((m) => career0.includes(m)) &&
            (ownCountry.length === 0 || ownCountry.includes(holder.country))
          ? 'yes'
          : 'no';
    if (career && holder.note)
      return {
        kind: 'fact',
        title: (l) => l.person(holder),
        ...(careerVerdict && { verdict: careerVerdict }),
        lead: (l) => (l.lang === 'en' ? `${l.person(holder)}: ${firstSentence(holder.note!)}` : office(l)),
        context: (l) => (l.lang === 'en' ? office(l) : firstSentence(holder.note!)),
        sources: [holder.sources],
      };
    // "Who replaced Zhang Ming?", "qui a succédé à Zhang Ming ?": the one named is replaced, so the one after is asked.
    const successor =
      named && successorAsked(q) ? all.find((o) => o.from && named.to && o.from >= named.to) : undefined;
    if (named && successor)
      return {
        kind: 'fact',
        title: (l) => l.person(successor),
        lead: (l) => inOffice(l, successor, current),
        context: (l) =>
          l.m.secgenPrevious(l.person(named), l.c(named.country), named.from ? l.d(named.from) : '', l.d(named.to!)),
        sources: [successor.sources, named.sources],
      };
    const asksPrevious = q.main('previous', 'before', 'replace') && !q.time && !q.has('current');
    if (asksPrevious) {
      const ref = named ?? current;
      const prev = [...all].reverse().find((o) => o.to && ref.from && o.to <= ref.from);
      if (prev) return previous(prev, ref, q);
      // ("who was SG before Zhang Ming?": no earlier holder on record is "not in the data", beside the one named.)
      if (named && named !== current)
        // (A fact beside it, so the one named is sourced.)
        return {
          kind: 'fact',
          title: () => 'Not in the data',
          lead: (l) => l.m.notHeld(),
          context: (l) =>
            l.m.secgenThen(
              l.person(named),
              l.c(named.country),
              named.from ? l.d(named.from) : '',
              named.to && l.d(named.to),
            ),
          sources: [named.sources],
        };
    }
    // "Can the SG's term be extended past 2027?": the rule of the term, not who holds the office then.
    // ("can yermekbayev stay on for a second term after 2027?": so of the one in office, named.)
    if (q.main('term') && q.time?.mode === 'after' && (!named || named === current)) return now(q, current, all);
    // "Was Yermekbayev appointed at the 2024 Astana summit?": the year dates the appointment, not the office.
    if (q.time && q.main('appoint') && holder === current) return now(q, current, all);
    // ("SG took office jan 2025, right?": the start of the one in office, put with no name.)
    const started = !named && q.form === 'yesno' && q.time ? startVerdict(q, current) : undefined;
    if (started) return { ...now(q, current, all), verdict: started };
    if (q.time || q.clauseDay) return atTime(q, f, all);
    // "History of the SG post", "SG timeline": every holder in order, with the rule of the term.
    // The office's history may lead a dash before what is asked of it ("history of the SG post — who held it").
    if ((q.main('growth') || q.has('growth', 'sub')) && !named && q.form !== 'yesno') {
      const termNote = (current.note ?? '').split(/(?<=\.)\s+/).find((s) => /term/i.test(s));
      return { ...holders(all), ...(termNote && { context: termNote }), sources: [...all.map((o) => o.sources)] };
    }
    // "Compare Zhang Ming's and Yermekbayev's time as SG": each holder named, with the dates of the term, oldest first.
    const namedAll = all.filter((o) => q.people.some((p) => p.official.id === o.id));
    if (namedAll.length >= 2 && q.form !== 'yesno') return holders(namedAll);
    // "Zhang Ming is still the SG, right?": a former holder asked about as holding the office now is a No, the current one beside.
    if (named && named !== current)
      return q.form === 'yesno'
        ? {
            ...then(named),
            verdict: 'no',
            context: (l: Loc) =>
              l.m.secgenNow(l.person(current), l.c(current.country), current.from ? l.d(current.from) : ''),
            sources: [named.sources, current.sources],
          }
        : then(named);
    return now(q, current, all);
  },
};

/** A holder's term: "is … since" for the current one, "was … from … to" for one before. */
function inOffice(l: Loc, o: OfficialT, current: OfficialT): string {
  return o === current
    ? l.m.secgenNow(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '')
    : l.m.secgenThen(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '', o.to && l.d(o.to));
}

/** A ministry named by its field ("defence", "foreign"): what an earlier post is checked by. */
const MINISTRY =
  /^(defence|defense|foreign|finance|interior|trade|economy|justice|education|health|energy|agriculture|transport)$/;

function now(q: Question, o: OfficialT, all: OfficialT[]): Draft {
  const prev = [...all].reverse().find((x) => x.to && o.from && x.to <= o.from);
  const termNote = (o.note ?? '').split(/(?<=\.)\s+/).find((s) => /term|appointed/i.test(s));
  // ("how much longer does yermekbayev have as SG? his term ends when": the time left asks when the term ends.)
  const termAsked = q.main('term', 'appoint', 'tookOffice');
  // ("how does the SG post work - term length and who has held it lately?": how the office works, its term put after; the
  // one before still beside the holder, and the term set out below.)
  const howWorks = q.has('term') && q.form === 'how' && !termAsked;
  const asksTerm =
    termAsked ||
    (q.form === 'howMany' && q.words.some((w) => /^(longer|left|remaining)$/.test(w))) ||
    (q.has('term') && q.words.some((w) => /^(ends?|ending|expires?|expiring|runs?|over)$/.test(w)));
  // "the recent sec-gens and their terms": the office-holders, in the plural.
  const several = q.form !== 'yesno' && /\b(secretaries|secgens|gens|sgs)\b/.test(q.words.join(' '));
  // "Is the Secretary-General from China?": a country named asks where the office-holder is from.
  const countries = q.countries.map((c) => c.country.id);
  // "Was he appointed at the Astana summit?": the clause that says so, with the place and year the question names.
  // (Not "can the secretary-general be re-elected?": an appointment inside a renewal asks the term's rule.)
  const inTerm = (c: CueHit) => q.cues.some((t) => t.cue === 'term' && c.at >= t.at && c.at < t.at + (t.len ?? 1));
  const asksWhen = q.cues.some(
    (c) => c.role === 'main' && (c.cue === 'appoint' || c.cue === 'tookOffice') && !inTerm(c),
  );
  const clause = asksWhen
    ? (termNote?.split(/;\s*/).find((c) => /appoint|took office/i.test(c)) ?? termNote)
    : termNote;
  const placed =
    !asksWhen ||
    (clause !== undefined &&
      q.places.every((p) => clause.toLowerCase().includes(p.toLowerCase())) &&
      (!q.time || clause.includes(String(q.time.year))));
  // ("is yermekbayev still SG as of now or has his term ended": whether the one in office still is, yes.)
  // (Not "is it over already or does he still have time left?": the end asked first.)
  const still = q.cues.find((c) => c.cue === 'still' && c.role === 'main');
  const endAt = q.words.findIndex((w) => /^(over|ended|end|ends|expired|finished|done)$/.test(w));
  const stillIn =
    still !== undefined &&
    (endAt < 0 || still.at < endAt) &&
    (q.people.length === 0 || q.people.some((p) => p.official.id === o.id));
  // ("is the secretary general the same thing as the chair country?": an office held by a person is no rotating chair.)
  const sameAsChair = q.form === 'yesno' && q.main('same') && q.has('chair');
  // ("has the SCO ever had a woman Secretary-General?": a kind of holder the data does not record is not held.)
  const office = q.cues.find((c) => c.cue === 'secgen' && c.role === 'main');
  const ofAKind =
    q.form === 'yesno' &&
    office !== undefined &&
    q.people.length === 0 &&
    q.unknownWords.includes(q.words[office.at - 1] ?? '');
  const verdict: Verdict | undefined = sameAsChair
    ? 'no'
    : ofAKind
      ? 'unknown'
      : q.form === 'yesno' &&
          !stillIn &&
          termAsked &&
          clause &&
          (q.people.length === 0 || q.people.some((p) => p.official.id === o.id)) &&
          countries.length === 0
        ? placed
          ? sentenceVerdict(q, clause)
          : 'no'
        : q.form === 'yesno'
          ? (q.people.length === 0 || q.people.some((p) => p.official.id === o.id)) &&
            (countries.length === 0 || countries.includes(o.country))
            ? 'yes'
            : 'no'
          : undefined;
  return {
    kind: 'fact',
    title: (l) => `${l.m.role['secretary-general']}: ${l.person(o)}`,
    ...(verdict && { verdict }),
    lead: (l) => l.m.secgenNow(l.person(o), l.c(o.country), o.from ? l.d(o.from) : ''),
    context:
      asksTerm && termNote && !several
        ? termNote
        : prev
          ? (l: Loc) =>
              l.m.secgenPrevious(l.person(prev), l.c(prev.country), prev.from ? l.d(prev.from) : '', l.d(prev.to!))
          : termNote,
    // (Each holder's term asked: the term the record states, beside who held the office before.)
    ...(((several && asksTerm) || howWorks) && termNote && { details: [{ items: [termNote] }] }),
    note: noteOf(o),
    sources: [o.sources, prev?.sources ?? []],
  };
}

function previous(prev: OfficialT, after: OfficialT, q: Question): Draft {
  // ("was the previous secretary-general chinese?": the country named is where the one before came from, or not.)
  const countries = q.countries.filter((c) => c.role !== 'aside').map((c) => c.country.id);
  const verdict: Verdict | undefined =
    q.form === 'yesno' && countries.length > 0 ? (countries.includes(prev.country) ? 'yes' : 'no') : undefined;
  return {
    kind: 'fact',
    title: (l) => `${l.person(prev)}`,
    ...(verdict && { verdict }),
    lead: (l) => l.m.secgenPrevious(l.person(prev), l.c(prev.country), prev.from ? l.d(prev.from) : '', l.d(prev.to!)),
    context: (l) => l.m.secgenNow(l.person(after), l.c(after.country), after.from ? l.d(after.from) : ''),
    sources: [prev.sources, after.sources],
  };
}

function then(o: OfficialT): Draft {
  return {
    kind: 'fact',
    title: (l) => l.person(o),
    lead: (l) => l.m.secgenThen(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '', o.to && l.d(o.to)),
    ...(o.note && { context: firstSentence(o.note) }),
    sources: [o.sources],
  };
}

function atTime(q: Question, f: AskFacts, all: OfficialT[]): Draft {
  const t = q.time;
  // "Between 2022 and 2024", "from 2023 to 2025": every holder in the span; "since 2022", "SG timeline since 2022":
  // every holder from then to the data's day.
  const { from, to, span } = officeWindow(q, f, q.main('growth') && !q.has('before'));
  const hit = heldIn(all, from, to);
  if (hit.length === 0) {
    const first = all[0];
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      lead: (l) =>
        l.m.secgenUnknownThen(
          t
            ? t.mode === 'before'
              ? l.m.onDay(l.d(iso(to)))
              : l.m.inYear(
                  span
                    ? `${l.d(String(span.first))}–${l.d(String(span.last))}`
                    : t.untilYear !== undefined
                      ? `${l.d(String(t.year))}–${l.d(String(t.untilYear))}`
                      : l.d(String(t.year)),
                )
            : l.m.onDay(l.d(iso(from))),
        ),
      ...(first && {
        context: (l: Loc) =>
          l.m.secgenThen(
            l.person(first),
            l.c(first.country),
            first.from ? l.d(first.from) : '',
            first.to && l.d(first.to),
          ),
      }),
      sources: first ? [first.sources] : [],
      suggestions: ['who is the SCO Secretary-General', 'who was the previous Secretary-General'],
    };
  }
  // "Is Zhang Ming still the SG till the end of 2025?": yes only when the one named held the office then (to the end, when "still" or "until" is asked).
  const named = q.people.map((p) => p.official.id);
  const through = q.has('still') || q.words.some((w) => /^(till|until|til|through|throughout)$/.test(w));
  // ("Yermekbayev has been SG since 2022, correct?": since a year, only one in office by the end of that year and still.)
  const bySince = (o: OfficialT) =>
    !t?.since ||
    (o.from !== undefined && Date.parse(o.from) <= t.to.getTime() && (!o.to || Date.parse(o.to) >= to.getTime()));
  const held = hit.filter(
    (o) => named.includes(o.id) && (!through || !o.to || Date.parse(o.to) >= to.getTime()) && bySince(o),
  );
  return {
    ...holders(hit),
    ...(q.form === 'yesno' && named.length > 0 && { verdict: held.length > 0 ? ('yes' as const) : ('no' as const) }),
    // ("Is there any confirmation that the SG remained in post into 2026?": someone held it then.)
    ...(q.form === 'yesno' &&
      named.length === 0 &&
      q.countries.length === 0 &&
      /\b(remain|remained|stay|stayed|still|confirm|confirmed|confirmation|continue|continued)\b/.test(
        q.words.join(' '),
      ) && {
        verdict: 'yes' as const,
      }),
  };
}

/** The holders of the office, each with the dates of their term, oldest first (one still in office said as such). */
function holders(hit: OfficialT[]): Draft {
  return {
    kind: 'fact',
    title: (l) => hit.map((o) => l.person(o)).join(', '),
    lead: (l) =>
      hit
        .map((o) =>
          !o.to && o === hit.at(-1) && o.from
            ? l.m.secgenNow(l.person(o), l.c(o.country), l.d(o.from))
            : l.m.secgenThen(l.person(o), l.c(o.country), o.from ? l.d(o.from) : '', o.to && l.d(o.to)),
        )
        .join(' '),
    sources: hit.map((o) => o.sources),
  };
}

function next(current: OfficialT): Draft {
  const termNote = (current.note ?? '').split(/(?<=\.)\s+/).find((s) => /term/i.test(s));
  return {
    kind: 'fact',
    title: () => 'Not in the data — no prediction',
    lead: (l) => `${l.m.secgenNext(l.person(current))} ${l.m.noPrediction}`,
    context:
      termNote ??
      ((l: Loc) => l.m.secgenNow(l.person(current), l.c(current.country), current.from ? l.d(current.from) : '')),
    sources: [current.sources],
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** "Who replaced / succeeded X?": the asking word is the verb's subject and the one named comes after it (not "whom did X replace"). */
function successorAsked(q: Question): boolean {
  const cue = q.cues.find((c) => c.role === 'main' && c.cue === 'replace');
  if (!cue || q.form !== 'who' || !q.people.some((p) => p.at > cue.at)) return false;
  const before = q.words[cue.at - 1] ?? '';
  const subject = /^(who|whos|qui|quien|wer|kim)$/;
  return subject.test(before) || (/^(a|ha|hat|has)$/.test(before) && subject.test(q.words[cue.at - 2] ?? ''));
}
