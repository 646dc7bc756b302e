import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster, createDiscordRest } from '../../src/adapters/discord/poster.js';
import { createSlackPoster, createSlackWebClient } from '../../src/adapters/slack/poster.js';
import type { ChannelPoster } from '../../src/briefing/types.js';
import type { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { BriefingScheduler } from '../../src/briefing/scheduler.js';
import { reply } from '../../src/reply/model.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';
import { subscriptionInput, useTempStore } from './helpers.js';

/**
 * Fault injection through the REAL posters (discord.js REST, Slack WebClient) against the
 * loopback fakes: 429 with retry-after, 500, a request that never answers, 403 / not_in_channel.
 * Whatever happens, every reachable channel gets its digest exactly once.
 */

const NOW = new Date('2026-11-27T07:00:20Z');
const CHANNELS = 10;

let store: SqliteBriefingStore;
useTempStore((s) => (store = s));

function scheduler(poster: ChannelPoster) {
  return new BriefingScheduler({
    store,
    posters: new Map([[poster.platform, poster]]),
    digest: ({ subscription }) => reply({ title: `SCO digest for ${subscription.channelId}`, summary: 'Nothing new.' }),
    policy: { attempts: 5, backoffMs: 20, maxBackoffMs: 200, leaseMs: 60_000, retryRoundMs: 60_000 },
    graceMs: 6 * 3_600_000,
    concurrency: 4,
    now: () => NOW,
  });
}

async function subscribeAll(platform: string, channels: string[]): Promise<void> {
  for (const channelId of channels) await store.subscribe(subscriptionInput({ platform, channelId }), new Date('2026-11-26T12:00:00Z'));
}

/** Channels whose subscription is active but did not get exactly one message: lost (0) and duplicated (>1). */
async function tally(counts: Map<string, number>) {
  const active = (await store.activeSubscriptions(['discord', 'slack'])).map((s) => s.channelId);
  return {
    lost: active.filter((c) => (counts.get(c) ?? 0) === 0).length,
    duplicated: [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0),
  };
}

describe('delivery through discord.js against the fake Discord', () => {
  let fake: FakeDiscord;
  const ids = Array.from({ length: CHANNELS }, (_, i) => `12000000000000000${String(i).padStart(2, '0')}`);
  beforeAll(async () => {
    fake = await startFakeDiscord({ channelIds: ids });
  });
  afterAll(() => fake.close());

  it('survives 429s, 500s and a hung request with 0 lost and 0 duplicated, and pauses the channel that answers 403', async () => {
    await subscribeAll('discord', ids);
    fake.setChannelState(ids[9]!, 'forbidden');
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status: 429, retryAfterSeconds: 0.3, times: 2 });
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status: 500, times: 2 });
    fake.failNext({ method: 'POST', pathPrefix: '/channels/', status: 500, hangMs: 3_000 });
    const poster = createDiscordPoster({ rest: createDiscordRest({ token: 'fake-token-for-tests-0123456789', apiUrl: fake.apiUrl, timeoutMs: 400, retries: 0 }) });
    await scheduler(poster).tick();

    const counts = new Map(ids.map((id) => [id, fake.messages.get(id)?.length ?? 0]));
    expect(await tally(counts)).toEqual({ lost: 0, duplicated: 0 });
    expect([...counts.values()].filter((n) => n === 1)).toHaveLength(9);
    const paused = (await store.channelSubscriptions('discord', ids[9]!))[0]!;
    expect(paused.pausedReason).toMatch(/no access/);
    // Every attempt is in the log: the 500s and the timeout as transient, then success.
    const outcomes = (await Promise.all((await store.allDeliveries()).map((d) => store.attempts(d.id)))).flat().map((a) => a.outcome);
    expect(outcomes.filter((o) => o === 'transient').length).toBeGreaterThanOrEqual(3);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(9);
    expect(outcomes).toContain('forbidden');
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBeGreaterThanOrEqual(9 + 2 + 3);
  }, 20_000);
});

describe('delivery through the Slack WebClient against the fake Slack', () => {
  let fake: FakeSlack;
  const ids = Array.from({ length: CHANNELS }, (_, i) => `CS${i}`);
  beforeAll(async () => {
    fake = await startFakeSlack({ token: 'xoxb-briefing-faults', channels: [{ id: 'CS9', is_archived: true }] });
  });
  afterAll(() => fake.close());

  it('survives a 429 with Retry-After, 500s and a timeout with 0 lost and 0 duplicated, and pauses on not_in_channel and is_archived', async () => {
    await subscribeAll('slack', ids);
    fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    fake.failNext({ method: 'chat.postMessage', status: 500, times: 2 });
    fake.failNext({ method: 'chat.postMessage', status: 500, hangMs: 2_000 });
    fake.failNext({ method: 'chat.postMessage', error: 'not_in_channel' });
    const poster = createSlackPoster({ client: createSlackWebClient({ token: 'xoxb-briefing-faults', apiUrl: fake.apiUrl, timeoutMs: 400, retries: 0 }) });
    await scheduler(poster).tick();

    const counts = new Map(ids.map((id) => [id, fake.messages(id).length]));
    expect(await tally(counts)).toEqual({ lost: 0, duplicated: 0 });
    const paused = (await store.channelSubscriptions('slack', 'CS9'))
      .concat((await Promise.all(ids.slice(0, 9).map((id) => store.channelSubscriptions('slack', id)))).flat())
      .filter((s) => s.pausedReason);
    expect(paused.map((s) => s.pausedReason).sort()).toEqual([
      expect.stringMatching(/no access.*not_in_channel/),
      expect.stringMatching(/gone or archived.*is_archived/),
    ]);
    expect([...counts.values()].filter((n) => n === 1)).toHaveLength(8);
  }, 20_000);
});
