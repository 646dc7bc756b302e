import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';

/**
 * When a schedule's slots fall, computed from wall-clock time in the subscription's zone.
 *
 * cron-parser parses and validates the expression; the walk over days is ours because the
 * daylight-saving rule we promise differs from every library we tried (cron-parser shifts a
 * gap slot by the gap's length and fires a repeated hour twice; node-cron skips gap slots):
 * - a slot whose wall time falls in a spring-forward gap runs at the first valid minute after
 *   the gap (02:30 on a 02:00→03:00 day runs at 03:00);
 * - a slot in a repeated fall-back hour runs once, at its first occurrence.
 */

export interface CronFields {
  minutes: number[];
  hours: number[];
  days: Set<number>;
  months: Set<number>;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: Set<number>;
  /** Classic cron: when both day fields are restricted, a day matching either runs. */
  dayOr: boolean;
  /** The normalised five-field expression. */
  expression: string;
}

export class CronError extends Error {}

/** Parses a five-field cron expression (minute hour day month weekday); throws CronError. */
export function parseCron(expression: string): CronFields {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 && !expression.trim().startsWith('@')) {
    throw new CronError(
      `a cron expression has five fields (minute hour day month weekday); "${expression}" has ${parts.length}`,
    );
  }
  let parsed: ReturnType<typeof CronExpressionParser.parse>;
  try {
    parsed = CronExpressionParser.parse(expression, { strict: false });
  } catch (err) {
    throw new CronError(`"${expression}" is not a valid cron expression (${(err as Error).message})`);
  }
  const f = parsed.fields;
  const numbers = (values: readonly (number | string)[], what: string): number[] => {
    if (values.some((v) => typeof v !== 'number'))
      throw new CronError(`"${expression}": L, W and # are not supported in the ${what} field`);
    return [...(values as number[])].sort((a, b) => a - b);
  };
  if (f.second.values.length !== 1 || f.second.values[0] !== 0)
    throw new CronError('schedules run on whole minutes; seconds are not supported');
  return {
    minutes: numbers(f.minute.values, 'minute'),
    hours: numbers(f.hour.values, 'hour'),
    days: new Set(numbers(f.dayOfMonth.values, 'day')),
    months: new Set(numbers(f.month.values, 'month')),
    weekdays: new Set(numbers(f.dayOfWeek.values, 'weekday').map((d) => d % 7)),
    dayOr: !f.dayOfMonth.isWildcard && !f.dayOfWeek.isWildcard,
    expression: parsed.stringify(),
  };
}

/** How far ahead a search may look: the rarest valid expression (29 February on a Monday) recurs within 28 years. */
const MAX_DAYS = 366 * 29;

/** Slots strictly after `after`, in order, at most `limit` (and none past `until`, when given). */
function* slotsAfter(cron: CronFields, zone: string, after: Date, until?: Date): Generator<Date> {
  const start = DateTime.fromJSDate(after, { zone }).startOf('day');
  let last = after.getTime();
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = start.plus({ days: i });
    if (until && day.toMillis() > until.getTime() + 86_400_000) return;
    if (!matchesDay(cron, day)) continue;
    for (const hour of cron.hours) {
      for (const minute of cron.minutes) {
        const at = resolveWallTime(day.year, day.month, day.day, hour, minute, zone);
        // Gap slots collapse onto the minute after the gap; keep one of each instant.
        if (at.getTime() <= last) continue;
        if (until && at.getTime() > until.getTime()) return;
        last = at.getTime();
        yield at;
      }
    }
  }
}

/** The next `count` slots after a moment. */
export function nextRuns(cron: CronFields, zone: string, after: Date, count: number): Date[] {
  const out: Date[] = [];
  for (const at of slotsAfter(cron, zone, after)) {
    out.push(at);
    if (out.length >= count) break;
  }
  return out;
}

/**
 * The slots in (after, until]: how many there were and the latest, for catch-up. Counting
 * stops at `cap` (the latest is still found, by looking only at the last stretch).
 */
export function dueSlots(
  cron: CronFields,
  zone: string,
  after: Date,
  until: Date,
  cap = 1000,
): { count: number; latest?: Date; capped: boolean } {
  let count = 0;
  let latest: Date | undefined;
  for (const at of slotsAfter(cron, zone, after, until)) {
    count++;
    latest = at;
    if (count >= cap) {
      // Far too many to count one by one: find the latest from a later start.
      const tail = dueSlots(
        cron,
        zone,
        new Date(Math.max(at.getTime(), until.getTime() - 31 * 86_400_000)),
        until,
        Number.MAX_SAFE_INTEGER,
      );
      return { count, latest: tail.latest ?? latest, capped: true };
    }
  }
  return { count, ...(latest && { latest }), capped: false };
}

function matchesDay(cron: CronFields, day: DateTime): boolean {
  if (!cron.months.has(day.month)) return false;
  const dom = cron.days.has(day.day);
  const dow = cron.weekdays.has(day.weekday % 7);
  return cron.dayOr ? dom || dow : dom && dow;
}

/** A wall-clock time in a zone as an instant; a time that does not exist becomes the first minute after the gap. */
function resolveWallTime(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const want = { year, month, day, hour, minute };
  const dt = DateTime.fromObject(want, { zone });
  if (sameWall(dt, want)) return earliest(dt).toJSDate();
  // In a gap: walk forward minute by minute (gaps are at most a few hours) to the first that exists.
  const naive = DateTime.fromObject(want, { zone: 'UTC' });
  for (let k = 1; k <= 24 * 60; k++) {
    const w = naive.plus({ minutes: k });
    const probe = DateTime.fromObject(
      { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute },
      { zone },
    );
    if (sameWall(probe, w)) return earliest(probe).toJSDate();
  }
  return dt.toJSDate();
}

function sameWall(
  dt: DateTime,
  w: { year: number; month: number; day: number; hour: number; minute: number },
): boolean {
  return dt.year === w.year && dt.month === w.month && dt.day === w.day && dt.hour === w.hour && dt.minute === w.minute;
}

/** Of the two instants a repeated wall time names, the first. */
function earliest(dt: DateTime): DateTime {
  const hourEarlier = dt.minus({ hours: 1 });
  return hourEarlier.hour === dt.hour && hourEarlier.minute === dt.minute && hourEarlier.day === dt.day
    ? hourEarlier
    : dt;
}
