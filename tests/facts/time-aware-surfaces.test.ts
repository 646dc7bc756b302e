import { describe, expect, it } from 'vitest';
import { registry, testContext } from '../helpers/app.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { composeBriefing } from '../../src/briefing/compose.js';
import { composeDigest } from '../../src/briefing/digest.js';
import type { BriefingStore } from '../../src/briefing/store.js';
import type { Reply } from '../../src/reply/model.js';
import { FROZEN_DAYS, servicesOn, storeOn } from './frozen-clocks.js';

const sco = registry();
const runOn = (day: (typeof FROZEN_DAYS)[number], line: string) => sco.runLine(line, testContext({ services: servicesOn(day) }));
const section = (r: Reply, heading: string) => r.sections.find((s) => s.heading === heading);
const lines = (r: Reply, heading: string) => section(r, heading)?.items ?? [];

describe.each(FROZEN_DAYS)('with the clock frozen $name', (day) => {
  it('/sco brief lists as coming up only what is after today, and reads passed meetings by their date', async () => {
    const r = await runOn(day, 'brief');
    const comingUp = section(r, 'Coming up');
    expect((comingUp?.items ?? []).map((i) => i.split(' — ')[0])).toEqual(day.comingUp);
    if (day.comingUp.length === 0) expect(comingUp?.text).toMatch(/^The data holds no meeting after today, \d{1,2} \w+ \d{4}\.$/);
    const all = toPlainText(r);
    expect(all).toContain(`Bishkek, Kyrgyzstan: ${day.bishkekSummit}`);
    expect(lines(r, 'Latest events').join('\n')).toContain(`SCO Defence Ministers' Meeting, Bishkek 2026 — Bishkek, Kyrgyzstan: ${day.bishkekDefence}`);
    // Nothing whose date has passed is ever "coming up", and nothing reads as "expected".
    for (const item of comingUp?.items ?? []) expect(item).toMatch(/scheduled for|expected/);
    expect(comingUp?.items?.join(' ') ?? '').not.toContain('28 April 2026');
  });

  it('/sco brief says who chairs, or that the term ended by rule and the successor is not in the data', async () => {
    const r = await runOn(day, 'brief');
    const chair = lines(r, 'SCO chair');
    expect(chair[0]).toMatch(day.chair);
    const unknown = chair.find((l) => l.startsWith('The data does not hold who chairs the SCO for 2026–27'));
    expect(Boolean(unknown)).toBe(day.chairUnknownOpen);
    // The only lead is attributed as an announcement, not as a decision.
    if (unknown) expect(unknown).toMatch(/Shehbaz Sharif announced on 12 September 2025 that Pakistan would host the next summit, in 2027; no SCO decision on it has been found\./);
    expect(chair.join(' ')).not.toMatch(/Pakistan (chairs|holds|will)/);
  });

  it('/sco events gives each meeting the same wording as the brief', async () => {
    const out = toPlainText(await runOn(day, 'events since:2026'));
    expect(out).toContain(`Bishkek, Kyrgyzstan: ${day.bishkekSummit}`);
    expect(out).toContain(`Bishkek, Kyrgyzstan: ${day.bishkekDefence}`);
    if (day.bishkekSummit.startsWith('scheduled')) {
      // Before it happens, no account of how it went (though the data, dated later, holds one).
      expect(out).not.toContain('was held in Bishkek on the morning of 1 September 2026');
    } else {
      expect(out).toContain('The data does not hold the Bishkek Declaration');
    }
  });

  it("/sco country Iran gives the defence minister killed in February 2026 in the past tense, with the date and how", async () => {
    const r = await runOn(day, 'country iran');
    const officials = lines(r, 'Officials');
    expect(officials[0]).toBe(
      "Aziz Nasirzadeh was Minister of Defence of Iran until 28 February 2026. Killed on 28 February 2026 in the US–Israeli strikes on Iran; Iran's foreign minister and the state news agency IRNA confirmed his death.",
    );
    expect(officials.join(' ')).not.toMatch(/Nasirzadeh (is|has been)/);
    expect(officials[1]).toMatch(/^Majid ibn al-Reza was Acting Minister of Defence of Iran as of 1 March 2026; the data has not confirmed it since \(partly verified: .*spellings vary/);
    expect(r.sources.map((s) => s.url)).toContain('https://sputnikglobe.com/20260301/iran-confirms-death-of-chief-of-general-staff-defense-minister---reports-1123722737.html');
  });

  it('/sco country Kyrgyzstan carries the same chair sentence', async () => {
    const r = await runOn(day, 'country kyrgyzstan');
    expect(lines(r, 'SCO chair')[0]).toMatch(day.chair);
  });

  it('/sco about and every fact reply carry the data date and its age', async () => {
    const about = await runOn(day, 'about');
    expect(about.summary).toMatch(new RegExp(`^${day.stamp.replace('Data as of', 'Facts checked to')}\\.`));
    for (const line of ['brief', 'events', 'country iran', 'members']) {
      const footer = toPlainText(await runOn(day, line)).split('\n').at(-1);
      expect(footer).toBe(day.stamp);
    }
  });

  it('the scheduled digest says what changed in its window, with the same wording and the stamp in its footer', async () => {
    const since = new Date(day.now.getTime() - 14 * 86_400_000);
    const store = { lastDeliveredAt: () => since } as unknown as BriefingStore;
    const subscription = { platform: 'console', channelId: 'C1', label: 'daily 08:00', timezone: 'UTC', countries: [], topics: [] } as never;
    const digest = await composeDigest(storeOn(day), store, { subscription, kind: 'scheduled', covers: 1, now: day.now });
    const out = toPlainText(digest);
    expect(out.split('\n').at(-1)).toBe(`${day.stamp} · Scheduled daily 08:00 (UTC) · /sco schedule · /sco unsubscribe`);
    if (day.name.startsWith('just after')) {
      // The summit fell in the window: it is new, held, with what the data lacks; the chair's term ended in it.
      expect(lines(digest, 'New events').join('\n')).toContain(`Bishkek, Kyrgyzstan: ${day.bishkekSummit}`);
      expect(lines(digest, 'SCO chair')[0]).toMatch(day.chair);
      expect(lines(digest, 'Not in the data')).toContain('The data does not hold the Bishkek Declaration or the list of documents signed at the Bishkek summit of 1 September 2026.');
    } else if (day.name.startsWith('before')) {
      expect(lines(digest, 'Meetings in the next 30 days')).toEqual([`26th SCO Council of Heads of State, Bishkek — Bishkek, Kyrgyzstan: ${day.bishkekSummit}`]);
      expect(section(digest, 'SCO chair')).toBeUndefined();
    } else {
      expect(digest.summary).toMatch(/^Nothing new since 15 November 2027\./);
      expect(section(digest, 'Meetings in the next 30 days')).toBeUndefined();
    }
  });
});

describe('the briefing a year after the data date', () => {
  it('dates its counts where they are read, since the data is stale', async () => {
    const r = await composeBriefing(storeOn(FROZEN_DAYS[2]!), { now: FROZEN_DAYS[2]!.now });
    expect(r.summary).toBe('The SCO has 10 member states and 17 partners as of 3 September 2026, 1 year ago.');
  });

  it('/sco about names what is most likely out of date', async () => {
    const r = await runOn(FROZEN_DAYS[2]!, 'about');
    const stale = r.sections.find((s) => s.heading?.startsWith('Older than 90 days'));
    expect(stale?.items?.[0]).toBe("The chair: Kyrgyzstan's term ended on 1 September 2026 and no successor is recorded");
    expect(stale?.items?.join('\n')).toMatch(/Officials last confirmed more than 90 days ago: .*Rajnath Singh \(Defence Minister of India, 26 June 2025\)/);
    // Not the officials whose end is recorded.
    expect(stale?.items?.join('\n')).not.toContain('Nasirzadeh');
  });
});
