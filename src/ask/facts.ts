import type { FactStore } from '../facts/store.js';
import type {
  BodyKeyT,
  ChairmanshipT,
  CountryT,
  EventT,
  MembershipT,
  OfficialT,
  OrgFactT,
  TopicsT,
  UnknownT,
} from '../facts/schema.js';
import { isoTime } from '../base/dates.js';
import {
  chairStanding,
  eventPhase,
  isOpen,
  officialStanding,
  type ChairStanding,
  type EventPhase,
  type OfficialStanding,
} from '../facts/time.js';

/**
 * What an intent reads: the fact store, "today" for the question, and the queries the intents
 * share (the organisation fact behind each topic, accession order, summits in time order).
 * Every name, date and sentence still comes from the store.
 */
export class AskFacts {
  constructor(
    readonly store: FactStore,
    /** The day questions are answered on ("now" for "who chairs now"). */
    readonly today: Date,
  ) {}

  get dataAsOf(): string {
    return this.store.meta.dataAsOf;
  }

  get dataDate(): Date {
    return this.store.dataDate;
  }

  /** Facts hold as of the data date: past it, the data cannot say what holds. */
  get factDay(): Date {
    return this.today < this.store.dataDate ? this.today : this.store.dataDate;
  }

  get names() {
    return this.store.data.ask.names;
  }

  /** The organisation fact behind one of the engine's topics (data/lexicon/topics.json). */
  topic(key: Exclude<keyof TopicsT, 'applications' | 'officialSite'>): OrgFactT | undefined {
    const id = this.store.data.ask.topics[key];
    return id ? this.store.orgFact(id) : undefined;
  }

  topicFacts(key: 'applications'): OrgFactT[] {
    return this.store.data.ask.topics[key]
      .map((id) => this.store.orgFact(id))
      .filter((f): f is OrgFactT => f !== undefined);
  }

  country(code: string): CountryT | undefined {
    return this.store.country(code);
  }

  accession(code: string): MembershipT | undefined {
    return this.store.accession(code);
  }

  history(code: string): readonly MembershipT[] {
    return this.store.membershipHistory(code);
  }

  statusOn(code: string, day: Date = this.factDay): MembershipT[] {
    return this.store.statusOn(code, day);
  }

  members(day: Date = this.factDay) {
    return this.store.members(day);
  }

  partners(day: Date = this.factDay) {
    return this.store.partners(day);
  }

  /** The founding date: the first member-count period's start. */
  get founded(): string | undefined {
    return this.topic('founding')?.date ?? this.store.data.memberCount[0]?.from;
  }

  isFounder(code: string): boolean {
    const acc = this.accession(code);
    return acc?.from !== undefined && acc.from === this.founded;
  }

  memberCountOn(day: Date) {
    return this.store.memberCountOn(day);
  }

  get memberCounts() {
    return this.store.data.memberCount;
  }

  chairs(): readonly ChairmanshipT[] {
    return this.store.chairs();
  }

  chairsOfSpan(firstYear: number): readonly ChairmanshipT[] {
    return this.store.chairsOfSpan(firstYear);
  }

  /** The chair term that hosted a summit: the one the summit closed (the next began that day). */
  chairOfSummit(eventId: string): ChairmanshipT | undefined {
    return this.store.chairs().find((t) => t.hostsSummit === eventId);
  }

  chairOn(day: Date): ChairmanshipT | undefined {
    return this.store.chairOn(day);
  }

  event(id: string): EventT | undefined {
    return this.store.event(id);
  }

  /** SCO events of a kind, oldest first. */
  eventsOfKind(kind: EventT['kind']): EventT[] {
    return [...this.store.data.events]
      .filter((e) => e.kind === kind && e.sco)
      .sort((a, b) => isoTime(a.start) - isoTime(b.start));
  }

  /** SCO meetings of one body (summits are the Council of Heads of State's), oldest first. */
  eventsOf(body: BodyKeyT): EventT[] {
    return [...this.store.data.events]
      .filter((e) => e.body === body)
      .sort((a, b) => isoTime(a.start) - isoTime(b.start));
  }

  /** Where an event stands today: upcoming, held (with or without its decisions), or its day passed with only the announcement on record. */
  phase(e: EventT): EventPhase {
    return eventPhase(e, this.today);
  }

  /** Has the event's day come (held, or passed unconfirmed)? Nothing whose day has come reads as coming up. */
  isPast(e: EventT): boolean {
    return this.phase(e) !== 'upcoming';
  }

  /** Who chairs today, or whose term has ended (by record or by the rule) with no successor in the data. */
  chairStanding(): ChairStanding {
    return chairStanding(this.store.chairs(), this.today, this.store);
  }

  /** An official today: in office, ended (and how), a fixed term run out, or not yet in office. */
  standing(o: OfficialT): OfficialStanding {
    return officialStanding(o, this.today);
  }

  /** What the data explicitly does not hold and is open today. */
  unknowns(filter: { topic?: string; event?: string; country?: string; role?: OfficialT['role'] } = {}): UnknownT[] {
    return this.store.data.unknowns.filter(
      (u) =>
        isOpen(u, this.today) &&
        (!filter.topic || u.topic === filter.topic) &&
        (!filter.event || u.event === filter.event) &&
        (!filter.country || u.countries.includes(filter.country)) &&
        (!filter.role || u.role === filter.role),
    );
  }

  officials(filter: Parameters<FactStore['officials']>[0] = {}): OfficialT[] {
    return this.store.officials(filter);
  }

  nameOf(code: string): string {
    return this.store.nameOf(code);
  }
}
