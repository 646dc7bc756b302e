import type { FactStore } from '../facts/store.js';
import type { EventT, MembershipStatusT } from '../facts/schema.js';
import { formatDate, isoDay, isoPeriodEnd, isoToDate } from '../base/dates.js';
import { reply, type Citation, type Reply, type Section } from '../reply/model.js';
import { eventWhereAndTiming, STATUS_LABEL } from '../facts/wording.js';
import { chairSentence, officialSentence, officialStanding, unknownSentence } from '../facts/time.js';
import { factSignals, REPORTED_HEADING, SIGNAL_LABEL, untrustedLine } from '../facts/review.js';
import type { Briefer, DigestTopic, NewsSource, NewsSourceItem } from './types.js';

export interface BriefingWindow {
  /** Only what is new since this moment; absent for an on-demand briefing of the latest. */
  since?: Date;
  /** Today: what has happened and what is still ahead are judged against it. */
  now: Date;
  /** How many recent events an on-demand briefing shows. */
  latest?: number;
  /** Only what concerns these countries (ISO alpha-2). */
  countries?: readonly string[];
  /** Only these sections; all when absent or empty. */
  topics?: readonly DigestTopic[];
  /** Where "What's new" comes from, when news ingestion runs. */
  news?: NewsSource | undefined;
  /** How far ahead "Meetings in the next N days" looks in a digest. */
  aheadDays?: number;
}

const DEFAULT_LATEST = 3;
const DEFAULT_AHEAD_DAYS = 30;
const NEWS_LIMIT = 8;
/** How far back an on-demand briefing looks for news reporting a change. */
const BRIEF_NEWS_DAYS = 30;
const MAX_UNKNOWNS = 6;

/**
 * The briefing: latest (or new) events, status changes, the chair, what is contested, what the
 * data does not hold, what is coming up. Every item carries its sources, and every date is read
 * against today: a meeting whose date has passed is never "coming up". Shared by /sco brief and
 * the scheduled digest (which passes `since`: the channel's last delivered digest).
 */
export async function composeBriefing(store: FactStore, window: BriefingWindow): Promise<Reply> {
  // One clock for the whole briefing: the window's.
  const facts = store.withClock(window.now);
  const today = window.now;
  const sections: Section[] = [];
  const ids: string[][] = [];
  const extraSources: Citation[] = [];
  const since = window.since;
  const wants = (topic: DigestTopic) => !window.topics?.length || window.topics.includes(topic);
  const countries = window.countries?.length ? new Set(window.countries.map((c) => c.toUpperCase())) : undefined;
  const concerns = (e: EventT) => !countries || (e.host !== undefined && countries.has(e.host)) || e.attendees.some((c) => countries.has(c)) || e.positions.some((p) => countries.has(p.country));
  let newCount = 0;
  // A digest's window is (since, now]: what the data dates after now is not news yet.
  const inWindow = (iso: string) => since !== undefined && isoToDate(iso) >= since && isoToDate(iso) <= today;

  // Events whose date has come: held, or passed with only the announcement on record.
  const past = facts.past({ scoOnly: true }).filter(concerns);
  const recent = since ? past.filter((e) => inWindow(e.end ?? e.start)) : past.slice(0, window.latest ?? DEFAULT_LATEST);
  if (wants('events') && recent.length > 0) {
    sections.push({
      heading: since ? 'New events' : 'Latest events',
      items: recent.map((e) => `${e.name} — ${eventWhereAndTiming(e, facts)}. ${e.summary}`),
    });
    ids.push(...recent.map((e) => e.sources));
    if (since) newCount += recent.length;
  }

  const changes = facts.data.memberships.filter(
    (m) => m.from && m.status !== 'none' && (!countries || countries.has(m.country)) && (!since || inWindow(m.from)) && isoToDate(m.from) <= today,
  );
  const latestChanges = since ? changes : changes.filter((m) => m.from === maxFrom(changes));
  if (wants('membership') && latestChanges.length > 0) {
    sections.push({
      heading: since ? 'Changes in membership and partners' : 'Latest change in membership and partners',
      items: groupChanges(latestChanges.map((m) => ({ name: facts.nameOf(m.country), status: STATUS_LABEL[m.status], from: m.from! }))),
    });
    ids.push(...(since ? latestChanges : latestChanges.slice(0, 3)).map((m) => m.sources));
    if (since) newCount += latestChanges.length;
  }

  // The chair: always in a briefing; in a digest only when a term ended in the window.
  const standing = facts.chairStanding();
  const chairChanged = since === undefined || (standing.kind === 'ended' ? inWindow(standing.endedOn) : standing.kind === 'current' && inWindow(standing.chair.from));
  if (wants('membership') && standing.kind !== 'none' && chairChanged && (!countries || countries.has(standing.chair.country))) {
    const items = [chairSentence(standing, facts, today)!];
    if (standing.kind === 'ended') items.push(...facts.unknowns({ topic: 'chair' }).map(unknownSentence));
    sections.push({ heading: 'SCO chair', items });
    ids.push(standing.chair.sources);
    if (standing.kind === 'ended' && standing.chair.endsByRule) ids.push(facts.orgFact(standing.chair.endsByRule)?.sources ?? []);
    if (since) newCount += 1;
  }

  if (since && wants('officials')) {
    // Took office, left it, or reached the end of a fixed term inside the window.
    const officials = facts.officials().filter((o) => {
      if (countries && !countries.has(o.country)) return false;
      const s = officialStanding(o, today);
      return (o.from && inWindow(o.from)) || (s.kind === 'ended' && inWindow(s.on)) || (s.kind === 'term-over' && inWindow(isoDay(isoPeriodEnd(s.due))));
    });
    if (officials.length > 0) {
      sections.push({ heading: 'Changes in officials', items: officials.map((o) => officialSentence(o, today, facts)) });
      ids.push(...officials.map((o) => [...o.sources, ...(o.ended?.sources ?? [])]));
      newCount += officials.length;
    }
  }

  if (wants('disputes')) {
    // A digest repeats only what is new: positions taken at new events, claims checked since.
    const contested = (since ? recent : past).flatMap((e) => e.positions.filter((p) => !countries || countries.has(p.country)).map((p) => ({ e, p })));
    if (contested.length > 0) {
      sections.push({
        heading: 'Contested',
        items: contested.map(({ e, p }) => `${e.name}: ${facts.nameOf(p.country)} ${p.stance}${p.reason ? ` — ${p.reason}` : ''}`),
      });
      ids.push(...contested.map(({ p }) => p.sources));
    }
    const wrong = facts.disputedClaims().filter((c) => c.verdict === 'false' && (!since || inWindow(c.asOf)));
    if (wrong.length > 0) {
      sections.push({ heading: 'Claims in circulation that are wrong', items: wrong.map((c) => `"${c.claim}" — ${c.correction}`) });
      ids.push(...wrong.map((c) => c.sources));
      if (since) newCount += wrong.length;
    }
  }

  if (wants('events')) {
    // Questions the data leaves open today (a digest: those that opened in its window).
    const open = facts
      .unknowns()
      .filter((u) => !countries || u.countries.some((c) => countries.has(c)))
      .filter((u) => !since || (u.from !== undefined && inWindow(u.from)))
      .filter((u) => !(standing.kind === 'ended' && u.topic === 'chair' && sections.some((s) => s.heading === 'SCO chair')))
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
      .slice(0, MAX_UNKNOWNS);
    if (open.length > 0) {
      sections.push({ heading: 'Not in the data', items: open.map(unknownSentence) });
      ids.push(...open.map((u) => u.sources));
    }
  }

  if (wants('news') && window.news) {
    const from = since ?? new Date(today.getTime() - BRIEF_NEWS_DAYS * 86_400_000);
    const items = await window.news.itemsSince(from, { ...(countries && { countries: [...countries] }), limit: NEWS_LIMIT });
    const line = (n: NewsSourceItem, signals: string[]) =>
      `${untrustedLine(n.title)} — ${untrustedLine(n.publisher, 80)}${n.published ? `, ${formatDate(n.published.slice(0, 10))}` : ''}` +
      // The countries the item names, as /sco news shows them.
      (n.countries?.length ? ` [${n.countries.map((c) => facts.nameOf(c)).join(', ')}]` : '') +
      (signals.length ? ` (reported: ${signals.join(', ')})` : '');
    const judged = items.map((n) => ({ n, signals: factSignals(n.title, n.summary) }));
    // Items that look like a change to the facts are shown apart, as reports, never as facts.
    const reported = judged.filter((j) => j.signals.length > 0);
    const other = since ? judged.filter((j) => j.signals.length === 0) : [];
    if (other.length > 0) sections.push({ heading: "What's new", items: other.map((j) => line(j.n, [])) });
    if (reported.length > 0) sections.push({ heading: REPORTED_HEADING, items: reported.map((j) => line(j.n, j.signals.map((s) => SIGNAL_LABEL[s]))) });
    const shown = [...other, ...reported];
    extraSources.push(
      ...shown.map(({ n }) => ({ id: `news:${n.url}`, publisher: untrustedLine(n.publisher, 80), title: untrustedLine(n.title), url: n.url, ...(n.published && { date: n.published.slice(0, 10) }) })),
    );
    if (since) newCount += shown.length;
  }

  if (wants('meetings')) {
    const upcoming = facts.upcoming({ scoOnly: true }).filter(concerns);
    const aheadDays = window.aheadDays ?? DEFAULT_AHEAD_DAYS;
    const ahead = since ? upcoming.filter((e) => withinDays(e, today, aheadDays)) : upcoming;
    if (ahead.length > 0) {
      sections.push({
        heading: since ? `Meetings in the next ${aheadDays} days` : 'Coming up',
        items: ahead.map((e) => `${e.name} — ${eventWhereAndTiming(e, facts)}`),
      });
      ids.push(...ahead.map((e) => e.sources));
    } else if (!since) {
      sections.push({ heading: 'Coming up', text: `The data holds no meeting after today, ${formatDate(isoDay(today))}.` });
    }
  }

  const nothingNew = since !== undefined && newCount === 0;
  const members = facts.members().length;
  const partners = facts.partners().length;
  // Counts from stale data say how old they are where they are read, not only in the footer.
  const fresh = facts.freshness();
  const asOf = fresh.stale ? ` as of ${fresh.date}, ${fresh.age}` : '';
  return reply({
    title: since ? 'SCO digest' : 'SCO briefing',
    summary: nothingNew
      ? `Nothing new since ${formatDate(isoDay(since))}. The data runs to ${formatDate(facts.meta.dataAsOf)}.`
      : `The SCO has ${members} member states and ${partners} partners${asOf}.`,
    sections,
    sources: [...facts.citations(...ids), ...extraSources],
    ...facts.stamp(),
    suggestions: ['/sco events', '/sco members all'],
  });
}

/** The statuses that make up the SCO family: a change in any of them is a change in membership or partners. */
const FAMILY: ReadonlySet<MembershipStatusT> = new Set(['member', 'partner', 'observer', 'dialogue-partner']);

/** Did a country join, leave or change category in (since, now], among the countries followed (all when none)? */
export function familyChangedIn(facts: FactStore, since: Date, now: Date, countries: readonly string[] = []): boolean {
  const followed = countries.length ? new Set(countries.map((c) => c.toUpperCase())) : undefined;
  const within = (iso: string | undefined) => iso !== undefined && isoToDate(iso) >= since && isoToDate(iso) <= now;
  return facts.data.memberships.some((m) => FAMILY.has(m.status) && (!followed || followed.has(m.country)) && (within(m.from) || within(m.to)));
}

/** Does the meeting start within the next `days` days? A date known only to the month or year counts if that period overlaps. */
function withinDays(e: EventT, now: Date, days: number): boolean {
  const start = isoToDate(e.start).getTime();
  const end = isoPeriodEnd(e.start).getTime();
  const from = now.getTime() - 86_400_000;
  return end >= from && start <= now.getTime() + days * 86_400_000;
}

function maxFrom(list: { from?: string | undefined }[]): string | undefined {
  return list.map((m) => m.from!).sort().at(-1);
}

/** "Afghanistan, Mongolia, … became SCO partner on 1 September 2025". */
function groupChanges(list: { name: string; status: string; from: string }[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of list) {
    const key = `${c.status}|${c.from}`;
    groups.set(key, [...(groups.get(key) ?? []), c.name]);
  }
  return [...groups].map(([key, names]) => {
    const [status, from] = key.split('|');
    return `${names.join(', ')}: ${status} from ${formatDate(from!)}`;
  });
}

/** The briefing on demand (`/sco brief`), with the reported-news section when news runs. */
export function createBriefer(facts: FactStore, news?: NewsSource): Briefer {
  return { brief: async ({ now }) => composeBriefing(facts, { now, news }) };
}
