import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, testCommands, chatInput, STRING, TOKEN, type Harness } from './harness.js';
import { startFakeDiscord } from '../fakes/discord/server.js';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.js';
import { createRegistry } from '../../commands/index.js';
import { testServices } from '../helpers/app.js';
import { pino } from 'pino';

type MessageBody = { embeds: { title?: string; description?: string }[]; allowed_mentions: unknown; message_reference?: { message_id: string } };

describe('Discord adapter with the real ask command', () => {
  let h: Harness;
  beforeAll(async () => {
    // Every test probe except the echoing ask, so mentions reach the project's own ask.
    h = await startHarness({ commands: testCommands.filter((c) => c.name !== 'ask') });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers "@bot when did Iran join?" with the accession date', async () => {
    const { id } = h.fake.sendMessage({ content: `<@${h.fake.botUser.id}> when did Iran join?`, mentions: [h.fake.botUser] });
    const post = await h.fake.waitForRequest((r) => (r.body as MessageBody | undefined)?.message_reference?.message_id === id);
    const body = post.body as MessageBody;
    expect(JSON.stringify(body.embeds)).toMatch(/4 July 2023/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('survives a DM full of mention strings, zero-width and right-to-left characters, 5,000 characters long, without pinging', async () => {
    const content = `@everyone <@&1100000000000000777> <@1100000000000000100> \u200b\u200d\u202e\u2067ایران\u2069 ${'is iran a member '.repeat(300)}`.slice(0, 5000);
    const { id } = h.fake.sendMessage({ content, dm: true });
    const post = await h.fake.waitForRequest((r) => (r.body as MessageBody | undefined)?.message_reference?.message_id === id);
    expect((post.body as MessageBody).allowed_mentions).toEqual({ parse: [], replied_user: false });
    // And keeps answering.
    const cb = await h.fake.sendInteraction(chatInput('ask', [{ name: 'question', type: STRING, value: '@everyone how many members?' }])).callback;
    expect((cb.body as { data: { allowed_mentions: unknown } }).data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('Discord start-up', () => {
  it('fails with a clear error when Discord refuses the token, and leaves no client running', async () => {
    const fake = await startFakeDiscord();
    try {
      fake.failNext({ method: 'GET', pathPrefix: '/gateway/bot', status: 401 });
      const started = createDiscordAdapter(
        { registry: createRegistry(), services: testServices(), logger: pino({ level: 'silent' }) },
        { token: TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl, restRetries: 0 },
      ).start();
      await expect(started).rejects.toThrow(/invalid token/i);
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});
