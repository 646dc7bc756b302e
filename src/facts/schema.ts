import { z } from 'zod';

/**
 * Schemas for every file in data/. One concept per file; every claim carries its sources
 * (ids into sources.json), the date it holds as of, and how well it is verified.
 */

/** A calendar date, or a partial one (YYYY or YYYY-MM) where only that much is known. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a real calendar date');

function isRealDate(s: string): boolean {
  const [y, m = '01', d = '01'] = s.split('-');
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'countries are referred to by ISO alpha-2 code');

/** verified: an official/primary source or two independent outlets; partly: one secondary source or slight disagreement. */
const Verification = z.enum(['verified', 'partly-verified', 'unverified']);

/** Fields every sourced claim carries. */
const Sourced = {
  sources: z.array(Id).min(1, 'every claim names at least one source'),
  asOf: IsoDate,
  verification: Verification.default('verified'),
  /** Why a claim is only partly verified, or another caveat the bot must repeat. */
  caveat: z.string().optional(),
};

const Source = z
  .strictObject({
    id: Id,
    publisher: z.string().min(1),
    title: z.string().min(1),
    /** The web address; a print edition (kind 'print') has none, and none may be invented for it. */
    url: z.url().optional(),
    /** Where in a print edition: "p. 1". */
    page: z.string().min(1).optional(),
    /** Publication date where known; otherwise the date the page was consulted (see dateKind). */
    date: IsoDate,
    dateKind: z.enum(['published', 'accessed']).default('published'),
    kind: z.enum(['official', 'news', 'reference', 'analysis', 'dataset', 'print']),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'print' && s.url !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a print edition is cited by publisher, title, date and page, not by a web address',
      });
    }
    if (s.kind !== 'print' && s.url === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a source needs its web address (only kind "print" may have none)',
      });
    }
    if (s.kind === 'print' && s.dateKind !== 'published') {
      ctx.addIssue({
        code: 'custom',
        path: ['dateKind'],
        message: 'a print edition is cited by the date it was published',
      });
    }
  });
const SourcesFile = z.array(Source);

const NativeName = z.strictObject({
  /** ISO 639-1 language code: zh, ru, hi, ur, fa, kk, ky, tg, uz, be, … */
  lang: z.string().regex(/^[a-z]{2,3}$/),
  name: z.string().min(1),
  /** Latin transliteration, when the native name is in another script. */
  latin: z.string().optional(),
});

const Country = z.strictObject({
  /** ISO 3166-1 alpha-2, upper case; the key every other file uses. */
  id: CountryCode,
  name: z.string().min(1),
  officialName: z.string().min(1),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** The UN M49 region and sub-region ("Asia", "Southern Asia"), as the ISO 3166 dataset gives them. */
  region: z.string().min(1).optional(),
  subRegion: z.string().min(1).optional(),
  capital: z.string().min(1),
  capitalNote: z.string().optional(),
  /** Earlier names of the capital city ("A = B?" asks whether they name one city). */
  capitalOldNames: z.array(z.string()).default([]),
  /** When the capital bore an earlier name (ISO month or day), so a question can be checked against a date. */
  capitalNamePeriods: z
    .array(z.object({ name: z.string().min(1), from: z.string().min(7), to: z.string().min(7) }))
    .default([]),
  demonyms: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  oldNames: z.array(z.string()).default([]),
  misspellings: z.array(z.string()).default([]),
  nativeNames: z.array(NativeName).default([]),
  ...Sourced,
});
const CountriesFile = z.array(Country);

export const MembershipStatus = z.enum([
  'member',
  'observer',
  'dialogue-partner',
  /** The single "SCO partner" category that merged observers and dialogue partners on 1 Sep 2025. */
  'partner',
  'applicant-member',
  'applicant-observer',
  'guest',
  /** Not connected to the SCO in any category; recorded so "is X a member?" has a sourced answer. */
  'none',
]);

const Membership = z.strictObject({
  country: CountryCode,
  status: MembershipStatus,
  /** Start of this status; absent for 'none'. */
  from: IsoDate.optional(),
  /** End of this status (exclusive: the day the next status began); absent while it holds. */
  to: IsoDate.optional(),
  /** The summit or meeting at which it was decided, if any. */
  event: Id.optional(),
  /** One plain sentence: how the status came about. */
  how: z.string().min(1),
  ...Sourced,
});
const MembershipsFile = z.array(Membership);

const MemberCountPeriod = z.strictObject({
  from: IsoDate,
  to: IsoDate.optional(),
  count: z.number().int().positive(),
  members: z.array(CountryCode).min(1),
  ...Sourced,
});
const MemberCountFile = z.array(MemberCountPeriod);

// ——— Ask engine data (issue 10) ————————————————————————————————————————————————
// Names per language, the engine's index into the organisation facts, and numbers that
// matter as structured fields, so that no name, date, id or figure lives in src/ask.

/** The languages `/sco ask` answers in (ISO 639-1). */
const AskLang = z.enum(['en', 'zh', 'ru', 'hi', 'fa', 'ur', 'de', 'es', 'fr', 'tr']);

/** Structured values an organisation fact may carry beside its sentence (optional fields on organisation.json records). */
const AskOrgFactFields = {
  /** The city the fact places something in ("Beijing" for the Secretariat's seat). */
  place: z.string().min(1).optional(),
  /** The day it took effect, when that differs from `date` (the Charter: signed, then in force). */
  effective: IsoDate.optional(),
  /** Languages the fact names, as ISO 639-1 codes (the official languages: zh, ru). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
  /** A count the fact states ("27 countries"). */
  count: z.number().int().nonnegative().optional(),
  /** How often a body meets. */
  frequency: z.enum(['yearly']).optional(),
  /** The membership status the fact is about: an application for observer status is `applicant-observer`. */
  status: MembershipStatus.optional(),
  /** Members that dissociated themselves from the statement or decision the fact records. */
  dissenting: z.array(CountryCode).optional(),
  /** The country that holds what the fact records (a council's chair), of the countries it names. */
  holder: CountryCode.optional(),
};

const PerLang = z.partialRecord(AskLang, z.string().min(1));
const PerLangList = z.partialRecord(AskLang, z.array(z.string().min(1)));

/** One named thing: how it is shown in each language, and every form a question may use for it. */
const LocalisedName = z.strictObject({
  display: PerLang,
  /** The full name, where the display form is an acronym ("Shanghai Cooperation Organisation"). */
  full: PerLang.optional(),
  recognise: PerLangList.default({}),
  /** Words that name it only when nothing more specific is named ("headquarters" is the Secretariat's, unless RATS is named). */
  generic: PerLangList.optional(),
});

/** What a country did at a meeting, as a structured value beside the `stance` sentence. */
const PositionAct = z.enum(['refused-to-sign', 'attended', 'signed', 'dissociated', 'objected']);

/** The SCO's bodies the engine names (keys are the schema's, not record ids). */
const BodyKey = z.enum([
  'secretariat',
  'rats',
  'headsOfState',
  'headsOfGovernment',
  'defenceMinisters',
  'foreignMinisters',
  'securityCouncilSecretaries',
  'militaryCooperation',
]);

/** Structured values an unknown may carry (optional fields on unknowns.json records). */
const AskUnknownFields = {
  /** A country's own announcement that bears on the open question ("Pakistan would host the 2027 summit"), with no SCO decision behind it. */
  announced: z
    .strictObject({
      country: CountryCode,
      hosts: z.enum(['summit']),
      year: z.number().int().min(2001),
      /** The day it was announced. */
      on: IsoDate,
      /** The sources that report the announcement (a subset of the record's). */
      sources: z.array(Id).min(1),
    })
    .optional(),
};

/** Structured values an event may carry (optional fields on events.json records). */
const AskEventFields = {
  /** The body that met: a defence ministers' meeting and a foreign ministers' council are both `ministerial`. */
  body: BodyKey.optional(),
};

/** data/i18n/names.json: names and acronyms per language. Country names in other languages live in countries.json (nativeNames). */
const NamesFile = z.strictObject({
  /** The organisation itself: "SCO", "ШОС", "上合组织", "SOZ", "OCS", "ŞİÖ"… */
  organisation: LocalisedName,
  /** Its predecessor, the Shanghai Five. */
  predecessor: LocalisedName,
  /** Its bodies and regular meetings. */
  bodies: z.partialRecord(BodyKey, LocalisedName),
  /** Places as the data writes them ("Qingdao", "The Hague"), in other languages and scripts. */
  places: z.record(z.string().min(1), LocalisedName),
  /** Officials by their id in officials.json, in other scripts. */
  people: z.record(Id, LocalisedName),
  /**
   * Regions by the UN M49 name the countries carry (countries.json region or subRegion), and the words a question uses
   * for them ("south asian", "ASEAN countries"; "the Gulf" and "the Caucasus", which M49 has no name for, as Western Asia).
   */
  regions: z.record(z.string().min(1), LocalisedName).default({}),
  /** Other names of languages (ISO 639-1 code → names) beside those Intl gives: "Mandarin", "Farsi". */
  languageAliases: z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().min(1))).default({}),
  /** Other organisations people ask about as if they were members, and the records that answer for them. */
  otherOrganisations: z.array(
    z.strictObject({
      name: z.string().min(1),
      recognise: PerLangList,
      /** Organisation facts that say how it relates to the SCO. */
      facts: z.array(Id).default([]),
      /** Events the data holds about it (context). */
      events: z.array(Id).default([]),
    }),
  ),
});

/** data/lexicon/topics.json: which organisation fact answers each of the engine's fixed topics (edit here to re-point). */
const TopicsFile = z.strictObject({
  founding: Id,
  predecessor: Id,
  predecessorAgreement: Id.optional(),
  notInPredecessor: Id.optional(),
  charter: Id,
  officialLanguages: Id,
  secretariatSeat: Id,
  ratsSeat: Id,
  supremeBody: Id,
  chairRotation: Id,
  chairRotationRule: Id.optional(),
  partnerMerge: Id,
  family: Id,
  structureBeforeMerge: Id,
  notConnected: Id,
  guestAttendances: Id.optional(),
  /** Facts about applications to join (shown with a country's own status records). */
  applications: z.array(Id).default([]),
  /** The source that is the SCO's official site. */
  officialSite: Id,
});

/** data/figures.json: numbers that matter, as structured fields, so they can be asked for. */
const Figure = z.strictObject({
  id: Id,
  /** What is counted, in plain words: "civilians killed in the Pahalgam attack". */
  label: z.string().min(1),
  /** Words a question about it would contain ("Pahalgam"); at least one must appear. */
  keywords: z.array(z.string().min(1)).min(1),
  measure: z.enum(['killed', 'attended', 'ordinal', 'count']),
  value: z.number().nonnegative(),
  qualifier: z.enum(['exactly', 'more-than', 'at-least', 'about']).default('exactly'),
  /** The event the number belongs to, when there is one. */
  event: Id.optional(),
  date: IsoDate.optional(),
  /** The statement as one English sentence, attributed where it rests on one side's account. */
  text: z.string().min(1),
  ...Sourced,
});
const FiguresFile = z.array(Figure);

/** data/lexicon/synonyms.json: words people use for what the data names otherwise ("warship": the data says "destroyer"), for the passage search. */
const SynonymsFile = z.record(
  // A word in Latin letters, lower-cased, or one written in another script ("بینک", "开发银行").
  z.string().regex(/^(?:[a-z]+|[^\p{Script=Latin}\s\p{N}\p{P}]+)$/u),
  z.array(z.string().regex(/^[a-z]+$/)).min(1),
);

/** The ask engine's files: path under data/, schema. */
export const ASK_DATA_FILES = {
  'i18n/names.json': NamesFile,
  'lexicon/topics.json': TopicsFile,
  'lexicon/synonyms.json': SynonymsFile,
  'figures.json': FiguresFile,
} as const;

export type AskLangT = z.infer<typeof AskLang>;
export type LocalisedNameT = z.infer<typeof LocalisedName>;
export type NamesT = z.infer<typeof NamesFile>;
export type TopicsT = z.infer<typeof TopicsFile>;
export type FigureT = z.infer<typeof Figure>;
export type BodyKeyT = z.infer<typeof BodyKey>;

/** What the ask engine reads beside the facts. */
export interface AskData {
  names: NamesT;
  topics: TopicsT;
  synonyms: Record<string, string[]>;
  figures: FigureT[];
}
// ——— end of the ask engine block ——————————————————————————————————————————————————

const OrgFact = z.strictObject({
  id: Id,
  /** Groups facts for lookup: founding, structure, languages, leadership, chairmanship, … */
  topic: z.string().min(1),
  label: z.string().min(1),
  /** The statement itself, one or two plain sentences. */
  text: z.string().min(1),
  date: IsoDate.optional(),
  countries: z.array(CountryCode).default([]),
  ...AskOrgFactFields,
  ...Sourced,
});
const OrganisationFile = z.array(OrgFact);

const Chairmanship = z.strictObject({
  country: CountryCode,
  from: IsoDate,
  to: IsoDate.optional(),
  /** The summit the chair hosts at the end of its year. */
  hostsSummit: Id.optional(),
  /**
   * The organisation fact whose rule ends the term at the summit it hosts (the chair passes at
   * each summit). With no recorded `to`, the term reads as ended once that summit is recorded
   * held: by the rule, with the successor not in the data. `to` stays for a recorded handover.
   */
  endsByRule: Id.optional(),
  ...Sourced,
});
const ChairsFile = z.array(Chairmanship);

const Position = z.strictObject({
  country: CountryCode,
  /** What the country did: "refused to sign the draft joint statement". */
  stance: z.string().min(1),
  /** The act as a structured value, so the answer can say it in any language (ask engine block). */
  act: PositionAct.optional(),
  /** Its stated reason, attributed (e.g. "according to Indian government sources"). */
  reason: z.string().optional(),
  ...Sourced,
});

const EventOutcome = z.strictObject({
  text: z.string().min(1),
  ...Sourced,
});

const Event = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** working: a meeting of officials below ministers (e.g. heads of military cooperation). */
  kind: z.enum(['summit', 'heads-of-government', 'ministerial', 'working', 'founding', 'context']),
  /** Is it an SCO event, or outside context the data holds (e.g. the NATO summit)? */
  sco: z.boolean().default(true),
  start: IsoDate,
  end: IsoDate.optional(),
  city: z.string().min(1),
  /** Host country; absent for virtual meetings or hosts outside the country table. */
  host: CountryCode.optional(),
  hostName: z.string().optional(),
  /** Chair: an official id when we hold the person, else plain text. */
  chair: z.string().optional(),
  attendees: z.array(CountryCode).default([]),
  attendanceNote: z.string().optional(),
  summary: z.string().min(1),
  outcomes: z.array(EventOutcome).default([]),
  positions: z.array(Position).default([]),
  /**
   * What the sources record: held, or only announced/expected. Whether it is past or ahead is
   * not stored: it follows from today's date (see time.ts), so a passed date reads as such.
   */
  status: z.enum(['held', 'announced', 'expected']).default('held'),
  ...AskEventFields,
  ...Sourced,
});
const EventsFile = z.array(Event);

export const OfficialRole = z.enum([
  'secretary-general',
  'rats-director',
  'defence-minister',
  'foreign-minister',
  'head-of-state',
  'head-of-government',
]);

/** How an office ended, sourced on its own (a death, a dismissal), beside the official's record. */
const OfficeEnd = z.strictObject({
  /** One plain sentence: "Killed on 28 February 2026 in the US–Israeli strikes on Iran." */
  text: z.string().min(1),
  /** Why it ended, so "did he die?" is answered from the record, not from its words. */
  cause: z.enum(['death', 'dismissal', 'resignation', 'term']).optional(),
  ...Sourced,
});

const Official = z.strictObject({
  id: Id,
  name: z.string().min(1),
  altNames: z.array(z.string()).default([]),
  role: OfficialRole,
  roleLabel: z.string().min(1),
  /** The country the person represents (for SCO posts: their nationality). */
  country: CountryCode,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The meeting at which the fact was observed, when it is known only from there. */
  event: Id.optional(),
  note: z.string().optional(),
  /** How the office ended, when `to` is set and a source says how. */
  ended: OfficeEnd.optional(),
  /** When a fixed term runs out (YYYY where only the year is known), by the rule in `termRule`; distinct from `to`, which a source recorded. */
  termEnds: IsoDate.optional(),
  /** The organisation fact stating the term rule ("three years, cannot be extended"). */
  termRule: Id.optional(),
  ...Sourced,
});
const OfficialsFile = z.array(Official);

const DisputedClaim = z.strictObject({
  id: Id,
  /** The claim as made. */
  claim: z.string().min(1),
  /** Where it was made, e.g. "seed article (Qingdao, 2025)". */
  madeIn: z.string().min(1),
  verdict: z.enum(['false', 'misleading', 'incomplete', 'unverified', 'correct']),
  /** What the evidence shows, in one or two sentences. */
  correction: z.string().min(1),
  /** Words a question about the claim would contain. */
  keywords: z.array(z.string()).default([]),
  ...Sourced,
});
const DisputedClaimsFile = z.array(DisputedClaim);

/** References that must never be cited, with the reason; check-data refuses any source at these hosts or addresses. */
const RejectedSource = z.strictObject({
  id: Id,
  citedAs: z.string().min(1),
  url: z.string().min(1),
  verdict: z.enum(['fabricated', 'unofficial-domain', 'mis-dated', 'unverified']),
  reason: z.string().min(1),
});
const RejectedSourcesFile = z.array(RejectedSource);

/**
 * Something the data explicitly does not hold (the addendum's "still unknown" list), so a reply
 * can say so plainly instead of guessing or staying silent.
 */
const Unknown = z.strictObject({
  id: Id,
  /** chair, summit, membership, meetings, officials, culture, coverage */
  topic: z.string().min(1),
  /** What is not held, as it reads after "The data does not hold": "who chairs the SCO for 2026–27". */
  what: z.string().min(1),
  /** What the data does hold that bears on it, attributed: "Pakistan's Prime Minister announced …". */
  lead: z.string().min(1).optional(),
  /** The records it concerns, so a reply about them can say what is missing. */
  event: Id.optional(),
  countries: z.array(CountryCode).default([]),
  role: OfficialRole.optional(),
  /** The day from which the question is open (before it, nothing is missing yet); absent: always. */
  from: IsoDate.optional(),
  /** The sources that stop short of it: what was checked. */
  sources: z.array(Id).min(1, 'every unknown names the sources that were checked'),
  /** When the sources were last searched for it (not a fact's as-of date). */
  checked: IsoDate,
  ...AskUnknownFields,
});
const UnknownsFile = z.array(Unknown);

const Meta = z.strictObject({
  /** The newest as-of date of any fact (check-data enforces it); anything after it is unknown to the bot. */
  dataAsOf: IsoDate,
  compiled: IsoDate,
  coverageNote: z.string().min(1),
});

/** A news feed the poller reads (RSS 2.0, Atom 1.0 or RDF); its items are sourced to the feed's publisher. */
const Feed = z.strictObject({
  id: Id,
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** ISO 639-1 code of the feed's main language. */
  language: z.string().regex(/^[a-z]{2,3}$/),
  publisher: z.string().min(1),
});
const FeedsFile = z.array(Feed);

/** Every data file, its schema, and whether it must exist. */
export const DATA_FILES = {
  'meta.json': Meta,
  'sources.json': SourcesFile,
  'countries.json': CountriesFile,
  'memberships.json': MembershipsFile,
  'member-count.json': MemberCountFile,
  'organisation.json': OrganisationFile,
  'chairs.json': ChairsFile,
  'events.json': EventsFile,
  'officials.json': OfficialsFile,
  'disputed-claims.json': DisputedClaimsFile,
  'rejected-sources.json': RejectedSourcesFile,
  'feeds.json': FeedsFile,
  'unknowns.json': UnknownsFile,
} as const;

type SourceT = z.infer<typeof Source>;
export type CountryT = z.infer<typeof Country>;
export type MembershipT = z.infer<typeof Membership>;
export type MembershipStatusT = z.infer<typeof MembershipStatus>;
type MemberCountPeriodT = z.infer<typeof MemberCountPeriod>;
export type OrgFactT = z.infer<typeof OrgFact>;
export type ChairmanshipT = z.infer<typeof Chairmanship>;
export type EventT = z.infer<typeof Event>;
export type PositionT = z.infer<typeof Position>;
export type OfficialT = z.infer<typeof Official>;
export type DisputedClaimT = z.infer<typeof DisputedClaim>;
export type RejectedSourceT = z.infer<typeof RejectedSource>;
type MetaT = z.infer<typeof Meta>;
export type FeedT = z.infer<typeof Feed>;
export type OfficeEndT = z.infer<typeof OfficeEnd>;
export type UnknownT = z.infer<typeof Unknown>;

export interface FactData {
  meta: MetaT;
  sources: SourceT[];
  countries: CountryT[];
  memberships: MembershipT[];
  memberCount: MemberCountPeriodT[];
  organisation: OrgFactT[];
  chairs: ChairmanshipT[];
  events: EventT[];
  officials: OfficialT[];
  disputedClaims: DisputedClaimT[];
  rejectedSources: RejectedSourceT[];
  feeds: FeedT[];
  /** The ask engine's names, topics and figures (the block above). */
  ask: AskData;
  unknowns: UnknownT[];
}
