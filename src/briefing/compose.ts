import type { FactStore } from '../facts/store.js';
import { formatDate, isoToDate } from '../facts/dates.js';
import { reply, type Reply, type Section } from '../reply/model.js';
import { eventWhenWhere, STATUS_LABEL } from '../facts/wording.js';

export interface BriefingWindow {
  /** Only what is new since this moment; absent for an on-demand briefing of the latest. */
  since?: Date;
  now: Date;
  /** How many recent events an on-demand briefing shows. */
  latest?: number;
}

const DEFAULT_LATEST = 3;

/**
 * The briefing: latest (or new) events, status changes, what is contested, what is coming up.
 * Every item carries its sources. Shared by /sco brief and the scheduled digest.
 */
export function composeBriefing(facts: FactStore, window: BriefingWindow): Reply {
  const sections: Section[] = [];
  const ids: string[][] = [];
  const held = facts.events({ scoOnly: true }).filter((e) => e.status === 'held');
  const recent = window.since ? held.filter((e) => isoToDate(e.end ?? e.start) >= window.since!) : held.slice(0, window.latest ?? DEFAULT_LATEST);
  if (recent.length > 0) {
    sections.push({
      heading: window.since ? 'New events' : 'Latest events',
      items: recent.map((e) => `${e.name} — ${eventWhenWhere(e, facts)}. ${e.summary}`),
    });
    ids.push(...recent.map((e) => e.sources));
  }

  const changes = facts.data.memberships.filter((m) => m.from && m.status !== 'none' && (!window.since || isoToDate(m.from) >= window.since));
  const latestChanges = window.since ? changes : changes.filter((m) => m.from === maxFrom(changes));
  if (latestChanges.length > 0) {
    sections.push({
      heading: window.since ? 'Changes in membership and partners' : 'Latest change in membership and partners',
      items: groupChanges(latestChanges.map((m) => ({ name: facts.nameOf(m.country), status: STATUS_LABEL[m.status], from: m.from! }))),
    });
    ids.push(...latestChanges.slice(0, 3).map((m) => m.sources));
  }

  const contested = held.flatMap((e) => e.positions.map((p) => ({ e, p })));
  if (contested.length > 0) {
    sections.push({
      heading: 'Contested',
      items: contested.map(({ e, p }) => `${e.name}: ${facts.nameOf(p.country)} ${p.stance}${p.reason ? ` — ${p.reason}` : ''}`),
    });
    ids.push(...contested.map(({ p }) => p.sources));
  }
  const wrong = facts.disputedClaims().filter((c) => c.verdict === 'false');
  if (wrong.length > 0) {
    sections.push({ heading: 'Claims in circulation that are wrong', items: wrong.map((c) => `"${c.claim}" — ${c.correction}`) });
    ids.push(...wrong.map((c) => c.sources));
  }

  const ahead = facts
    .events({ scoOnly: true })
    .filter((e) => e.status !== 'held' && isoToDate(e.start) >= facts.dataDate)
    .reverse();
  if (ahead.length > 0) {
    sections.push({
      heading: 'Coming up',
      items: ahead.map((e) => `${e.name} — ${eventWhenWhere(e, facts)} (${e.status}${e.caveat ? `; ${e.caveat}` : ''})`),
    });
    ids.push(...ahead.map((e) => e.sources));
  }

  const nothingNew = window.since !== undefined && recent.length === 0 && latestChanges.length === 0;
  return reply({
    title: window.since ? 'SCO digest' : 'SCO briefing',
    summary: nothingNew
      ? `Nothing new since ${formatDate(window.since!.toISOString().slice(0, 10))}. The data runs to ${formatDate(facts.meta.dataAsOf)}.`
      : `The SCO has ${facts.members().length} member states and ${facts.partners().length} partners.`,
    sections,
    sources: facts.citations(...ids),
    asOf: facts.meta.dataAsOf,
    suggestions: ['/sco events', '/sco members all'],
  });
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
