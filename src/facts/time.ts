import type { ChairmanshipT, EventT, OfficeEndT, OfficialT, OrgFactT, UnknownT } from './schema.js';
import { ago, daysBetween, formatDate, formatRange, isoPeriodEnd, isoToDate } from '../base/dates.js';

/**
 * Two dates govern every answer: today (the injected clock) and the data date (the newest
 * fact's as-of). These pure functions turn a record and those dates into how it reads now,
 * so commands, the digest and ask word a passed meeting, an ended term or stale facts the same
 * way. The strings here are UI wording; every date, name and rule comes from the record.
 */

/** After this many days without a newer fact, check-data warns and replies stress the age. */
export const STALE_AFTER_DAYS = 90;

// — events —

/**
 * upcoming: starts after today (whatever the sources say about it);
 * held: the data records it held, with outcomes;
 * held-outcome-unknown: the data records it held, but none of its decisions;
 * unconfirmed: its date has come (or passed) and the data holds only the announcement.
 */
export type EventPhase = 'upcoming' | 'held' | 'held-outcome-unknown' | 'unconfirmed';

/** Kinds whose outcome is decisions; a founding or a context event is fully described by its summary. */
const DECIDING_KINDS: ReadonlySet<EventT['kind']> = new Set([
  'summit',
  'heads-of-government',
  'ministerial',
  'working',
]);

export function eventPhase(e: EventT, today: Date): EventPhase {
  // A partial date ("2026-10") has begun once its first day has.
  if (daysBetween(today, isoToDate(e.start)) > 0) return 'upcoming';
  if (e.status !== 'held') return 'unconfirmed';
  return e.outcomes.length === 0 && DECIDING_KINDS.has(e.kind) ? 'held-outcome-unknown' : 'held';
}

function isUpcoming(e: EventT, today: Date): boolean {
  return eventPhase(e, today) === 'upcoming';
}

/** Has the whole (possibly partial) date range gone by? "2026-10" is over only after 31 October. */
function isOver(e: EventT, today: Date): boolean {
  return daysBetween(isoPeriodEnd(e.end ?? e.start), today) > 0;
}

/** "on 1 September 2026", "in October 2026", "on 25–26 June 2025". */
function onDate(e: EventT): string {
  return `${e.start.length === 10 ? 'on' : 'in'} ${formatRange(e.start, e.end)}`;
}

/**
 * How an event's date reads today: "held on 1 September 2026; its decisions are not in the
 * data", "scheduled for 28 April 2026; whether and how it took place is not in the data",
 * "scheduled for 1 September 2026".
 */
export function eventTiming(e: EventT, today: Date): string {
  const when = formatRange(e.start, e.end);
  switch (eventPhase(e, today)) {
    case 'upcoming':
      return e.status === 'expected' ? `expected ${onDate(e)}` : `scheduled for ${when}`;
    case 'held':
      return `held ${onDate(e)}`;
    case 'held-outcome-unknown':
      return `held ${onDate(e)}; its decisions are not in the data`;
    case 'unconfirmed': {
      const lead = e.status === 'expected' ? `expected ${onDate(e)}` : `scheduled for ${when}`;
      return isOver(e, today)
        ? `${lead}; whether and how it took place is not in the data`
        : `${lead}; whether it has taken place is not in the data`;
    }
  }
}

// — the rotating chair —

export type ChairStanding =
  /** Holds the chair today. */
  | { kind: 'current'; chair: ChairmanshipT }
  /** The term is over (recorded, or by the rule at the summit it hosted) and the data holds no successor. */
  | { kind: 'ended'; chair: ChairmanshipT; endedOn: string; byRule: boolean }
  | { kind: 'none' };

/**
 * When a term ends: its recorded `to`, or, for a term that ends by rule at the summit it hosts,
 * that summit's date once the data records the summit held and the day has come.
 */
export function chairTermEnd(
  c: ChairmanshipT,
  today: Date,
  events: Pick<Lookup, 'event'>,
): { on: string; byRule: boolean } | undefined {
  if (c.to !== undefined) return { on: c.to, byRule: false };
  const summit = c.endsByRule && c.hostsSummit ? events.event(c.hostsSummit) : undefined;
  if (summit && summit.status === 'held' && !isUpcoming(summit, today)) return { on: summit.start, byRule: true };
  return undefined;
}

/** Who chairs today, or whose term has ended with no successor in the data. */
export function chairStanding(
  chairs: readonly ChairmanshipT[],
  today: Date,
  events: Pick<Lookup, 'event'>,
): ChairStanding {
  const t = today.getTime();
  const terms = [...chairs]
    .sort((a, b) => isoToDate(a.from).getTime() - isoToDate(b.from).getTime())
    .map((chair) => ({ chair, end: chairTermEnd(chair, today, events) }));
  const current = terms.find(
    ({ chair, end }) => isoToDate(chair.from).getTime() <= t && (end === undefined || isoToDate(end.on).getTime() > t),
  );
  if (current) return { kind: 'current', chair: current.chair };
  const last = terms.filter(({ end }) => end !== undefined && isoToDate(end.on).getTime() <= t).at(-1);
  if (last && !terms.some(({ chair }) => chair.from >= last.end!.on)) {
    return { kind: 'ended', chair: last.chair, endedOn: last.end!.on, byRule: last.end!.byRule };
  }
  return { kind: 'none' };
}

// — officials —

export type OfficialStanding =
  /** In office as far as the data goes: since `from` (when known), last confirmed on `asOf`. */
  | { kind: 'in-office'; asOf: string }
  /** A source recorded the end: `on`, and how (`how`) when a source says so. */
  | { kind: 'ended'; on: string; how?: OfficeEndT }
  /** A fixed term ran out by rule and the data records nothing after it. */
  | { kind: 'term-over'; due: string }
  /** Takes office after today. */
  | { kind: 'not-yet'; from: string };

export function officialStanding(o: OfficialT, today: Date): OfficialStanding {
  if (o.to !== undefined && daysBetween(isoToDate(o.to), today) >= 0)
    return { kind: 'ended', on: o.to, ...(o.ended && { how: o.ended }) };
  if (o.from !== undefined && daysBetween(today, isoToDate(o.from)) > 0) return { kind: 'not-yet', from: o.from };
  if (o.termEnds !== undefined && daysBetween(isoPeriodEnd(o.termEnds), today) > 0)
    return { kind: 'term-over', due: o.termEnds };
  return { kind: 'in-office', asOf: o.asOf };
}

// — staleness —

export interface Freshness {
  /** The data date, ISO. */
  asOf: string;
  /** "3 September 2026". */
  date: string;
  /** "3 months ago"; absent when the data date is today or later. */
  age?: string;
  /** Whole days from the data date to today (negative when today is earlier). */
  days: number;
  /** Older than STALE_AFTER_DAYS. */
  stale: boolean;
}

export function freshness(dataAsOf: string, today: Date): Freshness {
  const asOfDay = isoToDate(dataAsOf);
  const days = daysBetween(asOfDay, today);
  const age = ago(asOfDay, today);
  return { asOf: dataAsOf, date: formatDate(dataAsOf), ...(age && { age }), days, stale: days > STALE_AFTER_DAYS };
}

/** "Facts checked to 3 September 2026, 3 months ago". */
export function freshnessLine(dataAsOf: string, today: Date): string {
  const f = freshness(dataAsOf, today);
  return `Facts checked to ${f.date}${f.age ? `, ${f.age}` : ''}`;
}

// — what the data does not hold —

/** Is the question open today (its `from` has come)? */
export function isOpen(u: UnknownT, today: Date): boolean {
  return u.from === undefined || daysBetween(isoToDate(u.from), today) >= 0;
}

/** "The data does not hold who chairs the SCO for 2026–27. Pakistan's Prime Minister …" */
export function unknownSentence(u: UnknownT): string {
  return `The data does not hold ${u.what}.${u.lead ? ` ${u.lead}` : ''}`;
}

// — sentences that need names —

/** What the wording reads from the store: names and records by id. FactStore provides it. */
export interface Lookup {
  nameOf(code: string): string;
  event(id: string): EventT | undefined;
  orgFact(id: string): OrgFactT | undefined;
}

/**
 * The chair today: "Kyrgyzstan has held the rotating SCO chair since 1 September 2025." or, once
 * the term has run out with no successor recorded, "Kyrgyzstan's term as SCO chair ended at the
 * Bishkek summit on 1 September 2026. The chair passes at each … summit." — the rule sentence
 * quoted from the data. The caller adds the matching unknown ("who chairs … is not in the data").
 */
export function chairSentence(standing: ChairStanding, lookup: Lookup, today: Date): string | undefined {
  if (standing.kind === 'none') return undefined;
  const c = standing.chair;
  const name = lookup.nameOf(c.country);
  const summit = c.hostsSummit ? lookup.event(c.hostsSummit) : undefined;
  if (standing.kind === 'current') {
    const next =
      summit && isUpcoming(summit, today)
        ? `; it hosts the summit in ${summit.city}, ${eventTiming(summit, today)}`
        : '';
    return `${name} has held the rotating SCO chair since ${formatDate(c.from)}${next}.`;
  }
  const at = summit && summit.start === standing.endedOn ? ` at the ${summit.city} summit` : '';
  const rule = standing.byRule && c.endsByRule ? lookup.orgFact(c.endsByRule) : undefined;
  return `${name}'s term as SCO chair (from ${formatDate(c.from)}) ended${at} on ${formatDate(standing.endedOn)}.${rule ? ` ${rule.text}` : ''}`;
}

/**
 * One official as of today: present tense only while in office, with the date last confirmed;
 * past tense with the end date and how it ended once a source recorded the end; for a fixed
 * term that ran out, when it was due and that what followed is not in the data.
 */
export function officialSentence(o: OfficialT, today: Date, lookup: Lookup): string {
  const s = officialStanding(o, today);
  const since = o.from ? ` from ${formatDate(o.from)}` : '';
  switch (s.kind) {
    case 'ended':
      return `${o.name} was ${o.roleLabel}${since} until ${formatDate(s.on)}.${s.how ? ` ${s.how.text}` : ''}`;
    case 'term-over':
      return `${o.name} was ${o.roleLabel}${since}; the term was due to end ${s.due.length === 10 ? 'on' : 'in'} ${formatDate(s.due)}, and who holds the post since is not in the data.`;
    case 'not-yet':
      return `${o.name} takes office as ${o.roleLabel} on ${formatDate(s.from)}.`;
    case 'in-office': {
      const seen = o.event ? lookup.event(o.event) : undefined;
      const at = seen ? ` (at the ${seen.name})` : '';
      return o.from
        ? `${o.name} has been ${o.roleLabel} since ${formatDate(o.from)}, last confirmed on ${formatDate(s.asOf)}.`
        : `${o.name} was ${o.roleLabel} as of ${formatDate(s.asOf)}${at}; the data has not confirmed it since.`;
    }
  }
}
