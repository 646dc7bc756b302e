import type { Cue } from '../lexicon/cues.js';
import type { Intent } from './types.js';
import type { Question } from '../understand/question.js';
import type { AskFacts } from '../facts.js';
import type { Passage } from '../understand/passages.js';
import { COMMON, IN_PRINCIPLE, UP_AND_RUNNING } from '../lexicon/common.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { isoToDate } from '../../base/dates.js';
import { bestSentence, firstSentence, noteOf, sentenceVerdict, subjects, unknownHead } from './shared.js';
import { latinWords, stem } from '../../base/text.js';
import { isMonth } from '../understand/time.js';

/** A day as the data's English writes it ("2 March 2026"). */
const EN_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The data sentence that best covers the question's words, when no family fits and it covers enough of them. */
export const search: Intent = {
  id: 'search',
  priority: 5,
  examples: [
    { q: 'which terror attack did india want mentioned', must: ['Pahalgam'] },
    { q: 'what is the sco tourism and cultural capital', must: ['Cholpon-Ata'] },
    { q: 'which outlet said only nine ministers came', must: ['rks.news'] },
  ],
  match(q) {
    const p = passageFor(q);
    if (!p) return undefined;
    // ("armenia became a full sco member in 2025 right?": a passage about another country's joining answers nothing of
    // the country asked about.)
    const named = q.countries.filter((c) => c.role === 'main' && c.by !== 'demonym').map((c) => c.country);
    // ("when did türkiye sign its dialogue partner memorandum?": Iran's memorandum answers nothing of Türkiye's.)
    if (
      // (A thing the question names by its record's name is its subject: what the record does not say of a country
      // is not held, below. "Has India committed money to the SCO development bank?")
      !namesThing(q, p) &&
      (q.form === 'yesno' ||
        // ("when did türkiye sign its memorandum?": a record about other countries answers nothing of it.)
        // (A meeting's own record may answer of a country it does not name: "when did uzbekistan sign the 1996 agreement".)
        ((q.form === 'when' || q.form === 'where') &&
          p.record.kind !== 'event' &&
          !named.some((c) => p.countries?.includes(c.id)))) &&
      !p.unknown &&
      named.length > 0 &&
      !named.some((c) => `${p.title} ${p.text}`.includes(c.name))
    )
      return undefined;
    const s = fromPassage.match(q);
    // A where / how-many question whose passage holds no place / no figure is not answered by it; asked of the thing
    // the passage is about ("where will the development bank sit"), that is the answer, before any generic seat.
    // "Did India back the June 2025 statement?", "did all members agree to it?", "which member didn't support it?": who
    // stood apart from a statement of the organisation's is its record's, not a meeting's joint statement or a membership.
    const dissent = p.dissenting ?? [];
    // "What did SCO members say on 2 March 2026?": the passage that is what was said on the day asked.
    if (
      q.time?.day !== undefined &&
      q.main('announce', 'statement') &&
      !q.eventNamed &&
      !p.unknown &&
      p.record.kind === 'fact' &&
      p.text.includes(EN_DAY.format(q.time.from))
    )
      return Math.max(s ?? 0, 92);
    if (
      s !== undefined &&
      !p.unknown &&
      dissent.length > 0 &&
      (p.matched >= 3 || p.words.includes('statement')) &&
      (subjects(q).some((c) => dissent.includes(c.id)) || q.main('all') || q.form === 'which' || q.form === 'who')
    )
      return Math.max(s, 94);
    // "Has the founding agreement for the SCO development bank been signed?", "walk me through where the development bank
    // idea stands": two words side by side that no cue or name covers and that the passage's title holds name the thing
    // the passage is about, whatever else the question says of it.
    // (Not when it asks a thing of it the passage does not say: "the starting capital of the development bank".)
    if (
      s !== undefined &&
      !p.unknown &&
      (namesTitledThing(q, p) || scriptNamesTitledThing(q, p) || namesThing(q, p)) &&
      holdsAsked(q, p) &&
      (!q.headNoun || latinWords(p.text).some((w) => stem(w) === stem(q.headNoun!)))
    )
      return Math.max(s, 92);
    // ("the development bank's registered capital and headquarters", "who's running it": what the passage does not say of
    // the thing it is about is not held, however well the thing's name matched.)
    if (s !== undefined && !p.unknown && (namesTitledThing(q, p) || namesThing(q, p)) && lacksAttribute(q, p))
      return Math.max(s, 92);
    if (s === undefined || p.unknown || holdsAsked(q, p)) return s;
    return p.matched === p.of && namedByTitle(p) ? Math.max(s, 92) : s;
  },
  answer(q, f) {
    const p = passageFor(q)!;
    // (What the passage does hold of the thing it names, said after, is sourced like any fact.)
    const lacks = !p.unknown && lacksAttribute(q, p);
    if (!p.unknown && (lacks || !holdsAsked(q, p)))
      return {
        kind: lacks ? 'fact' : 'notHeld',
        title: () => 'Not in the data',
        ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
        lead: (l) => l.m.notHeld(),
        context: p.sentence,
        note: noteOf(p),
        sources: [p.sources],
      };
    return fromPassage.answer(q, f);
  },
};

/** The passage's answer, before what the question's form asks is checked. */
const fromPassage: Pick<Intent, 'match' | 'answer'> = {
  match(q) {
    const p = passageFor(q);
    if (!p) return undefined;
    // Asked about a time after the data's date: a passage the data holds is from before it.
    if (q.afterData && !p.unknown) return undefined;
    // A place no meeting named in the question was held in ("Pahalgam") is as telling as a word the engine does not know.
    const placesAlone = q.places
      .filter((p) => !q.events.some((e) => e.city.toLowerCase() === p.toLowerCase()))
      .map((p) => p.toLowerCase());
    const rare = [...q.unknownWords.filter((w) => w.length > 3 && !COMMON.has(w)), ...placesAlone];
    const coversRare = rare.length > 0 && rare.every((w) => p.words.some((m) => w.startsWith(m) || m.startsWith(w)));
    // A passage from another meeting than the one the question names answers nothing (nor one from no meeting).
    const ownMeeting = p.event !== undefined && q.events[0]?.id === p.event;
    // ("is the sco anti-drug centre in Dushanbe?": the city the passage puts the thing asked in answers, though a meeting
    // was held there.)
    if (!p.unknown && q.form === 'yesno' && p.matched === p.of && placeOfNamed(q, p) !== undefined) return 92;
    // ("the SCO bank's first president": the passage of the thing named, however few of the other words it holds; and
    // whatever meeting the question names, when it is asked whether that set the thing up or where the thing sits: "did
    // the Tianjin summit set up the SCO development bank?", "SCO Development Bank HQ Shanghai mein khul gaya na?")
    const thingsOwn = namesThing(q, p);
    // ("the SCO Development Bank is already operating from … Shanghai": meetings found only by the city put it there.)
    const byCityOnly =
      q.people.length === 0 &&
      !q.has('summit') &&
      !q.has('statement') &&
      !q.has('meeting') &&
      q.events.every((e) => q.places.some((x) => x.toLowerCase() === e.city.toLowerCase()));
    // ("Did the SCO adopt its Development Strategy to 2035 in Astana?": where a document was adopted answers whether it was
    // adopted at the meeting named.)
    if (
      !p.unknown &&
      !adoptedElsewhere(q, p) &&
      // (A person named with it is the one the line is about: "'Yermekbayev … said the bank would sit in Bishkek'".)
      !(thingsOwn && (q.main('found') || (q.main('location') && q.people.length === 0) || byCityOnly)) &&
      q.eventNamed &&
      q.events.length > 0 &&
      !q.events.some((e) => e.id === p.event)
    )
      return undefined;
    if (
      !p.unknown &&
      p.event &&
      q.eventNamed &&
      q.places.length > 0 &&
      !ownMeeting &&
      !(thingsOwn && byCityOnly) &&
      !adoptedElsewhere(q, p)
    )
      return undefined;
    // One rare word the question is about ("where is Pahalgam"), or two of its words and half of them.
    // ("whats pahalgam got to do w sco": a place no meeting was held in, beside one other word.)
    // ("Welchen Titel hat Tscholpon-Ata von der SOZ bekommen?": what a place no meeting was held in is, or got, is the
    // passage that names it, whatever other words ask it.)
    const ofPlace =
      placesAlone.length === 1 &&
      (q.form === 'what' || q.form === 'which') &&
      q.countries.every((c) => c.role === 'aside') &&
      q.people.length === 0 &&
      q.events.length === 0 &&
      // (Not a question of its own with a place in it: "… 2001 in Peking gegründet – welche Staaten …", "the pahalgam attack
      // date and death toll"; "get", "from" ask nothing of their own.)
      q.cues.every((c) => c.role !== 'main' || c.cue === 'growth' || c.cue === 'after') &&
      latinWords(`${p.title} ${p.text}`).join(' ').includes(latinWords(placesAlone[0]!).join(' '));
    // ("what's the 2035 strategy called exactly?": the name asked of a thing the passage names with the year the question
    // gives it.)
    const nameOfDated =
      q.has('called') &&
      p.of === 2 &&
      p.matched === 1 &&
      q.times.some((t) => new RegExp(`\\b${t.year}\\b`).test(p.text));
    const enough =
      ofPlace ||
      nameOfDated ||
      ((p.matched >= 2 || ((p.of === 1 || (p.of === 2 && placesAlone.length > 0)) && coversRare)) &&
        p.matched / p.of >= 0.5 &&
        p.score >= 3);
    if (ofPlace && !p.unknown) return 92;
    // What the data does not hold of the meeting named, asked whether it came about, is found by the meeting, not by how many words it shares.
    const outcomeNotHeld = asksOutcomeOf(q, p);
    // Rather than "the data does not hold that": a passage holding two of the question's rarer words answers, last of all.
    if (!enough && !outcomeNotHeld && !thingsOwn) return p.matched >= 2 && p.score >= 4 ? 16 : undefined;
    // The named meeting's own passage: the event family answers, unless the passage holds words no family knows ("sidelines").
    if (!p.unknown && ownMeeting && q.places.length > 0 && !(coversRare && p.score >= 6)) return 70;
    // What the data records as not held, asked about as it is now or next (not before the question opened).
    if (p.unknown) {
      // "Did Xi Jinping attend the Bishkek summit?": what the data lacks "besides Xi Jinping" is not what is asked of him.
      const lacks = p.unknown.what.toLowerCase();
      const besides = lacks.indexOf('besides ');
      // (Named by a short name too: "did xi attend …", a whole word of the name.)
      const besidesText = lacks.slice(besides);
      if (
        q.form === 'yesno' &&
        besides >= 0 &&
        ([...q.people.map((x) => x.official.name.toLowerCase()), ...q.unknownWords.filter((w) => w.length > 3)].some(
          (n) => besidesText.includes(n),
        ) ||
          latinWords(besidesText).some(
            (w) => w.length >= 2 && !COMMON.has(w) && !STOPWORDS.has(w) && q.words.includes(w),
          ) ||
          // ("习近平出席了比什凯克峰会吗？": the name found in another script, by the lexicon's words for it.)
          (q.words.every((w) => /^\d+$/.test(w)) && p.words.some((w) => w.length > 2 && besidesText.includes(w))))
      )
        return undefined;
      // "Does Afghanistan still participate in meetings?": what the data lacks of a meeting is no answer about a country
      // the question names and the passage does not.
      const named = subjects(q);
      const said = `${p.title} ${p.text} ${p.unknown.what}`;
      // ("I need the signing date and place of the SCO Charter": a thing the question names — the Charter, a strategy, a
      // motto — that the passage never mentions is no part of what the data lacks.)
      const saidWords = ` ${latinWords(said).join(' ')} `;
      if (
        q.cues.some(
          (c) =>
            c.role === 'main' &&
            NAMED_THINGS.has(c.cue) &&
            !saidWords.includes(` ${q.words.slice(c.at, c.at + (c.len ?? 1)).join(' ')} `),
        )
      )
        return undefined;
      if (named.length > 0 && !q.eventNamed && q.bodies.length === 0 && !named.some((c) => said.includes(c.name)))
        return undefined;
      // ("where was the next heads-of-government meeting announced for?": what the data lacks of a meeting of another
      // council is no answer.)
      const lackedEvent = p.unknown.event;
      if (
        lackedEvent !== undefined &&
        q.bodies.some((b) => b !== 'secretariat' && b !== 'rats') &&
        !q.events.some((e) => e.id === lackedEvent)
      )
        return undefined;
      // ("when exactly did the Bishkek heads-of-state summit take place?": what the data lacks of another meeting in the
      // same city is no answer about the one named.)
      // (Nor of another meeting's document: "'India refused to sign the joint declaration in Qingdao' — is 'declaration'
      // the right word?")
      if (
        lackedEvent !== undefined &&
        q.eventNamed &&
        (q.has('summit') || q.has('statement') || q.has('meeting')) &&
        q.events[0]?.id !== lackedEvent
      )
        return undefined;
      // ("china still holds the sco chair after tianjin, yes?": a meeting named from before what the data lacks opened
      // dates the question before it.)
      if (
        p.unknown.from !== undefined &&
        q.eventNamed &&
        q.events[0] !== undefined &&
        q.events[0].start < p.unknown.from &&
        q.tense !== 'future' &&
        !q.has('next')
      )
        return undefined;
      const open = p.unknown.from === undefined || isoToDate(p.unknown.from) <= q.today;
      // ("… for 2025-2026? our hokimiyat wants to propose Termez for next time": not what the asker's own plans look to.)
      const about =
        q.has('next', 'main', 'sub') ||
        q.tense === 'future' ||
        (p.unknown.event !== undefined && q.events[0]?.id === p.unknown.event) ||
        // ("the full members list as of today": what a meeting decided that the data lacks is no answer to what holds
        // today, unless that meeting is asked about.)
        // (Whom it took in this year is what that meeting decided: "Did the SCO take in any new members this year?".)
        (q.has('current') &&
          // ("who holds CHG chair this year": a council named, with its meeting of the year, is its own.)
          ((p.unknown.event === undefined && !(q.eventNamed && q.bodies.length > 0)) ||
            q.events.some((e) => e.id === p.unknown!.event) ||
            q.has('newest'))) ||
        asksOutcomeOf(q, p) ||
        (q.time?.untilYear !== undefined && spanOf(q.time.year, q.time.untilYear).test(`${p.title} ${p.text}`));
      return open && about && (p.score >= 5 || outcomeNotHeld) ? 93 : undefined;
    }
    // A passage that holds the words no family knows ("sidelines") answers better than a family's card.
    if (coversRare && p.score >= 6) return 90;
    if (p.matched / p.of >= 0.6 && p.score >= 8) return Math.min(88, 50 + Math.round(p.score * 3));
    return Math.min(60, 30 + Math.round(p.score * 2));
  },
  answer(q, f) {
    const p = passageFor(q)!;
    if (p.unknown) {
      const u = p.unknown;
      return {
        kind: 'notHeld',
        title: () => 'Not in the data',
        ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
        lead: (l) => (l.lang === 'en' ? l.m.notHeld(u.what) : l.m.notHeld()),
        context: u.lead ?? '',
        sources: [u.sources],
      };
    }
    const asksWhoSaid =
      (q.form === 'which' || q.form === 'who') && (q.main('claimSource') || q.main('reference')) && !!p.sentence;
    // A yes/no question the passage answers: its verdict from the passage's own sentence.
    // "Did all members back the statement?": not when the record names members that dissociated themselves.
    const dissent =
      p.record.kind === 'fact' ? f.store.data.organisation.find((o) => o.id === p.record.id)?.dissenting : undefined;
    // "Did India go along with it?": a country the record names as dissociating itself did not; "did it dissociate?" it did.
    const dissenter = dissent?.length ? subjects(q).find((c) => dissent.includes(c.id)) : undefined;
    // (In any language: "¿India se desmarcó …?", "Индия отмежевалась …?".)
    const asksDissent =
      q.main('refuse') || q.words.some((w) => /^(dissociat|object|refus|oppos|reject|block|distanc)/.test(w));
    // (The passage's meeting dates it too.)
    const held = p.event ? (f.store.data.events.find((e) => e.id === p.event)?.start ?? '') : '';
    const yearVerdict =
      q.form === 'yesno' ? yearsAgainst(q, `${p.title} ${p.text} ${p.caveat ?? ''} ${held}`) : undefined;
    const placed = q.form === 'yesno' ? placeOfNamed(q, p) : undefined;
    // The sentence of the passage or its caveat that speaks to what is asked, when the passage matches well enough.
    const matchedEnough = p.matched / p.of >= 0.5 || p.matched >= 2 || namesThing(q, p);
    const picked = matchedEnough
      ? bestSentence(inDataWords(q, f), [...p.text.split(/(?<=[.;])\s+/), ...(p.caveat?.split(/(?<=[.;])\s+/) ?? [])])
      : undefined;
    // "Has the bank's founding agreement been signed?": a caveat that says none has been found says the data does not
    // hold one, not that there is none.
    const noneFound =
      q.form === 'yesno' && picked && p.caveat?.includes(picked)
        ? /\bno ([^.;:]+?) (?:has|have) been found\b/i.exec(picked)?.[1]
        : undefined;
    if (noneFound)
      return {
        kind: 'fact',
        title: () => p.title,
        verdict: 'unknown',
        lead: (l) => (l.lang === 'en' ? l.m.notHeld(`any ${noneFound}`) : l.m.fromData(p.title)),
        context: firstSentence(p.text),
        note: noteOf(p),
        sources: [p.sources],
      };
    // "Has the SCO Development Bank been set up?": a record of a decision only in principle says it is not yet.
    const onlyInPrinciple =
      q.form === 'yesno' &&
      // (Not "will it be up and running by 2027?": a prediction, not said.)
      q.tense !== 'future' &&
      // ("Hat die SOZ eine eigene Entwicklungsbank gegründet?": the thing named founded, in any language.)
      // (In another language, "上合组织开发银行成立了吗？", the thing is the passage the question's words found.)
      (UP_AND_RUNNING.test(q.words.join(' ')) ||
        ((namesThing(q, p) || (q.lang !== 'en' && q.passage?.record.id === p.record.id && p.matched >= 2)) &&
          q.main('found'))) &&
      IN_PRINCIPLE.test(`${p.title} ${p.caveat ?? ''}`);
    // ("the SCO stayed completely silent on the strikes on Iran — true?": a statement on record says it did not.)
    const silenceAsked =
      q.form === 'yesno' &&
      q.words.some((w) => /^(silent|silence|quiet)$/.test(w)) &&
      p.record.kind === 'fact' &&
      f.store.data.organisation.find((o) => o.id === p.record.id)?.topic === 'statements';
    // ("explain … — is it actually set up?" asks for the story: no verdict opens it, and none that says Yes.)
    const verdict0 =
      onlyInPrinciple && q.has('explain')
        ? undefined
        : silenceAsked ||
            yearVerdict === 'no' ||
            onlyInPrinciple ||
            // (Adopted at another meeting than the one named.)
            (adoptedElsewhere(q, p) && q.eventNamed && !q.events.some((e) => e.id === p.event)) ||
            (placed !== undefined && placed.toLowerCase() !== q.places[0]!.toLowerCase())
          ? ('no' as const)
          : q.form === 'yesno' && dissenter
            ? asksDissent
              ? ('yes' as const)
              : ('no' as const)
            : q.form === 'yesno' && q.main('all') && dissent?.length
              ? ('no' as const)
              : yearVerdict !== 'none' && matchedEnough
                ? // A caveat that speaks to what is asked decides too.
                  sentenceVerdict(q, picked ?? p.text)
                : undefined;
    // ("has the sco development bank lent anything to rail projects yet?": a Yes the passage gives to words it never uses
    // ("lent", "rail") is none; what was asked is not in the data.)
    const verdict =
      verdict0 === 'yes' && q.lang === 'en' && q.foreignWords.length > 0 ? ('unknown' as const) : verdict0;
    // The sentence that holds the question's words answers first; the rest of the passage, when short, sets it in context.
    const at = p.inCaveat ? -1 : p.text.indexOf(p.sentence);
    const own = at > 0 ? p.sentence : undefined;
    const rest = own ? `${p.text.slice(0, at)}${p.text.slice(at + own.length)}`.trim() : '';
    const opening = rest.length > 0 && rest.length <= 200 ? rest : undefined;
    return {
      kind: 'fact',
      title: () => p.title,
      ...(verdict && { verdict }),
      // "Which outlet said nine?": the sentence that names who said it answers first; otherwise the sentence holding the question's words.
      lead: (l) => (l.lang === 'en' ? (asksWhoSaid ? p.sentence : (own ?? p.text)) : l.m.fromData(p.title)),
      ...(q.lang !== 'en'
        ? { context: p.text }
        : asksWhoSaid
          ? p.sentence !== p.text && { context: firstSentence(p.text) }
          : own && opening
            ? { context: opening }
            : {}),
      note: noteOf(p),
      sources: [p.sources],
    };
  },
};

/** The passage that answers: what the data does not hold, when that is asked about as now or next, else the best. */
function passageFor(q: Question): Passage | undefined {
  const p = q.passage;
  const alt0 = p?.unknownAlt;
  // ("was pahalgam eventually condemned in any sco document after that?": whether what happened at a place the best
  // passage speaks of, and what the data lacks does not, came to something: that passage answers.)
  const said = (x: Passage) => `${x.title} ${x.text}`.toLowerCase();
  const alt =
    alt0 &&
    p &&
    q.form === 'yesno' &&
    q.tense === 'past' &&
    q.places.some((pl) => said(p).includes(pl.toLowerCase()) && !said(alt0).includes(pl.toLowerCase()))
      ? undefined
      : alt0;
  if (alt && (q.has('next', 'main', 'sub') || q.tense === 'future' || q.has('current') || asksOutcomeOf(q, alt)))
    return alt;
  // "… for 2026-27": a term asked that only what the data does not hold speaks of.
  if (alt && p && q.time?.untilYear !== undefined) {
    const span = spanOf(q.time.year, q.time.untilYear);
    if (span.test(`${alt.title} ${alt.text}`) && !span.test(`${p.title} ${p.text}`)) return alt;
  }
  // "Did the Bishkek summit approve…?": what the data does not hold of the meeting named.
  const own = p?.eventUnknown;
  if (own && asksOutcomeOf(q, own)) return own;
  return p;
}

/**
 * Where a passage that places several things in brackets ("… (on the basis of the RATS in Tashkent), … an anti-drug
 * centre (in Dushanbe)") puts the thing a question naming one place asks about: the first place after the question's rarest word the
 * passage holds, in the same clause. Undefined when the passage places fewer than two things or none near that word.
 */
function placeOfNamed(q: Question, p: Passage): string | undefined {
  if (q.places.length !== 1) return undefined;
  // (Only places put in brackets beside what they place: "in September 2022" or "in Jammu and Kashmir" in a sentence's
  // own run place nothing of a list.)
  const spots = [...p.text.matchAll(/\bin ([A-Z][\p{L}-]+)/gu)]
    .filter((m) => p.text.lastIndexOf('(', m.index) > p.text.lastIndexOf(')', m.index))
    .map((m) => ({ place: m[1]!, at: m.index! }));
  if (new Set(spots.map((x) => x.place)).size < 2) return undefined;
  const lower = p.text.toLowerCase();
  const placeWords = new Set(spots.map((x) => x.place.toLowerCase()));
  let anchor: { count: number; at: number } | undefined;
  for (const w of p.words) {
    if (placeWords.has(w) || q.places.some((x) => x.toLowerCase() === w) || w === 'sco') continue;
    const at = [...lower.matchAll(new RegExp(`\\b${w.replace(/[^\p{L}\d]/gu, '')}`, 'gu'))].map((m) => m.index!);
    if (at.length === 0) continue;
    if (!anchor || at.length < anchor.count || (at.length === anchor.count && at[0]! > anchor.at))
      anchor = { count: at.length, at: at[0]! };
  }
  if (!anchor) return undefined;
  const from = anchor.at;
  // (The bracket opens right after the thing's name: "anti-drug centre (in Dushanbe)", "… Threats and Challenges (on …".)
  return spots.find((x) => {
    const open = p.text.lastIndexOf('(', x.at);
    return open > from && open - from <= 30 && !/[,;.]\s/.test(p.text.slice(from, x.at));
  })?.place;
}

/** A span of years as written in the data: "2026–27", "2026-2027". */
function spanOf(from: number, to: number): RegExp {
  return new RegExp(`\\b${from}\\s*[–-]\\s*(?:${to}|${String(to).slice(2)})\\b`);
}

/** The question asks what came of a meeting whose outcome the data records as not held ("did Bishkek change…", "did it happen"). */
function asksOutcomeOf(q: Question, p: Passage): boolean {
  const u = p.unknown;
  if (!u || q.form !== 'yesno' || (u.from !== undefined && isoToDate(u.from) > q.today)) return false;
  const decided = q.main('outcome', 'growth', 'sign', 'statement', 'attend');
  return decided && ((u.event !== undefined && q.events[0]?.id === u.event) || !q.eventNamed);
}

/** The passage's title holds every word of the question it holds: it is about the thing the question names. */
function namedByTitle(p: Passage): boolean {
  const title = latinWords(p.title).map(stem);
  return p.words.every((w) => title.includes(stem(w)));
}

/** A question in another language compared with the data's English sentences by its words' synonyms too ("acuerdo fundacional": founding agreement). */
function inDataWords(q: Question, f: AskFacts): Question {
  if (q.lang === 'en') return q;
  const synonyms = f.store.data.ask.synonyms;
  return { ...q, terms: [...q.terms, ...q.terms.flatMap((t) => synonyms[t] ?? [])] };
}

/** The passage is the record of the thing the question names ("the SCO bank"): see `Question.thing`. */
function namesThing(q: Question, p: Passage): boolean {
  return q.thing !== undefined && q.thing === p.record.id;
}

/** Two words side by side in the question, beyond the engine's cues and names, that the passage's title holds. */
function namesTitledThing(q: Question, p: Passage): boolean {
  const title = new Set(latinWords(p.title).map(stem));
  const free = new Set(q.unknownWords);
  return q.words.some(
    (w, i) =>
      free.has(w) &&
      free.has(q.words[i + 1] ?? '') &&
      w.length >= 4 &&
      title.has(stem(w)) &&
      title.has(stem(q.words[i + 1]!)),
  );
}

/**
 * The same in another script ("上合组织开发银行成立了吗"): the passage was found by the lexicon's words for the question's
 * words, two or more, all of them in its title.
 */
function scriptNamesTitledThing(q: Question, p: Passage): boolean {
  return q.words.length === 0 && p.matched >= 2 && p.matched === p.of && namedByTitle(p);
}

/** A where question needs a place ("in the capital"), a how-much question a figure that is no date; others need nothing. */
function holdsAsked(q: Question, p: Passage): boolean {
  if (q.form === 'where') return p.place ?? true;
  if (lacksAttribute(q, p)) return false;
  // ("how many people died in the Jaffar Express hijacking?": a toll the data counts only for other events; the number
  // in the passage is theirs.)
  // (Only of a thing the part names: "… aur kitne log mare the" after the attack's own part asks of that attack.)
  if (
    q.form === 'howMany' &&
    q.main('killed') &&
    !q.figures.some((x) => x.measure === 'killed') &&
    q.unknownWords.some((w) => w.length > 3 && !COMMON.has(w))
  )
    return false;
  if (q.form !== 'howMany' || q.quantity === 'many') return true;
  const words = latinWords(p.text);
  return words.some(
    (w, i) =>
      NUMBER_WORD.test(w) ||
      (/^\d/.test(w) && !/^(1[89]|20)\d\d$/.test(w) && !isMonth(words[i + 1] ?? '') && !isMonth(words[i - 1] ?? '')),
  );
}

/** An attribute asked that the passage's text has no word for: its capital, its seat, who heads it, which states signed. */
function lacksAttribute(q: Question, p: Passage): boolean {
  // ("which city is SCO tourism and culture capital for 2026-27?": a passage of another span of years holds nothing of
  // the span asked.)
  const t = q.time;
  if (
    t?.untilYear !== undefined &&
    t.role !== 'aside' &&
    /\b(?:19|20)\d\d\s*[–-]\s*\d{2,4}\b/.test(p.title) &&
    !spanOf(t.year, t.untilYear).test(`${p.title} ${p.text}`)
  )
    return true;
  // ("'SCO development bank launched in 2025 with $50bn capital'. true?": whether it is up at all answers first.)
  if (q.form === 'yesno' && UP_AND_RUNNING.test(q.words.join(' '))) return false;
  // (Its own name may hold the word: "tourism and cultural capital". A seat is asked by a noun for it, not by "where" or
  // "based on what".)
  if (q.main('capital') && !/\bcapital\b/i.test(`${p.title} ${p.text}`)) return true;
  if (
    q.main('location') &&
    q.form !== 'explain' &&
    // (In Chinese, words are not split: "总部" is the cue, and "在哪次会上" asks when, not where.)
    (q.lang === 'zh'
      ? q.form === 'yesno' || q.form === 'what' || q.form === 'howMany'
      : q.words.some((w, i) => SEAT_NOUN.test(w) && q.words[i + 1] !== 'on')) &&
    !/\b(headquarter\w*|seat|based|located|sits)\b|\bin (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/.test(
      `${p.title} ${p.text}`,
    )
  )
    return true;
  // ("Wie hoch ist das Startkapital der SOZ-Entwicklungsbank?": an economic measure, which the data never records.)
  if (namesThing(q, p) && q.measure) return true;
  // ("how much has the SCO Development Bank lent so far?": a word the engine does not know, asked of the thing named,
  // that its record never uses.)
  if (namesThing(q, p) && unknownHead(q) && !latinWords(p.text).some((w) => stem(w) === stem(q.headNoun!))) return true;
  // ("any names for the bank's first president?": who heads the thing named, asked by its office, which its record
  // does not name.)
  const office = namesThing(q, p) ? q.words.find((w) => HEAD_NOUN.test(w)) : undefined;
  if (office && !latinWords(p.text).some((w) => stem(w) === stem(office))) return true;
  if (
    q.form === 'who' &&
    (q.main('head') || q.main('director')) &&
    !/\b(head\w*|led|leads|chair\w*|president|director|chief|run\w*|minister|premier|secretary|governor)\b/i.test(
      p.text,
    )
  )
    return true;
  // ("Has India committed money to the SCO development bank?": what the record of a thing says of no country named.)
  if (
    namesThing(q, p) &&
    // (Not a word only near a country's name: "finance".)
    q.countries.some((c) => c.role === 'main' && c.by !== 'demonym' && c.by !== 'fuzzy') &&
    !q.countries.some((c) => c.role === 'main' && `${p.title} ${p.text}`.includes(c.country.name))
  )
    return true;
  if (
    (q.form === 'which' || q.form === 'who') &&
    q.main('member') &&
    (q.main('sign') || q.main('join')) &&
    !p.countries?.length
  )
    return true;
  return false;
}

/** An office at the head of a body ("its president"). */
const HEAD_NOUN =
  /^(president|presidents|chairman|chairperson|governor|ceo|chief|head|director|präsident|presidente|président|başkan\w*)$/;

/** A noun or verb for where a body sits ("its HQ", "headquartered", "based"), in the Latin-script languages. */
const SEAT_NOUN = /^(headquarter\w*|hq|hqs|seat|seated|based|sede|siege|sitz|hauptsitz|merkez\w*)$/;

const NUMBER_WORD =
  /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?|billions?|trillions?)$/;

/** A yes/no whether a document was adopted, answered by the passage of a meeting (whichever meeting the question names). */
function adoptedElsewhere(q: Question, p: { event?: string }): boolean {
  return q.form === 'yesno' && q.has('strategy') && q.has('outcome') && p.event !== undefined;
}

/**
 * The years a yes/no question puts to the passage: one the passage states after the same word with another year ("the
 * development strategy to 2030?" against "… to 2035") is wrong; one it never names leaves the passage no verdict to give.
 */
function yearsAgainst(q: Question, text: string): 'no' | 'none' | undefined {
  let out: 'none' | undefined;
  for (const t of q.times) {
    if (t.role === 'aside' || text.includes(String(t.year))) continue;
    const before = q.words[t.at - 1];
    const other = before && /^[a-z]+$/.test(before) ? new RegExp(`\\b${before} (\\d{4})\\b`, 'i').exec(text) : null;
    if (other && other[1] !== String(t.year)) return 'no';
    // ("pahalgam attack in 2024, right?": the passage dates the thing the question names by another year, "the 22 April
    // 2025 Pahalgam terror attack".)
    const named = [...q.unknownWords, ...q.places.map((x) => x.toLowerCase())].filter((w) => w.length > 3);
    for (const w of named) {
      const dated = new RegExp(`\\b((?:19|20)\\d\\d) (?:\\p{L}+ )?${w}\\b`, 'iu').exec(text);
      if (dated && dated[1] !== String(t.year)) return 'no';
    }
    // (A year that names a thing, "after the 1996 treaty", is not what the question puts to the passage.)
    if (/^(in|to|from|since|by|until|till|of)$/.test(before ?? '')) out = 'none';
  }
  return out;
}

/** Cues that name one thing of the SCO's by its name (the Charter, the development strategy, the motto, the website). */
const NAMED_THINGS: ReadonlySet<Cue> = new Set<Cue>(['charter', 'strategy', 'motto', 'tourism', 'website']);
