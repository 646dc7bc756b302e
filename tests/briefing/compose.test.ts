import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../src/briefing/compose.js';
import { facts } from '../helpers/app.js';
import { formatDate } from '../../src/base/dates.js';

const headings = (r: { sections: { heading?: string }[] }) => r.sections.map((s) => s.heading);

describe('the digest window', () => {
  it('lists what happened since the last digest, with the sources of every item', async () => {
    const r = await composeBriefing(facts(), { since: new Date('2025-11-01T00:00:00Z'), now: new Date('2025-11-20T00:00:00Z') });
    expect(r.title).toBe('SCO digest');
    expect(headings(r)).toContain('New events');
    expect(r.sections.find((s) => s.heading === 'New events')!.items!.join(' ')).toContain('Moscow');
    expect(r.sections.flatMap((s) => s.items ?? []).join(' ')).not.toContain('Tianjin'); // before the window
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('says "nothing new" in a short digest when nothing changed', async () => {
    const r = await composeBriefing(facts(), { since: new Date('2026-05-01T00:00:00Z'), now: new Date('2026-06-01T00:00:00Z') });
    expect(r.summary).toBe(`Nothing new since 1 May 2026. The data runs to ${formatDate(facts().meta.dataAsOf)}.`);
    expect(headings(r)).not.toContain('New events');
    expect(headings(r)).not.toContain('Claims in circulation that are wrong');
  });

  it('shows meetings in the next 30 days', async () => {
    const r = await composeBriefing(facts(), { since: new Date('2026-04-01T00:00:00Z'), now: new Date('2026-04-20T00:00:00Z') });
    const ahead = r.sections.find((s) => s.heading === 'Meetings in the next 30 days');
    expect(ahead?.items?.join(' ')).toContain('Bishkek');
    const later = await composeBriefing(facts(), { since: new Date('2026-04-01T00:00:00Z'), now: new Date('2027-03-01T00:00:00Z') });
    expect(headings(later)).not.toContain('Meetings in the next 30 days');
  });

  it('narrows to the subscribed countries and topics', async () => {
    const window = { since: new Date('2025-01-01T00:00:00Z'), now: new Date('2025-12-01T00:00:00Z') };
    const india = await composeBriefing(facts(), { ...window, countries: ['IN'], topics: ['events'] });
    expect(headings(india)).toEqual(['New events']);
    for (const item of india.sections[0]!.items!) expect(item).not.toContain('NATO');
    const all = await composeBriefing(facts(), window);
    expect(all.sections[0]!.items!.length).toBeGreaterThanOrEqual(india.sections[0]!.items!.length);
  });

  it("fills \"What's new\" from the news source, citing each item's link", async () => {
    const news = {
      itemsSince: (since: Date) => [{ title: 'SCO trade officials discuss transport corridors', url: 'https://example.org/sco-1', publisher: 'Example Wire', published: '2026-05-02T10:00:00Z', firstSeen: since.toISOString() }],
    };
    const r = await composeBriefing(facts(), { since: new Date('2026-05-01T00:00:00Z'), now: new Date('2026-05-03T00:00:00Z'), news });
    expect(r.sections.find((s) => s.heading === "What's new")?.items).toEqual(['SCO trade officials discuss transport corridors — Example Wire, 2 May 2026']);
    expect(r.sources.map((s) => s.url)).toContain('https://example.org/sco-1');
    expect(r.summary).not.toMatch(/^Nothing new/);
  });

  it('shows news that looks like a change to the facts apart, with its link, clipped and stripped of control characters, and never as a fact', async () => {
    const title = 'Pakistan takes over SCO chairmanship\u202E at Bishkek summit' + ' and more'.repeat(40);
    const news = {
      itemsSince: (since: Date) => [
        { title, url: 'https://example.org/chair', publisher: 'Example\u0007 Wire', published: '2026-09-02T10:00:00Z', firstSeen: since.toISOString(), summary: 'The chair passed to Pakistan.' },
        { title: 'SCO trade officials discuss transport corridors', url: 'https://example.org/trade', publisher: 'Example Wire', firstSeen: since.toISOString() },
      ],
    };
    const r = await composeBriefing(facts(), { since: new Date('2026-09-01T00:00:00Z'), now: new Date('2026-09-03T00:00:00Z'), news });
    const reported = r.sections.find((s) => s.heading === 'Reported in the news — not in the checked facts')?.items ?? [];
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(/^Pakistan takes over SCO chairmanship at Bishkek summit and more/);
    expect(reported[0]).toMatch(/— Example Wire, 2 September 2026 \(reported: chair or host/);
    expect(reported[0]).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(reported[0]!.split(' — ')[0]!.length).toBeLessThanOrEqual(200);
    expect(r.sections.find((s) => s.heading === "What's new")?.items).toEqual(['SCO trade officials discuss transport corridors — Example Wire']);
    expect(r.sources.map((s) => s.url)).toEqual(expect.arrayContaining(['https://example.org/chair', 'https://example.org/trade']));
    // The facts are unchanged by the report: the chair section still says what the data holds.
    expect(r.sections.find((s) => s.heading === 'SCO chair')?.items?.join(' ')).not.toMatch(/Pakistan (holds|has held|chairs)/);
  });

  it('keeps the on-demand briefing (no window) as /sco brief shows it', async () => {
    const r = await composeBriefing(facts(), { now: new Date('2026-11-27T00:00:00Z') });
    expect(r.title).toBe('SCO briefing');
    expect(headings(r)).toEqual([
      'Latest events',
      'Latest change in membership and partners',
      'SCO chair',
      'Contested',
      'Claims in circulation that are wrong',
      'Not in the data',
      'Coming up',
    ]);
  });
});
