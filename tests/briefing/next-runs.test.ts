import { describe, expect, it } from 'vitest';
import { dueSlots, nextRuns, parseCron } from '../../src/briefing/next-runs.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const runs = (cron: string, zone: string, after: string, n: number) =>
  iso(nextRuns(parseCron(cron), zone, new Date(after), n));

describe('next-run maths', () => {
  it('runs a daily 08:00 in Berlin at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(runs('0 8 * * *', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('runs weekdays only, skipping the weekend, in a zone without daylight saving (Kolkata)', () => {
    expect(runs('30 7 * * 1-5', 'Asia/Kolkata', '2026-11-27T00:00:00Z', 3)).toEqual([
      '2026-11-27T02:00:00.000Z', // Fri 07:30 IST
      '2026-11-30T02:00:00.000Z', // Mon
      '2026-12-01T02:00:00.000Z',
    ]);
  });

  it('runs a slot in the New York spring-forward gap (02:30) at the first valid minute after it, 03:00 EDT', () => {
    expect(runs('30 2 * * *', 'America/New_York', '2026-03-07T12:00:00Z', 2)).toEqual([
      '2026-03-08T07:00:00.000Z', // 03:00 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('runs a Berlin 02:30 slot at 03:00 CEST on the spring-forward day', () => {
    expect(runs('30 2 * * *', 'Europe/Berlin', '2026-03-28T12:00:00Z', 1)).toEqual(['2026-03-29T01:00:00.000Z']);
  });

  it('collapses several gap slots onto one run at the end of the gap', () => {
    // 02:00 and 03:00 both land on 03:00 CEST; 04:00 follows, then 01:00 the next day.
    const day = runs('0 1-4 * * *', 'Europe/Berlin', '2026-03-28T22:00:00Z', 4);
    expect(day).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T02:00:00.000Z',
      '2026-03-29T23:00:00.000Z',
    ]);
  });

  it('runs a slot in the repeated fall-back hour once, at its first occurrence (New York 01:30)', () => {
    expect(runs('30 1 * * *', 'America/New_York', '2026-10-31T12:00:00Z', 2)).toEqual([
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, not 01:30 EST an hour later
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('runs an hourly schedule once for the repeated 02:00 hour in Berlin', () => {
    expect(runs('0 * * * *', 'Europe/Berlin', '2026-10-24T23:30:00Z', 4)).toEqual([
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T02:00:00.000Z', // 03:00 CET — 02:00 CET (01:00Z) is the repeat and does not run
      '2026-10-25T03:00:00.000Z',
      '2026-10-25T04:00:00.000Z',
    ]);
  });

  it('handles the southern hemisphere: Sydney springs forward in October and falls back in April', () => {
    expect(runs('15 2 * * *', 'Australia/Sydney', '2026-10-03T00:00:00Z', 1)).toEqual(['2026-10-03T16:00:00.000Z']); // 03:00 AEDT
    expect(runs('30 2 * * *', 'Australia/Sydney', '2026-04-04T00:00:00Z', 1)).toEqual(['2026-04-04T15:30:00.000Z']); // first 02:30 (AEDT)
  });

  it('handles a gap at midnight (Santiago, where 00:00 does not exist on the first Sunday of September)', () => {
    expect(runs('30 0 * * *', 'America/Santiago', '2026-09-05T12:00:00Z', 2)).toEqual([
      '2026-09-06T04:00:00.000Z', // 01:00 -03
      '2026-09-07T03:30:00.000Z',
    ]);
  });

  it('counts the slots missed while down and names the latest, for one catch-up digest', () => {
    const due = dueSlots(
      parseCron('0 8 * * *'),
      'Europe/Berlin',
      new Date('2026-11-20T12:00:00Z'),
      new Date('2026-11-27T09:00:00Z'),
    );
    expect(due.count).toBe(7);
    expect(due.latest?.toISOString()).toBe('2026-11-27T07:00:00.000Z');
  });

  it('finds no due slot before the first one', () => {
    expect(
      dueSlots(parseCron('0 8 * * *'), 'UTC', new Date('2026-11-27T08:00:00Z'), new Date('2026-11-27T09:00:00Z')).count,
    ).toBe(0);
  });

  it('treats a cron with both day fields restricted as either day, like cron', () => {
    // 1st of the month OR Monday.
    expect(runs('0 9 1 * 1', 'UTC', '2026-11-28T00:00:00Z', 3)).toEqual([
      '2026-11-30T09:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      '2026-12-07T09:00:00.000Z',
    ]);
  });
});
