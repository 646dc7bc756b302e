import type { FactStore } from '../facts/store.js';
import type { EventT, MembershipStatusT } from '../facts/schema.js';
import { formatDate, isoPeriodEnd, isoToDate } from '../facts/dates.js';
import { reply, type Citation, type Reply, type Section } from '../reply/model.js';
import { eventWhenWhere, STATUS_LABEL } from '../facts/wording.js';

/** What a digest can be narrowed to (`/sco subscribe … topics:events,meetings`). */
export const DIGEST_TOPICS = ['events', 'membership', 'officials', 'meetings', 'disputes', 'news'] as const;
export type DigestTopic = (typeof DIGEST_TOPICS)[number];

/**
 * The seam for ingested news ("What's new"): anything that lists items first seen since a
 * moment. The news service provides it; the digest works without it.
 */
export interface NewsSource {
  itemsSince(
    since: Date,
    filter?: { countries?: string[]; limit?: number },
  ): { title: string; url: string; publisher: string; published?: string; firstSeen: string; countries?: string[] }[];
}

export interface BriefingWindow {
  /** Only what is new since this moment; absent for an on-demand briefing of the latest. */
  since?: Date;
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

/**
 * The briefing: latest (or new) events, status changes, what is contested, what is coming up.
 * Every item carries its sources. Shared by /sco brief and the scheduled digest (which passes
 * `since`: the channel's last delivered digest).
 */
export function composeBriefing(facts: FactStore, window: BriefingWindow): Reply {
  const sections: Section[] = [];
  const ids: string[][] = [];
  const extraSources: Citation[] = [];
  const since = window.since;
  const wants = (topic: DigestTopic) => !window.topics?.length || window.topics.includes(topic);
  const countries = window.countries?.length ? new Set(window.countries.map((c) => c.toUpperCase())) : undefined;
  const concerns = (e: EventT) => !countries || (e.host !== undefined && countries.has(e.host)) || e.attendees.some((c) => countries.has(c)) || e.positions.some((p) => countries.has(p.country));
  let newCount = 0;
  // A digest's window is (since, now]: what the data dates after now is not news yet.
  const inWindow = (iso: string) => since !== undefined && isoToDate(iso) >= since && isoToDate(iso) <= window.now;

  const held = facts.events({ scoOnly: true }).filter((e) => e.status === 'held' && concerns(e));
  const recent = since ? held.filter((e) => inWindow(e.end ?? e.start)) : held.slice(0, window.latest ?? DEFAULT_LATEST);
  if (wants('events') && recent.length > 0) {
    sections.push({
      heading: since ? 'New events' : 'Latest events',
      items: recent.map((e) => `${e.name} — ${eventWhenWhere(e, facts)}. ${e.summary}`),
    });
    ids.push(...recent.map((e) => e.sources));
    if (since) newCount += recent.length;
  }

  const changes = facts.data.memberships.filter(
    (m) => m.from && m.status !== 'none' && (!countries || countries.has(m.country)) && (!since || inWindow(m.from)),
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

  if (since && wants('officials')) {
    const officials = facts.officials().filter(
      (o) => (!countries || countries.has(o.country)) && ((o.from && inWindow(o.from)) || (o.to && inWindow(o.to))),
    );
    if (officials.length > 0) {
      sections.push({
        heading: 'Changes in officials',
        items: officials.map((o) =>
          o.to && inWindow(o.to) ? `${o.name} left the post of ${o.roleLabel} (${formatDate(o.to)})` : `${o.name} became ${o.roleLabel} (${formatDate(o.from!)})`,
        ),
      });
      ids.push(...officials.map((o) => o.sources));
      newCount += officials.length;
    }
  }

  if (wants('disputes')) {
    // A digest repeats only what is new: positions taken at new events, claims checked since.
    const contested = (since ? recent : held).flatMap((e) => e.positions.filter((p) => !countries || countries.has(p.country)).map((p) => ({ e, p })));
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

  if (since && wants('news') && window.news) {
    const items = window.news.itemsSince(since, { ...(countries && { countries: [...countries] }), limit: NEWS_LIMIT });
    if (items.length > 0) {
      sections.push({
        heading: "What's new",
        items: items.map(
          (n) =>
            `${n.title} — ${n.publisher}${n.published ? `, ${formatDate(n.published.slice(0, 10))}` : ''}` +
            // The countries the item names, as /sco news shows them.
            (n.countries?.length ? ` [${n.countries.map((c) => facts.nameOf(c)).join(', ')}]` : ''),
        ),
      });
      extraSources.push(...items.map((n) => ({ id: `news:${n.url}`, publisher: n.publisher, title: n.title, url: n.url, ...(n.published && { date: n.published.slice(0, 10) }) })));
      newCount += items.length;
    }
  }

  if (wants('meetings')) {
    const upcoming = facts.events({ scoOnly: true }).filter((e) => e.status !== 'held' && concerns(e));
    const ahead = since ? upcoming.filter((e) => withinDays(e, window.now, window.aheadDays ?? DEFAULT_AHEAD_DAYS)) : upcoming.filter((e) => isoPeriodEnd(e.end ?? e.start) >= facts.dataDate); // "2026" may still be ahead in April 2026
    if (ahead.length > 0) {
      sections.push({
        heading: since ? `Meetings in the next ${window.aheadDays ?? DEFAULT_AHEAD_DAYS} days` : 'Coming up',
        items: [...ahead].reverse().map((e) => `${e.name} — ${eventWhenWhere(e, facts)} (${e.status}${e.caveat ? `; ${e.caveat}` : ''})`),
      });
      ids.push(...ahead.map((e) => e.sources));
    }
  }

  const nothingNew = since !== undefined && newCount === 0;
  return reply({
    title: since ? 'SCO digest' : 'SCO briefing',
    summary: nothingNew
      ? `Nothing new since ${formatDate(since.toISOString().slice(0, 10))}. The data runs to ${formatDate(facts.meta.dataAsOf)}.`
      : `The SCO has ${facts.members().length} member states and ${facts.partners().length} partners.`,
    sections,
    sources: [...facts.citations(...ids), ...extraSources],
    asOf: facts.meta.dataAsOf,
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
