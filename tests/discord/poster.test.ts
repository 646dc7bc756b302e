import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';
import { createDiscordPoster, createDiscordRest } from '../../src/adapters/discord/poster.js';
import { DeliveryError } from '../../src/briefing/types.js';
import { reply } from '../../src/reply/model.js';

const TOKEN = 'fake-token.for-tests.only-xxxxxxxx';
const briefing = reply({
  title: 'SCO digest',
  summary: 'Nothing new since Monday.',
  asOf: '2026-04-27',
  sources: [{ id: 's1', publisher: 'SCO', title: 'Charter', url: 'https://example.org/charter' }],
});

describe('Discord channel poster', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  const poster = (extra: { timeoutMs?: number; retries?: number } = {}) =>
    createDiscordPoster({ rest: createDiscordRest({ token: TOKEN, apiUrl: fake.apiUrl, retries: 0, ...extra }) });

  it('posts an embed with the footer date and allowed_mentions parse [] into the channel', async () => {
    const { messageIds } = await poster().post(fake.channelId, briefing);
    const posted = fake.messages.get(fake.channelId)!;
    expect(messageIds).toEqual(posted.map((m) => m.id));
    expect(posted[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(posted[0]!.embeds[0]).toMatchObject({
      title: 'SCO digest',
      footer: { text: expect.stringContaining('27 April 2026') },
    });
    expect(fake.requests.at(-1)!.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('splits a reply too long for one message into several posts and returns every id in order', async () => {
    const big = reply({
      title: 'Long digest',
      sections: Array.from({ length: 12 }, (_, i) => ({ heading: `Part ${i}`, text: 'word '.repeat(900) })),
      asOf: '2026-04-27',
    });
    const { messageIds } = await poster().post(fake.channelId, big);
    const posted = fake.messages.get(fake.channelId)!;
    expect(messageIds.length).toBeGreaterThan(1);
    expect(messageIds).toEqual(posted.map((m) => m.id));
    for (const m of posted) expect(m.body.allowed_mentions).toEqual({ parse: [] });
    expect(posted.every((m) => m.body.flags === undefined)).toBe(true);
  });

  it('does not post twice when a post landed but its answer was lost and the delivery is retried with the same key', async () => {
    fake.failNext({
      method: 'POST',
      pathPrefix: `/channels/${fake.channelId}/messages`,
      status: 500,
      afterCommit: true,
    });
    const p = poster();
    await expect(p.post(fake.channelId, briefing, { idempotencyKey: 'sco-delivery-42' })).rejects.toMatchObject({
      failure: 'transient',
    });
    expect(fake.messages.get(fake.channelId)).toHaveLength(1);
    const { messageIds } = await p.post(fake.channelId, briefing, { idempotencyKey: 'sco-delivery-42' });
    const posted = fake.messages.get(fake.channelId)!;
    expect(posted).toHaveLength(1);
    expect(messageIds).toEqual([posted[0]!.id]);
    expect(posted[0]!.body).toMatchObject({ enforce_nonce: true, nonce: expect.stringMatching(/^[\w-]{1,25}$/) });
  });

  it('gives each part of a split reply its own nonce, and a different delivery a different one', async () => {
    const big = reply({
      title: 'Long digest',
      sections: Array.from({ length: 12 }, (_, i) => ({ heading: `Part ${i}`, text: 'word '.repeat(900) })),
    });
    await poster().post(fake.channelId, big, { idempotencyKey: 'a' });
    await poster().post(fake.channelId, briefing, { idempotencyKey: 'b' });
    const nonces = fake.messages.get(fake.channelId)!.map((m) => m.body.nonce);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('accepts DISCORD_API_URL with the version on the end', async () => {
    const p = createDiscordPoster({ rest: createDiscordRest({ token: TOKEN, apiUrl: `${fake.apiUrl}/v10/` }) });
    await p.post(fake.channelId, briefing);
    expect(fake.messages.get(fake.channelId)).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After and then posts once', async () => {
    fake.failNext({
      method: 'POST',
      pathPrefix: `/channels/${fake.channelId}/messages`,
      status: 429,
      retryAfterSeconds: 0.2,
    });
    const started = Date.now();
    await poster().post(fake.channelId, briefing);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(fake.requests.filter((r) => r.path === `/channels/${fake.channelId}/messages`)).toHaveLength(2);
    expect(fake.messages.get(fake.channelId)).toHaveLength(1);
  });

  it.each([
    ['channel-gone', 404, { message: 'Unknown Channel', code: 10003 }],
    ['forbidden', 403, { message: 'Missing Access', code: 50001 }],
    ['forbidden', 403, { message: 'Missing Permissions', code: 50013 }],
    ['auth', 401, { message: '401: Unauthorized', code: 0 }],
    ['transient', 500, { message: 'Internal Server Error', code: 0 }],
    ['transient', 502, undefined],
  ])('maps a failure to %s (HTTP %i)', async (failure, status, body) => {
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status, ...(body && { body }) });
    const err = await poster()
      .post(fake.channelId, briefing)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).failure).toBe(failure);
  });

  it('maps a request that never answers to transient after the timeout', async () => {
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status: 500, hangMs: 5_000 });
    const err = await poster({ timeoutMs: 200 })
      .post(fake.channelId, briefing)
      .catch((e: unknown) => e);
    expect((err as DeliveryError).failure).toBe('transient');
    expect((err as DeliveryError).code).toBe('timeout');
  });

  it('reports a deleted channel as channel-gone, which pauses the subscription', async () => {
    fake.setChannelState('1100000000000000444', 'gone');
    const err = (await poster()
      .post('1100000000000000444', briefing)
      .catch((e: unknown) => e)) as DeliveryError;
    expect(err.failure).toBe('channel-gone');
    expect(err.pausesSubscription).toBe(true);
  });

  it('retries a 500 when retries are allowed and then succeeds', async () => {
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status: 500 });
    const { messageIds } = await poster({ retries: 2 }).post(fake.channelId, briefing);
    expect(messageIds).toHaveLength(1);
  });
});
