import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefingStore } from '../../src/briefing/open-store.js';
import type { BriefingStore } from '../../src/briefing/store.js';
import { ENGINES, openEngine, type OpenedState } from '../state/engines.js';
import {
  guildIdOnShard,
  shardForGuild,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from '../fakes/discord/server.js';
import { subscriptionInput } from '../briefing/helpers.js';
import { chatInput } from './harness.js';

/**
 * `npm start` twice, DISCORD_SHARDS=2 with DISCORD_SHARD_IDS=0 in one process and 1 in the
 * other, against one fake gateway and one database: Discord routes each guild's events to its
 * shard, so each process answers only its own guilds; scheduled digests go out through REST and
 * the shared claims, so each is posted once whichever process claims it.
 */

const SHARDS = 2;
const GUILDS = [0, 1, 2, 3].map((n) => guildIdOnShard(n % SHARDS, SHARDS, n + 1));
const CHANNELS_PER_GUILD = 50;
const guilds = GUILDS.map((id, g) => ({
  id,
  channelIds: Array.from({ length: CHANNELS_PER_GUILD }, (_, c) =>
    guildIdOnShard(g % SHARDS, SHARDS, 100 + g * CHANNELS_PER_GUILD + c),
  ),
}));
const channels = guilds.flatMap((g) => g.channelIds.map((channelId) => ({ channelId, guildId: g.id })));

interface BotProcess {
  shard: number;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  stderr: () => string;
  exited: Promise<number | null>;
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(ENGINES)('two Discord shards in two processes, state on %s', (engine) => {
  let fake: FakeDiscord;
  let state: OpenedState;
  let store: BriefingStore;
  let bots: BotProcess[] = [];

  function startBot(shard: number): BotProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ...(engine === 'postgres'
          ? { DATABASE_URL: state.location }
          : { DATABASE_PATH: state.location, DATABASE_URL: '' }),
        LOG_LEVEL: 'debug',
        DISCORD_TOKEN: 'fake-discord-token-for-tests-000000',
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: String(SHARDS),
        DISCORD_SHARD_IDS: String(shard),
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_APP_TOKEN: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let raw = '';
    const logs: Record<string, unknown>[] = [];
    child.stderr!.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
      const lines = raw.split('\n');
      raw = lines.pop()!;
      for (const line of lines) {
        try {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          logs.push({ msg: line, unparsed: true });
        }
      }
    });
    return {
      shard,
      child,
      logs,
      stderr: () =>
        logs
          .filter((l) => l.unparsed)
          .map((l) => l.msg)
          .join('\n'),
      exited: new Promise((resolve) => child.on('exit', resolve)),
    };
  }

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guildId: guilds[0]!.id,
      channelIds: guilds[0]!.channelIds,
      guilds: guilds.slice(1),
      heartbeatIntervalMs: 5_000,
    });
    state = await openEngine(engine);
    store = await openBriefingStore(state.handle);
    // Subscribed two days ago for a daily slot twelve hours from now: a catch-up digest is due in every channel at
    // start-up, and no new slot falls due while the test runs (an hourly slot did, for a run across the hour).
    const since = new Date(Date.now() - 2 * 86_400_000);
    const cron = `0 ${(new Date().getUTCHours() + 12) % 24} * * *`;
    for (const { channelId, guildId } of channels) {
      await store.subscribe(
        subscriptionInput({
          platform: 'discord',
          channelId,
          workspaceId: guildId,
          label: `cron ${cron}`,
          cron,
          timezone: 'UTC',
          topics: ['events'],
        }),
        since,
      );
    }
    bots = [startBot(0), startBot(1)];
    await fake.waitForReady(60_000, SHARDS).catch((err: unknown) => {
      // Say why a process did not come up (its own last words), not only that it did not.
      throw new Error(
        `${String(err)}; the processes said: ${bots
          .map((b) =>
            b.logs
              .slice(-3)
              .map((l) => String(l.msg))
              .join(' | '),
          )
          .join(' || ')}`,
      );
    });
    // 'ready' is logged once the adapter has started and the scheduler runs.
    await until(() => bots.every((b) => b.logs.some((l) => l.msg === 'ready')), 60_000, 'both processes ready');
  }, 90_000);

  afterAll(async () => {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await fake?.close();
    await state?.close();
  });

  const answered = (r: RecordedRequest, id: string) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

  it('identify as shard 0 and shard 1 of 2 and are each given only their own guilds', () => {
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const bot of bots) {
      const ready = bot.logs.find((l) => l.msg === 'discord ready');
      expect(ready).toMatchObject({
        shards: [bot.shard],
        shardCount: SHARDS,
        guilds: GUILDS.filter((g) => shardForGuild(g, SHARDS) === bot.shard).length,
      });
    }
    // Commands are registered once, by the process that runs shard 0.
    expect(bots[0]!.logs.some((l) => l.msg === 'discord commands registered')).toBe(true);
    expect(
      bots[1]!.logs.some((l) => l.msg === 'discord command registration left to the process that runs shard 0'),
    ).toBe(true);
  });

  it("answer each guild's interactions once, from the process that runs the guild's shard", async () => {
    const sent = GUILDS.flatMap((guildId) =>
      [0, 1].map(() => ({ guildId, ...fake.sendInteraction({ ...chatInput('about'), guildId }) })),
    );
    for (const s of sent) expect((await s.callback).body).toMatchObject({ type: 4 });
    // The processes' log lines travel through a pipe, not the socket the answers took: wait for them.
    const logged = (id: string) =>
      bots
        .filter((b) => b.logs.some((l) => l.msg === 'discord interaction' && l.interaction === id))
        .map((b) => b.shard);
    await until(() => sent.every((s) => logged(s.id).length > 0), 10_000, 'the interactions to be logged');
    await new Promise((r) => setTimeout(r, 200));
    for (const s of sent) {
      const shard = shardForGuild(s.guildId, SHARDS);
      expect(fake.requests.filter((r) => answered(r, s.id))).toHaveLength(1);
      expect(fake.dispatched.filter((d) => d.id === s.id).map((d) => d.shard)).toEqual([[shard, SHARDS]]);
      expect(logged(s.id)).toEqual([shard]);
    }
  }, 30_000);

  it('answer a mention on the guild’s shard and a direct message on shard 0', async () => {
    const mention = fake.sendMessage({
      content: `<@${fake.botUser.id}> who are the members?`,
      mentions: [fake.botUser],
      guildId: GUILDS[1]!,
    });
    const dm = fake.sendMessage({ content: 'who are the members?', dm: true });
    const replyTo = (id: string) =>
      fake.waitForRequest(
        (r) =>
          r.method === 'POST' &&
          (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === id,
        15_000,
      );
    await Promise.all([replyTo(mention.id), replyTo(dm.id)]);
    const handledBy = (id: string) =>
      bots.filter((b) => b.logs.some((l) => l.msg === 'discord message' && l.message === id)).map((b) => b.shard);
    await until(
      () => handledBy(mention.id).length > 0 && handledBy(dm.id).length > 0,
      10_000,
      'the messages to be logged',
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(handledBy(mention.id)).toEqual([shardForGuild(GUILDS[1]!, SHARDS)]);
    expect(handledBy(dm.id)).toEqual([0]);
  }, 30_000);

  it(`post each of ${channels.length} due digests exactly once across both processes, and stop cleanly`, async () => {
    await expect
      .poll(async () => (await store.allDeliveries()).filter((d) => d.status === 'delivered').length, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(channels.length);
    for (const bot of bots) bot.child.kill('SIGTERM');
    for (const bot of bots) expect(await bot.exited).toBe(0);
    for (const bot of bots) expect(bot.stderr()).toBe('');

    const deliveries = await store.allDeliveries();
    const subscriptions = new Map<string, number>();
    for (const { channelId, guildId } of channels) {
      subscriptions.set(channelId, (await store.channelSubscriptions('discord', channelId, guildId))[0]!.id);
    }
    expect(deliveries).toHaveLength(channels.length);
    for (const { channelId } of channels) {
      const mine = deliveries.filter((d) => d.subscriptionId === subscriptions.get(channelId));
      expect(mine).toMatchObject([{ status: 'delivered', kind: 'catch-up' }]);
      // Every message the bot posted into the channel on its own (not a reply to a mention) is that one digest's; a digest may run to several messages.
      const posted = (fake.messages.get(channelId) ?? []).filter((m) => m.body.message_reference === undefined);
      expect(posted.map((m) => m.id)).toEqual(mine[0]!.messageIds);
    }
    const byProcess = new Map<string, number>();
    for (const d of deliveries)
      byProcess.set(d.worker.split(':')[1]!, (byProcess.get(d.worker.split(':')[1]!) ?? 0) + 1);
    const pids = bots.map((b) => String(b.child.pid));
    expect([...byProcess.keys()].every((pid) => pids.includes(pid))).toBe(true);
    console.info(
      `${engine}: digests posted per process: ${[...byProcess.entries()].map(([pid, n]) => `shard ${bots.find((b) => String(b.child.pid) === pid)!.shard}: ${n}`).join(', ')}`,
    );
  }, 90_000);
});
