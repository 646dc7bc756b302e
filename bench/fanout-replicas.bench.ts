import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type StateHandle } from '../src/base/db.js';
import { openPool } from '../src/base/postgres.js';
import { openBriefingStore } from '../src/briefing/open-store.js';
import { startCluster } from '../tests/helpers/postgres-cluster.js';
import {
  DISCORD_GLOBAL_PER_S,
  RATE_429,
  RATE_5XX,
  floorSeconds,
  newStats,
  rateLimitedDiscord,
  rateLimitedSlack,
  tally,
  type FakeStats,
} from './rate-limited-fakes.js';
import { table } from './stats.js';

/**
 * Digest fan-out across replicas: 10,000 subscribed channels (half Discord, half Slack) due in
 * the same minute, delivered by 1 replica on SQLite, then by 3 replicas (separate processes) on
 * one PostgreSQL, each replica with the adapters' own posters against the same rate-limited
 * fakes (Discord's global 50 requests/s per bot, Slack's 1 message/s per channel; 5% 429s and
 * 2% 5xx injected). Counted at the fakes: lost and duplicated messages, and the time to the
 * last accepted message against the floor the rate limits impose. FANOUT_REPLICA_CHANNELS
 * changes the count.
 */

const CHANNELS = Number(process.env.FANOUT_REPLICA_CHANNELS ?? 10_000);
const REPLICA = new URL('./fanout-replica.ts', import.meta.url).pathname;
const discordChannels = Array.from({ length: Math.ceil(CHANNELS / 2) }, (_, i) =>
  String(1_200_000_000_000_000_000n + BigInt(i)),
);
const slackChannels = Array.from({ length: Math.floor(CHANNELS / 2) }, (_, i) => `C${String(i).padStart(8, '0')}`);

async function subscribeAll(state: StateHandle) {
  const store = await openBriefingStore(state);
  const input = {
    label: 'daily 08:00',
    cron: '0 8 * * *',
    timezone: 'Europe/Berlin',
    countries: [],
    topics: [],
    createdBy: 'bench',
  };
  const at = new Date('2026-11-26T12:00:00Z');
  for (const c of discordChannels) await store.subscribe({ ...input, platform: 'discord', channelId: c }, at);
  for (const c of slackChannels) await store.subscribe({ ...input, platform: 'slack', channelId: c }, at);
  return store;
}

async function run(engine: 'sqlite' | 'postgres', replicas: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sco-fanout-replicas-'));
  const cluster = engine === 'postgres' ? await startCluster() : undefined;
  let location = join(dir, 'state.sqlite');
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE fanout');
    await admin.end();
    location = cluster.url.replace(/\/postgres$/, '/fanout');
  }
  const state: StateHandle = cluster
    ? { engine: 'postgres', pool: openPool(location, { max: 2 }) }
    : { engine: 'sqlite', db: openDatabase(location) };
  const store = await subscribeAll(state);
  const d = newStats();
  const s = newStats();
  const discord = await rateLimitedDiscord(true, d);
  const slack = await rateLimitedSlack(true, s);
  // The scenario's due minute arrives when every replica is up, so they start together.
  const origin = Date.now() + 4_000;
  const children: ChildProcess[] = Array.from({ length: replicas }, (_, i) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        REPLICA,
        location,
        String(discord.port),
        String(slack.port),
        String(origin),
        `replica-${i + 1}`,
      ],
      { stdio: 'ignore' },
    ),
  );
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const done = (await store.allDeliveries()).filter((x) => x.status === 'delivered').length;
    if (done === CHANNELS || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  // Anything posted twice would show up after the last record.
  await new Promise((r) => setTimeout(r, 2_000));
  await Promise.all(children.map((c) => new Promise((r) => (c.once('exit', r), c.kill('SIGTERM')))));
  const recorded = (await store.allDeliveries()).filter((x) => x.status === 'delivered').length;
  if (state.engine === 'postgres') await state.pool.end();
  else state.db.close();
  await discord.close();
  await slack.close();
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
  const last = Math.max(...[...d.accepted.values(), ...s.accepted.values()].flat());
  return { engine, replicas, d, s, seconds: (last - origin) / 1000, recorded };
}

const rows: string[][] = [];
for (const [engine, replicas] of [
  ['sqlite', 1],
  ['postgres', 3],
] as const) {
  const r = await run(engine, replicas);
  const dT = tally(r.d.accepted, discordChannels);
  const sT = tally(r.s.accepted, slackChannels);
  const floor = Math.max(floorSeconds('discord', r.d.accepted), floorSeconds('slack', r.s.accepted));
  const limited = (st: FakeStats) => st.limited429;
  rows.push([
    engine,
    String(replicas),
    String(CHANNELS),
    String(dT.messages + sT.messages),
    String(r.recorded),
    String(dT.lost + sT.lost),
    String(dT.duplicated + sT.duplicated),
    String(limited(r.d)),
    r.seconds.toFixed(1),
    floor.toFixed(1),
    `${(r.seconds / floor).toFixed(2)}×`,
  ]);
}
process.stdout.write(
  `Digest fan-out across replicas: ${CHANNELS} channels (${discordChannels.length} Discord + ${slackChannels.length} Slack), injected ${RATE_429 * 100}% 429 and ${RATE_5XX * 100}% 5xx; ` +
    `limits: Discord ${DISCORD_GLOBAL_PER_S} req/s global per bot (shared by every replica), Slack 1 msg/s per channel\n`,
);
process.stdout.write(
  `${table(['state', 'replicas', 'channels', 'messages', 'recorded delivered', 'lost', 'duplicated', 'discord limit 429', 'done (s)', 'floor (s)', 'vs floor'], rows)}\n`,
);
