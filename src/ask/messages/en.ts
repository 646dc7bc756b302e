import type { BodyKeyT, DisputedClaimT, EventT, MembershipStatusT, OfficialT } from '../../facts/schema.js';
import type { DeclineReason } from '../understand/question.js';
import type { Verdict } from '../verdict.js';

/** What an event is called by: the body that met, else its kind (a founding, a context event). */
type EventKey = BodyKeyT | EventT['kind'];

/** The organisation's names in the language, from data/i18n/names.json: frames name it only through these. */
export interface OrgNames {
  org: string;
  full: string;
  rats: string;
}

/**
 * English sentence frames. Every other language implements the same `Messages` (the compiler
 * checks that none is missing). Frames take names, dates and numbers already written in the
 * language; they hold no fact of their own.
 */
const en = (o: OrgNames) => ({
  verdict: {
    yes: 'Yes.',
    no: 'No.',
    notQuite: 'Not quite.',
    unverified: 'Not verified.',
    unknown: 'Not in the data.',
  } as Record<Verdict, string>,
  /** A guess put after a question ("joined when, 2023?") is correct or not: the question asked is still what it asks. */
  guessed: { yes: 'Correct.', no: 'Not correct.' } as Partial<Record<Verdict, string>>,
  inEnglish: 'In English',
  note: 'Note',
  status: {
    member: 'a member state',
    observer: 'an observer',
    'dialogue-partner': 'a dialogue partner',
    partner: `an ${o.org} partner`,
    'applicant-member': 'an applicant for full membership',
    'applicant-observer': 'an applicant for observer status',
    guest: 'a guest attendee',
    none: `not part of the ${o.org}`,
  } as Record<MembershipStatusT, string>,
  role: {
    'secretary-general': `Secretary-General of the ${o.org}`,
    'rats-director': `Director of the ${o.rats} Executive Committee`,
    'defence-minister': 'defence minister',
    'foreign-minister': 'foreign minister',
    'head-of-state': 'head of state',
    'head-of-government': 'head of government',
  } as Record<OfficialT['role'], string>,
  otherSummit: (org: string, place: string, year: string) => `the ${year} ${org} summit in ${place}`,
  eventLabel: (kind: EventKey, place: string, year: string, online: boolean) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `the ${year} virtual ${o.org} summit`
        : `the ${year} ${place} ${o.org} summit`
      : kind === 'defenceMinisters'
        ? `the ${year} ${o.org} defence ministers' meeting in ${place}`
        : kind === 'headsOfGovernment'
          ? `the ${year} meeting of ${o.org} heads of government in ${place}`
          : kind === 'foreignMinisters'
            ? `the ${year} ${o.org} Council of Foreign Ministers in ${place}`
            : kind === 'securityCouncilSecretaries'
              ? `the ${year} meeting of ${o.org} security council secretaries in ${place}`
              : kind === 'militaryCooperation'
                ? `the ${year} meeting of heads of military cooperation of ${o.org} defence ministries in ${place}`
                : kind === 'founding'
                  ? `the founding meeting in ${place} (${year})`
                  : `the ${year} meeting in ${place}`,
  nth: (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,

  // Dates in running text.
  onDay: (date: string) => `on ${date}`,
  inYear: (year: string) => `in ${year}`,
  atEndOf: (year: string) => `at the end of ${year}`,
  asOf: (date: string) => `as of ${date}`,

  // Membership and joining.
  memberSince: (c: string, date: string) => `${c} has been an ${o.org} member state since ${date}.`,
  founderMember: (c: string, date: string) =>
    `${c} is one of the ${o.org}'s founding member states, a member since ${date}.`,
  notMemberIs: (c: string, status: string, since?: string) =>
    `${c} is not an ${o.org} member state; it is ${status}${since ? ` since ${since}` : ''}.`,
  notConnected: (c: string) =>
    `${c} is not connected to the ${o.org} in any category: not a member, partner or applicant.`,
  notConnectedList: (list: string) =>
    `The data records these countries as not connected to the ${o.org} in any category: ${list}.`,
  wasOnDay: (c: string, status: string, when: string) => `${capitalise(when)}, ${c} was ${status}.`,
  notYetMember: (c: string, when: string, date: string) =>
    `${c} was not yet an ${o.org} member ${when}; it became a member state on ${date}.`,
  statusSince: (c: string, status: string, since?: string) =>
    `${c} has been ${status}${since ? ` since ${since}` : ''}.`,
  statusFromTo: (c: string, status: string, from?: string, to?: string) =>
    `${c} was ${status}${from ? ` from ${from}` : ''}${to ? ` until ${to}` : ''}.`,
  neverStatus: (c: string, status: string) => `The data records no time when ${c} was ${status}.`,
  unknownCountry: (name: string, members: string, partners: string) =>
    `The data holds no country called "${name}", so it has no ${o.org} status: it is not among the ${o.org}'s ${members} member states or ${partners} partners.`,
  joined: (c: string, date: string, event?: string) =>
    `${c} joined the ${o.org} as a full member on ${date}${event ? `, at ${event}` : ''}.`,
  joinedFounder: (c: string, date: string) =>
    `${c} did not join later: it is a founding member of the ${o.org}, founded on ${date}.`,
  notJoined: (c: string, status: string, since?: string) =>
    `${c} has not joined the ${o.org} as a member; it is ${status}${since ? ` since ${since}` : ''}.`,
  joinedIn: (list: string, when: string, many: boolean) =>
    `${list} joined the ${o.org} as ${many ? 'full members' : 'a full member'} ${when}.`,
  nobodyJoined: (when: string) => `No country joined the ${o.org} as a member ${when}.`,
  becamePartners: (list: string, when: string) => `${list} became ${o.org} partners ${when}.`,
  applied: (c: string, what: string, date?: string) =>
    `${c} has applied for ${what}${date ? ` (${date})` : ''}; no decision is recorded.`,
  noApplication: (c: string) => `The data records no application by ${c}.`,
  applications: (list: string) => `Applications recorded in the data: ${list}.`,
  fullMembership: 'full membership',
  observerStatus: 'observer status',

  // Corrections of a false premise: they open the answer.
  neverJoined: (c: string) => `${c} is not a member of the ${o.org}: it never joined.`,
  didNotJoinIn: (c: string, year: string, date: string, event?: string) =>
    `${c} did not join in ${year}: it joined on ${date}${event ? `, at ${event}` : ''}.`,
  neverLeft: (c: string) => `${c} has never left the ${o.org} or been expelled from it.`,
  countIsNot: (value: string, count: string) => `The ${o.org} has ${count} member states, not ${value}.`,
  seatIsNot: (body: string, place: string, seat: string) => `The ${body} is not in ${place}: it is in ${seat}.`,
  foundedNot: (date: string, place: string) => `The ${o.org} was founded on ${date} in ${place}.`,
  hostIsNot: (event: string, host: string) => `${capitalise(event)} was hosted by ${host}.`,
  notHeldIn: (event: string, place: string) => `${capitalise(event)} was not held in ${place}.`,
  notUpcoming: (event: string, date: string) => `${capitalise(event)} is not upcoming: it took place on ${date}.`,
  notChair: (c: string, when: string, chair: string) =>
    `${c} did not chair the ${o.org} ${when}; the chair then was ${chair}.`,
  notOrdinal: (c: string, nth: string, actual: string) => `${c} was not the ${nth} member state; it was the ${actual}.`,

  // Counts and lists.
  memberCount: (n: string, asOf: string) => `The ${o.org} has ${n} member states (${asOf}).`,
  memberCountWhen: (n: string, when: string) => `The ${o.org} had ${n} member states ${when}.`,
  countSince: (n: string, from: string, to?: string) =>
    to
      ? `The ${o.org} had ${n} member states from ${from} until ${to}.`
      : `The ${o.org} has had ${n} member states since ${from}.`,
  neverCount: (n: string) => `The ${o.org} has never had ${n} member states.`,
  family: (total: string, members: string, partners: string) =>
    `The "${o.org} family" has ${total} countries: ${members} member states and ${partners} partners.`,
  partnerCount: (n: string) => `The ${o.org} has ${n} partners.`,
  membersAre: (n: string, list: string) => `The ${o.org}'s ${n} member states are ${list}.`,
  membersWere: (n: string, when: string, list: string) =>
    `${capitalise(when)} the ${o.org} had ${n} member states: ${list}.`,
  partnersAre: (n: string, list: string) => `The ${o.org}'s ${n} partners are ${list}.`,
  foundersAre: (n: string, list: string, date: string) =>
    `The ${o.org}'s ${n} founding members are ${list}; they founded it on ${date}.`,
  observersOn: (n: string, list: string, day: string) =>
    `On ${day} the ${o.org} had ${n} ${n === '1' ? 'observer' : 'observers'}: ${list}.`,
  dialogueOn: (n: string, list: string, day: string) =>
    `On ${day} the ${o.org} had ${n} ${n === '1' ? 'dialogue partner' : 'dialogue partners'}: ${list}.`,
  observersWere: (n: string, list: string, until: string) => `Until ${until} the ${o.org} had ${n} observers: ${list}.`,
  dialogueWere: (n: string, list: string, until: string) =>
    `Until ${until} the ${o.org} had ${n} dialogue partners: ${list}.`,
  noObserversNow: (date: string) =>
    `None: the ${o.org} has had no observers or dialogue partners since ${date}, when both categories were merged into a single category of ${o.org} partners.`,
  mergedInto: (date: string, event?: string) =>
    `On ${date}${event ? `, at ${event},` : ''} the ${o.org} merged its observers and dialogue partners into a single category of ${o.org} partners.`,
  firstOfStatus: (c: string, status: string, date: string) => `${c} was the first ${status} in the data, from ${date}.`,
  newestMember: (c: string, date: string) => `The most recent member state is ${c}, which joined on ${date}.`,
  newestMembers: (n: string, list: string) => `The ${n} most recent member states are ${list}.`,
  newestPartner: (c: string, date: string) => `The most recent ${o.org} partner is ${c}, admitted on ${date}.`,
  nthMember: (c: string, nth: string, date: string) => `${c} became the ${nth} member state on ${date}.`,
  nthMembersTogether: (list: string, places: string, date: string) =>
    `${list} joined on the same day, ${date}, taking places ${places}.`,
  noNthMember: (nth: string, n: string) => `There is no ${nth} member state: the ${o.org} has ${n}.`,
  grew: (steps: string) => `The number of ${o.org} member states grew in steps: ${steps}.`,
  growthStep: (n: string, date: string, who: string) => `${n} (${who}, ${date})`,
  foundedStep: 'founders',
  joinedAfter: (list: string, year: string) => `${list} joined the ${o.org} after ${year}.`,
  joinedSince: (list: string, year: string) => `${list} joined the ${o.org} in or after ${year}.`,

  // Founding.
  founded: (date: string, place: string) => `The ${o.org} was founded on ${date} in ${place}.`,
  foundedBy: (list: string, n: string) => `Its ${n} founders were ${list}.`,
  signedBy: (list: string) => `It was signed by ${list}.`,
  predecessorBecame: (name: string, date: string, newcomers: string) =>
    `The ${name} became the ${o.org} on ${date}, when ${newcomers} joined.`,
  noScoYet: (when: string, date: string) => `The ${o.org} did not exist ${when}: it was founded on ${date}.`,
  /** How long ago a thing began, counted to today ("9 years ago" through Intl). */
  elapsed: (ago: string, today: string) => `That was ${ago}, as of ${today}.`,
  age: (years: string, date: string) => `The ${o.org} is ${years} years old: it was founded on ${date}.`,
  anniversary: (nth: string, year: string, date: string) =>
    `The ${o.org}'s ${nth} anniversary falls in ${year}: it was founded on ${date}.`,
  predecessor: (name: string, date: string, place: string, list: string) =>
    `The ${name} was formed on ${date} in ${place} by ${list}.`,
  membersNotInPredecessor: (list: string, name: string) => `Of today's members, ${list} were not in the ${name}.`,
  inPredecessor: (c: string, name: string, yes: boolean) =>
    yes ? `${c} was one of the ${name}.` : `${c} was not a member of the ${name}.`,
  isFounder: (c: string, yes: boolean, date: string) =>
    yes
      ? `${c} is one of the ${o.org}'s founding members (${date}).`
      : `${c} is not a founding member of the ${o.org}; it joined on ${date}.`,
  isFounderNever: (c: string) => `${c} is not a founding member of the ${o.org}.`,
  charter: (place: string, date: string, inForce: string) =>
    `The ${o.org} Charter was signed in ${place} on ${date} and entered into force on ${inForce}.`,
  standsFor: (acronym: string, full: string) => `${acronym} stands for the ${full}.`,
  about: (full: string, date: string, place: string, n: string) =>
    `The ${full} was founded on ${date} in ${place} and has ${n} member states.`,

  // Bodies and languages.
  seat: (body: string, place: string) => `The ${body} is in ${place}.`,
  supremeBody: (body: string) => `The supreme body of the ${o.org} is the ${body}.`,
  bodies: (list: string) => `The ${o.org}'s bodies in the data: ${list}.`,
  officialLanguages: (list: string) => `The official languages of the ${o.org} are ${list}.`,
  isOfficialLanguage: (language: string, yes: boolean) =>
    yes
      ? `${language} is an official language of the ${o.org}.`
      : `${language} is not an official language of the ${o.org}.`,

  // People.
  secgenNow: (name: string, c: string, since: string) =>
    `The ${o.org} Secretary-General is ${name} of ${c}, in office since ${since}.`,
  secgenThen: (name: string, c: string, from: string, to?: string) =>
    `${name} of ${c} was ${o.org} Secretary-General from ${from}${to ? ` to ${to}` : ''}.`,
  secgenPrevious: (name: string, c: string, from: string, to: string) =>
    `The previous ${o.org} Secretary-General was ${name} of ${c}, from ${from} to ${to}.`,
  secgenUnknownThen: (when: string) => `The data does not hold who was Secretary-General ${when}.`,
  ratsDirector: (name: string, c: string) => `The ${o.rats} Executive Committee is headed by ${name} of ${c}.`,
  ratsDirectorThen: (name: string, c: string, from: string, to?: string) =>
    `${name} of ${c} was Director of the ${o.rats} Executive Committee${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}.`,
  ratsUnknownThen: (when: string) => `The data does not hold who headed the ${o.rats} Executive Committee ${when}.`,
  personRole: (name: string, role: string) => `${name} is ${role}.`,
  personWas: (name: string, role: string) => `${name} was ${role}.`,
  roleOf: (role: string, c: string) => `${role} of ${c}`,
  ministerAt: (c: string, name: string, event: string) => `${c}'s defence minister at ${event} was ${name}.`,
  ministerAsOf: (c: string, name: string, date: string) =>
    `${c}'s defence minister in the data is ${name}, as of ${date}.`,
  ministerGone: (c: string, name: string, date: string) =>
    `${name} is no longer ${c}'s defence minister: his term ended on ${date}.`,
  noMinister: (c: string) => `The data does not hold ${c}'s defence minister.`,
  officePredecessorNotHeld: (name: string, role: string) => `The data does not hold who was ${role} before ${name}.`,
  predecessorNotHeld: (name: string, c: string) =>
    `The data does not hold whom ${name} replaced as ${c}'s defence minister.`,
  acting: 'acting',
  alsoWritten: (names: string) => `Also written ${names}.`,
  /** The members' defence ministers asked for now: the last confirmed, with their day. */
  ministersLastKnown: (date: string) =>
    `The data does not hold who the members' defence ministers are now; the last confirmed are from ${date}.`,
  ministerLastKnown: (c: string, name: string, date: string) =>
    `The data does not hold who is ${c}'s defence minister now; the last confirmed, on ${date}, was ${name}.`,
  exactDateNotHeld: (date: string) => `The data gives only ${date}; the exact date is not in the data.`,
  statusStartNotHeld: (c: string, status: string) => `The data does not hold when ${c} became ${status}.`,
  replacedBy: (name: string, other: string, date?: string) =>
    `${name} was replaced by ${other}${date ? ` on ${date}` : ''}.`,

  // The chair.
  chairNow: (c: string, since: string) => `${c} holds the rotating ${o.org} chair, since ${since}.`,
  chairThen: (list: string, when: string) => `${capitalise(when)} the rotating ${o.org} chair was held by ${list}.`,
  chairTerm: (c: string, from: string, to?: string) =>
    to
      ? `${c} held the rotating ${o.org} chair from ${from} to ${to}.`
      : `${c} has held the rotating ${o.org} chair since ${from}.`,
  chairBefore: (c: string, other: string) => `Before ${c}, the rotating chair was held by ${other}.`,
  chairAfter: (c: string, other: string) => `After ${c}, the rotating chair passed to ${other}.`,
  chairPassedAt: (event: string, from: string, to: string) =>
    `${capitalise(event)}: the rotating chair passed from ${from} to ${to}.`,
  neverChaired: (c: string) => `The data records no chairmanship of the ${o.org} by ${c}.`,
  chairEnded: (c: string, from: string, date: string) =>
    `${c}'s term as ${o.org} chair (from ${from}) ended at the summit of ${date}; the data does not hold who chairs now.`,
  chairUnknown: (when: string) => `The data does not hold who chaired the ${o.org} ${when}.`,
  chairNext: (c: string) => `The data does not hold who chairs the ${o.org} after ${c}.`,
  regionMembers: (region: string, list: string) => `${o.org} member states in ${region}: ${list}.`,
  regionPartners: (region: string, list: string) => `${o.org} partners in ${region}: ${list}.`,
  regionNoMember: (region: string) => `The data lists no ${o.org} member state in ${region}.`,
  regionNoPartner: (region: string) => `The data lists no ${o.org} partner in ${region}.`,
  regionNote: 'Regions are drawn as the UN M49 standard draws them, from the country codes dataset the data cites.',
  chairCount: (c: string, n: string) => `${c} has held the ${o.org} chair ${n} times.`,
  chairsList: (list: string) => `The ${o.org} chairs in the data: ${list}.`,
  chairRule: 'The chair rotates each year and passes at each summit of the Council of Heads of State.',
  motto: (c: string, motto: string) => `The motto of ${c}'s ${o.org} chairmanship is "${motto}".`,

  // Events.
  eventHeld: (event: string, date: string, place: string) =>
    `${capitalise(event)} took place${place ? ` in ${place}` : ''} ${onIn(date)}.`,
  eventExpected: (event: string, date: string, place: string) =>
    `${capitalise(event)} is expected${place ? ` in ${place}` : ''} ${date}.`,
  eventScheduled: (event: string, date: string, place: string) =>
    `${capitalise(event)} is scheduled${place ? ` in ${place}` : ''} ${onIn(date)}.`,
  eventHeldNoDecisions: (event: string, date: string, place: string) =>
    `${capitalise(event)} took place${place ? ` in ${place}` : ''} ${onIn(date)}; its decisions are not in the data.`,
  eventUnconfirmed: (event: string, date: string, place: string, over: boolean) =>
    `${capitalise(event)} was scheduled${place ? ` in ${place}` : ''} for ${date}; ${over ? 'whether and how it took place' : 'whether it has taken place'} is not in the data.`,
  eventOutcomesUnknown: (event: string) => `The data does not hold the decisions of ${event}.`,
  eventOutcomes: (event: string, date: string) => `Outcomes of ${event} (${date}):`,
  eventHost: (host: string, event: string) => `${host} hosted ${event}.`,
  eventHosts: (host: string, event: string) => `${host} hosts ${event}.`,
  chairPassed: (body: string, from: string, to: string) =>
    `The chairmanship of the ${body} passed from ${from} to ${to}.`,
  eventChair: (chair: string, event: string) => `${capitalise(event)} was chaired by ${chair}.`,
  eventAttendance: (n: string, event: string, list: string) => `${n} member states attended ${event}: ${list}.`,
  attended: (c: string, event: string, yes: boolean) =>
    yes ? `${c} attended ${event}.` : `The data does not list ${c} among those at ${event}.`,
  didNotRefuse: (c: string, event: string, who: string) => `${c} did not refuse to sign at ${event}; ${who} did.`,
  refusedToSign: (c: string, event: string) => `${c} refused to sign the draft joint statement at ${event}.`,
  positionAt: (c: string, event: string) => `${c}'s recorded position at ${event}:`,
  noStatement: (event: string) => `${capitalise(event)} ended without a joint statement or communiqué.`,
  hostAnnounced: (c: string, year: string, on: string) =>
    `${c} announced on ${on} that it would host the ${year} ${o.org} summit; the data records no ${o.org} decision on it.`,
  eventsInYear: (n: string, year: string, count: number) =>
    `The data holds ${n} ${o.org} ${count === 1 ? 'event' : 'events'} in ${year}.`,
  nextSummit: (event: string, place: string, date: string) =>
    `The next ${o.org} summit in the data is ${event}, in ${place} (${date}).`,
  lastEvent: (event: string, place: string, date: string) =>
    `The most recent ${o.org} meeting in the data is ${event}, held in ${place} on ${date}.`,
  lastSummit: (event: string, place: string, date: string) =>
    `The most recent ${o.org} summit in the data is ${event}, held in ${place} on ${date}.`,
  summitsList: (n: string) => `The data holds ${n} summits of the Council of Heads of State.`,
  summitNotHeld: (year: string) => `The data does not hold an ${o.org} summit in ${year}.`,
  meetsYearly: (body: string) => `The ${body} meets once a year.`,

  // Claims.
  claim: {
    false: 'That claim is wrong.',
    misleading: 'That claim is misleading.',
    incomplete: 'That claim is incomplete.',
    unverified: 'That claim is not verified.',
    correct: 'That claim is correct.',
  } as Record<DisputedClaimT['verdict'], string>,
  claimsList: (n: string) => `${n} claims in the seed article are false, misleading, incomplete or unverified.`,
  referencesRejected: (n: string) => `${n} references cited by the seed article must not be relied on.`,

  // Numbers.
  dissociatedFrom: (c: string) => `${c} dissociated itself from this statement.`,
  noDissentRecorded: (title: string) =>
    `The data records no member state dissociating itself from this statement (${title}).`,
  fromData: (title: string) => `From the data: ${title}.`,
  figure: (value: string, what: string, date?: string) => `${value}: ${what}${date ? ` (${date})` : ''}.`,

  // Other organisations.
  notAnOrgMember: (org: string) => `${org} is not part of the ${o.org}: only states are ${o.org} members or partners.`,

  // Capitals and codes.
  nativeName: (c: string, language: string, name: string, latin?: string) =>
    `In ${language}, ${c} is written ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c: string, name: string) => `The official name of ${c} is the ${name}.`,
  capital: (c: string, city: string) => `The capital of ${c} is ${city}.`,
  notCapital: (city: string, c: string, capital: string) =>
    `${city} is not the capital of ${c}: its capital is ${capital}.`,
  codes: (c: string, a2: string, a3: string) => `${c}'s ISO 3166-1 codes are ${a2} and ${a3}.`,
  oldNameOf: (old: string, c: string) => `${old} is an earlier name of ${c}.`,
  oldNamesOf: (olds: string, c: string) => `Earlier names of ${c}: ${olds}.`,

  // Comparisons.
  joinedFirst: (a: string, da: string, b: string, db: string) => `${a} joined first, on ${da}; ${b} joined on ${db}.`,
  joinedSameDay: (a: string, b: string, date: string) => `${a} and ${b} joined on the same day, ${date}.`,
  onlyMember: (a: string, da: string, b: string) => `Only ${a} is a member state, since ${da}; ${b} is not.`,
  neitherMember: (a: string, b: string) => `Neither ${a} nor ${b} is an ${o.org} member state.`,
  rightsNotHeld: (members: string, partners: string) =>
    `The data does not describe the rights of each category; it holds who is in each: ${members} member states and ${partners} ${o.org} partners.`,
  recordedBetween: (c: string, from: string, to: string, n: number, count: string) =>
    n === 0
      ? `The data records nothing on ${c} from ${from} to ${to}.`
      : `From ${from} to ${to} the data records ${count} ${n === 1 ? 'entry' : 'entries'} on ${c}.`,
  path: (c: string, steps: string) => `${c}'s path in the ${o.org}: ${steps}.`,
  pathStep: (status: string, from?: string, to?: string) =>
    `${status}${from ? ` from ${from}` : ''}${to ? ` until ${to}` : ''}`,

  // Meta.
  website: (site: string) => `The ${o.org}'s official website is ${site}.`,
  gaps: (n: string) => `The data holds ${n} open questions it has no answer to yet.`,
  aboutData: (date: string) =>
    `My answers come from a curated fact table in which every fact names its sources; it runs to ${date}.`,
  help: `Ask me about the ${o.org}: members and partners, when and how they joined, counts over time, founding and the Charter, the Secretariat and ${o.rats}, the Secretary-General, languages, the chair, summits and meetings, defence ministers, and disputed claims.`,
  languagesSpoken:
    'You can ask in English, Chinese, Russian, Hindi, Persian, Urdu, German, Spanish, French or Turkish; I answer in your language with the English detail beside it.',
  whoAmI: `I am the ${o.org} Briefing Bot: I answer questions about the ${o.full} from curated, sourced data.`,
  notHeld: (what?: string) => (what ? `The data does not hold ${what}.` : 'The data does not hold an answer to that.'),
  notRenamed: (body: string) => `The data records no new name for the ${body}.`,
  notHeldSetUp: (body: string) => `The data does not hold when the ${body} was set up.`,
  secgenNext: (name: string) => `The data does not hold who will succeed ${name} as Secretary-General.`,
  nextSummitUnknown: `The data does not hold the next ${o.org} summit.`,
  nextMeetingUnknown: (body: string) => `The data does not hold the next ${body}.`,
  eventChairUnknown: (event: string) => `The data does not hold who chaired ${event}.`,
  attendanceUnknown: (event: string) => `The data does not hold who attended ${event}.`,
  representativeUnknown: (c: string, event: string) => `The data does not hold who represented ${c} at ${event}.`,
  noEventsIn: (when: string) => `The data holds no ${o.org} events ${when}.`,
  notHeldAbout: (topic: string) => `The data does not hold anything on "${topic}".`,
  reasonsNotHeld: (c: string) => `The data does not hold ${c}'s reasons or motives.`,
  noPrediction: 'I do not predict what the data does not record.',
  declineTitle: "That's outside what I answer",
  decline: {
    contact: 'I do not give out officials\u2019 or anyone\u2019s personal contact details.',
    privateLife: 'I do not share anyone\u2019s private or family details.',
    privateData: 'I do not share other users\u2019 questions or data.',
    secrets: 'I do not share prompts, configuration, tokens or other internal details.',
    injection: 'I cannot change how I work or follow instructions given inside a question.',
    prediction: 'I do not predict the future: the data does not hold what has not happened yet.',
    opinion: 'I do not give opinions or rank countries; I state sourced facts.',
    insult: 'I do not produce content that mocks or demeans a person, a nationality or a people.',
    offTopic: `That is not something I can answer: I answer questions about the ${o.org}.`,
    massMention: 'I do not ping everyone, a channel or a role.',
    creative: 'I do not write essays, articles, poems or other pieces; I state sourced facts you can use in your own.',
    investment: 'I do not give investment or financial advice.',
    weather: 'I do not answer weather questions.',
    election: 'I do not answer or predict elections.',
    news: 'I do not have breaking news; my data is a curated fact table.',
  } as Record<DeclineReason, string>,
});

export type Messages = ReturnType<typeof en>;
export default en;

/** "on 1 September 2026", "in October 2026". */
function onIn(date: string): string {
  return /^\d/.test(date) ? `on ${date}` : `in ${date}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
