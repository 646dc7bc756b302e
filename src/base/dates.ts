/**
 * Dates in data/ may be partial (YYYY or YYYY-MM). For ordering, a partial date stands for
 * its first day; for display it stays as precise as the source.
 */

export function isoToDate(iso: string): Date {
  return new Date(isoTime(iso));
}

const times = new Map<string, number>();

/** Milliseconds since the epoch for a (possibly partial) date; memoised, since the data holds few distinct dates and handlers compare them often. */
export function isoTime(iso: string): number {
  let t = times.get(iso);
  if (t === undefined) {
    const [y, m = '01', d = '01'] = iso.split('-');
    t = Date.parse(`${y}-${m}-${d}T00:00:00Z`);
    times.set(iso, t);
  }
  return t;
}

/** The last day a (possibly partial) date can mean: "2026" → 31 Dec 2026, "2026-02" → 28 Feb 2026. */
export function isoPeriodEnd(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== undefined) return isoToDate(iso);
  if (m !== undefined) return new Date(Date.UTC(y!, m, 0));
  return new Date(Date.UTC(y!, 11, 31));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const formatter = (cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) => {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
};

/** "4 July 2023", "July 2023" or "2023", as precise as the data, in the locale's words (British English by default). */
export function formatDate(iso: string, locale = 'en-GB'): string {
  // The data holds a few hundred dates, formatted again for every reply: each is formatted once per locale.
  const key = `${locale} ${iso}`;
  let out = formatted.get(key);
  if (out === undefined) {
    out = formatAnew(iso, locale);
    if (formatted.size >= 4096) formatted.clear();
    formatted.set(key, out);
  }
  return out;
}

const formatted = new Map<string, string>();

function formatAnew(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const at = isoToDate(iso);
  return d
    ? formatter(dayFormats, locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at)
    : formatter(monthFormats, locale, { month: 'long', year: 'numeric' }).format(at);
}

/** "25–26 June 2025", "31 August – 1 September 2025", or one date. */
export function formatRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${formatDate(end)}`;
  if (sd && ed && sy === ey) return `${formatDate(start).replace(` ${sy}`, '')} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Does the (possibly partial) date range contain the day? `to` is exclusive. */
export function holdsOn(day: Date, from?: string, to?: string): boolean {
  const t = day.getTime();
  if (from !== undefined && isoTime(from) > t) return false;
  if (to !== undefined && isoTime(to) <= t) return false;
  return true;
}

const DAY_MS = 86_400_000;
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** Whole days from one instant to a later one (negative when `to` is earlier), counted on UTC calendar days. */
export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const b = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((b - a) / DAY_MS);
}

/**
 * How long ago a day was, in the largest unit that reads naturally: "3 days ago", "2 weeks ago",
 * "3 months ago", "1 year ago". Undefined for today or a day still ahead.
 */
export function ago(then: Date, now: Date): string | undefined {
  const days = daysBetween(then, now);
  if (days < 1) return undefined;
  if (days < 14) return RELATIVE.format(-days, 'day');
  if (days < 60) return RELATIVE.format(-Math.round(days / 7), 'week');
  const months = Math.round(days / 30.44);
  if (months < 12) return RELATIVE.format(-months, 'month');
  return RELATIVE.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}

/**
 * Whole months from a day (as precise as written: "2017" counts from 1 January) to a later instant, counted on UTC
 * calendar days; negative when the day is still ahead.
 */
function wholeMonths(iso: string, now: Date): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return (now.getUTCFullYear() - y!) * 12 + (now.getUTCMonth() + 1 - m) - (now.getUTCDate() < d ? 1 : 0);
}

/** Whole years from a day to a later instant ("how old is it?"). */
export function wholeYears(iso: string, now: Date): number {
  return Math.floor(wholeMonths(iso, now) / 12);
}

/**
 * How long ago a day was, in whole years from two years on, else whole months, else whole days (for "how many years has it been?",
 * which wants the count, not "ago"'s rounding). Undefined for a day still ahead.
 */
export function wholeSpan(iso: string, now: Date): { n: number; unit: 'year' | 'month' | 'day' } | undefined {
  const days = daysBetween(isoToDate(iso), now);
  if (days < 0) return undefined;
  const months = wholeMonths(iso, now);
  // (Under two years, months say more: "23 months", not "1 year"; a whole number of years stays years.)
  if (months >= 24 || (months >= 12 && months % 12 === 0)) return { n: Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { n: months, unit: 'month' };
  return { n: days, unit: 'day' };
}
