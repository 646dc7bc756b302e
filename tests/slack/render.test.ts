import { describe, expect, it } from 'vitest';
import { renderSlack, type SlackBlock } from '../../src/adapters/slack/render.js';
import { errorReply, reply, type Reply } from '../../src/reply/model.js';
import { limitViolations } from './limits.js';

const texts = (blocks: SlackBlock[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? ('fields' in b ? b.fields.map((f) => f.text) : [b.text.text]) : b.type === 'header' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));
const allOk = (r: Reply) => renderSlack(r).forEach((m, i) => expect(limitViolations(m), `message ${i}`).toEqual([]));

describe('Reply → Block Kit renderer', () => {
  it('renders a short reply as one message: header, summary section, fields, items, sources, footer, with a text fallback', () => {
    const [m, ...rest] = renderSlack(
      reply({
        title: 'Iran',
        summary: 'Iran is an SCO member state since 4 July 2023.',
        sections: [{ heading: 'Facts', fields: [{ label: 'Capital', value: 'Tehran' }] }, { heading: 'Events', items: ['Astana summit'] }],
        sources: [{ id: 's1', publisher: 'SCO Secretariat', title: 'Astana Declaration', url: 'https://eng.sectsco.org/x?a=1&b=2', date: '2024-07-04' }],
        asOf: '2026-04-27',
      }),
    );
    expect(rest).toEqual([]);
    expect(m!.text).toContain('Iran is an SCO member state');
    expect(m!.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Iran', emoji: true } });
    const all = texts(m!.blocks).join('\n');
    expect(all).toContain('*Capital*\nTehran');
    expect(all).toContain('• Astana summit');
    expect(all).toContain('<https://eng.sectsco.org/x?a=1&amp;b=2|Astana Declaration>');
    expect(all).toMatch(/Data as of 27 April 2026/);
  });

  it('marks every mrkdwn text verbatim so Slack does not auto-parse names or mentions', () => {
    const [m] = renderSlack(reply({ title: 't', summary: 's', sections: [{ fields: [{ label: 'a', value: 'b' }] }], footer: 'f' }));
    const mrkdwn = m!.blocks.flatMap((b) => (b.type === 'section' ? ('fields' in b ? b.fields : [b.text]) : b.type === 'context' ? b.elements : []));
    expect(mrkdwn.length).toBe(3);
    expect(mrkdwn.every((t) => t.type === 'mrkdwn' && t.verbatim === true)).toBe(true);
  });

  it('always has a text fallback, even for a bare title', () => {
    const [m] = renderSlack(reply({ title: 'Only a title' }));
    expect(m!.text).toBe('Only a title');
  });

  it('marks errors in the header', () => {
    const [m] = renderSlack(errorReply('Unknown command', 'There is no /sco x.'));
    expect(m!.blocks[0]!.type === 'header' && m!.blocks[0]!.text.text).toBe('⚠️ Unknown command');
  });

  it('cuts a header to 150 characters with an ellipsis', () => {
    const [m] = renderSlack(reply({ title: 'T'.repeat(400) }));
    const header = m!.blocks[0]!;
    expect(header.type === 'header' && header.text.text.length).toBe(150);
    expect(header.type === 'header' && header.text.text.endsWith('…')).toBe(true);
  });

  it('does not cut an escaped entity in half when shortening a header', () => {
    const [m] = renderSlack(reply({ title: `${'x'.repeat(146)}<<<<<<` }));
    const header = m!.blocks[0]!;
    expect(header.type === 'header' && header.text.text).toMatch(/^x{146}…$/);
  });

  it('splits a 7,000-character summary into sections of at most 3,000, losing nothing', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const [m] = renderSlack(reply({ title: 't', summary: words.padEnd(7000, ' z') }));
    const sections = m!.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBe(3);
    for (const t of texts(sections)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(texts(sections).join(' ').split(/\s+/).slice(0, 1000)).toEqual(words.split(' '));
  });

  it('never splits inside an entity', () => {
    const [m] = renderSlack(reply({ title: 't', summary: `${'a'.repeat(2997)}&&&&&&&&<<<<>>>>${'b'.repeat(3000)}` }));
    for (const t of texts(m!.blocks)) expect(t.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    allOk(reply({ title: 't', summary: `${'a'.repeat(2997)}&&&&&&&&<<<<>>>>${'b'.repeat(3000)}` }));
  });

  it('puts 25 fields into sections of at most 10, each field at most 2,000 characters', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `L${i}`, value: i === 3 ? 'v'.repeat(5000) : `v${i}` }));
    const [m] = renderSlack(reply({ title: 't', sections: [{ fields }] }));
    const fieldBlocks = m!.blocks.filter((b): b is Extract<SlackBlock, { fields: unknown }> => b.type === 'section' && 'fields' in b);
    expect(fieldBlocks.map((b) => b.fields.length)).toEqual([10, 10, 5]);
    for (const b of fieldBlocks) for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(2000);
    expect(fieldBlocks[2]!.fields[4]!.text).toBe('*L24*\nv24');
  });

  it('splits more than 50 blocks across messages, in order, with continued fallbacks', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ text: `Paragraph ${i}` }));
    const messages = renderSlack(reply({ title: 'Digest', sections }));
    expect(messages.length).toBe(2);
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 31]);
    expect(messages[1]!.text).toBe('Digest (continued, 2/2)');
    expect(messages.flatMap((m) => texts(m.blocks)).filter((t) => t.startsWith('Paragraph'))).toEqual(sections.map((s) => s.text));
    allOk(reply({ title: 'Digest', sections }));
  });

  it('splits a long digest into messages below 12,000 characters each, keeping every item', () => {
    const items = Array.from({ length: 300 }, (_, i) => `Item ${i}: ${'lorem ipsum '.repeat(15)}`);
    const r = reply({ title: 'Long digest', sections: [{ heading: 'Events', items }] });
    // Past four messages a reply is cut (issue 12): ten allowed here to see the splitting itself.
    const messages = renderSlack(r, { maxMessages: 10 });
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(renderSlack(r)).toHaveLength(4);
    allOk(r);
    const joined = messages.flatMap((m) => texts(m.blocks)).join('\n');
    for (const i of [0, 150, 299]) expect(joined).toContain(`• Item ${i}:`);
    expect(messages[0]!.blocks[0]!.type).toBe('header');
  });

  it('escapes &, < and > in every piece of data, and neutralises bare @here', () => {
    const evil = '<!channel> & <@U1> @here';
    const [m] = renderSlack(
      reply({ title: evil, summary: evil, sections: [{ heading: evil, items: [evil], fields: [{ label: evil, value: evil }] }], sources: [{ id: 'x', publisher: evil, title: evil, url: 'javascript:alert(1)' }], suggestions: [evil], footer: evil }),
    );
    const all = [m!.text, ...texts(m!.blocks)].join('\n');
    expect(all).not.toMatch(/<!|<@|(^|[^\u200B])@here/);
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;@U1&gt; @\u200Bhere');
    expect(all).not.toContain('javascript:');
  });

  it('is pure: the same reply renders the same way and is not changed', () => {
    const r = reply({ title: 'x', summary: 'y', sections: [{ items: ['a', 'b'] }] });
    const copy = structuredClone(r);
    expect(renderSlack(r)).toEqual(renderSlack(r));
    expect(r).toEqual(copy);
  });
});
