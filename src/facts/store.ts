import type { Citation } from '../reply/model.js';
import type {
  ChairmanshipT,
  CountryT,
  DisputedClaimT,
  EventT,
  FactData,
  MembershipStatusT,
  MembershipT,
  OfficialT,
  OrgFactT,
  UnknownT,
} from './schema.js';
import { formatDate, holdsOn, isoTime } from '../base/dates.js';
import {
  chairStanding,
  eventPhase,
  eventTiming,
  freshness,
  isOpen,
  officialStanding,
  type ChairStanding,
  type EventPhase,
  type Freshness,
  type Lookup,
  type OfficialStanding,
} from './time.js';
import { NameResolver } from './resolve.js';
import { FactIndex, type SearchHit } from './search.js';
import { loadFactData, DEFAULT_DATA_DIR } from './load.js';
import { formatProblem } from './problems.js';

/** Statuses that make a country part of the "SCO family" (members and partners). */
const PARTNER_STATUSES: readonly MembershipStatusT[] = ['partner', 'observer', 'dialogue-partner'];

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`data/ failed validation:\n${problems.join('\n')}`);
  }
}

export interface FactStoreOptions {
  /** The clock every time-aware answer reads; tests freeze it. Default: the system clock. */
  now?: () => Date;
}

/** The date stamp a reply carries: the data date and, once it is behind today, its age. */
export interface DataStamp {
  asOf: string;
  asOfAge?: string;
}

/**
 * The one read-only store of curated facts. Loaded and validated once; every handler, the
 * question answerer and the digest query it through these methods. It holds two dates: the
 * data date (the newest fact's) and today, from an injected clock.
 */
export class FactStore implements Lookup {
  readonly resolver: NameResolver;
  /** The one search index over the data: the sources command's search and the ask engine's passages. */
  readonly index: FactIndex;
  private readonly countryById: Map<string, CountryT>;
  private readonly sourceById: Map<string, FactData['sources'][number]>;
  private readonly eventById: Map<string, EventT>;
  private readonly officialById: Map<string, OfficialT>;
  private readonly orgById: Map<string, OrgFactT>;
  private readonly membershipsByCountry = new Map<string, MembershipT[]>();
  private readonly eventsByDate: EventT[];

  private clock: () => Date;

  constructor(
    readonly data: FactData,
    options: FactStoreOptions = {},
  ) {
    this.clock = options.now ?? (() => new Date());
    this.countryById = new Map(data.countries.map((c) => [c.id, c]));
    this.sourceById = new Map(data.sources.map((s) => [s.id, s]));
    this.eventById = new Map(data.events.map((e) => [e.id, e]));
    this.officialById = new Map(data.officials.map((o) => [o.id, o]));
    this.orgById = new Map(data.organisation.map((f) => [f.id, f]));
    for (const m of data.memberships) {
      const list = this.membershipsByCountry.get(m.country) ?? [];
      list.push(m);
      this.membershipsByCountry.set(m.country, list);
    }
    for (const list of this.membershipsByCountry.values()) {
      list.sort((a, b) => (a.from ? isoTime(a.from) : 0) - (b.from ? isoTime(b.from) : 0));
    }
    this.eventsByDate = [...data.events].sort((a, b) => isoTime(b.start) - isoTime(a.start));
    this.resolver = new NameResolver(data.countries);
    this.index = new FactIndex(data);
  }

  /** Loads data/ (or another folder), throwing a DataError that lists every problem. */
  static load(dir: string = DEFAULT_DATA_DIR, options: FactStoreOptions = {}): FactStore {
    const result = loadFactData(dir);
    if (!result.ok) throw new DataError(result.problems.map(formatProblem));
    return new FactStore(result.data, options);
  }

  /** The same facts (and indexes, built once) read against another clock. */
  withClock(now: Date | (() => Date)): FactStore {
    const copy = Object.create(FactStore.prototype) as FactStore;
    Object.assign(copy, this);
    copy.clock = typeof now === 'function' ? now : () => new Date(now.getTime());
    return copy;
  }

  get meta() {
    return this.data.meta;
  }

  /** The last day the sources cover. */
  get dataDate(): Date {
    return new Date(isoTime(this.data.meta.dataAsOf));
  }

  /** Today, from the injected clock. */
  now(): Date {
    return this.clock();
  }

  /**
   * The latest day the facts can speak for: the data date, or today if the clock is earlier
   * (a frozen test clock before the data date sees the facts as they stood that day).
   */
  factsDay(): Date {
    const now = this.now();
    return now < this.dataDate ? now : this.dataDate;
  }

  /** How old the data is today. */
  freshness(): Freshness {
    return freshness(this.data.meta.dataAsOf, this.now());
  }

  /** `asOf` and, once the data date is behind today, `asOfAge`: spread into a reply. */
  stamp(): DataStamp {
    const f = this.freshness();
    return { asOf: f.asOf, ...(f.age && { asOfAge: f.age }) };
  }

  // — sources —

  /** A web source as a link; undefined for an unknown id or a print edition (which has no address: use citations()). */
  citation(sourceId: string): (Citation & { url: string }) | undefined {
    const c = this.cite(sourceId);
    return c?.url !== undefined ? (c as Citation & { url: string }) : undefined;
  }

  /** Any source as the reader sees it; a print edition comes without an address and with its page. */
  cite(sourceId: string): Citation | undefined {
    const known = this.cited.get(sourceId);
    if (known) return known;
    const s = this.sourceById.get(sourceId);
    if (!s) return undefined;
    // A source reads the same in every reply: built once, frozen so no reply can change another's.
    const c: Citation = Object.freeze({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      ...(s.url !== undefined && { url: s.url }),
      // An "accessed" date says when we looked, not when it was published: not shown as the source's date.
      ...(s.dateKind === 'published' && { date: formatDate(s.date) }),
      ...(s.kind === 'print' && { print: s.page ?? true }),
    });
    this.cited.set(sourceId, c);
    return c;
  }

  private readonly cited = new Map<string, Citation>();

  citations(...groups: readonly (readonly string[])[]): Citation[] {
    const ids = [...new Set(groups.flat())];
    return ids.map((id) => this.cite(id)).filter((c): c is Citation => c !== undefined);
  }

  // — countries and status —

  country(code: string): CountryT | undefined {
    return this.countryById.get(code.toUpperCase());
  }

  countries(): readonly CountryT[] {
    return this.data.countries;
  }

  /** Every status record of a country, oldest first. */
  membershipHistory(code: string): readonly MembershipT[] {
    return this.membershipsByCountry.get(code.toUpperCase()) ?? [];
  }

  /** The statuses that hold on a day (default: the facts' day). Armenia is both partner and applicant. */
  statusOn(code: string, day: Date = this.factsDay()): MembershipT[] {
    return this.membershipHistory(code).filter((m) => m.status === 'none' || holdsOn(day, m.from, m.to));
  }

  /** The record that says how a country became a member, if it is or was one. */
  accession(code: string): MembershipT | undefined {
    return this.membershipHistory(code).find((m) => m.status === 'member');
  }

  /** Countries holding a status on a day, in accession order then by name. */
  withStatus(
    statuses: readonly MembershipStatusT[],
    day: Date = this.factsDay(),
  ): { country: CountryT; record: MembershipT }[] {
    const out: { country: CountryT; record: MembershipT }[] = [];
    for (const m of this.data.memberships) {
      if (!statuses.includes(m.status) || !holdsOn(day, m.from, m.to)) continue;
      const country = this.countryById.get(m.country);
      if (country && !out.some((o) => o.country === country)) out.push({ country, record: m });
    }
    return out.sort(
      (a, b) =>
        (a.record.from ? isoTime(a.record.from) : 0) - (b.record.from ? isoTime(b.record.from) : 0) ||
        a.country.name.localeCompare(b.country.name),
    );
  }

  members(day: Date = this.factsDay()) {
    return this.withStatus(['member'], day);
  }

  partners(day: Date = this.factsDay()) {
    return this.withStatus(PARTNER_STATUSES, day);
  }

  /** The recorded member-count period covering a day, if the SCO existed then. */
  memberCountOn(day: Date) {
    return this.data.memberCount.find((p) => holdsOn(day, p.from, p.to));
  }

  // — organisation —

  orgFact(id: string): OrgFactT | undefined {
    return this.orgById.get(id);
  }

  orgFacts(topic?: string): readonly OrgFactT[] {
    return topic ? this.data.organisation.filter((f) => f.topic === topic) : this.data.organisation;
  }

  chairs(): readonly ChairmanshipT[] {
    return this.data.chairs;
  }

  /** The chair terms a two-year span names ("2023–24"): those that began in its first year. */
  chairsOfSpan(firstYear: number): readonly ChairmanshipT[] {
    return this.data.chairs.filter((c) => c.from.startsWith(String(firstYear)));
  }

  /**
   * The chair on a day by recorded dates only (a term that ends by rule at its summit has no
   * recorded end). For today, use chairStanding(), which applies the rule.
   */
  chairOn(day: Date = this.factsDay()): ChairmanshipT | undefined {
    return this.data.chairs.find((c) => holdsOn(day, c.from, c.to));
  }

  /** The chair today, or the term that ended (by record or by rule) with no successor in the data. */
  chairStanding(): ChairStanding {
    return chairStanding(this.data.chairs, this.now(), this);
  }

  // — events and people —

  event(id: string): EventT | undefined {
    return this.eventById.get(id);
  }

  /** Events, newest first, optionally only those a country hosted, attended, took a position at or was admitted at, and only since a day. */
  events(filter: { country?: string; since?: Date; scoOnly?: boolean } = {}): EventT[] {
    return this.eventsByDate.filter((e) => {
      if (filter.scoOnly && !e.sco) return false;
      if (filter.since && isoTime(e.end ?? e.start) < filter.since.getTime()) return false;
      if (filter.country) {
        const c = filter.country.toUpperCase();
        return (
          e.host === c ||
          e.attendees.includes(c) ||
          e.positions.some((p) => p.country === c) ||
          // The summit that admitted a country belongs to its story even where attendance is not listed.
          this.membershipHistory(c).some((m) => m.event === e.id)
        );
      }
      return true;
    });
  }

  /** Where an event stands today: upcoming, held (with or without its decisions), or passed unconfirmed. */
  eventPhase(e: EventT): EventPhase {
    return eventPhase(e, this.now());
  }

  /** "held on 1 September 2026; its decisions are not in the data", and the like. */
  eventTiming(e: EventT): string {
    return eventTiming(e, this.now());
  }

  /** Events starting after today, soonest first. */
  upcoming(filter: { country?: string; scoOnly?: boolean } = {}): EventT[] {
    return this.events(filter)
      .filter((e) => this.eventPhase(e) === 'upcoming')
      .reverse();
  }

  /** Events whose date has come, newest first: held, or passed with only the announcement on record. */
  past(filter: { country?: string; since?: Date; scoOnly?: boolean } = {}): EventT[] {
    return this.events(filter).filter((e) => this.eventPhase(e) !== 'upcoming');
  }

  official(id: string): OfficialT | undefined {
    return this.officialById.get(id);
  }

  officials(filter: { role?: OfficialT['role']; country?: string; event?: string } = {}): OfficialT[] {
    return this.data.officials.filter(
      (o) =>
        (!filter.role || o.role === filter.role) &&
        (!filter.country || o.country === filter.country.toUpperCase()) &&
        (!filter.event || o.event === filter.event),
    );
  }

  /** In office, ended (and how), or a fixed term run out, as of today. */
  officialStanding(o: OfficialT): OfficialStanding {
    return officialStanding(o, this.now());
  }

  /**
   * What the data explicitly does not hold and is an open question today, optionally only what
   * concerns a topic, an event, a country or an office.
   */
  unknowns(filter: { topic?: string; event?: string; country?: string; role?: OfficialT['role'] } = {}): UnknownT[] {
    const today = this.now();
    return this.data.unknowns.filter(
      (u) =>
        isOpen(u, today) &&
        (!filter.topic || u.topic === filter.topic) &&
        (!filter.event || u.event === filter.event) &&
        (!filter.country || u.countries.includes(filter.country.toUpperCase())) &&
        (!filter.role || u.role === filter.role),
    );
  }

  /** Full-text search over organisation facts, events, disputed claims and rejected references. */
  search(query: string): SearchHit[] {
    return this.index.search(query);
  }

  disputedClaims(): readonly DisputedClaimT[] {
    return this.data.disputedClaims;
  }

  rejectedSources() {
    return this.data.rejectedSources;
  }

  /** Display name of a country code, or the code itself when it is not in the table. */
  nameOf(code: string): string {
    return this.countryById.get(code)?.name ?? code;
  }
}
