import type { EventT } from '../facts/schema.js';
import { formatDate } from '../base/dates.js';
import type { Reply } from '../reply/model.js';
import type { AskContext } from './context.js';
import { outOfScope } from './scope.js';
import { decline, helpAnswer, noPrediction, notHeld } from './answers/decline.js';
import {
  capitalAnswer,
  codeAnswer,
  compareAnswer,
  founderCheck,
  joinAnswer,
  pastStatusAnswer,
  applicationAnswer,
  shanghaiFiveCheck,
  statusAnswer,
} from './answers/country.js';
import {
  orgFactAnswer,
  bodiesAnswer,
  chairAnswer,
  charterAnswer,
  foundersAnswer,
  foundingAnswer,
  languagesAnswer,
  nameAnswer,
  nextSecretaryGeneralUnknown,
  nextUnknown,
  ratsAnswer,
  secretariatAnswer,
  secretaryGeneralAnswer,
  shanghaiFiveAnswer,
} from './answers/org.js';
import {
  aboutAnswer,
  applicantsAnswer,
  ordinalCheckAnswer,
  ordinalMemberAnswer,
  joinedInYearAnswer,
  assertedNumber,
  countHistoryAnswer,
  familyAnswer,
  formerPartnersAnswer,
  memberCountAnswer,
  membersListAnswer,
  notConnectedAnswer,
  partnersAnswer,
  recentJoinerAnswer,
} from './answers/lists.js';
import { eventAnswer, eventsInYearAnswer, ministerialEvent, natoAnswer, summitAnswer } from './answers/events.js';
import { defenceMinisterAnswer, personAnswer } from './answers/people.js';
import { claimAnswer, claimsListAnswer, findClaim, rejectedReferencesAnswer } from './answers/claims.js';
import { chairOfCountryAnswer } from './answers/chairs.js';
import { futureCountryAnswer, unknownCountryAnswer } from './answers/outside-data.js';
import { searchFacts, terms } from './search.js';
import { synonymsOf } from './synonyms.js';
import { combine, MAX_SOURCES, toReply } from './draft.js';
import { aboutDataAnswer, languagesSpokenAnswer, officialSiteAnswer, organisationMembershipAnswer } from './answers/meta.js';
import { quoteSafely } from './safety.js';
import { STOPWORDS } from './stopwords.js';
import { keyNounNotHeld } from './vocabulary.js';

/** Concepts that say how something is asked, not what about: alone they make no SCO question. */
const GENERIC = new Set(['which', 'yesno', 'list', 'who', 'how', 'when', 'where', 'why', 'current', 'name', 'greeting', 'help', 'first', 'last', 'recent', 'previous', 'future', 'predict', 'claim', 'reliable', 'privateData', 'news', 'invest', 'election', 'weather', 'insult', 'injection', 'secret', 'outcome', 'count', 'former', 'next', 'status', 'refuse', 'attend', 'host', 'join']);

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11 };
const ORDINAL = / (\d{1,2}(?=st|nd|rd|th)|seventh|eighth|ninth|tenth|eleventh)(?:st|nd|rd|th)? (member|members|country|state|to join) /;

const LANGUAGE_NAMES = new Set(['english', 'hindi', 'persian', 'farsi', 'urdu', 'arabic', 'french', 'spanish', 'german', 'japanese', 'mandarin']);

/** "Countries" in the other languages asked in: "which countries are in the SCO". */
const COUNTRIES_INTL = /(国家|成员国|国有哪些|стран|государств|देश|کشور|ممالک)/;

/** Other organisations people ask about as if they were countries. */
const ORGANISATIONS = / (eu|european union|nato|asean|un|united nations|cis|brics|g7|g20|opec|csto|eaeu) /;

/** Questions about the bot's data rather than the SCO. */
const META = / (your data|the data cut ?off|data cut ?off|cutoff|cut off date|last updated|how up to date|how current is|how recent is your|data date|sources do you|where do you get|how reliable|who made you|who built you|who created you|where can i read more|read more about|learn more about|what do you know) /;

/** Questions that ask only "what is the SCO?" */
const ABOUT = new Set(['which', 'yesno', 'list', 'sco', 'name', 'how', 'current']);

/** Words that ask for an overview: "give me a summary of the SCO", "explain the SCO". */
const ABOUT_WORDS = new Set(['summary', 'summarise', 'summarize', 'overview', 'explain', 'describe', 'description', 'introduction', 'intro', 'basics', 'background', 'brief', 'briefing', 'rundown', 'primer', 'give', 'know', 'info', 'information', 'quick', 'short', 'please', 'thing', 'things', 'everything', 'anything']);

/** Things people ask about that the data holds nothing on. */
const UNHELD = / (president|prime minister|premier|king|emir|head of state|head of government|foreign minister|ambassador|population|people live|inhabitants|gdp|economy|economic output|budget|funding|funded|staff|employees|troops|soldiers|army|armies|military alliance|mutual defence|mutual defense|collective defence|nuclear|area|territory|trade|trade volume|exports|imports|salary|salaries|currency|religion|religions|time zone|flag|flags|anthem|logo|emblem|symbol|website|phone|address of the secretariat|cost|costs|costed|expense|expenses|money|headcount|spend|spends|spent|spending|expenditure|expenditures|military exercises?|exercises|drills?|war games|joint exercises?|income|wealth|wealthiest|richest|poorest|debt|inflation|unemployment|oil|gas|petroleum|crude|reserves|natural resources|minerals|energy|climate|emissions|languages spoken in|landmass|square kilometres|square kilometers) /;

const WEBSITE = / (website|websites|web site|homepage|home page|url|web address|webpage|web page|official site|site) /;

const MERGE = new Date('2025-09-01T00:00:00Z');

const FUTURE = /\b(will|gonna|going to|predict|predictions?|forecast|likely|likelihood|chances?|odds|probability|eventually|in the future|next year|expected to|plans? to|set to|about to)\b/;

/** What the data holds about NATO: the Hague summit, its spending target, and its timing beside Qingdao. */
const NATO_HELD = / (summit|summits|hague|target|targets|spend|spending|gdp|agree|agreed|agreement|pledge|pledged|commit|committed|commitment|decide|decided|decision|declaration|2035|2025|3\.5%|5%|1\.5%|percent|per cent|defence|defense|when|where|met|meet|meeting|zelensky|trump|spain|relate|related|compare|qingdao|same|week|day|happen|happened|allies) /;

/** NATO itself, or its GDP target: "GDP" alone ("the SCO's GDP") is a figure the data does not hold. */
function natoNamed(ctx: AskContext): boolean {
  const t = ctx.q.padded;
  if (ctx.q.lang !== 'en') return true;
  return / (nato|otan|hague|north atlantic|allies) /.test(t) || / (\d+(\.\d+)? ?%|percent|per cent|target|pledge|commitment|2035) /.test(t);
}

/** A refusal said outright ("not" alone is no refusal: "which of these is not a member"). */
const REFUSAL = / (refuse|refused|refuses|refusal|refusing|sign|signed|signing|sign off|reject|rejected|rejection|boycott|boycotted|object|objected|objection|veto|vetoed|declined|decline|walked|block|blocked|didn t sign|did not sign|wouldn t sign|not sign) /;

/** Picks the answer family from the concepts and names in the question. */
export function route(ctx: AskContext): Reply {
  const r = routeWith(ctx, true);
  return isOpenQuestion(ctx) ? withoutYesNoLead(r) : r;
}

/** Words that open a question or request that "yes" or "no" does not answer. */
const OPEN_START = new Set(['what', 'whats', 'which', 'who', 'whos', 'whose', 'how', 'hows', 'where', 'wheres', 'when', 'why', 'tell', 'describe', 'explain', 'give', 'info', 'information', 'overview', 'summary', 'summarise', 'summarize', 'about', 'show', 'outline', 'brief', 'profile']);
const YESNO_AFTER_OPEN = / (is|are|was|were|does|do|did|has|have|can) (it|they|that|this|he|she) /;

/** "Tell me about Kazakhstan's role", "what is Belarus's status": an open question, not a yes/no one. */
function isOpenQuestion(ctx: AskContext): boolean {
  const { q } = ctx;
  if (q.lang !== 'en') return false;
  const first = q.words[0] === 'so' || q.words[0] === 'and' || q.words[0] === 'ok' || q.words[0] === 'please' ? q.words[1] : q.words[0];
  // "Was it created in 2001 or 1996?", "member or partner?": a choice, not yes or no ("in or not" is).
  if (/ or (?!not )[a-z0-9]/.test(q.padded)) return true;
  if (!first || !OPEN_START.has(first)) return false;
  // "what about Iran, is it a member?" asks yes or no after all.
  return !YESNO_AFTER_OPEN.test(q.padded);
}

/** Drops a leading "Yes — " / "No — " that would answer a question nobody asked. */
function withoutYesNoLead(r: Reply): Reply {
  if (!r.summary) return r;
  const summary = r.summary.replace(/^(Yes|No) — (.)/gm, (_m, _yn: string, ch: string) => ch.toUpperCase()).replace(/^(Yes|No)\. (?=\p{Lu})/u, '');
  return summary === r.summary ? r : { ...r, summary };
}

function routeWith(ctx: AskContext, checkClaims: boolean): Reply {
  const { q, c, e, facts } = ctx;
  if (!/[\p{L}\p{N}]/u.test(q.text)) return helpAnswer();
  const scope = outOfScope(q, c, e, ctx.raw);
  if (scope) return decline(ctx, scope);

  const future = FUTURE.test(q.padded) || / (could|might|may) [a-z]+( [a-z]+)? (join|become|leave|be admitted|get in|apply) /.test(q.padded) || (q.lang !== 'en' && c.has('future'));
  // Languages: "Chinese and Russian" are languages here, not countries.
  let countries = c.has('language') ? e.countries.filter((r) => r.matchedBy !== 'demonym') : e.countries;
  // "Which member's capital is Minsk?": the capital names the country.
  if (c.has('capital') && countries.length === 0 && e.capitals.length > 0) {
    countries = e.capitals.map((country) => ({ country, matchedBy: 'name' as const, text: country.capital }));
    e.events.length = 0;
  }
  const country = countries[0]?.country;
  const structural = c.has('secgen') || c.has('secretariat') || c.has('rats') || c.has('language') || c.has('charter');

  if (c.has('greeting') || c.has('help')) {
    const content = [...c.set].filter((x) => !['greeting', 'help', 'yesno', 'which', 'who', 'how', 'sco', 'list', 'name'].includes(x));
    // "Can you help me with my homework on photosynthesis?": help with something else is no SCO question.
    if (content.length === 0 && countries.length === 0 && !c.has('sco') && contentWords(ctx).some((w) => !ABOUT_WORDS.has(w) && !['help', 'please', 'thanks', 'hello'].includes(w))) return decline(ctx, 'off-topic');
    if (content.length === 0 && countries.length === 0) return helpAnswer();
  }

  // About the bot and its data, not the SCO.
  if (/ (can|do|could) you (speak|understand|read|answer in|reply in|talk in) /.test(q.padded) || / (which|what) languages? (can|do) you /.test(q.padded)) return languagesSpokenAnswer(ctx);
  if (META.test(q.padded)) return aboutDataAnswer(ctx);

  // The article's claims and references as a whole.
  if ((c.has('sources') || / (references|citations) /.test(q.padded)) && !findClaim(ctx, facts.disputedClaims())?.strong && / (not|never|shouldn t|should not|don t|avoid|rejected|reject|dubious|fake|fabricated|bad|wrong|unreliable|invalid) /.test(q.padded)) return rejectedReferencesAnswer(ctx);
  if (/ (article|seed|claims) /.test(q.padded) && / (wrong|false|errors?|mistakes?|incorrect|inaccurate|misleading|problems?|issues?) /.test(q.padded) && !findClaim(ctx, facts.disputedClaims())?.strong) return claimsListAnswer(ctx);

  // Disputed claims and dubious references, when their distinctive words are there.
  const claim = findClaim(ctx, facts.disputedClaims());
  const number = assertedNumber(ctx);
  const countQuestion = (c.has('count') || number !== undefined) && c.has('member') && !country;
  // "Is it correct that Uzbekistan was in the Shanghai Five?": about the country, not the article's claim.
  const claimElsewhere = country !== undefined && !`${claim?.claim.claim ?? ''} ${claim?.claim.correction ?? ''}`.includes(country.name) && (c.has('shanghaiFive') || c.has('founder') || c.has('member') || c.has('partner') || c.has('capital') || c.has('code'));
  // "Is it true no joint communiqué came out of Qingdao?": one shared word with a claim; the named meeting's outcome answers it.
  const eventOutcomeAsked = claim !== undefined && claim.score < 4 && e.events.length > 0 && (c.has('statement') || c.has('outcome')) && !c.has('why') && !c.has('sources');
  if (checkClaims && claim && claim.strong && !countQuestion && !claimElsewhere && !eventOutcomeAsked) {
    const distinctive = claim.score >= 4 || c.has('claim') || c.has('sources');
    if (distinctive && !(claim.claim.id === 'e6-india-reason-cross-border-terrorism' && !c.has('claim'))) {
      // "Why did India refuse to sign the declaration?": the answer, then the correction of the wording.
      // "Did NATO agree to spend 5% of GDP?" (no "is it true", no article): the fact first, then the article's wording.
      const plainYesNo = c.has('yesno') && !c.has('sources') && !c.has('reliable') && !claim.claim.madeIn.includes('reference');
      if ((c.has('why') || c.has('who') || c.has('when') || plainYesNo) && !c.has('claim')) {
        const main = routeWith(ctx, false);
        if (main.sources.length > 0) return combine([main, claimAnswer(ctx, claim.claim)], MAX_SOURCES);
      }
      return claimAnswer(ctx, claim.claim);
    }
  }
  const org = ORGANISATIONS.exec(q.padded);
  if (org && !country && (c.has('member') || c.has('partner') || c.has('join') || c.has('status') || / part of /.test(q.padded))) return organisationMembershipAnswer(ctx, org[1]!);
  if (c.has('nato') && natoNamed(ctx) && !c.has('claim')) {
    // The data holds one NATO event (The Hague, 2025): anything else about NATO is not held.
    if (q.lang === 'en' && !NATO_HELD.test(q.padded)) return notHeld(ctx, ['what did NATO agree at The Hague', 'when was the NATO summit in The Hague', 'when was the Qingdao meeting'], 'anything on NATO beyond its Hague summit of June 2025');
    return natoAnswer(ctx);
  }

  // Attributes the data does not hold at all (population, GDP, budget, troops…).
  if (/ (spoken|used|speak) (across|in|by) (the )?(sco |member |all |its )*(countries|states|nations|members|member states) /.test(q.padded)) return notHeld(ctx, ['what are the official languages of the SCO', '/sco help'], 'the languages spoken in the member countries; it holds the SCO\'s official languages');
  // "What is the SCO website?": the data cites the official site; a member government's site it does not hold.
  if (WEBSITE.test(q.padded) && !country && !c.has('claim')) {
    const site = officialSiteAnswer(ctx);
    if (site) return site;
  }
  const unheld = UNHELD.exec(q.padded);
  if (unheld && !c.has('claim')) return notHeld(ctx, suggestionsFor(ctx), `anything on "${unheld[1]}"${country ? ` for ${country.name}` : ''}`);
  // The thing asked about is a word the data never uses: "what rights do partners have?", "how much money…?"
  const noun = c.has('claim') ? undefined : keyNounNotHeld(ctx);
  if (noun) return notHeld(ctx, suggestionsFor(ctx), `anything on "${quoteSafely(noun, 30)}"${country ? ` for ${country.name}` : ''}`);

  // Future: the data holds announced dates, never outcomes or decisions to come.
  if (future) {
    const pending = e.events.find((x) => x.status !== 'held');
    if (pending) return eventAnswer(ctx, pending);
    if (c.has('secgen') || e.people.some((p) => p.role === 'secretary-general')) return nextSecretaryGeneralUnknown(ctx);
    if (c.has('chair') || (c.has('host') && !c.has('summit')) || (e.when && e.when.year > facts.dataDate.getUTCFullYear())) return nextUnknown(ctx);
    // "Will Armenia join?" gets what the data holds on its status; "will China invade Taiwan?" only the refusal to predict.
    if (country && ['member', 'join', 'leave', 'partner', 'observer', 'applicant', 'status', 'sco'].some((x) => c.has(x as never))) return futureCountryAnswer(ctx, country);
    if (country) return noPrediction(ctx);
    if (c.has('summit') && c.has('next')) return summitAnswer(ctx);
    return noPrediction(ctx);
  }

  // Ministers' meetings other than defence: the data holds only the defence ministers' (and heads of state and government).
  const otherMinistry = / (foreign|finance|economy|economic|trade|interior|home|culture|health|education|transport|energy|agriculture|justice|emergency|emergencies) (minister|ministers|ministry|ministries|ministerial) /.exec(q.padded);
  if (otherMinistry && !c.has('defence')) return notHeld(ctx, ['when is the next defence ministers meeting', 'when is the Bishkek summit', '/sco events'], `the SCO ${otherMinistry[1]} ministers' meetings; it holds the defence ministers' meetings and the summits`);

  // Smaller topics the data holds one fact on: the best-matching fact answers.
  if (['motto', 'cis', 'tourism', 'strategy', 'largest'].some((x) => c.has(x as never))) {
    const found = searchFacts(ctx);
    if (found) return found;
  }
  // "What treaty created the Shanghai Five?": the treaty is the Shanghai Five's; only the word "charter" means the Charter.
  if (c.has('shanghaiFive') && !q.words.includes('charter')) return country ? shanghaiFiveCheck(ctx, country) : shanghaiFiveAnswer(ctx);

  // Events and people named outright. Two people named ("did Dong Jun meet Belousov?"): about them, not a meeting.
  if (e.people.length >= 2 && !c.has('secgen') && !c.has('previous') && !c.has('rats')) return personAnswer(ctx, e.people);
  // "What did Belousov do in Qingdao?": what the data records of him (a refusal is answered with the meeting).
  const onePerson = e.people.length === 1 ? e.people[0]! : undefined;
  if (onePerson && / what (did|does|has|was|is|were) /.test(q.padded) && / (do|doing|done) /.test(q.padded) && !/refus/i.test(onePerson.note ?? '')) return personAnswer(ctx, e.people);
  const event = pickEvent(ctx, e.events) ?? (((c.has('defence') || c.has('minister')) && (c.has('meeting') || c.has('next') || q.words.includes('ministers'))) && !country && !c.has('secgen') ? ministerialEvent(ctx) : undefined);
  if (event && c.has('secgen')) return secretaryGeneralAnswer(ctx);
  // "Which warship hosted the reception?": a detail of the meeting's own record, in words the vocabulary lacks.
  if (event && detailOf(ctx, event)) {
    const found = searchFacts(ctx);
    if (found && found.title.startsWith(event.name)) return found;
  }
  // "Who was the Chinese defence minister at Qingdao?": the person, not the meeting.
  const asksAttendance = c.has('attend') && c.has('yesno') && !c.has('who');
  if (event && country && (c.has('defence') || c.has('minister')) && !asksAttendance && !c.has('refuse') && !c.has('why') && !c.has('statement') && !q.padded.includes(' do ')) return defenceMinisterAnswer(ctx, country);
  // "Who represented Russia in Qingdao?": the minister it sent.
  if (event && country && / (represent|represented|representing|representative|sent|send|delegate|delegation) /.test(q.padded) && facts.officials({ event: event.id }).some((o) => o.country === country.id)) return defenceMinisterAnswer(ctx, country);
  // "Was Pakistan at Qingdao?": attendance, not membership.
  if (event && country && c.has('yesno') && !isOpenQuestion(ctx) && / (at|in|attend|attended|present|there) /.test(q.padded) && !c.has('capital') && !c.has('code') && !c.has('member') && !c.has('partner') && !c.has('refuse') && !c.has('statement')) return eventAnswer({ ...ctx, c: { ...c, has: (x) => x === 'attend' || c.has(x) } }, event);
  if (event && country && (c.has('status') || / (stance|position|do|did|say|said) /.test(q.padded)) && !c.has('capital') && !c.has('code')) return eventAnswer(ctx, event);
  if (event && (!country || c.has('attend') || c.has('refuse') || c.has('outcome') || c.has('meeting') || c.has('chair') || c.has('summit') || c.has('statement'))) {
    // "Who chaired, who refused?": two questions about one meeting, two answers.
    if (c.has('chair') && event.chair && (c.has('refuse') || c.has('attend') || c.has('outcome')) && !country) {
      const chairOnly: AskContext = { ...ctx, c: { ...c, has: (x) => x === 'chair' || x === 'who' } };
      const rest: AskContext = { ...ctx, c: { ...c, has: (x) => x !== 'chair' && c.has(x) } };
      return combine([eventAnswer(chairOnly, event), eventAnswer(rest, event)]);
    }
    if (!(country && (c.has('capital') || c.has('code')))) return eventAnswer(ctx, event);
  }
  const person = e.people[0];
  const personRefused = person?.note !== undefined && /refus/i.test(person.note);
  if (person?.event && (c.has('refuse') || c.has('why') || c.has('statement') || / (object|objected|oppose|opposed|say|said) /.test(q.padded) || (/ (do|did) /.test(q.padded) && personRefused))) {
    const ev = facts.event(person.event);
    const who = facts.country(person.country);
    if (ev && who) return eventAnswer({ ...ctx, e: { ...e, countries: [{ country: who, matchedBy: 'name', text: who.name }] } }, ev);
  }
  if (e.people.length > 0 && !(country && (c.has('defence') || c.has('minister'))) && !c.has('secgen') && !c.has('previous')) return personAnswer(ctx, e.people);

  // India's refusal at Qingdao asked without naming the meeting.
  if ((c.has('refuse') || c.has('why')) && (c.has('statement') || REFUSAL.test(q.padded)) && (countries.some((r) => r.country.id === 'IN') || c.has('defence') || c.has('meeting') || c.has('statement'))) {
    const qingdao = facts.event('qingdao-defence-2025');
    if (qingdao && (c.has('refuse') || c.has('statement'))) return eventAnswer(ctx, qingdao);
  }

  if (country) {
    // "How many members did it have after India joined?": the count on the day the country joined (or the day before).
    const aroundJoining = / (before|after|once|when|by the time|until|prior to) [a-z]+ (joined|join|became|become|was admitted|got in|entered) /.test(q.padded);
    const joinedAt = countries.length === 1 && (!e.when || aroundJoining) && (c.has('count') || (aroundJoining && q.words.includes('members'))) && c.has('member') && !c.has('capital') && !c.has('code') ? facts.accession(country.id) : undefined;
    if (joinedAt?.from && (c.has('join') || / (after|once|when|by the time) /.test(q.padded))) {
      const before = / (before|prior to|until) /.test(q.padded);
      const day = new Date(`${joinedAt.from}T00:00:00Z`);
      if (before) day.setUTCDate(day.getUTCDate() - 1);
      const phrase = `${before ? 'just before' : 'when'} ${country.name} joined on ${formatDate(joinedAt.from)}`;
      return memberCountAnswer({ ...ctx, e: { ...e, when: { day, year: day.getUTCFullYear(), yearOnly: false, text: phrase, phrase } } });
    }
    const placeAsked = ORDINAL.exec(q.padded);
    if (placeAsked && c.has('member') && countries.length === 1) return ordinalCheckAnswer(ctx, country, ORDINALS[placeAsked[1]!] ?? Number.parseInt(placeAsked[1]!, 10));
    // "Which of India, Turkey, Iran is not a member?" asks each one's status, not who came first.
    if (countries.length >= 2 && !c.has('summit') && (c.has('first') || ((c.has('join') || c.has('member')) && (c.has('which') || c.has('who')) && !/ (not|isn t|aren t|non) /.test(q.padded)))) {
      return compareAnswer(ctx, countries[0]!.country, countries[1]!.country);
    }
    // Motives are not in the data: "why did Iran join?", "why is India in the SCO?"
    if (c.has('why') && !c.has('refuse') && !c.has('statement') && !event && !c.has('shanghaiFive')) {
      return notHeld(ctx, [`when did ${country.name} join the SCO`, `/sco country ${country.name}`], `${country.name}'s reasons or motives`);
    }
    if (c.has('capital') && c.has('code')) return combine([capitalAnswer(ctx, country), codeAnswer(ctx, country)]);
    if (c.has('capital')) return capitalAnswer(ctx, country);
    if (c.has('code')) return codeAnswer(ctx, country);
    const byCode = ['code', 'iso2', 'iso3'].includes(countries[0]!.matchedBy);
    const whQuestion = /^(which|what|whose|who)$/.test(q.words[0] ?? '') || / (is|means|stands for) (which|what) /.test(q.padded);
    if (byCode && countries.length === 1 && !c.has('join') && (whQuestion || c.has('name') || (q.words.length <= 2 && !c.has('member')))) return codeAnswer(ctx, country);
    if (c.has('defence') || (c.has('minister') && !structural)) return defenceMinisterAnswer(ctx, country);
    if (!structural) {
      if (c.has('shanghaiFive')) return shanghaiFiveCheck(ctx, country);
      if (c.has('founder') && !c.has('when')) return founderCheck(ctx, country);
      if (c.has('chair')) return chairOfCountryAnswer(ctx, country, relation(ctx));
      if (c.has('leave')) return futureCountryAnswer(ctx, country);
      if (c.has('applicant')) return applicationAnswer(ctx, country);
      // "Which terror attack did India want mentioned?": words beyond the vocabulary that one fact covers.
      if (contentWords(ctx).length >= 2 && !c.has('member') && !c.has('partner') && !c.has('join')) {
        const found = searchFacts(ctx);
        if (found) return found;
      }
      const past = pastStatusAnswer(ctx, country);
      if (past) return past;
      const several = countries.slice(0, 5).map((r) => r.country);
      if ((c.has('join') || c.has('when') || c.has('how')) && !(c.has('status') && !c.has('join')) && !(e.when && !c.has('join'))) return combine(several.map((x) => joinAnswer(ctx, x)));
      return combine(several.map((x) => statusAnswer(ctx, x)));
    }
  }

  const ordinal = ORDINAL.exec(q.padded);
  if (ordinal && c.has('member') && !country) return ordinalMemberAnswer(ctx, ORDINALS[ordinal[1]!] ?? Number.parseInt(ordinal[1]!, 10));
  if (number !== undefined && c.has('member') && !c.has('capital')) return memberCountAnswer(ctx);
  // "Is Brazil a member?", "north korea sco member?": a name the data does not hold.
  {
    const unknown = unknownCountryAnswer(ctx);
    if (unknown) return unknown;
  }
  // Counting something the data does not count (staff, budget, troops…).
  if (c.has('count') && !COUNTABLE.some((x) => c.has(x)) && contentWords(ctx).length > 0) {
    return notHeld(ctx, suggestionsFor(ctx), `a figure for "${quoteSafely(contentWords(ctx).join(' '), 40)}"`);
  }

  // "Who joined in 2017?", "what happened in 2024?"
  if (e.when && e.when.yearOnly && !e.when.text.startsWith('before') && (c.has('join') || (c.has('recent') && c.has('member')) || (e.when.after && (c.has('member') || c.has('partner'))))) return joinedInYearAnswer(ctx, e.when.year);
  if (e.when && e.when.yearOnly && c.has('outcome') && !['member', 'chair', 'secgen', 'partner', 'observer', 'dialogue', 'former'].some((x) => c.has(x as never))) {
    const inYear = eventsInYearAnswer(ctx, e.when.year);
    if (inYear) return inYear;
  }

  // The organisation itself.
  // "Which country leads the SCO?": a country leads it only as the rotating chair.
  if (c.has('secgen') && / (which|what) (country|nation|member|state) /.test(q.padded) && !/ secretary| sg /.test(q.padded)) return chairAnswer(ctx);
  if (c.has('secgen') || (c.has('previous') && e.people.some((p) => p.role === 'secretary-general'))) {
    return c.has('rats') ? ratsAnswer(ctx, true) : secretaryGeneralAnswer(ctx);
  }
  // When the permanent bodies were set up is not in the data; where they are is.
  if ((c.has('rats') || c.has('secretariat')) && (c.has('when') || c.has('founded')) && !c.has('secgen')) {
    const body = c.has('rats') ? 'rats' : 'secretariat';
    const f = facts.orgFact(body)!;
    return toReply(facts, { title: 'Not in the data', summary: `The data does not hold when the ${body === 'rats' ? 'RATS Executive Committee' : 'Secretariat'} was set up. It holds where it is: ${f.text}`, sources: [f.sources], suggestions: ['when was the SCO founded', 'when was the SCO Charter signed'] });
  }
  if (c.has('rats') && c.has('secretariat')) return orgFactAnswer(ctx, ['secretariat', 'rats'], 'Secretariat in Beijing, RATS in Tashkent');
  if (c.has('rats')) return ratsAnswer(ctx, c.has('who') || q.words.includes('director') || q.words.includes('head'));
  if (c.has('language') || (c.has('sco') && q.words.some((w) => LANGUAGE_NAMES.has(w)))) return languagesAnswer(ctx);
  if (c.has('secretariat') || (c.has('where') && !c.has('summit') && !c.has('meeting') && !c.has('founded') && !c.has('charter') && !c.has('chair') && !c.has('host'))) return secretariatAnswer(ctx);
  if (c.has('charter') && !c.has('founder')) return charterAnswer(ctx);
  if (c.has('shanghaiFive')) return shanghaiFiveAnswer(ctx);
  if (c.has('founder') && !c.has('when') && (c.has('member') || c.has('which') || c.has('who') || c.has('list') || c.has('count'))) return foundersAnswer(ctx);
  if ((c.has('member') || c.has('sco')) && / (changed|change|changes|evolved|evolve|history|grew|grown|grow|timeline|expanded|expand|expansion|enlargement|enlarged|enlarge) /.test(q.padded) && !e.when) return countHistoryAnswer(ctx);
  if ((c.has('join') || c.has('member')) && c.has('founded') && / (after|since) /.test(q.padded)) return countHistoryAnswer(ctx);
  // "At the start of 2024" dates the question; it does not ask when the SCO started.
  if (c.has('founded') && !(e.when && / (start|beginning|begin) of /.test(q.padded) && !/ (founded|established|created|formed|founding) /.test(q.padded))) return (c.has('who') || (c.has('which') && / (countries|members|states|nations) /.test(q.padded))) && !c.has('when') && !c.has('where') ? foundersAnswer(ctx) : foundingAnswer(ctx);
  if (c.has('chair')) return chairAnswer(ctx);
  if ((/ council of heads of state /.test(q.padded) && !e.when && (c.has('which') || c.has('how'))) || ((c.has('summit') || c.has('meeting') || / (leaders|heads) /.test(q.padded)) && / (how often|often|frequency|annual|annually|every year|once a year|how frequently) /.test(q.padded) && !c.has('defence'))) return orgFactAnswer(ctx, ['supreme-body'], 'The Council of Heads of State');
  if (c.has('headsOfGov')) return eventAnswer(ctx, facts.event('moscow-heads-of-government-2025')!);
  // "Which country is hosting the SCO in 2026?": the summit of that year and its host.
  if (c.has('summit') || (c.has('host') && (c.has('next') || c.has('last') || (e.when?.yearOnly && !c.has('defence') && !c.has('meeting'))))) return summitAnswer(ctx);
  if (c.has('family') || (c.has('count') && c.has('member') && c.has('partner') && !c.has('former') && !e.when)) return familyAnswer(ctx);
  if (c.has('recent') && (c.has('join') || c.has('member') || c.has('partner'))) return recentJoinerAnswer(ctx);
  if (c.has('applicant')) return applicantsAnswer(ctx);
  if (c.has('body')) return bodiesAnswer(ctx);
  if (c.has('former') || c.has('observer') || c.has('dialogue')) return formerPartnersAnswer(ctx, e.when && e.when.day < MERGE ? e.when.day : undefined);
  if (c.has('partner')) return partnersAnswer(ctx);
  if (c.has('count') && (c.has('member') || c.has('sco') || q.padded.includes(' countries '))) return memberCountAnswer(ctx);
  if (number !== undefined && c.has('member')) return memberCountAnswer(ctx);
  if (c.has('member') && (q.padded.includes(' over time ') || q.padded.includes(' grown ') || q.padded.includes(' grow ') || q.padded.includes(' expanded ') || q.padded.includes(' expansion ') || q.padded.includes(' enlargement '))) return countHistoryAnswer(ctx);
  if (c.has('connected') || (q.padded.includes(' not ') && c.has('member') && c.has('which'))) return notConnectedAnswer(ctx);
  if ((c.has('capital') || c.has('code')) && (c.has('member') || c.has('list'))) return membersListAnswer(ctx);
  // "एससीओ में कौन-कौन है", "谁在上合组织": who is in the SCO, asked with nothing else.
  const whoIsIn = q.lang !== 'en' && c.has('sco') && (c.has('who') || c.has('list')) && [...c.set].every((x) => ['sco', 'who', 'list', 'which', 'yesno', 'current'].includes(x)) && e.countries.length === 0;
  if (whoIsIn || c.has('member') || ((c.has('list') || c.has('which') || c.has('who')) && (/ (countries|states|nations|make up|consist|comprise|belong) /.test(q.padded) || COUNTRIES_INTL.test(q.folded)))) return membersListAnswer(ctx);
  if (c.has('name') && c.has('sco') && !c.has('secgen')) return c.has('previous') || c.has('former') || / before /.test(q.padded) ? shanghaiFiveAnswer(ctx) : nameAnswer(ctx);
  if (c.has('sco') && [...c.set].every((x) => ABOUT.has(x)) && contentWords(ctx).every((w) => ABOUT_WORDS.has(w))) return aboutAnswer(ctx);

  const unknownCountry = unknownCountryAnswer(ctx);
  if (unknownCountry) return unknownCountry;
  const found = searchFacts(ctx);
  if (found) return found;
  const topical = [...c.set].some((x) => !GENERIC.has(x)) || e.countries.length > 0 || e.events.length > 0 || e.people.length > 0;
  if (topical) return notHeld(ctx, suggestionsFor(ctx));
  return decline(ctx, 'off-topic');
}

/** What the data counts: members, partners, countries, summits, languages… */
const COUNTABLE = ['member', 'partner', 'observer', 'dialogue', 'language', 'family', 'summit', 'founder', 'applicant', 'meeting', 'chair', 'secgen', 'attend', 'minister', 'defence'] as const;

/** Words of the question that are neither vocabulary, stopwords nor names. */
function contentWords(ctx: AskContext): string[] {
  return ctx.c.unknown.filter((w) => w.length >= 4 && !STOPWORDS.has(w) && /^[a-z]+$/.test(w));
}

const MONTH_NAMES = / (january|february|march|april|may|june|july|august|september|october|november|december) /;

/** A word of the question, beyond the vocabulary and the names, that the meeting's record uses (or a synonym of it does). */
function detailOf(ctx: AskContext, event: EventT): boolean {
  const record = new Set(terms(`${event.summary} ${event.outcomes.map((o) => o.text).join(' ')}`));
  return contentWords(ctx).some((w) => !ctx.e.nameWords.has(w) && !MONTH_NAMES.test(` ${w} `) && synonymsOf(w).some((s) => record.has(terms(s)[0] ?? s)));
}

/** "before X" / "after X" in a question about a sequence (chairs). */
function relation(ctx: AskContext): 'before' | 'after' | undefined {
  const t = ctx.q.padded;
  if (/ (before|preceded|predecessor|prior to|previous) /.test(t)) return 'before';
  if (/ (after|succeeded|successor|next|following|replace|replaced) /.test(t)) return 'after';
  return undefined;
}

/** The event the question means, when several share a city or a kind. */
function pickEvent(ctx: AskContext, events: EventT[]): EventT | undefined {
  if (events.length <= 1) return events[0];
  const { c } = ctx;
  const wantsPast = c.has('refuse') || c.has('outcome') || c.has('attend') || c.has('last') || c.has('why');
  const wantsNext = c.has('next');
  if (wantsNext) return events.find((e) => e.status !== 'held') ?? events[0];
  if (wantsPast) return events.find((e) => e.status === 'held') ?? events[0];
  return events.find((e) => e.status === 'held') ?? events[0];
}

function suggestionsFor(ctx: AskContext): string[] {
  const { c } = ctx;
  if (c.has('defence') || c.has('minister')) return ['who attended the Qingdao defence ministers meeting', 'why did India refuse to sign at Qingdao', '/sco events'];
  if (c.has('summit') || c.has('meeting')) return ['what happened at the Tianjin summit', 'when is the Bishkek summit', '/sco events'];
  if (c.has('member') || c.has('partner')) return ['list the SCO members', 'list the SCO partners', '/sco members all'];
  return ['when did Iran join the SCO', 'who is the SCO Secretary-General', '/sco help'];
}
