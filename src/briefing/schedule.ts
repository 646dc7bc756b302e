import { isTimeZone } from '../base/config.js';
import { CronError, parseCron, type CronFields } from './next-runs.js';
import { SCHEDULE_EXAMPLES } from './types.js';

/**
 * A subscription's schedule as people type it — `daily 08:00`, `weekdays 7:30`,
 * `weekly monday 09:00`, a cron expression — with an optional trailing IANA zone, turned
 * into a cron expression and a validated zone.
 */
interface Schedule {
  /** How we show it back: "daily 08:00", "weekly Monday 09:00", "cron 0 8 1 * *". */
  label: string;
  cron: string;
  fields: CronFields;
  timezone: string;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; error: string };

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A zone name as typed, canonicalised (`europe/berlin` → `Europe/Berlin`), or undefined if it is not one. */
function canonicalZone(zone: string): string | undefined {
  if (!isTimeZone(zone)) return undefined;
  if (/^(utc|gmt|z|etc\/utc)$/i.test(zone)) return 'UTC';
  // ICU resolves to legacy names (Asia/Kolkata → Asia/Calcutta), so keep the name as typed, only fixing its case.
  const lower = zone.toLowerCase();
  const listed = knownZones().find((z) => z.toLowerCase() === lower);
  if (listed) return listed;
  const titled = zone
    .split('/')
    .map((part) =>
      part
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
        .join('_'),
    )
    .join('/');
  return isTimeZone(titled) ? titled : zone;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  return (zones ??= Intl.supportedValuesOf('timeZone'));
}

/** Looks like a zone name even if misspelt, so a typo is reported as a bad zone rather than a bad schedule. */
function looksLikeZone(token: string): boolean {
  return /^[A-Za-z][A-Za-z_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(token) || /^(utc|gmt|z)$/i.test(token);
}

export function parseSchedule(
  text: string,
  options: { timezone?: string | undefined; defaultZone: string },
): ScheduleResult {
  let words = text.trim().split(/\s+/).filter(Boolean);
  let zone: string | undefined;
  const last = words.at(-1);
  if (last && looksLikeZone(last)) {
    words = words.slice(0, -1);
    zone = last;
  }
  if (options.timezone && zone && canonicalZone(options.timezone) !== canonicalZone(zone)) {
    return { ok: false, error: `Two different time zones given: ${zone} and timezone:${options.timezone}. Give one.` };
  }
  const zoneText = options.timezone ?? zone ?? options.defaultZone;
  const timezone = canonicalZone(zoneText);
  if (!timezone)
    return {
      ok: false,
      error: `"${zoneText}" is not an IANA time zone. Use a name such as Europe/Berlin, Asia/Kolkata or UTC.`,
    };
  if (words.length === 0) return { ok: false, error: `Say when, e.g. ${SCHEDULE_EXAMPLES.slice(0, 3).join(', ')}.` };

  const shape = toCron(words);
  if ('error' in shape) return { ok: false, error: shape.error };
  let fields: CronFields;
  try {
    fields = parseCron(shape.cron);
  } catch (err) {
    if (err instanceof CronError) return { ok: false, error: `${err.message}. Try ${SCHEDULE_EXAMPLES.join(', ')}.` };
    throw err;
  }
  // A digest more often than hourly is noise, and it keeps catch-up arithmetic small.
  if (fields.minutes.length !== 1)
    return { ok: false, error: 'A digest can run at most once an hour: give a single minute.' };
  return { ok: true, schedule: { label: shape.label, cron: fields.expression, fields, timezone } };
}

function toCron(words: string[]): { cron: string; label: string } | { error: string } {
  const [first, ...rest] = words.map((w) => w.toLowerCase());
  const at = (list: string[]) => parseTime(list.filter((w) => w !== 'at').join(''));
  if (first === 'daily' || first === 'everyday' || (first === 'every' && rest[0] === 'day')) {
    const t = at(first === 'every' ? rest.slice(1) : rest);
    return 'error' in t ? t : { cron: `${t.m} ${t.h} * * *`, label: `daily ${t.text}` };
  }
  if (first === 'weekdays' || first === 'weekday') {
    const t = at(rest);
    return 'error' in t ? t : { cron: `${t.m} ${t.h} * * 1-5`, label: `weekdays ${t.text}` };
  }
  if (first === 'weekly' || first === 'every') {
    const dayWord = rest[0] ?? '';
    const day = DAYS[dayWord.slice(0, 3)];
    if (day === undefined || !/^(sun|mon|tue|wed|thu|fri|sat)[a-z]*$/.test(dayWord)) {
      return { error: `"weekly" needs a day and a time, e.g. weekly monday 09:00 (got "${words.join(' ')}").` };
    }
    const t = at(rest.slice(1));
    return 'error' in t ? t : { cron: `${t.m} ${t.h} * * ${day}`, label: `weekly ${DAY_NAMES[day]} ${t.text}` };
  }
  if (words.length === 1 && first && /^\d/.test(first) && !/\s/.test(first) && /[:.apm]/i.test(first)) {
    const t = parseTime(first);
    return 'error' in t ? t : { cron: `${t.m} ${t.h} * * *`, label: `daily ${t.text}` };
  }
  if (words.length === 5 || (words.length === 1 && first?.startsWith('@'))) {
    const cron = words.join(' ');
    return { cron, label: `cron ${cron}` };
  }
  return { error: `I could not read "${words.join(' ')}" as a schedule. Try ${SCHEDULE_EXAMPLES.join(', ')}.` };
}

function parseTime(text: string): { h: number; m: number; text: string } | { error: string } {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$/i.exec(text.trim());
  if (!match) return { error: `"${text || '(nothing)'}" is not a time; write it as HH:MM, e.g. 08:00 or 17:30.` };
  let h = Number(match[1]);
  const m = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return { error: `"${text}" is not a time.` };
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  }
  if (h > 23 || m > 59) return { error: `"${text}" is not a time of day (00:00–23:59).` };
  return { h, m, text: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` };
}
