import { holdsOn, isoToDate } from '../../base/dates.js';
import { eventPhase } from '../../facts/time.js';
import type { CountryT, OfficialT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { PersonRef, Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { event } from './events.js';
import { latinWords, sentences } from '../../base/text.js';
import { firstSentence, inRegion, noteAnswer, noteOf, perCountry, rankOf, sentenceVerdict } from './shared.js';

/** "Who is India's defence minister?", "who was Russia's defence minister at Qingdao?", "who replaced Zhaksylykov?" */
export const defenceMinister: Intent = {
  id: 'defence-minister',
  priority: 85,
  examples: [
    { q: 'uzbek + kyrgyz def ministers at qingdao?', must: ['Khalmukhamedov', 'Mukambetov'] },
    { q: 'central asian defence ministers at qingdao, names?', must: ['Kosanov', 'Sobirzoda'] },
    { q: "who is india's defence minister", must: ['Rajnath Singh'] },
    { q: "who was russia's defense minister at qingdao", must: ['Belousov'] },
    { q: 'Who was Tajikistan\u2019s defence minister before Sobirzoda?', must: ['Sherali Mirzo'] },
    { q: 'who replaced Ruslan Zhaksylykov', must: ['Kosanov'] },
    { q: "had kazakhstan's defence minister been in office long when he went to qingdao", must: ['No', '8 June 2025'] },
    { q: "was qingdao belarus's first defence ministers meeting as a member", must: ['Yes', 'first'] },
    { q: 'Кто министр обороны Индии?', must: ['Rajnath Singh'] },
    { q: "what happened to iran's defence minister in 2026", must: ['Nasirzadeh', '28 February 2026', 'acting'] },
  ],
  match(q) {
    // "Kazakhstan's defence minister that month — and who did he replace": the office named before the question asks of it.
    // "Kazakh defence minister in June 2025 - when was he appointed?": the office named as the topic its term is asked of.
    // ("nasirzadeh will be iran's rep at the next DMM, yes?": a defence minister named beside the council's short name.)
    const ministerCue =
      (q.main('minister') ||
        (q.bodies.includes('defenceMinisters') && q.people.some((p) => p.official.role === 'defence-minister')) ||
        (q.main('replace', 'appoint', 'tookOffice') &&
          q.has('minister') &&
          // ("Kazakhstan's minister was appointed only weeks before Qingdao — … whom did he replace?": a minister at a
          // defence ministers' meeting is its defence minister.)
          (q.has('defence') || (q.eventNamed && q.events.some((e) => e.body === 'defenceMinisters'))) &&
          !q.has('secgen') &&
          !q.has('director') &&
          q.people.every((p) => p.official.role === 'defence-minister'))) &&
      !q.main('headOfGov', 'headOfState', 'foreignMinister') &&
      !q.bodies.includes('headsOfGovernment');
    if (q.people.some((p) => p.predecessorName)) return 91;
    if (nameForCountry(q)) return 92;
    if (
      q.people.some((p) => p.official.role === 'defence-minister') &&
      (q.main('replace', 'previous', 'before') || successorAsked(q))
    )
      return 90;
    // "Who did India send to Qingdao?", "who represented Russia there": at a defence ministers' meeting, its minister.
    const sentTo = q.form === 'who' && q.main('attend') && q.eventNamed && q.events[0]?.body === 'defenceMinisters';
    if (!ministerCue && !sentTo) return undefined;
    // ("what did india do at this year's defence ministers meeting?": the office only names the meeting; what was done
    // there is the meeting's.)
    if ((q.form === 'what' || q.form === 'how') && q.people.length === 0 && meetingNamedOnly(q)) return undefined;
    // "Compare India's position at the Qingdao defence ministers' meeting with Tianjin": two meetings set side by side.
    const placesNamed = q.events.filter((e) => q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()));
    if (q.main('compare') && new Set(placesNamed.map((e) => e.city)).size >= 2) return undefined;
    const cs = countriesOf(q);
    // ("can you give me all ten defence ministers as of now (dec 2026)?": every member's, asked of today.)
    if (ministerCue && allNow(q)) return 93;
    // ("defence ministers of the 4 central asian members at qingdao": the members of a region named.)
    if (cs.length === 0 && q.regions.length === 0) return undefined;
    if (q.main('attend', 'all') && q.form !== 'who' && cs.length !== 1) return undefined;
    return 91;
  },
  answer(q, f) {
    if (allNow(q)) {
      const d = membersNow(f);
      if (d) return d;
    }
    const pred = q.people.find((p) => p.predecessorName);
    // "Tajikistan's defence minister — still Sherali Mirzo?": the one named was replaced, so No.
    if (pred)
      return {
        ...replaced(pred.official, pred.predecessorName!),
        // ("… at qingdao was zhaksylykov right?": a meeting held after the replacement had the new minister, so No too.)
        ...(q.form === 'yesno' &&
          ((!q.time && (q.main('still', 'current') || q.tense === 'present')) ||
            (q.eventNamed &&
              q.places.some((p) => p.toLowerCase() === q.events[0]?.city.toLowerCase()) &&
              pred.official.from !== undefined &&
              (q.events[0]?.start ?? '') >= pred.official.from)) && {
            verdict: 'no' as Verdict,
          }),
      };
    // "Is it true that Sergei Shoigu represented Russia in Qingdao?": the country's minister there, and whether the one
    // named is that minister.
    const put = nameForCountry(q);
    if (put) {
      const d = ofCountry(q, f, put.country);
      // (The one named held the office on the meeting's day: not a minister who had left or died by then.)
      const o = put.person?.official;
      const verdict: Verdict =
        o &&
        o.country === put.country.id &&
        o.role === 'defence-minister' &&
        holdsOn(isoToDate(q.events[0]!.start), o.from, o.to)
          ? 'yes'
          : 'no';
      return { ...d, verdict, verdictAlways: true };
    }
    const named = q.people.find((p) => p.official.role === 'defence-minister');
    // ("When did Sobirzoda become Tajikistan's defence minister?": when the one named took office is the day he replaced
    // the one before him.)
    const startAsked =
      q.form === 'when' &&
      q.words.some((w) => /^(become|became|appointed|named|start|started|took|begin|began|assumed)$/.test(w));
    // (Only when the data dates the day: a month alone is said by the minister's own note.)
    if (startAsked && named && named.official.from?.length === 10) {
      const prior = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u
        .exec(named.official.note ?? '')?.[1]
        ?.trim();
      if (prior) return replaced(named.official, prior);
    }
    if (named && (q.has('before') || q.has('previous') || q.has('replace') || successorAsked(q))) {
      const prior = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u
        .exec(named.official.note ?? '')?.[1]
        ?.trim();
      if (prior) return replaced(named.official, prior);
      // "Who did Belousov replace?": whom he replaced, when the data records no one before him, is not in the data.
      if (predecessorAskedOf(q, named)) {
        const c = f.country(named.official.country);
        if (c) return predecessorOf(q, f, c, named.official) ?? notHeldBefore(named.official, c);
      }
      // "Which Iranian defence minister replaced Nasirzadeh?": the one whose record names him.
      const o = named.official;
      const after = f.store.data.officials.find(
        (x) =>
          x !== o && x.country === o.country && x.role === o.role && (x.note ?? '').includes(o.name.split(' ').at(-1)!),
      );
      const c = f.country(o.country);
      if (after && c && (q.has('replace') || successorAsked(q)))
        return {
          kind: 'fact',
          title: (l) => l.person(after),
          lead: ministerLine(after, c),
          ...(after.note && { context: after.note }),
          note: noteOf(after),
          sources: [after.sources, o.sources],
        };
    }
    // "Tajik def min and who did he replace": the one before the country's minister, as the data records him.
    if (!named && countriesOf(q).length === 1 && asksPredecessor(q)) {
      const draft = predecessorOf(q, f, countriesOf(q)[0]!);
      if (draft) return draft;
    }
    // "Did Iran's defence minister die in 2026? what was his name": the country's minister whose term ended in a death
    // (in the time asked), Yes with how it ended.
    if (!named && countriesOf(q).length === 1 && q.main('killed')) {
      const c = countriesOf(q)[0]!;
      const t = q.time;
      const died = f.store.data.officials.find(
        (o) =>
          o.country === c.id &&
          o.role === 'defence-minister' &&
          o.ended?.cause === 'death' &&
          o.to !== undefined &&
          (!t || (Date.parse(o.to) >= t.from.getTime() && Date.parse(o.to) <= t.to.getTime())),
      );
      if (died) return { ...goneDraft(q, f, c, died), ...(q.form === 'yesno' && { verdict: 'yes' as Verdict }) };
    }
    // "Pakistan, Belarus and Tajikistan's ministers at Qingdao?": one line per country named.
    const asked = countriesOf(q);
    const several = [
      ...new Set(
        asked.length > 0
          ? asked
          : f.members().flatMap((m) => (q.regions.some((r) => inRegion(m.country, r)) ? [m.country] : [])),
      ),
    ];
    if (several.length > 1 && several.length <= 6 && !named && q.form !== 'yesno')
      return perCountry(several.map((c) => ofCountry(q, f, c)));
    const c = several[0] ?? f.country(named?.official.country ?? '');
    // ("I'm on deadline for a Latin American daily. … who hosted and chaired the Qingdao defence ministers' meeting?": a
    // region with no member in it names no minister; the meeting asked about answers.)
    if (!c) return event.answer(q, f);
    return ofCountry(q, f, c);
  },
};

/** A minister whose term the data ends: no longer in office, since when, and how it ended when a source says (No, asked yes or no). */
function goneDraft(q: Question, f: AskFacts, c: CountryT, o: OfficialT): Draft {
  const s = f.standing(o);
  const on = s.kind === 'ended' ? s.on : (o.to ?? '');
  const how = s.kind === 'ended' ? s.how : undefined;
  return {
    kind: 'fact',
    title: (l) => l.person(o),
    ...(q.form === 'yesno' && { verdict: 'no' as Verdict }),
    lead: (l) => l.m.ministerGone(l.c(c), l.person(o), l.d(on)),
    context: how?.text ?? (o.note && firstSentence(o.note)),
    sources: [how?.sources ?? [], o.sources],
  };
}

/**
 * Who came after the one named is asked: "Iran's new defence minister after Nasirzadeh", "after Nasirzadeh was killed,
 * who took over?", "his successor".
 */
function successorAsked(q: Question): boolean {
  return (
    q.words.some((w) => /^(successor|successors)$/.test(w)) ||
    (q.form !== 'yesno' && q.people.some((p) => q.words[p.at - 1] === 'after' || q.words[p.at - 2] === 'after'))
  );
}

/**
 * Does the question ask whom the minister replaced ("who did he replace", "his predecessor", "whom did he succeed")?
 * Not who replaced him ("who replaced him", "his successor").
 */
function asksPredecessor(q: Question): boolean {
  // "Kazakhstan's previous defence minister": the one before the latest, unless a time is asked.
  if (q.main('previous') && !q.time && q.form !== 'yesno') return true;
  // "Who was Iran's defence minister before the acting one?": before him, not before a time or a meeting.
  if (
    q.main('before') &&
    !q.time &&
    !q.clauseDay &&
    q.places.length === 0 &&
    !q.has('meeting') &&
    !q.has('summit') &&
    q.form !== 'yesno'
  )
    return true;
  if (!q.main('replace')) return false;
  const w = q.words;
  const successor = w.some(
    (x, i) =>
      /^(successor|successors)$/.test(x) ||
      (/^(replaced|replace|succeeded|succeed|followed|after)$/.test(x) && /^(him|her)$/.test(w[i + 1] ?? '')),
  );
  return !successor;
}

/** The minister asked about (at the meeting or time the question names, else the latest) and the one the data says came before. */
function predecessorOf(q: Question, f: AskFacts, c: CountryT, asked?: OfficialT): Draft | undefined {
  const list = f
    .officials({ country: c.id, role: 'defence-minister' })
    .sort((a, b) => (b.from ?? b.asOf).localeCompare(a.from ?? a.asOf));
  const atEvent = q.events.find(
    (e) => e.body === 'defenceMinisters' && q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()),
  );
  const inTime = q.time
    ? list.find(
        (x) =>
          (x.from ?? '') <= q.time!.to.toISOString().slice(0, 10) &&
          (!x.to || x.to >= q.time!.from.toISOString().slice(0, 10)),
      )
    : undefined;
  const o =
    asked ??
    (atEvent && list.find((x) => x.event === atEvent.id)) ??
    inTime ??
    list.find((x) => f.standing(x).kind === 'in-office') ??
    list[0];
  if (!o) return undefined;
  const prior = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u.exec(o.note ?? '')?.[1]?.trim();
  if (prior) return replaced(o, prior);
  // A term the data ends before this one began: that minister came before.
  const ended = list.find((x) => x !== o && x.to && (!o.from || x.to <= o.from) && f.standing(x).kind === 'ended');
  if (!ended) return notHeldBefore(o, c);
  return {
    kind: 'fact',
    title: (l) => l.person(o),
    lead: (l) =>
      l.m.replacedBy(
        l.person(ended),
        /^acting\b/i.test(o.roleLabel) ? `${l.person(o)} (${l.m.acting})` : l.person(o),
        o.from?.length === 10 ? l.d(o.from) : undefined,
      ),
    context: ended.ended?.text ?? (o.note && firstSentence(o.note)),
    note: noteOf(o),
    sources: [o.sources, ended.ended?.sources ?? ended.sources],
  };
}

/** Is the one named the one whose predecessor is asked ("who did X replace", "X's predecessor", "before X"), not his successor? */
function predecessorAskedOf(q: Question, p: PersonRef): boolean {
  const w = q.words;
  const verb = q.cues.find((c) => c.cue === 'replace' && c.at > p.at);
  const passive = verb !== undefined && (w[verb.at + 1] === 'by' || /^(successor|successors)$/.test(w[verb.at] ?? ''));
  const before = q.cues.some((c) => (c.cue === 'before' || c.cue === 'previous') && c.at < p.at && p.at - c.at <= 2);
  return (verb !== undefined && !passive) || before;
}

/** A defence minister and their office: the record's own label in English, the office worded in the other languages. */
function ministerLine(o: OfficialT, c: CountryT): (l: Loc) => string {
  return (l) =>
    l.lang === 'en'
      ? `${o.name}: ${o.roleLabel}.`
      : l.m.personRole(l.person(o), l.m.roleOf(l.m.role['defence-minister'], l.c(c)));
}

/** Whom the minister replaced, when the data records no one before him: not in the data, with what it holds of him. */
function notHeldBefore(o: OfficialT, c: CountryT): Draft {
  return {
    kind: 'fact',
    title: (l) => l.person(o),
    lead: (l) => l.m.predecessorNotHeld(l.person(o), l.c(c)),
    context: ministerLine(o, c),
    note: noteOf(o),
    sources: [o.sources],
  };
}

/** Countries in the question, demonyms included ("the Chinese defence minister"). */
/**
 * "Did Belousov represent Russia in Qingdao?", "Is it true that Sergei Shoigu represented Russia in Qingdao?": a person put
 * as the one who came for a country to a defence ministers' meeting, by a name the data holds or one it does not.
 */
function nameForCountry(q: Question): { country: CountryT; person?: PersonRef } | undefined {
  const e = q.events[0];
  // (Of a meeting held: not "will nasirzadeh lead iran's delegation at the next meeting?")
  if (q.form !== 'yesno' || !q.eventNamed || e?.body !== 'defenceMinisters' || q.tense === 'future') return undefined;
  if (eventPhase(e, q.today) === 'upcoming') return undefined;
  const cs = countriesOf(q);
  const went = q.cues.find((c) => c.role === 'main' && c.cue === 'attend');
  if (cs.length !== 1 || !went || q.people.length > 1) return undefined;
  const person = q.people[0];
  // (A name the data does not hold, just before the verb: "… Sergei Shoigu represented Russia".)
  const unknown = q.unknownWords.includes(q.words[went.at - 1] ?? '');
  if (!person && !unknown) return undefined;
  return { country: cs[0]!, ...(person && { person }) };
}

function countriesOf(q: Question): CountryT[] {
  const main = q.countries.filter((c) => c.role !== 'aside');
  return main.map((c) => c.country);
}

function replaced(o: OfficialT, prior: string): Draft {
  return {
    kind: 'fact',
    title: (l) => l.person(o),
    // A month alone (a `from` without its day) is no day to be replaced on: the note's sentence gives it.
    lead: (l) => l.m.replacedBy(prior, l.person(o), o.from?.length === 10 ? l.d(o.from) : undefined),
    // The note's sentence when it adds to the lead, not when it only says the replacement again.
    context: ((s) => (s && !s.includes(prior) ? s : undefined))(
      o.note && firstSentence(o.note.replace(/^[^.]*\b(General|Admiral)\.\s*/, '')),
    ),
    sources: [o.sources],
  };
}

/**
 * Every member's defence minister asked of today ("all ten … as of now", "the current defence ministers"), no country and
 * no meeting named.
 */
function allNow(q: Question): boolean {
  if (countriesOf(q).length > 0 || q.regions.length > 0 || q.people.length > 0) return false;
  // (Not when or where a meeting of theirs is, nor who attended one: "where is the 2026 defence ministers meeting now?")
  if (/^(when|where|howMany|howLong|yesno|choice)$/.test(q.form) || q.main('attend')) return false;
  // (Nor a line put to check, nor a meeting named by its place in a script with no Latin words for "now" ("… حاضر در
  // نشست چینگدائو": present at it), nor what changed since: "the 2025 lineup vs now — what's changed?")
  if (
    q.claims.length > 0 ||
    q.main('true') ||
    q.main('compare', 'difference') ||
    q.words.some((w) => /^(changed?|changes)$/.test(w))
  )
    return false;
  if (q.words.length === 0 && q.places.length > 0) return false;
  // (A meeting named may be where the asker's list comes from: "… as my list dates from the Qingdao meeting".)
  return (
    q.has('current') ||
    q.words.some((w) => /^(now|today|currently|presently)$/.test(w)) ||
    /\b(this month|these days|as they stand|at present)\b/.test(q.words.join(' '))
  );
}

/**
 * The members' defence ministers now: the data records that it does not hold them; each member's last confirmed minister
 * (or how his term ended) beside it.
 */
function membersNow(f: AskFacts): Draft | undefined {
  const stale = f.unknowns({ role: 'defence-minister' }).find((u) => u.event === undefined && u.from !== undefined);
  if (!stale) return undefined;
  const last = f.members().flatMap(({ country: c }) => {
    const o = ministersOf(f, c)[0];
    return o ? [{ c, o }] : [];
  });
  if (last.length === 0) return undefined;
  const asOf = last.map((x) => x.o.asOf).sort()[0]!;
  return {
    kind: 'fact',
    title: () => 'Defence ministers',
    lead: (l) => l.m.ministersLastKnown(l.d(asOf)),
    details: [
      {
        items: last.map(({ c, o }) => (l: Loc) => {
          const standing = f.standing(o);
          return standing.kind === 'ended'
            ? `${l.c(c)}: ${l.m.ministerGone(l.c(c), l.person(o), l.d(standing.on))}`
            : `${l.c(c)}: ${/^acting\b/i.test(o.roleLabel) ? `${l.person(o)} (${l.m.acting})` : l.person(o)}`;
        }),
      },
    ],
    sources: [stale.sources, ...last.slice(0, 2).map((x) => x.o.sources)],
  };
}

/** A country's defence ministers in the data: serving first (as the data goes), then the most recently confirmed. */
function ministersOf(f: AskFacts, c: CountryT): OfficialT[] {
  const serving = (o: OfficialT) => (f.standing(o).kind === 'in-office' ? 1 : 0);
  return f
    .officials({ country: c.id, role: 'defence-minister' })
    .sort((a, b) => serving(b) - serving(a) || (b.from ?? b.asOf).localeCompare(a.from ?? a.asOf));
}

function ofCountry(q: Question, f: AskFacts, c: CountryT): Draft {
  const list = ministersOf(f, c);
  if (list.length === 0) {
    const meeting = f
      .eventsOf('defenceMinisters')
      .filter((e) => f.phase(e) === 'held')
      .at(-1);
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) => l.m.noMinister(l.c(c)),
      sources: [],
      suggestions: meeting ? [`who attended the ${meeting.city} defence ministers meeting`] : [],
    };
  }
  // A meeting is meant only when the question names it (by place or year) or asks about attending.
  const atEvent = q.events.find(
    (e) =>
      e.body === 'defenceMinisters' &&
      (q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()) ||
        (!!q.time && (q.time.mode !== 'in' || takesIn(q.time, e.start))) ||
        q.main('attend', 'meeting')),
  );
  // "Who was Iran's defence minister in January 2026?": a time wholly past is asked of the term that covers it; one
  // that ended in or after it comes first (a successor with no recorded start may have begun only later).
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const gone = q.time?.mode === 'in' && q.time.to.getTime() + 86_400_000 <= q.today.getTime() ? q.time : undefined;
  const covering = gone
    ? list.filter((x) => (!x.to || x.to >= day(gone.from)) && (!x.from || x.from <= day(gone.to)))
    : [];
  const o =
    (atEvent && list.find((x) => x.event === atEvent.id)) ?? covering.find((x) => x.to) ?? covering[0] ?? list[0]!;
  // "Tajikistan's defence minister before 2025" (or in a year before his term): the one the data names as replaced.
  const startsAfter =
    o.from &&
    q.time &&
    (q.time.mode === 'before'
      ? new Date(`${o.from}T00:00:00Z`) >= q.time.from
      : q.time.mode === 'in' && o.from.slice(0, 7) > day(q.time.to).slice(0, 7));
  if (startsAfter) {
    const prior = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u.exec(o.note ?? '')?.[1]?.trim();
    // "Was Kosanov the minister before his term?": No, with whom he replaced.
    const named = q.form === 'yesno' && q.people.some((p) => p.official === o);
    if (prior) return { ...replaced(o, prior), ...(named && { verdict: 'no' as Verdict }) };
  }
  // "What happened with Iran's defence minister in 2026?": a term the data ends in the year asked, how, and who followed.
  const year = q.time?.mode === 'in' ? String(q.time.year) : undefined;
  const endedIn =
    year && (q.form === 'explain' || q.form === 'what' || q.form === 'how')
      ? list.find((x) => x.to?.startsWith(year))
      : undefined;
  if (endedIn?.to) {
    const next = list.find((x) => x !== endedIn && f.standing(x).kind === 'in-office');
    return {
      kind: 'fact',
      title: (l) => l.person(endedIn),
      lead: (l) => l.m.ministerGone(l.c(c), l.person(endedIn), l.d(endedIn.to!)),
      context: endedIn.ended?.text ?? (endedIn.note && firstSentence(endedIn.note)),
      ...(next && { details: [{ items: [`${next.name}: ${next.roleLabel}.${next.note ? ` ${next.note}` : ''}`] }] }),
      note: next ? noteOf(next) : undefined,
      sources: [endedIn.ended?.sources ?? endedIn.sources, ...(next ? [next.sources] : [])],
    };
  }
  // "When was he appointed?", "since when has he held it?": the term's start as his record gives it, with whom he replaced.
  const replacedOne = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u
    .exec(o.note ?? '')?.[1]
    ?.trim();
  // ("uzbek defence minister — when was he appointed": a when whose verb follows the office put first, no meeting named.)
  const startAsked =
    q.main('appoint', 'tookOffice') ||
    (q.form === 'when' && !q.time && q.places.length === 0 && (q.has('appoint') || q.has('tookOffice')));
  if (startAsked && !q.main('attend') && q.form !== 'yesno' && o.from && replacedOne)
    return {
      ...replaced(o, replacedOne),
      // A start the record gives only to the month or year: that leads, in every language, whom he replaced beside it.
      ...(o.from.length < 10 && {
        lead: (l: Loc) => l.m.exactDateNotHeld(l.d(o.from!)),
        context: (l: Loc) => l.m.replacedBy(replacedOne, l.person(o)),
      }),
      note: noteOf(o, q),
    };
  // ("iran's defence minister at qingdao - still in office?": the one at the meeting, and whether his term has since ended.)
  // ("what happened to Iran's defence minister after the Qingdao meeting?": his fate after it.)
  const fateAfter = / (?:happened|happen|become) (?:to|of) .* after /.test(` ${q.words.join(' ')} `);
  if (atEvent && (q.has('still') || fateAfter) && f.standing(o).kind === 'ended') return goneDraft(q, f, c, o);
  const ev = o.event ? f.event(o.event) : undefined;
  // "Is Nasirzadeh still Iran's defence minister?": the one named, if his term has ended.
  // "Who is it now, after Nasirzadeh?": the one named after "after" is the predecessor, not the one asked about.
  const after = q.cues.find((x) => x.cue === 'after');
  // "Who is it now? I know the last one was killed": asking who holds it, one named whose term ended is the one before.
  const predecessorOnly = (p: PersonRef) =>
    q.form === 'who' &&
    ((after !== undefined && p.at > after.at && p.at <= after.at + 2) || f.standing(p.official).kind === 'ended');
  const asked = q.people.find(
    (p) => p.official.role === 'defence-minister' && p.official.country === c.id && !predecessorOnly(p),
  )?.official;
  const askedStanding = asked ? f.standing(asked) : undefined;
  if (asked && askedStanding?.kind === 'ended' && !atEvent && !q.time) return goneDraft(q, f, c, asked);
  // A term the data says has ended: he is not serving (and how it ended, when a source says).
  const standing = f.standing(o);
  if (standing.kind === 'ended' && !atEvent && !q.time) {
    return {
      kind: 'fact',
      title: (l) => l.person(o),
      lead: (l) => l.m.ministerGone(l.c(c), l.person(o), l.d(standing.on)),
      context: standing.how?.text ?? (o.note && firstSentence(o.note)),
      note: noteOf(o),
      sources: [standing.how?.sources ?? [], o.sources],
    };
  }
  // "Who is Kazakhstan's defence minister now?": the data records that it does not hold 2026's ministers; the last confirmed beside it.
  // "Who's Pakistan's defence minister in 2026?": a year that takes in today asks the same, unless a meeting is named by place.
  // A time's `to` is its last day, which takes in the whole of that day; a time after the data's date asks the same.
  const asksNow =
    !q.time ||
    (!!q.afterData && q.places.length === 0) ||
    (q.time.mode === 'in' &&
      q.time.from <= q.today &&
      q.today.getTime() < q.time.to.getTime() + 86_400_000 &&
      q.places.length === 0);
  const stale =
    asksNow && (!atEvent || (!!q.time && o.event !== atEvent.id)) && standing.kind === 'in-office'
      ? f
          .unknowns({ role: 'defence-minister' })
          .find((u) => u.event === undefined && u.from !== undefined && o.asOf < u.from)
      : undefined;
  if (stale) {
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${l.person(o)}`,
      ...(q.form === 'yesno' && { verdict: 'unknown' as Verdict }),
      lead: (l) => l.m.ministerLastKnown(l.c(c), l.person(o), l.d(o.asOf)),
      context: (l: Loc) =>
        asksSpelling(q, o)
          ? l.m.alsoWritten(l.list(o.altNames))
          : l.lang === 'en'
            ? `${o.name}: ${o.roleLabel}.`
            : l.m.personRole(l.person(o), l.m.roleOf(l.m.role['defence-minister'], l.c(c))),
      sources: [o.sources, stale.sources],
    };
  }
  // The one before, when his term ended ("Aziz Nasirzadeh was killed on 28 February 2026").
  // ("who's the acting minister now, after February?": an end within a span that runs to today is told too.)
  const ended = atEvent ? undefined : list.find((x) => x !== o && f.standing(x).kind === 'ended');
  const endOf = ended ? f.standing(ended) : undefined;
  const inSpan = !q.time || (q.time.mode === 'after' && endOf?.kind === 'ended' && isoToDate(endOf.on) >= q.time.from);
  const before = inSpan ? ended : undefined;
  const beforeEnd = before ? endOf : undefined;
  const past = !!atEvent || (q.tense === 'past' && !!ev) || !!q.time;
  // An acting minister is named as such; other spellings when the question asks for them.
  // ("who came from Belarus to Qingdao? rank please": the rank, which the data gives as the note's first words.)
  const rank = q.cues.some((c) => c.cue === 'rank') ? rankOf(o.note) : undefined;
  const name = (l: Loc) =>
    /^acting\b/i.test(o.roleLabel)
      ? `${l.person(o)} (${l.m.acting})`
      : rank && l.lang === 'en'
        ? `${rank} ${l.person(o)}`
        : l.person(o);
  const spelling = asksSpelling(q, o);
  // "Had he been in office long when he went to Qingdao?": when he took office, against the meeting's day.
  const prior = /\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/u.exec(o.note ?? '')?.[1]?.trim();
  // ("… at Qingdao — name and when he got the job?": when, asked with a word for the post, asks the same; a month the
  // data gives is the date.)
  // (Unless the note says it in the words asked: "… and when was he appointed?" gets "Appointed on 8 June 2025, …".)
  const tenure =
    atEvent &&
    o.from &&
    (q.has('tookOffice') ||
      (q.form === 'when' && q.words.some((w) => /^(job|post|office|appointed)$/.test(w)) && !noteAnswer(q, o)))
      ? o.from
      : undefined;
  const tenureDays =
    tenure && tenure.length === 10 && atEvent
      ? (Date.parse(atEvent.start) - Date.parse(tenure)) / 86_400_000
      : undefined;
  // "Iran's defence minister at Qingdao — what happened to him later?": how his term ended since, as a source says.
  const fate =
    atEvent &&
    standing.kind === 'ended' &&
    standing.how &&
    (q.has('still') ||
      q.has('current') ||
      q.has('killed') ||
      q.words.some((w) => /^(later|afterwards|now|today|happened|fate)$/.test(w)))
      ? standing.how
      : undefined;
  // A few weeks is not long, several years is; in between the answer gives the date without a verdict.
  const tenureVerdict: Verdict | undefined =
    q.form === 'yesno' && tenureDays !== undefined
      ? tenureDays < 90
        ? 'no'
        : tenureDays > 730
          ? 'yes'
          : undefined
      : undefined;
  // What the question asks beyond the name ("was it Belarus's first meeting as a member?"): the note's sentence on it.
  const noted = noteAnswer(q, o);
  // "Did Iran's defence minister go to Qingdao?", "did Pakistan's and India's ministers meet?"
  let verdict: Verdict | undefined;
  if (q.form === 'yesno' && atEvent) {
    const others = countriesOf(q)
      .filter((x) => x.id !== c.id)
      .map((x) => f.officials({ country: x.id, role: 'defence-minister' }).find((m) => m.event === atEvent.id))
      .filter((x): x is OfficialT => !!x);
    const met = others.length
      ? others.map((x) =>
          new RegExp(`\\bno\\b[^.]*${x.name.split(' ').at(-1)}`, 'i').test(o.note ?? '')
            ? 'no'
            : (o.note ?? '').includes(x.name.split(' ').at(-1)!)
              ? 'yes'
              : undefined,
        )
      : [o.event === atEvent.id ? 'yes' : 'no'];
    verdict = met.every((v) => v === met[0]) ? (met[0] as Verdict | undefined) : undefined;
    // ("was russia's defence minister at qingdao shoigu?": a name the data does not hold, put in the minister's place, is
    // not the one who was there.)
    const putName = /^(was|is|were)$/.test(q.words[0] ?? '') ? q.words.at(-1) : undefined;
    if (others.length === 0 && putName && q.unknownWords.includes(putName) && !o.name.toLowerCase().includes(putName))
      verdict = 'no';
  }
  // "Was it Belarus's first meeting as a member?": the note's sentence that answers it gives the verdict, not attendance.
  if (q.form === 'yesno' && noted && others0(q, c) === 0) verdict = sentenceVerdict(q, noted) ?? verdict;
  // "Is Majid ibn al-Reza Iran's defence minister?": the one the data holds serving, not left stale by a recorded unknown.
  if (q.form === 'yesno' && !verdict && !atEvent && !q.time && asked && standing.kind === 'in-office')
    verdict = asked === o ? 'yes' : 'no';
  // "Was Nasirzadeh Iran's defence minister in January 2026?": whether the one named held it then, by the terms the data records.
  if (q.form === 'yesno' && gone && asked && covering.length > 0)
    verdict = covering.includes(asked) ? 'yes' : atEvent ? verdict : 'no';
  // ("… the minister who was at Qingdao, and is he still in post?": a term that has ended since is No.)
  if (q.form === 'yesno' && fate && (q.has('still') || q.has('current'))) verdict = 'no';
  if (tenure)
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${l.person(o)}`,
      ...(tenureVerdict && { verdict: tenureVerdict }),
      // (A month only, "2024-11", is no day a replacement happened "on": the note's sentence that gives it says it.)
      lead: (l) =>
        prior && tenure.length === 10
          ? l.m.replacedBy(prior, l.person(o), l.d(tenure))
          : l.m.ministerAt(l.c(c), name(l), l.event(atEvent!)),
      context: (l: Loc) =>
        prior && tenure.length === 10
          ? l.m.ministerAt(l.c(c), name(l), l.event(atEvent!))
          : (sentences(o.note ?? '').find((x) => x.includes(l.d(tenure))) ?? l.d(tenure)),
      note: noteOf(o),
      sources: [o.sources],
    };
  return {
    kind: 'fact',
    title: (l) => `${l.c(c)}: ${l.person(o)}`,
    ...(verdict && { verdict }),
    lead: (l) =>
      past && ev ? l.m.ministerAt(l.c(c), name(l), l.event(ev)) : l.m.ministerAsOf(l.c(c), name(l), l.d(o.asOf)),
    context: (l: Loc) =>
      spelling
        ? l.m.alsoWritten(l.list(o.altNames))
        : noted
          ? noted
          : fate
            ? fate.text
            : before && beforeEnd?.kind === 'ended'
              ? // How the term ended, when a source says ("killed in …"), says more than its date.
                l.lang === 'en' && beforeEnd.how
                ? `${l.person(before)}: ${beforeEnd.how.text.charAt(0).toLowerCase()}${beforeEnd.how.text.slice(1)}`
                : l.m.ministerGone(l.c(c), l.person(before), l.d(beforeEnd.on))
              : l.lang === 'en'
                ? `${o.name}: ${o.roleLabel}.`
                : l.m.personRole(l.person(o), l.m.roleOf(l.m.role['defence-minister'], l.c(c))),
    note: noteOf(o),
    sources: [o.sources, fate?.sources ?? []],
  };
}

/** Does a time asked ("in January 2026") take in the day (its last day whole)? */
function takesIn(t: NonNullable<Question['time']>, day: string): boolean {
  const at = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return t.from.getTime() <= at && at < t.to.getTime() + 86_400_000;
}

/** How many other countries the question names beside this one. */
function others0(q: Question, c: CountryT): number {
  return countriesOf(q).filter((x) => x.id !== c.id).length;
}

/** A spelling asked ("which spelling", "how is it written"), or one of the holder's other spellings typed. */
function asksSpelling(q: Question, o: OfficialT): boolean {
  if (o.altNames.length === 0) return false;
  const typed = ` ${q.words.join(' ')} `;
  return (
    // (In the other Latin-script languages: "beide Schreibweisen", "l'orthographe", "la grafía", "yazılışı".)
    q.words.some((t) =>
      /^(spelling|spellings|spelled|spelt|spell|transliteration|transliterated|written|schreibweisen?|orthographes?|ortografias?|grafias?|transliteracion|translitteration|yazilis\w*|imlas?\w*)$/.test(
        t,
      ),
    ) || o.altNames.some((n) => typed.includes(` ${latinWords(n).at(-1)} `))
  );
}

/** Every "minister" in the question is part of a meeting's name ("defence ministers' meeting", "रक्षा मंत्रियों की बैठक"). */
function meetingNamedOnly(q: Question): boolean {
  // Positions count words in Latin script and characters in the others.
  const reach = /^(en|de|es|fr|tr)$/.test(q.lang) ? 3 : 16;
  const ministers = q.cues.filter((c) => c.cue === 'minister');
  return (
    ministers.length > 0 &&
    ministers.every((c) => q.cues.some((m) => m.cue === 'meeting' && m.at > c.at && m.at - c.at <= reach))
  );
}
