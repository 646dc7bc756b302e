import type {
  BodyKeyT,
  CountryT,
  DisputedClaimT,
  EventT,
  FigureT,
  MembershipStatusT,
  OfficialT,
} from '../../facts/schema.js';
import type { Cue } from '../lexicon/cues.js';
import type { Lang } from './language.js';

/**
 * A question as understood once: what is asked (its form and the relation at its head), about
 * whom, when, and what it takes for granted. Intents read this and never the raw text.
 */

/** How the question asks: the answer's shape follows from it (a yes/no question gets Yes or No first). */
export type Form =
  | 'yesno'
  | 'who'
  | 'what'
  | 'which'
  | 'when'
  | 'where'
  | 'why'
  | 'how'
  | 'howMany'
  | 'howLong'
  | 'explain'
  | 'list'
  | 'choice'
  | 'fragment';

/** Where in the question a word sits: the main clause, a subordinate clause that constrains it, or an aside. */
export type Role = 'main' | 'sub' | 'aside';

export interface CueHit {
  cue: Cue;
  /** Position (word index for Latin-script questions, character offset otherwise). */
  at: number;
  /** Words it spans (Latin-script questions). */
  len?: number;
  role: Role;
}

export interface CountryRef {
  country: CountryT;
  at: number;
  role: Role;
  /** How the name was recognised; a demonym ("Chinese") may mean a language or a person's nationality. */
  by: 'name' | 'code' | 'demonym' | 'capital' | 'fuzzy' | 'native';
  /** How many words the name took (Latin-script questions). */
  len?: number;
}

/** A day, month or year the question mentions, and what it does in the question. */
export interface TimeRef {
  year: number;
  month?: number;
  day?: number;
  /** First and last day it can mean. */
  from: Date;
  to: Date;
  /** "in 2019", "before 2017", "after 2015", "as of March 2020", "in 2022-23" (a chair's term). */
  mode: 'in' | 'before' | 'after' | 'range';
  /** A second year for ranges (2022–23). */
  untilYear?: number;
  /** "Since 2017": after, counting the year itself. */
  since?: boolean;
  /** Counted back from today ("the last few years", "past 6 months"), not a date the asker wrote. */
  relative?: boolean;
  /** The year a source is dated by ("a 2023 textbook"), not a time the question is about. */
  ofSource?: boolean;
  role: Role;
  at: number;
}

/** A number in the question that is not a date, and whether the asker states it, asks about it or reports it. */
export interface NumberRef {
  value: number;
  at: number;
  /** asserted: "since the SCO has 8 members"; asked: "does it have 8 members?"; reported: "people say 27"; ordinal: "the 9th member"; range: "from 8 to 10 members"; selection: "the four newest members" (how many to name, not a count). */
  stance: 'asserted' | 'asked' | 'reported' | 'ordinal' | 'range' | 'selection' | 'other';
  /** What is counted, when the question says it. */
  noun?: 'member' | 'partner' | 'observer' | 'dialogue' | 'country' | 'family' | 'leaders' | 'killed' | 'other';
}

/**
 * Something the question states or takes for granted, checked against the store. `stance`
 * says whether the asker asserts it (a premise: a false one is corrected first), asks about it
 * (the verdict answers it) or reports others saying it. A joined claim's `never` says the country
 * never joined as a member (set when checked), so no year of joining holds.
 */
export type Claim = {
  stance: 'asserted' | 'asked' | 'reported';
  holds?: boolean;
  /** Stated as a tag question ("Belarus joined in 2023, right? …"): the asker checks it, so its correction opens with No. */
  tag?: boolean;
} & (
  | { kind: 'joined'; country: CountryT; year?: number; never?: boolean }
  | { kind: 'left'; country: CountryT; how: 'left' | 'expelled' }
  /** A standing short of membership taken as true ("since the US became an SCO observer"). */
  | { kind: 'status'; country: CountryT }
  /** `ever`: asked of any time the data holds ("did it ever have 9 members?"), not of one day. */
  /** `since`: said to have held from a time until today ("has had nine members ever since Iran joined"). */
  | {
      kind: 'count';
      value: number;
      noun: NonNullable<NumberRef['noun']>;
      year?: number;
      ever?: boolean;
      since?: boolean;
    }
  | { kind: 'seat'; body: 'secretariat' | 'rats'; place: string }
  | { kind: 'founded'; year?: number; place?: string /** "founded on 16 June 2001": the day, as ISO. */; day?: string }
  | { kind: 'hosted'; event?: EventT; country?: CountryT; place?: string; year?: number }
  /** `person`: the official said to chair a meeting ("Belousov chaired the Qingdao meeting"), by id. */
  | { kind: 'chaired'; country: CountryT; year?: number; term?: boolean; event?: EventT; person?: string }
  | { kind: 'ordinal'; country: CountryT; value: number }
  | { kind: 'upcoming'; event: EventT }
  /** A meeting named by its place or kind, put in a year or a month it was not held in ("the Tianjin summit in 2024"). */
  | { kind: 'held'; event: EventT; year?: number; month?: number }
  | { kind: 'refused'; country: CountryT; event: EventT }
);

export type DeclineReason =
  | 'contact'
  /** An official's or anyone's family and private life (their children's names, a spouse's business). */
  | 'privateLife'
  | 'privateData'
  | 'secrets'
  | 'injection'
  | 'prediction'
  | 'opinion'
  | 'insult'
  | 'offTopic'
  | 'massMention'
  | 'creative'
  | 'investment'
  | 'weather'
  | 'election'
  | 'news';

export interface PersonRef {
  official: OfficialT;
  at: number;
  role: Role;
  /** The person was named as someone this official replaced ("who replaced Zhaksylykov?"). */
  predecessorName?: string;
}

export interface Question {
  lang: Lang;
  /** The day the question is asked on (the store's clock). */
  today: Date;
  /** Every Latin word of the question, folded, in order (for the few rules that read a verb). */
  words: string[];
  /** The question holds a pronoun ("them", "их", "它") that may point at what a question before it named. */
  pointsBack: boolean;
  /** The question speaks of "that summit" or "this meeting" in its own language ("آن اجلاس", "той встрече", "那次峰会"). */
  meetingBack: boolean;
  form: Form;
  /** Asked by a question word with the asker's guess after it ("joined when, 2023?"): read as yes/no, its verdict says whether the guess holds. */
  guess: boolean;
  /** Asked whether the line checked needs correcting ("… do we need to run a correction?"): its verdict is turned round. */
  fixAsked: boolean;
  tense: 'past' | 'present' | 'future';
  /** The question is negated ("isn't Iran a member?", "which is not a member"). */
  negated: boolean;
  cues: CueHit[];
  /** The relation at the head of the question: the cue its question word governs. */
  head?: Cue;
  countries: CountryRef[];
  /** Events the question names, best match first; `eventNamed` says whether a place, ordinal or clause picked them (not just a kind). */
  events: EventT[];
  eventNamed: boolean;
  /** A yes/no question whose named city, year or kind of meeting disagrees with the meeting it means (a false premise). */
  eventConflict?: boolean;
  /** The event a subordinate clause points at ("the summit where Iran was admitted"). */
  eventByClause?: EventT;
  /** A day the question is dated by through a clause ("when Iran joined", "before Belarus joined"). */
  /** (`country` when the clause is a country's joining; none when it is a dated act of the organisation: "when the Charter entered into force"). */
  clauseDay?: { day: Date; country?: CountryT; mode: 'at' | 'before' };
  /** A relative reference to another country in a sequence ("the chair after Kazakhstan"). */
  /** A country the question counts from: before or after it, or (`from`) from its own term on ("from uzbekistan onwards"). */
  relativeTo?: { country: CountryT; mode: 'before' | 'after'; from?: true };
  people: PersonRef[];
  bodies: BodyKeyT[];
  /**
   * A thing the data names only as one of its records, by that record's proper name ("SCO Development Bank") or its
   * head noun put as that thing ("the SCO bank", "dev bank", "Entwicklungsbank"): the record's id.
   */
  thing?: string;
  /** The SCO itself is named (in any language). */
  sco: boolean;
  /** The Shanghai Five is named. */
  predecessor: boolean;
  /** Other organisations named (by their index in names.otherOrganisations). */
  otherOrgs: number[];
  /** Regions named ("south asian", "the Gulf"), by their M49 name in names.regions. */
  regions: string[];
  /** Places the data knows, named in the question (as the data writes them: "Shanghai"). */
  places: string[];
  /** Two places asked yes or no ("A = B?", "is A the same city as B?"): the country each is the capital of, when both are. */
  capitalsNamed?: CountryT[];
  /** A capital's earlier name, named anywhere in the question (asides too: "our archive has a 'Nur-Sultan' dateline"). */
  renamedCapital?: { country: CountryT; name: string };
  /** Languages named ("is English an official language"), as ISO 639-1 codes. */
  languages: string[];
  time?: TimeRef;
  times: TimeRef[];
  /** The question's year is after this one and no record names it ("chair in 2030"): only a prediction could answer. */
  unrecordedYear?: number;
  /** A meeting asked for by a number no meeting in the data has ("where was the 3rd summit?"). */
  unnumbered?: string;
  /** The time the question asks about lies after the data's date ("after September 2026"): the data cannot hold it. */
  afterData?: boolean;
  numbers: NumberRef[];
  /** Percentages named ("5%", "3.5 percent"), as written: they are shares, not counts. */
  percents: string[];
  /** An ordinal asked about ("who was the 9th member"). */
  ordinal?: number;
  /** The membership category the question names (observer, dialogue partner, partner, applicant). */
  statusAsked?: MembershipStatusT;
  claims: Claim[];
  figures: FigureT[];
  /** Disputed claims (seed article, its references) the question's words point at, best first. */
  disputed: { claim: DisputedClaimT; score: number; own: number }[];
  /** A name in a country's slot that the data does not hold ("is Brazil a member?"), safe to quote. */
  unknownName?: string;
  /** Content words that are neither vocabulary nor names: what the question holds beyond what the engine knows. */
  unknownWords: string[];
  /** Content words no data text uses: the data cannot hold an answer about them. */
  foreignWords: string[];
  /** Content words of the question (folded Latin, not names): what it asks about beyond the vocabulary. */
  terms: string[];
  /** The terms of the question's main clause, not of an aside ("… my notes from the spring still say …"). */
  mainTerms: string[];
  /** The content word the question word governs ("how many *employees*", "what is the SCO's *budget*"). */
  headNoun?: string;
  /** Does the head noun name a relation the engine answers (a relation cue)? */
  headKnown?: boolean;
  /** An economic measure named (trade, GDP, a budget, capital), which the data never records. */
  measure?: string;
  /** "how many" or "how much" (money and amounts the data does not count). */
  quantity?: 'many' | 'much';
  /** The data sentence that best covers the question's words (the full-text fallback). */
  passage?: import('./passages.js').Passage;
  declines: DeclineReason[];
  /** Some part of the question is legitimate (asked beside a declined part). */
  legit: boolean;
  /** Two or three questions asked in one line, each understood on its own. */
  parts?: Question[];
  /** Is a cue present (in any role, or in the given ones)? */
  has(cue: Cue, ...roles: Role[]): boolean;
  /** Is any of the cues present in the main clause? */
  main(...cues: Cue[]): boolean;
}
