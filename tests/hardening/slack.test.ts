import { mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAfterAckQueue } from '../../src/adapters/slack/after-ack.js';
import { createAdminCheck } from '../../src/adapters/slack/admin.js';
import type { WebClient } from '../../src/adapters/slack/client.js';
import { createLogger } from '../../src/base/log.js';
import { openDatabase } from '../../src/base/db.js';
import { openSlackSeenKeys } from '../../src/wiring/slack-seen.js';
import { createApp } from '../../src/wiring/app.js';
import { startSlack } from '../../src/wiring/adapters.js';
import { loadConfig } from '../../src/base/config.js';
import { reply } from '../../src/reply/model.js';
import { defineCommand } from '../../commands/types.js';
import { eventBody, slashCommandBody } from '../fakes/slack/payloads.js';
import { signedPost, startFakeSlack } from '../fakes/slack/server.js';
import { BROADCAST, everythingSent, SECRET, startHarness, testCommands, type Harness } from '../slack/harness.js';

/** Issue 12, findings 3 (Slack), 4 (Slack DMs) and 9. */

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

/** A reply far too big for Slack: 300 items of 900 characters. */
const flood = defineCommand({
  name: 'flood',
  description: 'A reply of 270,000 characters',
  options: z.object({}),
  examples: ['flood'],
  handler: () => reply({ title: 'Flood', sections: [{ heading: 'Items', items: Array.from({ length: 300 }, (_, i) => `${i} ${'word '.repeat(180)}`) }] }),
});

describe('finding 3: a Slack reply is capped like a Discord one', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness({}, { commands: [...testCommands(), flood] })));
  afterAll(() => h.close());

  it('sends at most four messages, the last marked as shortened', async () => {
    const { messages } = await h.slash('flood', { timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    const all = h.fake.responses(h.fake.calls.find((c) => c.method === 'response_url')!.responseId!);
    expect(messages.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThanOrEqual(4);
    expect(JSON.stringify(all.at(-1))).toMatch(/shortened/i);
  });
});

describe('finding 9: Slack requests and replies', () => {
  let h: Harness | undefined;
  let dir: string;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives up on a hung response_url after the respond() timeout, so later replies still go out', async () => {
    const harness = (h = await startHarness({}, { extra: { respondTimeoutMs: 400 } }));
    harness.fake.failNext({ method: 'response_url', hangMs: 30_000, times: 8 });
    // Eight replies hang (the queue runs eight at a time); the ninth must still arrive.
    for (let i = 0; i < 8; i++) void harness.slash('members', { timeoutMs: 100 }).catch(() => undefined);
    // Every hang is taken by one of the eight before the ninth is sent (however slow the machine).
    await expect.poll(() => harness.fake.faultsPending('response_url'), { timeout: 10_000 }).toBe(0);
    const ninth = await harness.slash('about', { timeoutMs: 4_000 });
    expect(ninth.messages.length).toBeGreaterThan(0);
  });

  it('refuses a request timestamped more than five minutes in the future', async () => {
    h = await startHarness();
    const body = slashCommandBody({ text: 'members', responseUrl: h.fake.responseUrl('future') });
    const future = await signedPost(h.eventsUrl, body, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(future.status).toBe(401);
    const now = await signedPost(h.eventsUrl, body, { secret: SECRET });
    expect(now.status).toBe(200);
  });

  it('answers a redelivered event once, across a restart and across two processes sharing the database', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sco-seen-'));
    const path = join(dir, 'state.sqlite');
    const seenIn = () => openSlackSeenKeys({ engine: 'sqlite', db: openDatabase(path) });
    h = await startHarness({}, { extra: { seen: await seenIn() } });
    const other = await startHarness({}, { extra: { seen: await seenIn() } });
    const event = { type: 'app_mention', user: 'U0001', channel: 'C0300', text: '<@UBOT> who are the members', ts: '1700003000.000100' };
    const send = (target: Harness) => signedPost(target.eventsUrl, eventBody(event, target.fake.teamId, 'EvSAME00001'), { secret: SECRET, contentType: 'application/json' });
    await send(h);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await send(other);
    await h.close();
    const again = await startHarness({}, { extra: { seen: await seenIn() } });
    h = again;
    await send(again);
    await new Promise((r) => setTimeout(r, 500));
    expect(again.fake.callsTo('chat.postMessage').length + other.fake.callsTo('chat.postMessage').length).toBe(0);
    await other.close();
  });

  it('runs an admin command once when its trigger_id is replayed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sco-seen-'));
    let runs = 0;
    const counted = defineCommand({ name: 'admin-probe', description: 'counts', options: z.object({}), adminOnly: true, examples: [], handler: () => (runs++, reply({ title: 'done' })) });
    h = await startHarness(
      { users: [{ id: 'UADMIN', is_admin: true }] },
      { commands: [...testCommands().filter((c) => c.name !== 'admin-probe'), counted], extra: { seen: await openSlackSeenKeys({ engine: 'sqlite', db: openDatabase(join(dir, 's.sqlite')) }) } },
    );
    await h.slash('admin-probe', { userId: 'UADMIN', triggerId: '9.9.replayed' });
    await h.slash('admin-probe', { userId: 'UADMIN', triggerId: '9.9.replayed', timeoutMs: 500 }).catch(() => undefined);
    await h.slash('admin-probe', { userId: 'UADMIN', triggerId: '9.9.fresh' });
    expect(runs).toBe(2);
  });

  it('counts only the bot’s own IM with a user as that user’s channel', async () => {
    h = await startHarness({ users: [{ id: 'U0001' }], channels: [{ id: 'DOWN', is_im: true, user: 'U0001' }] });
    const own = await h.slash('admin-probe', { userId: 'U0001', channelId: 'DOWN' });
    expect(JSON.stringify(own.messages)).toMatch(/Channel settings changed/);
    // A DM between two people (the bot is not in it) is not the user's to subscribe.
    const theirs = await h.slash('admin-probe', { userId: 'U0001', channelId: 'DPEOPLE' });
    expect(JSON.stringify(theirs.messages)).toMatch(/Only channel admins/);
  });

  it('listens on SLACK_HOST', async () => {
    const fake = await startFakeSlack({ token: 'xoxb-host-test' });
    dir = mkdtempSync(join(tmpdir(), 'sco-host-'));
    const config = loadConfig({
      DATABASE_PATH: join(dir, 's.sqlite'), SLACK_BOT_TOKEN: 'xoxb-host-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, SLACK_PORT: '0', SLACK_HOST: '127.0.0.2',
    });
    if (!config.ok) throw new Error(config.problems.join('; '));
    const app = await createApp(config.config, { logger: createLogger({ level: 'silent' }) });
    const running = await startSlack(app);
    try {
      const url = running.eventsUrl ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\//);
      const port = new URL(url).port;
      await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).rejects.toThrow();
    } finally {
      await running.stop();
      await app.close();
      await fake.close();
    }
  });
});

describe('finding 9: the scheduler’s Slack clients', () => {
  it('log through pino, like Bolt’s own client', async () => {
    const { lines, logger } = capture();
    const fake = await startFakeSlack({ token: 'xoxb-poster-log' });
    const { createSlackAdapter } = await import('../../src/adapters/slack/adapter.js');
    const adapter = createSlackAdapter({ registry: (await import('../../commands/index.js')).createRegistry(), services: undefined as never, logger, botToken: 'xoxb-poster-log', signingSecret: SECRET, apiUrl: fake.apiUrl });
    try {
      fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 0.2 });
      await adapter.poster.post('C1', reply({ title: 'digest' }));
      expect(lines.some((l) => l.component !== undefined && /rate limit/i.test(String(l.msg)))).toBe(true);
    } finally {
      await fake.close();
    }
  });
});

describe('finding 9: the after-ack queue and the admin cache are bounded', () => {
  it('drops work past its bound and logs each drop, instead of running it all at once', async () => {
    const drops: number[] = [];
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const q = createAfterAckQueue({ maxInFlight: 1, maxQueued: 2, onDrop: () => drops.push(1) });
    for (let i = 0; i < 6; i++) {
      q.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise<void>((r) => release.push(r));
        running--;
      });
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(peak).toBe(1);
    expect(drops).toHaveLength(4); // two queued, four dropped (none starts in the turn it was queued)
    while (release.length || q.pending) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 5));
    }
    await q.idle();
  });

  it('logs a dropped reply through the adapter’s logger', async () => {
    const { lines, logger } = capture();
    const h = await startHarness({}, { logger, extra: { afterAck: { maxInFlight: 1, maxQueued: 1 } } });
    h.fake.failNext({ method: 'response_url', hangMs: 2_000, times: 3 });
    await Promise.all(Array.from({ length: 4 }, () => h.slash('members', { timeoutMs: 50 }).catch(() => undefined)));
    await h.close();
    expect(lines.some((l) => l.msg === 'slack reply dropped: the reply queue is full')).toBe(true);
  });

  it('forgets an admin’s rights soon, and keeps at most a bounded number of answers', async () => {
    let now = 1_000_000;
    const calls: string[] = [];
    const admins = new Set(['UADMIN']);
    const client = {
      users: { info: async ({ user }: { user: string }) => (calls.push(user), { user: { is_admin: admins.has(user) } }) },
      conversations: { info: async () => ({ channel: { creator: 'UNOBODY' } }) },
    } as unknown as WebClient;
    const check = createAdminCheck({ now: () => now });
    expect(await check.canAdminister(client, 'T1', 'UADMIN', 'C1')).toBe(true);
    now += 5_000;
    expect(await check.canAdminister(client, 'T1', 'UADMIN', 'C1')).toBe(true);
    expect(calls).toEqual(['UADMIN']); // a burst of commands costs one lookup
    admins.delete('UADMIN');
    now += 20_000; // a demoted admin loses the right within seconds, not a minute
    expect(await check.canAdminister(client, 'T1', 'UADMIN', 'C1')).toBe(false);
    for (let i = 0; i < 1500; i++) await check.canAdminister(client, 'T1', `U${i}`, 'C1');
    const before = calls.length;
    await check.canAdminister(client, 'T1', 'U0', 'C1'); // long evicted: asked again
    expect(calls.length).toBe(before + 1);
  });
});

describe('finding 3: nothing in a Slack reply pings', () => {
  it('keeps the Slack hostile suite’s promise on the capped reply too', async () => {
    const h = await startHarness({}, { commands: [...testCommands(), flood] });
    try {
      await h.slash(`echo ${'<!channel> '.repeat(400)}`);
      expect(everythingSent(h.fake)).not.toMatch(BROADCAST);
    } finally {
      await h.close();
    }
  });
});
