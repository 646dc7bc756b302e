import type { DisputedClaimT, EventT, MembershipStatusT, OfficialT } from '../../facts/schema.js';
import type { DeclineReason } from '../understand/question.js';
import type { Verdict } from '../draft.js';

/**
 * English sentence frames. Every other language implements the same `Messages` (the compiler
 * checks that none is missing). Frames take names, dates and numbers already written in the
 * language; they hold no fact of their own.
 */
const en = {
  verdict: { yes: 'Yes.', no: 'No.', notQuite: 'Not quite.', unverified: 'Not verified.' } as Record<Verdict, string>,
  inEnglish: 'In English',
  note: 'Note',
  status: {
    member: 'a member state',
    observer: 'an observer',
    'dialogue-partner': 'a dialogue partner',
    partner: 'an SCO partner',
    'applicant-member': 'an applicant for full membership',
    'applicant-observer': 'an applicant for observer status',
    guest: 'a guest attendee',
    none: 'not part of the SCO',
  } as Record<MembershipStatusT, string>,
  role: {
    'secretary-general': 'Secretary-General of the SCO',
    'rats-director': 'Director of the SCO RATS Executive Committee',
    'defence-minister': 'defence minister',
    'foreign-minister': 'foreign minister',
    'head-of-state': 'head of state',
    'head-of-government': 'head of government',
  } as Record<OfficialT['role'], string>,
  eventLabel: (kind: EventT['kind'], place: string, year: string, online: boolean) =>
    kind === 'summit' ? (online ? `the ${year} virtual SCO summit` : `the ${year} ${place} SCO summit`)
    : kind === 'ministerial' ? `the ${year} SCO defence ministers' meeting in ${place}`
    : kind === 'heads-of-government' ? `the ${year} meeting of SCO heads of government in ${place}`
    : kind === 'founding' ? `the founding meeting in ${place} (${year})`
    : `the ${year} meeting in ${place}`,
  nth: (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`,

  // Dates in running text.
  onDay: (date: string) => `on ${date}`,
  inYear: (year: string) => `in ${year}`,
  atEndOf: (year: string) => `at the end of ${year}`,
  asOf: (date: string) => `as of ${date}`,

  // Membership and joining.
  memberSince: (c: string, date: string) => `${c} has been an SCO member state since ${date}.`,
  founderMember: (c: string, date: string) => `${c} is one of the SCO's founding member states, a member since ${date}.`,
  notMemberIs: (c: string, status: string, since?: string) => `${c} is not an SCO member state; it is ${status}${since ? ` since ${since}` : ''}.`,
  notConnected: (c: string) => `${c} is not connected to the SCO in any category: not a member, partner or applicant.`,
  notConnectedList: (list: string) => `The data records these countries as not connected to the SCO in any category: ${list}.`,
  wasOnDay: (c: string, status: string, when: string) => `${capitalise(when)}, ${c} was ${status}.`,
  notYetMember: (c: string, when: string, date: string) => `${c} was not yet an SCO member ${when}; it became a member state on ${date}.`,
  statusSince: (c: string, status: string, since?: string) => `${c} has been ${status}${since ? ` since ${since}` : ''}.`,
  statusFromTo: (c: string, status: string, from?: string, to?: string) => `${c} was ${status}${from ? ` from ${from}` : ''}${to ? ` until ${to}` : ''}.`,
  becameStatus: (c: string, status: string, date: string) => `${c} became ${status} in ${date}.`,
  neverStatus: (c: string, status: string) => `The data records no time when ${c} was ${status}.`,
  unknownCountry: (name: string, members: string, partners: string) => `The data holds no country called "${name}", so it is not among the SCO's ${members} member states or ${partners} partners.`,
  joined: (c: string, date: string, event?: string) => `${c} joined the SCO as a full member on ${date}${event ? `, at ${event}` : ''}.`,
  joinedFounder: (c: string, date: string) => `${c} did not join later: it is a founding member of the SCO, founded on ${date}.`,
  notJoined: (c: string, status: string, since?: string) => `${c} has not joined the SCO as a member; it is ${status}${since ? ` since ${since}` : ''}.`,
  joinedIn: (list: string, when: string, many: boolean) => `${list} joined the SCO as ${many ? 'full members' : 'a full member'} ${when}.`,
  nobodyJoined: (when: string) => `No country joined the SCO as a member ${when}.`,
  becamePartners: (list: string, when: string) => `${list} became SCO partners ${when}.`,
  applied: (c: string, what: string, date?: string) => `${c} has applied for ${what}${date ? ` (${date})` : ''}; no decision is recorded.`,
  noApplication: (c: string) => `The data records no application by ${c}.`,
  applications: (list: string) => `Applications recorded in the data: ${list}.`,
  fullMembership: 'full membership',
  observerStatus: 'observer status',

  // Corrections of a false premise: they open the answer.
  neverJoined: (c: string) => `${c} never joined the SCO as a member.`,
  didNotJoinIn: (c: string, year: string, date: string) => `${c} did not join in ${year}: it joined on ${date}.`,
  neverLeft: (c: string) => `${c} has never left the SCO or been expelled from it.`,
  countIsNot: (value: string, count: string) => `The SCO does not have ${value} member states: it has ${count}.`,
  seatIsNot: (body: string, place: string, seat: string) => `The ${body} is not in ${place}: it is in ${seat}.`,
  foundedNot: (date: string, place: string) => `The SCO was founded on ${date} in ${place}.`,
  hostIsNot: (event: string, host: string) => `${capitalise(event)} was hosted by ${host}.`,
  notChair: (c: string, when: string, chair: string) => `${c} did not chair the SCO ${when}; the chair then was ${chair}.`,
  notOrdinal: (c: string, nth: string, actual: string) => `${c} was not the ${nth} member state; it was the ${actual}.`,

  // Counts and lists.
  memberCount: (n: string, asOf: string) => `The SCO has ${n} member states (${asOf}).`,
  memberCountWhen: (n: string, when: string) => `The SCO had ${n} member states ${when}.`,
  countSince: (n: string, from: string, to?: string) => to ? `The SCO had ${n} member states from ${from} until ${to}.` : `The SCO has had ${n} member states since ${from}.`,
  neverCount: (n: string) => `The SCO has never had ${n} member states.`,
  family: (total: string, members: string, partners: string) => `The "SCO family" has ${total} countries: ${members} member states and ${partners} partners.`,
  partnerCount: (n: string) => `The SCO has ${n} partners.`,
  membersAre: (n: string, list: string) => `The SCO's ${n} member states are ${list}.`,
  membersWere: (n: string, when: string, list: string) => `${capitalise(when)} the SCO had ${n} member states: ${list}.`,
  partnersAre: (n: string, list: string) => `The SCO's ${n} partners are ${list}.`,
  foundersAre: (n: string, list: string, date: string) => `The SCO's ${n} founding members are ${list}; they founded it on ${date}.`,
  observersWere: (n: string, list: string, until: string) => `Until ${until} the SCO had ${n} observers: ${list}.`,
  dialogueWere: (n: string, list: string, until: string) => `Until ${until} the SCO had ${n} dialogue partners: ${list}.`,
  noObserversNow: (date: string) => `None: the SCO has had no observers or dialogue partners since ${date}, when both categories were merged into a single category of SCO partners.`,
  mergedInto: (date: string) => `On ${date} the SCO merged its observers and dialogue partners into a single category of SCO partners.`,
  firstOfStatus: (c: string, status: string, date: string) => `${c} was the first ${status} in the data, from ${date}.`,
  newestMember: (c: string, date: string) => `The most recent member state is ${c}, which joined on ${date}.`,
  newestPartner: (c: string, date: string) => `The most recent SCO partner is ${c}, admitted on ${date}.`,
  nthMember: (c: string, nth: string, date: string) => `${c} became the ${nth} member state on ${date}.`,
  nthMembersTogether: (list: string, places: string, date: string) => `${list} joined on the same day, ${date}, taking places ${places}.`,
  noNthMember: (nth: string, n: string) => `There is no ${nth} member state: the SCO has ${n}.`,
  grew: (steps: string) => `The SCO grew from ${steps}.`,
  growthStep: (n: string, date: string, who: string) => `${n} (${who}, ${date})`,
  foundedStep: 'founders',
  joinedAfter: (list: string, year: string) => `${list} joined the SCO after ${year}.`,

  // Founding.
  founded: (date: string, place: string) => `The SCO was founded on ${date} in ${place}.`,
  foundedBy: (list: string) => `Its founders were ${list}.`,
  signedBy: (list: string) => `It was signed by ${list}.`,
  predecessorBecame: (name: string, date: string, newcomers: string) => `The ${name} became the SCO on ${date}, when ${newcomers} joined.`,
  noScoYet: (when: string, date: string) => `The SCO did not exist ${when}: it was founded on ${date}.`,
  age: (years: string, date: string) => `The SCO is ${years} years old: it was founded on ${date}.`,
  predecessor: (name: string, date: string, place: string, list: string) => `The ${name} was formed on ${date} in ${place} by ${list}.`,
  inPredecessor: (c: string, name: string, yes: boolean) => yes ? `${c} was one of the ${name}.` : `${c} was not a member of the ${name}.`,
  isFounder: (c: string, yes: boolean, date: string) => yes ? `${c} is one of the SCO's founding members (${date}).` : `${c} is not a founding member of the SCO; it joined on ${date}.`,
  isFounderNever: (c: string) => `${c} is not a founding member of the SCO.`,
  charter: (place: string, date: string, inForce: string) => `The SCO Charter was signed in ${place} on ${date} and entered into force on ${inForce}.`,
  standsFor: (acronym: string, full: string) => `${acronym} stands for the ${full}.`,
  about: (full: string, date: string, place: string, n: string) => `The ${full} was founded on ${date} in ${place} and has ${n} member states.`,

  // Bodies and languages.
  seat: (body: string, place: string) => `The ${body} is in ${place}.`,
  supremeBody: (body: string) => `The supreme body of the SCO is the ${body}.`,
  bodies: (list: string) => `The SCO's bodies in the data: ${list}.`,
  officialLanguages: (list: string) => `The official languages of the SCO are ${list}.`,
  isOfficialLanguage: (language: string, yes: boolean) => yes ? `${language} is an official language of the SCO.` : `${language} is not an official language of the SCO.`,

  // People.
  secgenNow: (name: string, c: string, since: string) => `The SCO Secretary-General is ${name} of ${c}, in office since ${since}.`,
  secgenThen: (name: string, c: string, from: string, to?: string) => `${name} of ${c} was SCO Secretary-General from ${from}${to ? ` to ${to}` : ''}.`,
  secgenPrevious: (name: string, c: string, from: string, to: string) => `The previous SCO Secretary-General was ${name} of ${c}, from ${from} to ${to}.`,
  secgenUnknownThen: (when: string) => `The data does not hold who was Secretary-General ${when}.`,
  ratsDirector: (name: string, c: string) => `The RATS Executive Committee is headed by ${name} of ${c}.`,
  personRole: (name: string, role: string) => `${name} is ${role}.`,
  personWas: (name: string, role: string) => `${name} was ${role}.`,
  roleOf: (role: string, c: string) => `${role} of ${c}`,
  ministerAt: (c: string, name: string, event: string) => `${c}'s defence minister at ${event} was ${name}.`,
  ministerAsOf: (c: string, name: string, date: string) => `${c}'s defence minister in the data is ${name}, as of ${date}.`,
  ministerGone: (c: string, name: string, date: string) => `${name} is no longer ${c}'s defence minister: his term ended on ${date}.`,
  ministerUnknown: (c: string) => `The data does not hold who is ${c}'s defence minister now.`,
  noMinister: (c: string) => `The data does not hold ${c}'s defence minister.`,
  replacedBy: (name: string, other: string, date?: string) => `${name} was replaced by ${other}${date ? ` on ${date}` : ''}.`,

  // The chair.
  chairNow: (c: string, since: string) => `${c} holds the rotating SCO chair, since ${since}.`,
  chairThen: (list: string, when: string) => `${capitalise(when)} the rotating SCO chair was held by ${list}.`,
  chairTerm: (c: string, from: string, to?: string) => to ? `${c} held the rotating SCO chair from ${from} to ${to}.` : `${c} has held the rotating SCO chair since ${from}.`,
  chairBefore: (c: string, other: string) => `Before ${c}, the rotating chair was held by ${other}.`,
  chairAfter: (c: string, other: string) => `After ${c}, the rotating chair passed to ${other}.`,
  neverChaired: (c: string) => `The data records no chairmanship of the SCO by ${c}.`,
  chairEnded: (c: string, date: string) => `${c}'s term as SCO chair ended at the summit of ${date}; the data does not hold who chairs now.`,
  chairUnknown: (when: string) => `The data does not hold who chaired the SCO ${when}.`,
  chairNext: (c: string) => `The data does not hold who chairs the SCO after ${c}.`,
  chairsList: (list: string) => `The SCO chairs in the data: ${list}.`,
  chairRule: 'The chair rotates each year and passes at each summit of the Council of Heads of State.',
  motto: (c: string, motto: string) => `The motto of ${c}'s SCO chairmanship is "${motto}".`,

  // Events.
  eventHeld: (event: string, date: string, place: string) => `${capitalise(event)} took place${place ? ` in ${place}` : ''} on ${date}.`,
  eventExpected: (event: string, date: string, place: string) => `${capitalise(event)} is expected${place ? ` in ${place}` : ''} ${date}.`,
  eventScheduled: (event: string, date: string, place: string) => `${capitalise(event)} is scheduled${place ? ` in ${place}` : ''} on ${date}.`,
  eventOutcomesUnknown: (event: string) => `The data does not hold the decisions of ${event}.`,
  eventOutcomes: (event: string, date: string) => `Outcomes of ${event} (${date}):`,
  eventHost: (host: string, event: string) => `${host} hosted ${event}.`,
  eventHosts: (host: string, event: string) => `${host} hosts ${event}.`,
  eventChair: (chair: string, event: string) => `${capitalise(event)} was chaired by ${chair}.`,
  eventAttendance: (n: string, event: string, list: string) => `${n} member states attended ${event}: ${list}.`,
  attended: (c: string, event: string, yes: boolean) => yes ? `${c} attended ${event}.` : `The data does not list ${c} among those at ${event}.`,
  refusedToSign: (c: string, event: string) => `${c} refused to sign the draft joint statement at ${event}.`,
  positionAt: (c: string, event: string) => `${c}'s recorded position at ${event}:`,
  noStatement: (event: string) => `No joint statement was issued at ${event}.`,
  hostAnnounced: (c: string, year: string) => `${c} has announced that it will host the ${year} SCO summit; the data records no SCO decision on it.`,
  eventsInYear: (n: string, year: string) => `The data holds ${n} SCO events in ${year}.`,
  nextSummit: (event: string, place: string, date: string) => `The next SCO summit in the data is ${event}, in ${place} (${date}).`,
  lastSummit: (event: string, place: string, date: string) => `The most recent SCO summit in the data is ${event}, held in ${place} on ${date}.`,
  summitsList: (n: string) => `The data holds ${n} summits of the Council of Heads of State.`,
  summitNotHeld: (year: string) => `The data does not hold an SCO summit in ${year}.`,
  meetsYearly: (body: string) => `The ${body} meets once a year.`,

  // Claims.
  claim: { false: 'That claim is wrong.', misleading: 'That claim is misleading.', incomplete: 'That claim is incomplete.', unverified: 'That claim is not verified.', correct: 'That claim is correct.' } as Record<DisputedClaimT['verdict'], string>,
  claimsList: (n: string) => `${n} claims in the seed article are false, misleading, incomplete or unverified.`,
  referencesRejected: (n: string) => `${n} references cited by the seed article must not be relied on.`,
  sourceVerdict: { fabricated: 'appears to be fabricated', 'unofficial-domain': 'is not the official domain', 'mis-dated': 'is mis-dated', unverified: 'could not be verified' } as Record<string, string>,

  // Numbers.
  figure: (value: string, what: string, date?: string) => `${value}: ${what}${date ? ` (${date})` : ''}.`,

  // Other organisations.
  notAnOrgMember: (org: string) => `${org} is not part of the SCO: only states are SCO members or partners.`,

  // Capitals and codes.
  capital: (c: string, city: string) => `The capital of ${c} is ${city}.`,
  notCapital: (city: string, c: string, capital: string) => `${city} is not the capital of ${c}: its capital is ${capital}.`,
  codes: (c: string, a2: string, a3: string) => `${c}'s ISO 3166-1 codes are ${a2} and ${a3}.`,
  codeOf: (code: string, c: string) => `${code} is the ISO code of ${c}.`,

  // Comparisons.
  joinedFirst: (a: string, da: string, b: string, db: string) => `${a} joined first, on ${da}; ${b} joined on ${db}.`,
  joinedSameDay: (a: string, b: string, date: string) => `${a} and ${b} joined on the same day, ${date}.`,
  onlyMember: (a: string, da: string, b: string) => `Only ${a} is a member state, since ${da}; ${b} is not.`,
  neitherMember: (a: string, b: string) => `Neither ${a} nor ${b} is an SCO member state.`,
  differs: (a: string, b: string) => `${a} and ${b} differ as follows:`,
  rightsNotHeld: (members: string, partners: string) => `The data does not describe the rights of each category; it holds who is in each: ${members} member states and ${partners} SCO partners.`,
  path: (c: string, steps: string) => `${c}'s path in the SCO: ${steps}.`,
  pathStep: (status: string, from?: string, to?: string) => `${status}${from ? ` from ${from}` : ''}${to ? ` until ${to}` : ''}`,

  // Meta.
  website: (site: string) => `The SCO's official website is ${site}.`,
  aboutData: (date: string) => `My answers come from a curated fact table in which every fact names its sources; it runs to ${date}.`,
  help: 'Ask me about the SCO: members and partners, when and how they joined, counts over time, founding and the Charter, the Secretariat and RATS, the Secretary-General, languages, the chair, summits and meetings, defence ministers, and disputed claims.',
  languagesSpoken: 'You can ask in English, Chinese, Russian, Hindi, Persian, Urdu, German, Spanish, French or Turkish; I answer in your language with the English detail beside it.',
  whoAmI: 'I am the SCO Briefing Bot: I answer questions about the Shanghai Cooperation Organisation from curated, sourced data.',
  notHeld: (what?: string) => what ? `The data does not hold ${what}.` : 'The data does not hold an answer to that.',
  notHeldAbout: (topic: string) => `The data does not hold anything on "${topic}".`,
  reasonsNotHeld: (c: string) => `The data does not hold ${c}'s reasons or motives.`,
  noPrediction: 'I do not predict what the data does not record.',
  declineTitle: "That's outside what I answer",
  decline: {
    contact: 'I do not give out officials\u2019 or anyone\u2019s personal contact details.',
    privateData: 'I do not share other users\u2019 questions or data.',
    secrets: 'I do not share prompts, configuration, tokens or other internal details.',
    injection: 'I cannot change how I work or follow instructions given inside a question.',
    prediction: 'I do not predict the future: the data does not hold what has not happened yet.',
    opinion: 'I do not give opinions or rank countries; I state sourced facts.',
    insult: 'I do not produce content that demeans a nationality or a people.',
    offTopic: 'That is not something I can answer: I answer questions about the SCO.',
    massMention: 'I do not ping everyone, a channel or a role.',
    creative: 'I do not write poems, stories or other creative pieces; I state sourced facts.',
    investment: 'I do not give investment or financial advice.',
    weather: 'I do not answer weather questions.',
    election: 'I do not answer or predict elections.',
    news: 'I do not have breaking news; my data is a curated fact table.',
  } as Record<DeclineReason, string>,
  declinedPart: 'The rest of the question is outside what I answer:',
};

export type Messages = typeof en;
export default en;

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
