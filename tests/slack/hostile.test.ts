import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROADCAST, everythingSent, startHarness, type Harness } from './harness.js';
import { limitViolations } from './limits.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const HOSTILE = [
  '<!channel> wake up',
  '<!everyone>',
  '<!here|here> now',
  '<!subteam^S1|@security-team>',
  '<!subteam^S1>',
  '<@U123> and <@W456|bob>',
  '&lt;!channel&gt; and &lt;@U123&gt;',
  '@channel @here @everyone',
  '<!chan\u200Bnel> <\u200B!here>',
  '\u202E<!everyone>\u202C reversed',
  '<https://evil.example|totally safe link>',
  'x</!channel>>|<<!here>>',
];

const noBroadcast = () => {
  const sent = everythingSent(h.fake);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent).not.toMatch(BROADCAST);
  expect(sent).not.toMatch(/<https:\/\/evil/);
};

describe('hostile input never becomes a mention or a broadcast', () => {
  it('escapes every hostile string echoed into every part of a slash-command reply', async () => {
    for (const text of HOSTILE) {
      h.fake.reset();
      const { messages } = await h.slash(`echo ${text}`);
      expect(messages.length, text).toBeGreaterThan(0);
      noBroadcast();
    }
  });

  it('shows &lt; tricks as the literal text typed, not as a decoded control sequence', async () => {
    // Typed "&lt;!channel&gt;" arrives from Slack as "&amp;lt;!channel&amp;gt;".
    const { messages } = await h.slash('echo &amp;lt;!channel&amp;gt;');
    expect(JSON.stringify(messages)).toContain('&amp;lt;!channel&amp;gt;');
    expect(JSON.stringify(messages)).not.toMatch(BROADCAST);
  });

  it('decodes what Slack escaped once, so "AT&T" and "a<b" read as typed', async () => {
    const { messages } = await h.slash('echo AT&amp;T a&lt;b');
    const sent = JSON.stringify(messages);
    expect(sent).toContain('AT&amp;T a&lt;b');
    expect(sent).not.toContain('&amp;amp;');
  });

  it('escapes hostile questions arriving by mention and by direct message', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      h.fake.reset();
      await h.event({
        type: 'app_mention',
        user: 'U0001',
        channel: 'C0200',
        text: `<@UBOT> ${text}`,
        ts: `1700001000.${String(i).padStart(6, '0')}`,
      });
      await h.fake.waitFor((c) => c.method === 'chat.postMessage');
      noBroadcast();
      h.fake.reset();
      await h.event({
        type: 'message',
        channel_type: 'im',
        user: 'U0001',
        channel: 'D0200',
        text,
        ts: `1700002000.${String(i).padStart(6, '0')}`,
      });
      await h.fake.waitFor((c) => c.method === 'chat.postMessage');
      noBroadcast();
    }
  });

  it('answers 5,000 characters of hostile text within every Block Kit limit, without a broadcast', async () => {
    const long = '<!channel> '.repeat(455).slice(0, 5000);
    const { messages } = await h.slash(`echo ${long}`);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(limitViolations(m)).toEqual([]);
    noBroadcast();
  });

  it('drops zero-width and right-to-left override characters from the input before parsing', async () => {
    const { messages } = await h.slash('country\u200B \u202Eiran\u202C');
    const header = (messages[0] as { blocks: { type: string; text?: { text: string } }[] }).blocks.find(
      (b) => b.type === 'header',
    )?.text?.text;
    expect(header).toMatch(/Iran/);
    expect(JSON.stringify(messages)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps running after hostile input: a normal command is answered next', async () => {
    await h.slash(`echo ${'\u202E'.repeat(100)}<!here>`);
    const { messages } = await h.slash('members');
    expect(JSON.stringify(messages)).toMatch(/India/);
  });
});
