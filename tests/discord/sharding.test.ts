import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/base/config.js';
import { startHarness, chatInput, type Harness } from './harness.js';
import { guildIdOnShard, shardForGuild, startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';

/**
 * discord.js's own sharding against the fake gateway, in one process: which shards IDENTIFY,
 * which guilds each shard is given, and that interactions arrive on (and are answered through)
 * the shard Discord routes them to. Two processes, one shard each: tests/discord/shard-processes.test.ts.
 */

type CallbackBody = { type: number; data?: { embeds?: { title?: string }[] } };

const G0 = guildIdOnShard(0, 2, 1);
const G1 = guildIdOnShard(1, 2, 2);
/** The fake's default guild on shard 0 of 2, and one more on shard 1. */
const twoGuilds = {
  guildId: G0,
  channelIds: [guildIdOnShard(0, 2, 11)],
  guilds: [{ id: G1, channelIds: [guildIdOnShard(1, 2, 12)] }],
};

let harness: Harness | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await harness?.stop();
  await fake?.close();
  harness = undefined;
  fake = undefined;
});

describe('the fake gateway routes guilds to shards as Discord does', () => {
  it('puts each guild on shard (guild_id >> 22) % shard_count', () => {
    expect(shardForGuild(G0, 2)).toBe(0);
    expect(shardForGuild(G1, 2)).toBe(1);
    // By hand: 2^22 * 7 + 5 shifted right by 22 is 7; 7 % 4 = 3.
    expect(shardForGuild(String(4_194_304 * 7 + 5), 4)).toBe(3);
    expect(shardForGuild(G1, 1)).toBe(0);
  });
});

describe('Discord sharding in one process', () => {
  it('runs both shards of DISCORD_SHARDS=2: two IDENTIFYs, every guild cached, each interaction routed to its shard and answered', async () => {
    harness = await startHarness({ fake: { ...twoGuilds, maxConcurrency: 2 }, adapter: { shards: { count: 2 } } });
    const { fake: f, adapter } = harness;
    expect(f.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(adapter.client.ws.shards.map((s) => s.id).sort()).toEqual([0, 1]);
    expect(adapter.client.guilds.cache.get(G0)?.shardId).toBe(0);
    expect(adapter.client.guilds.cache.get(G1)?.shardId).toBe(1);

    for (const guildId of [G0, G1]) {
      const sent = f.sendInteraction({ ...chatInput('about'), guildId });
      expect(((await sent.callback).body as CallbackBody).data!.embeds![0]!.title).toBe('About SCO Briefing Bot');
      expect(f.dispatched.filter((d) => d.id === sent.id)).toEqual([
        { event: 'INTERACTION_CREATE', id: sent.id, guildId, shard: [shardForGuild(guildId, 2), 2] },
      ]);
    }
  });

  it('takes the shard count Discord recommends when DISCORD_SHARDS=auto', async () => {
    harness = await startHarness({
      fake: { ...twoGuilds, recommendedShards: 2, maxConcurrency: 2 },
      adapter: { shards: { count: 'auto' } },
    });
    expect(harness.fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(harness.adapter.client.options.shardCount).toBe(2);
  });

  it('runs only the listed shard, sees only its guilds, and leaves command registration to the process with shard 0', async () => {
    harness = await startHarness({ fake: twoGuilds, adapter: { shards: { count: 2, ids: [1] } } });
    const { fake: f, adapter } = harness;
    expect(f.identifies.map((i) => i.shard)).toEqual([[1, 2]]);
    expect([...adapter.client.guilds.cache.keys()]).toEqual([G1]);
    expect(f.requests.some((r) => r.path.includes('/commands'))).toBe(false);
    expect(harness.registration).toBeUndefined();
    expect(
      harness.logs.some((l) => l.msg === 'discord command registration left to the process that runs shard 0'),
    ).toBe(true);

    // Shard 0 is nobody's here: its guild's interaction reaches no connection and is not answered.
    const elsewhere = f.sendInteraction({ ...chatInput('about'), guildId: G0 });
    expect(f.dispatched.some((d) => d.id === elsewhere.id)).toBe(false);
    const own = f.sendInteraction({ ...chatInput('about'), guildId: G1 });
    expect(((await own.callback).body as CallbackBody).type).toBe(4);
  });

  it('refuses an IDENTIFY whose shard id is not below the shard count', async () => {
    fake = await startFakeDiscord();
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(fake.gatewayUrl);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.on('open', resolve));
    ws.send(JSON.stringify({ op: 2, d: { token: 'x', intents: 1, properties: {}, shard: [2, 2] } }));
    expect(await closed).toBe(4010);
  });
});

describe('DISCORD_SHARDS and DISCORD_SHARD_IDS', () => {
  const base = { DISCORD_TOKEN: 'fake-discord-token-for-tests-000000', DISCORD_APPLICATION_ID: '1100000000000000001' };
  const problems = (env: Record<string, string>) => {
    const result = loadConfig({ ...base, ...env });
    return result.ok ? [] : result.problems;
  };

  it('reads a count or auto, and shard ids as lists and ranges', () => {
    const result = loadConfig({ ...base, DISCORD_SHARDS: '16', DISCORD_SHARD_IDS: '0-3, 8,3' });
    expect(result.ok && result.config.DISCORD_SHARDS).toBe(16);
    expect(result.ok && result.config.DISCORD_SHARD_IDS).toEqual([0, 1, 2, 3, 8]);
    const auto = loadConfig({ ...base, DISCORD_SHARDS: 'Auto' });
    expect(auto.ok && auto.config.DISCORD_SHARDS).toBe('auto');
  });

  it('refuses shard ids without a fixed count, ids beyond the count, and nonsense', () => {
    expect(problems({ DISCORD_SHARD_IDS: '0' })).toEqual([
      'DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards (not auto)',
    ]);
    expect(problems({ DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' })).toHaveLength(1);
    expect(problems({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1-3' })).toEqual([
      'DISCORD_SHARD_IDS: 2, 3 outside 0–1 (DISCORD_SHARDS is 2)',
    ]);
    expect(problems({ DISCORD_SHARDS: '0' }).join()).toMatch(/^DISCORD_SHARDS: /);
    expect(problems({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: 'first' }).join()).toMatch(
      /^DISCORD_SHARD_IDS: expected shard ids/,
    );
  });
});
