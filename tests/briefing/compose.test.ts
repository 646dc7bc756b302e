import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../src/briefing/compose.js';
import { facts } from '../helpers/app.js';

const headings = (r: { sections: { heading?: string }[] }) => r.sections.map((s) => s.heading);

describe('the digest window', () => {
  it('lists what happened since the last digest, with the sources of every item', () => {
    const r = composeBriefing(facts(), { since: new Date('2025-11-01T00:00:00Z'), now: new Date('2025-11-20T00:00:00Z') });
    expect(r.title).toBe('SCO digest');
    expect(headings(r)).toContain('New events');
    expect(r.sections.find((s) => s.heading === 'New events')!.items!.join(' ')).toContain('Moscow');
    expect(r.sections.flatMap((s) => s.items ?? []).join(' ')).not.toContain('Tianjin'); // before the window
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('says "nothing new" in a short digest when nothing changed', () => {
    const r = composeBriefing(facts(), { since: new Date('2026-05-01T00:00:00Z'), now: new Date('2026-06-01T00:00:00Z') });
    expect(r.summary).toMatch(/^Nothing new since 1 May 2026\. The data runs to 27 April 2026\./);
    expect(headings(r)).not.toContain('New events');
    expect(headings(r)).not.toContain('Claims in circulation that are wrong');
  });

  it('shows meetings in the next 30 days', () => {
    const r = composeBriefing(facts(), { since: new Date('2026-04-01T00:00:00Z'), now: new Date('2026-04-20T00:00:00Z') });
    const ahead = r.sections.find((s) => s.heading === 'Meetings in the next 30 days');
    expect(ahead?.items?.join(' ')).toContain('Bishkek');
    const later = composeBriefing(facts(), { since: new Date('2026-04-01T00:00:00Z'), now: new Date('2027-03-01T00:00:00Z') });
    expect(headings(later)).not.toContain('Meetings in the next 30 days');
  });

  it('narrows to the subscribed countries and topics', () => {
    const window = { since: new Date('2025-01-01T00:00:00Z'), now: new Date('2025-12-01T00:00:00Z') };
    const india = composeBriefing(facts(), { ...window, countries: ['IN'], topics: ['events'] });
    expect(headings(india)).toEqual(['New events']);
    for (const item of india.sections[0]!.items!) expect(item).not.toContain('NATO');
    const all = composeBriefing(facts(), window);
    expect(all.sections[0]!.items!.length).toBeGreaterThanOrEqual(india.sections[0]!.items!.length);
  });

  it("fills \"What's new\" from the news source, citing each item's link", () => {
    const news = {
      itemsSince: (since: Date) => [{ title: 'SCO ministers meet', url: 'https://example.org/sco-1', publisher: 'Example Wire', published: '2026-05-02T10:00:00Z', firstSeen: since.toISOString() }],
    };
    const r = composeBriefing(facts(), { since: new Date('2026-05-01T00:00:00Z'), now: new Date('2026-05-03T00:00:00Z'), news });
    expect(r.sections.find((s) => s.heading === "What's new")?.items).toEqual(['SCO ministers meet — Example Wire, 2 May 2026']);
    expect(r.sources.map((s) => s.url)).toContain('https://example.org/sco-1');
    expect(r.summary).not.toMatch(/^Nothing new/);
  });

  it('keeps the on-demand briefing (no window) as /sco brief shows it', () => {
    const r = composeBriefing(facts(), { now: new Date('2026-11-27T00:00:00Z') });
    expect(r.title).toBe('SCO briefing');
    expect(headings(r)).toEqual(['Latest events', 'Latest change in membership and partners', 'Contested', 'Claims in circulation that are wrong', 'Coming up']);
  });
});
