import type { FactStore } from '../facts/store.js';
import type { MembershipStatusT } from '../facts/schema.js';
import { isoDay, isoTime } from '../base/dates.js';
import { nameIn, type LegendKey, type PictureLang } from './lang.js';

/**
 * What a picture draws, read off the FactStore and nothing else: plain JSON, so its hash is the
 * cache key and a test can compare it with data/. Dates stay as precise as the data (YYYY,
 * YYYY-MM or YYYY-MM-DD); an absent `from` means the data does not record when it began.
 */

export interface Segment {
  status: LegendKey;
  from?: string;
  to?: string;
}

type RowGroup = 'member' | 'partner' | 'applicant';

export interface TimelineRow {
  code: string;
  /** English name, for the alt text. */
  name: string;
  /** Name in the picture's language (English where the data has none or the fonts lack a glyph). */
  label: string;
  group: RowGroup;
  segments: Segment[];
}

export interface TimelineModel {
  kind: 'timeline';
  lang: PictureLang;
  asOf: string;
  /** The earliest date drawn: where the axis starts. */
  start: string;
  rows: TimelineRow[];
  /** Dates worth a vertical line: the founding (earliest accession) and the partner merger (earliest "SCO partner" record). */
  founded?: string;
  merged?: string;
  /** What data/ says happened at the merger, in English (organisation fact partner-category-merge). */
  mergedLabel?: string;
}

export type MapStatus = Extract<
  LegendKey,
  'member' | 'partner' | 'observer' | 'dialogue-partner' | 'applicant-member' | 'applicant-observer'
>;

export interface MapCountry {
  code: string;
  name: string;
  label: string;
  /** The status the country is coloured by: its highest current one. */
  status: MapStatus;
  since?: string;
  /** A pending application beside the status it holds (Armenia: partner, applying for membership). */
  applying?: Extract<MapStatus, 'applicant-member' | 'applicant-observer'>;
}

export interface MapModel {
  kind: 'map';
  lang: PictureLang;
  asOf: string;
  countries: MapCountry[];
  /** The country a /sco country picture is about, coloured or not. */
  highlight?: { code: string; name: string; label: string; status?: MapStatus; guest?: boolean };
}

/** Statuses the pictures draw, highest first; guests and "not connected" records are not drawn. */
const DRAWN: readonly MapStatus[] = [
  'member',
  'partner',
  'observer',
  'dialogue-partner',
  'applicant-member',
  'applicant-observer',
];
const APPLICANT: ReadonlySet<MembershipStatusT> = new Set(['applicant-member', 'applicant-observer']);

/** Labels the fonts cannot draw fall back to English, so a new name in data/ never shows as empty boxes. */
export type Drawable = (text: string) => boolean;

/** The timeline up to the data's date, or up to today when a clock is set before it: what lies after is not drawn as done. */
export function timelineModel(facts: FactStore, lang: PictureLang, drawable: Drawable): TimelineModel {
  const day = facts.factsDay();
  const asOf = isoDay(day);
  const asOfTime = isoTime(asOf);
  const dated = (status: MembershipStatusT) =>
    facts.data.memberships
      .filter((m) => m.status === status && m.from && isoTime(m.from) <= asOfTime)
      .map((m) => m.from!);
  const founded = earliest(dated('member'));
  const merged = earliest(dated('partner'));
  // The predecessor (the Shanghai Five) is an organisation fact, not status records: the earliest
  // founding fact before the SCO's founding that names its countries.
  const five = founded
    ? facts
        .orgFacts('founding')
        .filter((f) => f.date && f.countries.length > 0 && isoTime(f.date) < isoTime(founded))
        .sort((a, b) => isoTime(a.date!) - isoTime(b.date!))[0]
    : undefined;
  // What data/ says of the merger: the SCO-wide membership fact dated the day the partner category began (as /sco members finds it).
  const mergedLabel = merged
    ? facts.orgFacts('membership').find((f) => f.countries.length === 0 && f.date === merged)?.label
    : undefined;
  const rows: TimelineRow[] = [];
  for (const c of facts.countries()) {
    const segments: Segment[] = [];
    if (five?.date && five.countries.includes(c.id))
      segments.push({ status: 'shanghai-five', from: five.date, ...(founded && { to: founded }) });
    for (const m of facts.membershipHistory(c.id)) {
      if (!(DRAWN as readonly string[]).includes(m.status)) continue;
      // What the data dates after its own "as of" has not happened yet as far as it knows.
      if (m.from && isoTime(m.from) > asOfTime) continue;
      segments.push({
        status: m.status as MapStatus,
        ...(m.from && { from: m.from }),
        ...(m.to && isoTime(m.to) <= asOfTime && { to: m.to }),
      });
    }
    if (segments.length === 0) continue;
    const current = facts.statusOn(c.id, day).map((m) => m.status);
    const group: RowGroup = current.includes('member')
      ? 'member'
      : current.some((s) => s === 'partner' || s === 'observer' || s === 'dialogue-partner')
        ? 'partner'
        : 'applicant';
    rows.push({ code: c.id, name: c.name, label: label(nameIn(c, lang), c.name, drawable), group, segments });
  }
  const order: Record<RowGroup, number> = { member: 0, partner: 1, applicant: 2 };
  // Members by accession, partners by their first recorded status, applicants by application.
  const ordering: Record<RowGroup, readonly LegendKey[]> = {
    member: ['member'],
    partner: ['observer', 'dialogue-partner', 'partner'],
    applicant: ['applicant-member', 'applicant-observer'],
  };
  const firstTime = (r: TimelineRow) =>
    Math.min(
      ...r.segments.filter((s) => ordering[r.group].includes(s.status) && s.from).map((s) => isoTime(s.from!)),
      Number.MAX_SAFE_INTEGER,
    );
  rows.sort((a, b) => order[a.group] - order[b.group] || firstTime(a) - firstTime(b) || a.name.localeCompare(b.name));
  const starts = rows.flatMap((r) => r.segments.map((s) => s.from).filter((f): f is string => f !== undefined));
  return {
    kind: 'timeline',
    lang,
    asOf,
    start: earliest(starts) ?? asOf,
    rows,
    ...(founded && { founded }),
    ...(merged && { merged }),
    ...(merged && mergedLabel && { mergedLabel }),
  };
}

export function mapModel(facts: FactStore, lang: PictureLang, drawable: Drawable, highlight?: string): MapModel {
  // The day the picture shows: the data's date, or today when a clock is set before it (nothing later is drawn as done).
  const day = facts.factsDay();
  const countries: MapCountry[] = [];
  for (const c of facts.countries()) {
    const now = facts.statusOn(c.id, day);
    const status = DRAWN.find((s) => now.some((m) => m.status === s));
    if (!status) continue;
    const record = now.find((m) => m.status === status)!;
    const applying = now.find((m) => APPLICANT.has(m.status) && m.status !== status)?.status as MapCountry['applying'];
    countries.push({
      code: c.id,
      name: c.name,
      label: label(nameIn(c, lang), c.name, drawable),
      status,
      ...(record.from && { since: record.from }),
      ...(applying && { applying }),
    });
  }
  // Within a status: by date joined (founders first), then by name, as /sco members lists them.
  countries.sort(
    (a, b) =>
      DRAWN.indexOf(a.status) - DRAWN.indexOf(b.status) ||
      (a.since ? isoTime(a.since) : 0) - (b.since ? isoTime(b.since) : 0) ||
      a.name.localeCompare(b.name),
  );
  const model: MapModel = { kind: 'map', lang, asOf: isoDay(day), countries };
  const h = highlight ? facts.country(highlight) : undefined;
  if (h) {
    const drawn = countries.find((c) => c.code === h.id);
    const guest = !drawn && facts.statusOn(h.id, day).some((m) => m.status === 'guest');
    model.highlight = {
      code: h.id,
      name: h.name,
      label: label(nameIn(h, lang), h.name, drawable),
      ...(drawn && { status: drawn.status }),
      ...(guest && { guest }),
    };
  }
  return model;
}

function label(local: string, english: string, drawable: Drawable): string {
  return drawable(local) ? local : english;
}

function earliest(dates: string[]): string | undefined {
  return [...dates].sort((a, b) => isoTime(a) - isoTime(b))[0];
}
