import { isoToDate } from '../../base/dates.js';
import type { CountryT, OfficialT } from '../../facts/schema.js';
import type { Question } from '../understand/question.js';
import { firstSentence } from './shared.js';
import type { Loc } from '../draft.js';
import { RELATION_CUES } from '../understand/index.js';
import { quoteSafely } from '../understand/text.js';
import { COMMON } from '../lexicon/common.js';
import type { Intent } from './types.js';
import { namedAfterOrg, noJointStatement, subjects, unknownHead } from './shared.js';

/** Words that end the phrase a head noun is "of" ("share of world gdp do …"). */
const STOPWORDS_OF = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'the', 'sco', 'members', 'all']);
const LINKS = new Set(['between', 'among', 'amongst', 'across', 'of', 'within']);
/** A bare noun phrase ("total trade (volume) between sco members?") asks for its head as "what is" would. */
const nounPhrase = (words: readonly string[], head: string): boolean => {
  const at = words.indexOf(head);
  return at >= 0 && (LINKS.has(words[at + 1] ?? '') || LINKS.has(words[at + 2] ?? ''));
};

/** In scope, not in the data: a topic no data text mentions ("budget", "troops"), said plainly, with what to ask instead. */
export const notHeld: Intent = {
  id: 'not-held',
  priority: 10,
  examples: [
    { q: "what is the SCO's annual budget?", must: ['does not hold'], kind: 'noData' },
    { q: 'how many employees work at the sco secretariat', must: ['does not hold'], kind: 'noData' },
    { q: 'what is india\u2019s population', must: ['does not hold'], kind: 'noData' },
  ],
  match(q) {
    // Anything in the question that resolves to the data (a place, a person, the Shanghai Five, a
    // disputed claim) makes it an SCO question: not held, never off-topic.
    const topical =
      q.sco ||
      q.countries.length > 0 ||
      q.cues.some((c) => RELATION_CUES.has(c.cue)) ||
      q.bodies.length > 0 ||
      q.events.length > 0 ||
      q.places.length > 0 ||
      q.people.length > 0 ||
      q.predecessor ||
      q.disputed.length > 0;
    // "Did the SCO say anything after September 2026?": nothing after the data's date is held.
    // (Not when it names an official by an office whose term had ended by then: "sec-gen Zhang Ming said … last month"
    // is first corrected on who holds the office.)
    const endedOffice = q.people.some(
      (p) => p.official.to !== undefined && q.time !== undefined && Date.parse(p.official.to) < q.time.from.getTime(),
    );
    if (q.afterData && topical && !q.eventNamed && !(endedOffice && q.main('secgen', 'minister', 'head'))) return 84;
    // "how big was Iran's trade with the other members?", "上合组织成员国的GDP…": a measure the data never records, asked of
    // what it holds (not a source or claim that names it, not NATO's spending target, which the data holds).
    // (Asked of a thing of the SCO's the data names, its record says what is known of it: "das Startkapital der
    // SOZ-Entwicklungsbank".)
    if (
      topical &&
      q.measure !== undefined &&
      !q.thing &&
      !q.cues.some(
        (c) => c.cue === 'nato' || c.cue === 'claimSource' || c.cue === 'reliable' || c.cue === 'reference',
      ) &&
      q.disputed.length === 0 &&
      // ("iran's trade with the other members — total? ballpark ok": a yes/no only by its tag; not a claim put to check.)
      (q.form !== 'yesno' ||
        (q.claims.length === 0 &&
          q.words.some((w) => /^(total|ballpark|figure|amount|volume|estimate|roughly)$/.test(w))))
    )
      return 95;
    const headForeign = unknownHead(q);
    // (Asked of a thing of the SCO's the data names, its record says what is known of it, beside what is not.)
    if (headForeign && (topical || q.form === 'howMany')) return q.thing ? 88 : 95;
    // A quantity the data does not count ("what is the GDP of the SCO", "how much did the summit cost"): the governed noun names no relation it holds.
    if (
      q.headNoun &&
      q.headKnown === false &&
      // "What's the deal with the development bank?": an everyday word at the head names no quantity.
      !COMMON.has(q.headNoun) &&
      // ("sco news between may and today": the news of a span is what the data dates in it.)
      !(q.headNoun === 'news' && q.time?.mode === 'after') &&
      // ("whats the SCO Plus thing in Bishkek": a record that holds the head with another word asked names it.)
      !(
        q.form !== 'howMany' &&
        q.passage &&
        !q.passage.unknown &&
        (q.passage.matched >= 2 ||
          // ("what is 'sco plus'?": a thing named with the organisation's name, which the record names so.)
          namedAfterOrg(q)) &&
        q.passage.words.includes(q.headNoun)
      ) &&
      (q.sco || q.countries.length > 0 || q.bodies.some((b) => b === 'rats' || b === 'secretariat')) &&
      (q.form === 'what' || q.form === 'howMany' || (q.form === 'fragment' && nounPhrase(q.words, q.headNoun)))
    )
      return 89;
    // ("How much did China spend on hosting the Tianjin summit?": an amount of money, which no figure of the data counts.)
    if (
      q.quantity === 'much' &&
      (q.figures.length === 0 ||
        q.words.some((w) =>
          /^(spend|spent|spending|cost|costs|budget|paid|pay|price|money|funding|dollars|yuan)$/.test(w),
        ))
    )
      return 90;
    // "What sectors is the development bank to focus on?": a passage holding two of the question's rarer words answers
    // from what the data says, though the data has no word for what was asked ("sectors").
    const held = q.passage;
    const rareHeld =
      held !== undefined &&
      !held.unknown &&
      held.score >= 6 &&
      held.words.filter((w) => q.unknownWords.some((u) => u.startsWith(w) || w.startsWith(u))).length >= 2;
    if (q.foreignWords.length > 0 && topical && !rareHeld) return 87;
    if (topical) return 15;
    return undefined;
  },
  answer(q, f) {
    // What the data records as its own horizon (data/unknowns.json, topic "coverage").
    const after = q.afterData ? f.unknowns({ topic: 'coverage' })[0] : undefined;
    if (after)
      return {
        kind: 'notHeld',
        title: () => 'Not in the data',
        ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
        lead: (l) => (l.lang === 'en' ? l.m.notHeld(after.what) : l.m.notHeld()),
        context: (l) => l.m.help,
        sources: [after.sources],
      };
    const head =
      q.headNoun && q.foreignWords.includes(q.headNoun)
        ? q.headNoun
        : (q.foreignWords[0] ?? q.measure?.replace(/ (?:between|with|among|entre|con|avec|zwischen|mit)$/, ''));
    // "share of world gdp": the head with what it is of, as the question put it.
    const at = head ? q.words.indexOf(head) : -1;
    const phrase = [head];
    if (at >= 0 && q.words[at + 1] === 'of')
      for (const w of q.words.slice(at + 1, at + 5)) {
        if (STOPWORDS_OF.has(w)) break;
        phrase.push(w);
      }
    const what = phrase.length > 2 ? phrase.join(' ') : head;
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) => (what ? l.m.notHeldAbout(quoteSafely(what, 30)) : l.m.notHeld()),
      context: (l) => l.m.help,
      sources: [],
      suggestions: ['list the SCO members', 'who is the SCO Secretary-General', '/sco help'],
    };
  },
};

/** The one whose words are asked for: "what did <speaker> say", a person or a country named between "did" and "say". */
const SAID =
  /^((?:what|wat|wht) (?:exactly |precisely )?(?:did|does|has|have) )((?:\S+ ){0,3}?\S+) (?:exactly |actually )?(?:say|said)\b/;
/** "exact words of <speaker>'s (opening) speech": the one whose words are asked for, between "of" and the speech. */
const WORDS_OF =
  /^((?:the )?(?:exact|precise|actual|full|verbatim) (?:words|text|wording|quote|quotes) (?:of|from|in) )((?:\S+ ){0,3}?\S+?)(?= s (?:opening |closing |keynote |main )?(?:speech|remarks|address)\b)/;
function speaker(q: Question): { person?: OfficialT; country?: CountryT } | undefined {
  if ((q.form !== 'what' && q.form !== 'fragment') || q.lang !== 'en') return undefined;
  const words = q.words.join(' ');
  // ("exact words of dong jun's opening speech at qingdao?": the words of a speech, asked for by what they are.)
  const m = q.form === 'what' ? SAID.exec(words) : WORDS_OF.exec(words);
  if (!m) return undefined;
  // ("what did Yermekbayev say about the development bank?": words on a topic named are the topic's record.)
  if (q.words.slice(m[0].split(' ').length).some((w) => /^(about|regarding|on|concerning)$/.test(w))) return undefined;
  const from = m[1]!.trim().split(' ').length;
  const to = from + m[2]!.split(' ').length;
  const within = (at: number) => at >= from && at < to;
  // (What the SCO or a meeting said is its statements.)
  if (/\b(sco|organisation|organization|secretariat|declaration|statement|summit|they|it|he|she)\b/.test(m[2]!))
    return undefined;
  // (Not one named as whom the official replaced: "ruslan zhaksylykov … at qingdao" is corrected on who was there.)
  const person = q.people.find((p) => within(p.at) && p.predecessorName === undefined)?.official;
  if (person) return { person };
  const country = q.countries.find((c) => within(c.at) && c.by !== 'demonym')?.country;
  return country ? { country } : undefined;
}

/**
 * "What did Belousov say in plenary exactly?", "what did Modi say at the Tianjin summit?": a speaker's words, which the
 * data does not record (it records a country's stated position at a meeting, which the positions answer).
 */
export const wordsSaid: Intent = {
  id: 'words-said',
  priority: 55,
  examples: [{ q: 'what did Belousov say in plenary exactly?', must: ['does not hold', 'Belousov'], kind: 'noData' }],
  match(q) {
    const who = speaker(q);
    if (!who) return undefined;
    // ("what did foreign minister dong jun say": an office put on the one named is corrected on who he is.)
    if (q.has('foreignMinister') || q.has('headOfState') || q.has('headOfGov')) return undefined;
    const code = who.person?.country ?? who.country?.id;
    if (q.events.some((e) => e.positions.some((p) => p.country === code))) return undefined;
    if (q.events.length === 0 && q.time === undefined && who.country) return undefined;
    // ("what did nasirzadeh say at the 2026 meeting in bishkek?": one out of office by then is corrected on that.)
    const gone = who.person?.to;
    if (gone !== undefined && (q.events.some((e) => e.start > gone) || (q.time && isoToDate(gone) < q.time.from)))
      return undefined;
    return 93;
  },
  answer(q) {
    const who = speaker(q)!;
    const event = q.events[0];
    const note = who.person?.note;
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) =>
        l.m.notHeld(
          `what ${who.person?.name ?? l.c(who.country!)} said${event ? ` at ${l.event(event)}` : ''}, word for word`,
        ),
      ...(note
        ? { context: `${who.person!.name}, ${who.person!.roleLabel}: ${note}` }
        : event && { context: firstSentence(event.summary) }),
      sources: [who.person && note ? who.person.sources : (event?.sources ?? [])],
    };
  },
};

/** A document's or a speech's own words asked for: its full text, word for word ("paste the full text of …"). */
const TEXT_ASKED = /\b(?:(?:full|whole|complete|entire|exact|actual) (?:text|wording)|verbatim|word for word)\b/;
/** What has a text of its own (not a motto or a title, which the data quotes). */
const DOCUMENT =
  /\b(?:statement|statements|declaration|communique|charter|article|paragraph|para|speech|speeches|draft|resolution|treaty|agreement|document|documents)\b/;
const QUOTED_BY_DATA = /\b(?:motto|slogan|title|titled)\b|\b(?:his|her|their|s) (?:exact )?words\b|\ba quote\b/;

/**
 * "Can you paste the full text of the Qingdao draft statement that India didn't sign?", "Could you quote verbatim
 * Article 1 of the SCO Charter?": the data holds what its sources say of a document or a speech, never the document's
 * own text. (Not where to find it, which the record's sources answer; nor a motto or a title, which the data quotes.)
 */
export const textNotHeld: Intent = {
  id: 'text-not-held',
  priority: 53,
  examples: [
    {
      q: 'Can you paste the full text of the Qingdao draft statement that India did not sign?',
      must: ['does not hold'],
      kind: 'noData',
    },
  ],
  match(q) {
    if (q.lang !== 'en' || q.form === 'where' || q.declines.length > 0) return undefined;
    const words = q.words.join(' ');
    if (!TEXT_ASKED.test(words) || !DOCUMENT.test(words) || QUOTED_BY_DATA.test(words)) return undefined;
    // (Nor a joint statement the meeting's record says was never issued: "send the full text of the Qingdao joint
    // declaration" is corrected by that record. Its draft, which was, is still a text not held.)
    if (q.events.some((e) => noJointStatement(e)) && /\bjoint\b|communiqu/.test(words) && !/\bdraft\b/.test(words))
      return undefined;
    return 95;
  },
  answer(q) {
    const event = q.events[0];
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) =>
        l.lang === 'en' ? l.m.notHeld('the full text of documents or speeches, word for word') : l.m.notHeld(),
      ...(event && { context: firstSentence(event.summary) }),
      sources: [event?.sources ?? []],
    };
  },
};

/** "Is Brazil a member?": a country name the data does not hold. */
export const unknownCountry: Intent = {
  id: 'unknown-country',
  priority: 58,
  examples: [
    { q: 'Is Brazil a member of the SCO?', must: ['not among'], mustNot: ['Brazil is an SCO member'] },
    { q: 'north korea sco member?', must: ['No'] },
  ],
  match(q) {
    if (!q.unknownName || subjects(q).length > 0) return undefined;
    // ("Is Indonesia an SCO partner or observer?": a choice of categories for a country the data does not hold is none.)
    return q.form === 'choice' && q.main('member', 'partner', 'observer', 'dialogue') ? 93 : 89;
  },
  answer(q, f) {
    const members = f.members(f.factDay);
    const partners = f.partners(f.factDay);
    const name = q.unknownName!;
    return {
      kind: 'fact',
      title: () => `${name}: not in the data`,
      ...(q.form === 'yesno' || q.form === 'fragment' ? { verdict: 'no' as const } : {}),
      ...(q.form === 'choice' && { verdict: 'no' as const, verdictAlways: true }),
      lead: (l) => l.m.unknownCountry(name, l.n(members.length), l.n(partners.length)),
      context: (l) => l.m.membersAre(l.n(members.length), l.list(members.map((m) => l.c(m.country)))),
      sources: [f.topic('family')?.sources ?? []],
      suggestions: ['list the SCO partners', '/sco members all'],
    };
  },
};

/** "Why did Iran join?": motives are not in the data; when and how it joined are. */
export const motives: Intent = {
  id: 'motives',
  priority: 56,
  examples: [{ q: 'why did iran join the sco', must: ['does not hold', '4 July 2023'] }],
  match(q) {
    const cs = subjects(q);
    if (q.form !== 'why' || cs.length === 0) return undefined;
    if (q.main('refuse', 'sign', 'statement') || q.events.some((e) => e.positions.length > 0)) return undefined;
    if (q.claims.some((c) => c.stance === 'asserted' && c.holds === false)) return undefined;
    return q.main('join', 'member', 'apply', 'leave', 'partner', 'status') ? 88 : 60;
  },
  answer(q, f) {
    const c = subjects(q)[0]!;
    const acc = f.accession(c.id);
    const now = f.statusOn(c.id)[0];
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      lead: (l) => l.m.reasonsNotHeld(l.c(c)),
      context: acc?.from
        ? (l: Loc) => l.m.joined(l.c(c), l.d(acc.from!), acc.event ? l.event(f.event(acc.event)!) : undefined)
        : now
          ? (l: Loc) =>
              now.status === 'none'
                ? l.m.notConnected(l.c(c))
                : l.m.notMemberIs(l.c(c), l.status(now.status), now.from && l.d(now.from))
          : undefined,
      sources: [acc?.sources ?? now?.sources ?? []],
    };
  },
};

/** "Who is the president of China?": roles the data may hold (heads of state or government, foreign ministers), else not held. */
export const leaders: Intent = {
  id: 'leaders',
  priority: 57,
  examples: [{ q: 'Who is the president of China?', must: ['does not hold'], mustNot: ['Xi'], kind: 'noData' }],
  match(q) {
    if (!q.main('headOfState', 'headOfGov', 'foreignMinister')) return undefined;
    // ("when and where was the 2025 council of foreign ministers?": a meeting the data holds is that meeting's answer.)
    // (So for the heads of government: "after the moscow PM-level meet … kazakhstan took over the heads of government
    // chair right?" asks of the council's meeting and chair, not Kazakhstan's prime minister.)
    if (
      q.bodies.some(
        (b) =>
          (b === 'foreignMinisters' || b === 'headsOfGovernment') &&
          q.events.some((e) => e.body === b) &&
          (b === 'foreignMinisters' || q.main('chair', 'handover')),
      )
    )
      return undefined;
    if (q.main('secgen', 'director')) return undefined;
    // ("Pakistan PM said they'll host 2027 - is that an official SCO decision?": one who said it, not who holds the office.)
    const leader = q.cues.find((c) => c.cue === 'headOfState' || c.cue === 'headOfGov' || c.cue === 'foreignMinister');
    if (leader && q.cues.some((c) => c.cue === 'announce' && c.at > leader.at && c.at - leader.at <= 2))
      return undefined;
    // ("which country's FM described afghanistan's status as largely inactive": whose minister is what is asked; the
    // country named is what he spoke of.)
    if (leader && q.words.slice(Math.max(0, leader.at - 3), leader.at).some((w) => w === 'which' || w === 'whose'))
      return undefined;
    // ("What did India's foreign ministry actually say?": what a ministry said, not who holds an office.)
    if (leader && q.words.slice(leader.at, leader.at + (leader.len ?? 1)).includes('ministry') && q.main('announce'))
      return undefined;
    return q.countries.length > 0 ? 90 : 70;
  },
  answer(q, f) {
    const role: OfficialT['role'] = q.main('foreignMinister')
      ? 'foreign-minister'
      : q.main('headOfGov')
        ? 'head-of-government'
        : 'head-of-state';
    const c = q.countries[0]?.country;
    // "SCO foreign ministers 2026 — what did they agree?": the council's meeting that year, which the data records it does not hold.
    const year = q.time ? String(q.time.year) : undefined;
    const meeting =
      !c && year && q.bodies.includes('foreignMinisters')
        ? f.unknowns({ topic: 'meetings' }).find((u) => !u.role && u.from?.startsWith(year))
        : undefined;
    if (meeting)
      return {
        kind: 'notHeld',
        title: () => 'Not in the data',
        ...(q.form === 'yesno' && { verdict: 'unknown' as const }),
        lead: (l) => (l.lang === 'en' ? l.m.notHeld(meeting.what) : l.m.notHeld()),
        sources: [meeting.sources],
      };
    const o = c ? f.officials({ country: c.id, role })[0] : undefined;
    if (o)
      return {
        kind: 'fact',
        title: (l) => l.person(o),
        lead: (l) => l.m.personRole(l.person(o), c ? l.m.roleOf(l.m.role[role], l.c(c)) : l.m.role[role]),
        sources: [o.sources],
      };
    return {
      kind: 'notHeld',
      title: () => 'Not in the data',
      lead: (l) => l.m.notHeld(c ? l.m.roleOf(l.m.role[role], l.c(c)) : l.m.role[role]),
      sources: [],
      suggestions: c
        ? [`who is ${c.name}'s defence minister`, `/sco country ${c.name}`]
        : ['who is the SCO Secretary-General'],
    };
  },
};
