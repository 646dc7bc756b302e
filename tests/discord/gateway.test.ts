import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, chatInput, STRING, type Harness } from './harness.js';

describe('Discord adapter against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('logs in through GET /gateway/bot and IDENTIFY with the Guilds, GuildMessages and DirectMessages intents', () => {
    expect(h.fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(h.fake.identifies[0]).toMatchObject({ intents: 1 + 512 + 4096 });
    expect(h.adapter.client.isReady()).toBe(true);
  });

  it('answers a chat-input /sco country with an embed titled Iran', async () => {
    const sent = h.fake.sendInteraction(chatInput('country', [{ name: 'name', type: STRING, value: 'iran' }]));
    const cb = await sent.callback;
    const body = cb.body as { type: number; data: { embeds: { title: string }[]; allowed_mentions: unknown } };
    expect(body.type).toBe(4);
    expect(body.data.embeds[0]!.title).toMatch(/^Iran/);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });
});
