import type { BodyKeyT, CountryT, EventT, MembershipStatusT, OfficialT } from '../facts/schema.js';
import type { Lang } from './understand/language.js';
import type { Messages } from './messages/en.js';
import type { Verdict } from './verdict.js';

/**
 * An answer before it becomes a Reply. Sentences that must read in the asker's language are
 * functions of a `Loc` (the language's messages, names and Intl formats), so one draft renders
 * in the asker's language and in English beside it. Plain strings are English detail from data.
 */
export type Text = (l: Loc) => string;

export type { Verdict } from './verdict.js';

export interface Draft {
  /** Short label for the reply (no internal ids). */
  title: Text;
  /** For yes/no questions: the verdict that opens the answer. */
  verdict?: Verdict;
  /** Open with the verdict whatever the question's form (a claim check is always a yes or a no). */
  verdictAlways?: boolean;
  /** The sentence that answers exactly what was asked. */
  lead: Text;
  /** At most one sentence of context (English detail where it is a data sentence). */
  context?: Text | string;
  /** One short caveat, shown apart. */
  note?: string;
  /** Details: lists, each with an optional heading; an item made of the data's names and dates is written in English. */
  details?: { heading?: Text; items: (string | Text)[] }[];
  /** Source ids per claim, most important first; at most three are shown. */
  sources: readonly (readonly string[])[];
  /** fact: states sourced facts; notHeld: in scope, not in the data; decline: refused; help: about the bot. */
  kind: 'fact' | 'notHeld' | 'decline' | 'help';
  suggestions?: string[];
}

/** A language's way of writing the data's names, dates and numbers. */
export interface Loc {
  lang: Lang;
  m: Messages;
  /** A country's name in the language (from the data's native names). */
  c(country: CountryT | string): string;
  /** A date as precise as the data ("2023", "July 2023", "4 July 2023"), through Intl. */
  d(iso: string): string;
  /** A range of dates ("25–26 June 2025"). */
  dr(start: string, end?: string): string;
  /** A number, through Intl. */
  n(x: number): string;
  /** A span before today ("9 years ago"), through Intl. */
  ago(n: number, unit: 'year' | 'month' | 'day'): string;
  /** An ordinal ("10th", "10.", "第10"). */
  nth(x: number): string;
  /** A list joined the language's way ("A, B and C"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A place the data names, in the language. */
  place(name: string): string;
  person(o: OfficialT): string;
  body(b: BodyKeyT): string;
  /** The organisation's short name ("SCO", "ШОС", "上合组织"). */
  org: string;
  orgFull: string;
  /** The Shanghai Five. */
  five: string;
  /** A language's name (ISO 639-1 code), through Intl. */
  language(code: string): string;
  status(s: MembershipStatusT): string;
  /** An event's label ("the 2025 Tianjin summit"). */
  event(e: EventT): string;
}
