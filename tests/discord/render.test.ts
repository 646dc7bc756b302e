import { describe, expect, it } from 'vitest';
import { renderReply, embedTextLength, type DiscordMessageBody } from '../../src/adapters/discord/render.js';
import { reply, type Citation, type Section } from '../../src/reply/model.js';
import { DISCORD_LIMITS as L } from '../../src/reply/limits.js';

function expectWithinLimits(bodies: DiscordMessageBody[]): void {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds.length).toBeGreaterThan(0);
    expect(body.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
    expect(body.embeds.reduce((n, e) => n + embedTextLength(e), 0)).toBeLessThanOrEqual(L.embedsTotal);
    for (const e of body.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.embedTitle);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footerText);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(L.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(L.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(L.fieldValue);
      }
      expect(Boolean(e.title || e.description || e.fields?.length)).toBe(true);
    }
  }
}

const long = (n: number, word = 'lorem ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
const cite = (i: number): Citation => ({ id: `s${i}`, publisher: `Publisher ${i}`, title: `A report [part ${i}] on the SCO summit`, url: `https://example.org/report/${i}?a=(b)`, date: '2025-09-01' });

describe('Discord renderer', () => {
  it('renders a small reply as one embed: title, summary, fields, sources as links, footer with the as-of date', () => {
    const [body, ...rest] = renderReply(
      reply({
        title: 'Iran — member state',
        summary: 'Iran is an SCO member state since 4 July 2023.',
        sections: [{ fields: [{ label: 'Capital', value: 'Tehran', inline: true }] }, { heading: 'Officials', items: ['President: X'] }],
        sources: [cite(1)],
        asOf: '2026-04-27',
        suggestions: ['/sco events Iran'],
      }),
    );
    expect(rest).toEqual([]);
    const embed = body!.embeds[0]!;
    expect(embed).toMatchObject({ title: 'Iran — member state', description: 'Iran is an SCO member state since 4 July 2023.' });
    expect(embed.fields).toContainEqual({ name: 'Capital', value: 'Tehran', inline: true });
    expect(embed.fields).toContainEqual({ name: 'Officials', value: '• President: X' });
    const sources = embed.fields!.find((f) => f.name === 'Sources')!.value;
    expect(sources).toBe('1. [Publisher 1 — A report \\[part 1\\] on the SCO summit](https://example.org/report/1?a=%28b%29) (2025-09-01)');
    expect(embed.footer?.text).toBe('Data as of 27 April 2026');
    expect(body!.flags).toBeUndefined();
  });

  it('marks an error reply ephemeral (flag 64)', () => {
    const [body] = renderReply(reply({ tone: 'error', title: 'No', ephemeral: true }));
    expect(body!.flags).toBe(64);
  });

  it('keeps a reply of 40 sections of 5,000 characters within every limit, shortened with a marker', () => {
    const sections: Section[] = Array.from({ length: 40 }, (_, i) => ({ heading: `Section ${i} ${long(300, 'h')}`, text: long(5000), items: [long(5000, 'é ')] }));
    const bodies = renderReply(reply({ title: long(400, 'T'), summary: long(5000), sections, sources: Array.from({ length: 100 }, (_, i) => cite(i)), asOf: '2026-04-27', footer: long(3000, 'f') }));
    expectWithinLimits(bodies);
    expect(bodies).toHaveLength(4);
    const lastEmbed = bodies.at(-1)!.embeds.at(-1)!;
    expect(JSON.stringify(lastEmbed.fields)).toContain('shortened');
    expect(lastEmbed.footer?.text.startsWith('Data as of 27 April 2026')).toBe(true);
    expect(bodies[0]!.embeds[0]!.title!.endsWith('…')).toBe(true);
  });

  it('splits 100 sources into follow-up messages and keeps every one of them', () => {
    const bodies = renderReply(reply({ title: 'Sources', sources: Array.from({ length: 100 }, (_, i) => cite(i)) }), { maxMessages: 10 });
    expectWithinLimits(bodies);
    expect(bodies.length).toBeGreaterThan(1);
    const text = bodies.flatMap((b) => b.embeds.flatMap((e) => (e.fields ?? []).map((f) => f.value))).join('\n');
    for (let i = 0; i < 100; i++) expect(text).toContain(`https://example.org/report/${i}?`);
    expect(text).not.toContain('shortened');
  });

  it('uses more than 25 fields by continuing in another embed of the same message', () => {
    const sections = Array.from({ length: 30 }, (_, i) => ({ heading: `H${i}`, text: 'short' }));
    const bodies = renderReply(reply({ title: 'Many', sections }));
    expectWithinLimits(bodies);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.embeds).toHaveLength(2);
  });

  it('keeps a field value of 5,000 characters whole across continuation fields, never splitting a surrogate pair', () => {
    const value = '🇮🇷'.repeat(1250);
    const bodies = renderReply(reply({ title: 'Flags', sections: [{ fields: [{ label: 'Flags', value, inline: true }] }] }), { maxMessages: 10 });
    expectWithinLimits(bodies);
    const joined = bodies.flatMap((b) => b.embeds.flatMap((e) => e.fields ?? [])).map((f) => f.value).join('');
    expect(joined).toBe(value);
  });

  it('passes mention strings, zero-width and right-to-left characters through as text, with no pings allowed', () => {
    const text = '@everyone @here <@&123456789012345678> <@123456789012345678> \u200b\u202eabc\u202c \u2067ایران\u2069';
    const bodies = renderReply(reply({ title: text, summary: text, sections: [{ heading: text, items: [text] }] }));
    expectWithinLimits(bodies);
    // Shown as the text itself: mention syntax is escaped, so it renders as typed, not as a mention pill (issue 12).
    expect(bodies[0]!.embeds[0]!.description).toBe(text.replace(/</g, '\\<'));
    expect(bodies[0]!.allowed_mentions).toEqual({ parse: [] });
    expect(bodies[0]!.content).toBeUndefined();
  });

  it('renders empty values and headings-only sections without empty fields Discord would refuse', () => {
    expectWithinLimits(renderReply(reply({ title: '', sections: [{ heading: 'Only a heading' }, { fields: [{ label: '', value: '' }] }, {}] })));
  });
});
