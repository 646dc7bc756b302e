import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/briefing/schedule.js';

const parse = (text: string, timezone?: string) => parseSchedule(text, { timezone, defaultZone: 'UTC' });

describe('schedule parsing', () => {
  it.each([
    ['daily 08:00', '0 8 * * *', 'daily 08:00', 'UTC'],
    ['daily 8am Europe/Berlin', '0 8 * * *', 'daily 08:00', 'Europe/Berlin'],
    ['weekdays 7:30 asia/kolkata', '30 7 * * 1-5', 'weekdays 07:30', 'Asia/Kolkata'],
    ['weekly monday 09:00', '0 9 * * 1', 'weekly Monday 09:00', 'UTC'],
    ['weekly fri at 5pm America/New_York', '0 17 * * 5', 'weekly Friday 17:00', 'America/New_York'],
    ['0 8 1 * *', '0 8 1 * *', 'cron 0 8 1 * *', 'UTC'],
    ['17:45', '45 17 * * *', 'daily 17:45', 'UTC'],
  ])('reads "%s" as cron %s', (text, cron, label, zone) => {
    const r = parse(text);
    expect(r.ok && { cron: r.schedule.cron, label: r.schedule.label, zone: r.schedule.timezone }).toEqual({
      cron,
      label,
      zone,
    });
  });

  it('takes the zone from the timezone option', () => {
    const r = parse('daily 08:00', 'Europe/Berlin');
    expect(r.ok && r.schedule.timezone).toBe('Europe/Berlin');
  });

  it('refuses a zone that does not exist, naming it', () => {
    const r = parse('daily 08:00 Europe/Berln');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('Europe/Berln') });
    expect(parse('daily 08:00', 'Mars/Olympus')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Mars/Olympus'),
    });
  });

  it('refuses two different zones', () => {
    expect(parse('daily 08:00 Asia/Tokyo', 'Europe/Berlin')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Two different time zones'),
    });
  });

  it.each(['daily 25:00', 'daily', 'weekly 09:00', 'sometimes', '61 8 * * *', '*/5 * * * *', '0 0 8 * * *'])(
    'refuses "%s" with a reason',
    (text) => {
      const r = parse(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.length).toBeGreaterThan(10);
    },
  );
});
