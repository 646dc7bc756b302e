import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackDigestPoster, SLACK_MIN_CONCURRENCY } from '../src/adapters/slack/sharded-poster.js';
import { createDiscordPoster, createDiscordRest } from '../src/adapters/discord/poster.js';
import type { Logger as SlackLogger } from '@slack/bolt';
import type { ChannelPoster } from '../src/briefing/types.js';
import { SqliteBriefingStore } from '../src/briefing/sqlite-store.js';
import { BriefingScheduler } from '../src/briefing/scheduler.js';
import { composeBriefing } from '../src/briefing/compose.js';
import { FactStore } from '../src/facts/store.js';
import { table } from './stats.js';
import { DEFAULT_OFFSET_MS } from '../src/adapters/discord/rest.js';
import { DISCORD_GLOBAL_PER_S, DISCORD_MODEL, RATE_429, RATE_5XX, floorSeconds, newStats, rateLimitedDiscord, rateLimitedSlack, tally, type FakeStats } from './rate-limited-fakes.js';

/**
 * Digest fan-out: one digest to 1,000 subscribed channels (500 Discord, 500 Slack) through the
 * real scheduler (SQLite claims, retries) and the real posters (discord.js REST, Slack
 * WebClient), against loopback fakes that enforce Discord's global 50 requests/s and Slack's
 * 1 message/s per channel, and inject 5% 429s and 2% 5xx. Printed: time against the floor the
 * rate limits alone impose, and against a bare run of the same posters with no faults and no
 * scheduler, plus messages lost and duplicated.
 */

const CHANNELS_PER_PLATFORM = Number(process.env.FANOUT_CHANNELS ?? 500);
const CONCURRENCY = Number(process.env.DELIVERY_CONCURRENCY ?? 8);
const DISCORD_CONCURRENCY = Number(process.env.FANOUT_DISCORD_CONCURRENCY ?? CONCURRENCY);
// Defaults as the scheduler sets them (the Slack poster's minConcurrency).
const SLACK_CONCURRENCY = Number(process.env.FANOUT_SLACK_CONCURRENCY ?? Math.max(CONCURRENCY, SLACK_MIN_CONCURRENCY));
const DISCORD_OFFSET = process.env.FANOUT_DISCORD_OFFSET === undefined ? undefined : Number(process.env.FANOUT_DISCORD_OFFSET);

const facts = FactStore.load();
const digest = await composeBriefing(facts, { since: new Date('2026-01-01T00:00:00Z'), now: new Date('2026-04-20T00:00:00Z') });
const discordChannels = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => String(1_200_000_000_000_000_000n + BigInt(i)));
const slackChannels = Array.from({ length: CHANNELS_PER_PLATFORM }, (_, i) => `C${String(i).padStart(8, '0')}`);

/** The posters `npm start` uses (the adapters' own), pointed at the fakes. */
async function posters(discordPort: number, slackPort: number): Promise<ChannelPoster[]> {
  const rest = createDiscordRest({
    token: 'bench-token-not-secret-0123456789',
    apiUrl: `http://127.0.0.1:${discordPort}/api`,
    ...(DISCORD_OFFSET !== undefined && { offsetMs: DISCORD_OFFSET }),
  });
  return [
    createDiscordPoster({ rest }),
    createSlackDigestPoster({
      token: 'xoxb-bench',
      apiUrl: `http://127.0.0.1:${slackPort}/api/`,
      logger: silentSlackLogger(),
      ...(process.env.SLACK_SHARDS && { shards: Number(process.env.SLACK_SHARDS) }),
    }),
  ];
}

function silentSlackLogger(): SlackLogger {
  const noop = () => {};
  return { debug: noop, info: noop, warn: noop, error: noop, setLevel: noop, getLevel: () => 'error' as never, setName: noop };
}

/** Baseline: the same posters, no faults, no scheduler — the libraries and fakes at the limit. */
async function bare(): Promise<{ discord: number; slack: number }> {
  const d = newStats();
  const s = newStats();
  const discord = await rateLimitedDiscord(false, d);
  const slack = await rateLimitedSlack(false, s);
  const [dp, sp] = await posters(discord.port, slack.port);
  const time = async (poster: ChannelPoster, channels: string[], concurrency: number) => {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < channels.length) await poster.post(channels[next++]!, digest);
      }),
    );
    return (performance.now() - started) / 1000;
  };
  const [discordS, slackS] = await Promise.all([time(dp!, discordChannels, DISCORD_CONCURRENCY), time(sp!, slackChannels, SLACK_CONCURRENCY)]);
  await discord.close();
  await slack.close();
  return { discord: discordS, slack: slackS };
}

async function fanout() {
  const dir = mkdtempSync(join(tmpdir(), 'sco-fanout-'));
  const store = SqliteBriefingStore.open(join(dir, 'state.sqlite'));
  const subscribedAt = new Date('2026-11-26T12:00:00Z');
  const input = { label: 'daily 08:00', cron: '0 8 * * *', timezone: 'Europe/Berlin', countries: [], topics: [], createdBy: 'bench' };
  for (const c of discordChannels) store.subscribe({ ...input, platform: 'discord', channelId: c }, subscribedAt);
  for (const c of slackChannels) store.subscribe({ ...input, platform: 'slack', channelId: c }, subscribedAt);

  const d = newStats();
  const s = newStats();
  const discord = await rateLimitedDiscord(true, d);
  const slack = await rateLimitedSlack(true, s);
  const list = await posters(discord.port, slack.port);
  const finished = { discord: 0, slack: 0 };
  const started = performance.now();
  const scheduler = new BriefingScheduler({
    store,
    posters: new Map(list.map((p) => [p.platform, p])),
    digest: () => digest,
    policy: { attempts: 5, backoffMs: 250, maxBackoffMs: 4_000, leaseMs: 10 * 60_000, retryRoundMs: 5 * 60_000 },
    graceMs: 6 * 3_600_000,
    concurrency: CONCURRENCY,
    platformConcurrency: { discord: DISCORD_CONCURRENCY, slack: SLACK_CONCURRENCY },
    now: () => new Date('2026-11-27T07:00:05Z'),
  });
  // Per-platform finishing times, from the delivery outcomes as they land.
  const report = await scheduler.tick();
  const total = (performance.now() - started) / 1000;
  for (const p of ['discord', 'slack'] as const) {
    const times = [...(p === 'discord' ? d : s).accepted.values()].flat();
    finished[p] = times.length ? (Math.max(...times) - (performance.timeOrigin + started)) / 1000 : 0;
  }
  const notDelivered = report.outcomes.filter((o) => o.status !== 'delivered').length;
  const dbDelivered = (await store.allDeliveries()).filter((x) => x.status === 'delivered').length;
  store.close();
  rmSync(dir, { recursive: true, force: true });
  await discord.close();
  await slack.close();
  return { d, s, total, finished, notDelivered, dbDelivered, startedAt: performance.timeOrigin + started };
}

const baseline = await bare();
const run = await fanout();
const dT = tally(run.d.accepted, discordChannels);
const sT = tally(run.s.accepted, slackChannels);
const dFloor = floorSeconds('discord', run.d.accepted);
const sFloor = floorSeconds('slack', run.s.accepted);
const floor = Math.max(dFloor, sFloor);
const f = (n: number) => n.toFixed(2);

process.stdout.write(
  `Digest fan-out to ${CHANNELS_PER_PLATFORM * 2} channels (${CHANNELS_PER_PLATFORM} Discord + ${CHANNELS_PER_PLATFORM} Slack), concurrency Discord ${DISCORD_CONCURRENCY} / Slack ${SLACK_CONCURRENCY}, discord.js offset ${DISCORD_OFFSET ?? `default (${DEFAULT_OFFSET_MS})`} ms, ` +
    `injected ${RATE_429 * 100}% 429 and ${RATE_5XX * 100}% 5xx; limits: Discord ${DISCORD_GLOBAL_PER_S} req/s global (${DISCORD_MODEL === 'bucket' ? 'token bucket' : 'rolling window'}), Slack 1 msg/s per channel\n`,
);
// The fake admits a request or answers the limit's 429 without counting it, so the floor counts admitted requests:
// the messages plus the extra requests the injected faults caused.
const admitted = (st: FakeStats) => st.requests - st.limited429;
const reqFloor = (st: FakeStats) => Math.max(0, admitted(st) - DISCORD_GLOBAL_PER_S) / DISCORD_GLOBAL_PER_S;
const slackRetryFloor = Math.max(sFloor, ...run.s.told.values());
const n = (x: number) => String(x);
const ratio = (a: number, b: number) => (b > 0 ? `${f(a / b)}×` : 'n/a');
process.stdout.write(
  `${table(
    ['platform', 'channels', 'messages', 'requests', 'injected 429', 'injected 5xx', 'limit 429', 'lost', 'duplicated', 'done (s)', 'floor (s)', 'floor w/ retries (s)', 'bare (s)', 'vs floor', 'vs floor w/ retries', 'vs bare'],
    [
      ['discord', n(discordChannels.length), n(dT.messages), n(run.d.requests), n(run.d.injected429), n(run.d.injected5xx), n(run.d.limited429), n(dT.lost), n(dT.duplicated), f(run.finished.discord), f(dFloor), f(reqFloor(run.d)), f(baseline.discord), ratio(run.finished.discord, dFloor), ratio(run.finished.discord, reqFloor(run.d)), ratio(run.finished.discord, baseline.discord)],
      ['slack', n(slackChannels.length), n(sT.messages), n(run.s.requests), n(run.s.injected429), n(run.s.injected5xx), n(run.s.limited429), n(sT.lost), n(sT.duplicated), f(run.finished.slack), f(sFloor), f(slackRetryFloor), f(baseline.slack), ratio(run.finished.slack, sFloor), ratio(run.finished.slack, slackRetryFloor), ratio(run.finished.slack, baseline.slack)],
      ['all', n(discordChannels.length + slackChannels.length), n(dT.messages + sT.messages), n(run.d.requests + run.s.requests), n(run.d.injected429 + run.s.injected429), n(run.d.injected5xx + run.s.injected5xx), n(run.d.limited429 + run.s.limited429), n(dT.lost + sT.lost), n(dT.duplicated + sT.duplicated), f(run.total), f(floor), f(Math.max(reqFloor(run.d), slackRetryFloor)), f(Math.max(baseline.discord, baseline.slack)), ratio(run.total, floor), ratio(run.total, Math.max(reqFloor(run.d), slackRetryFloor)), ratio(run.total, Math.max(baseline.discord, baseline.slack))],
    ],
  )}\n`,
);
process.stdout.write(`claims delivered in SQLite: ${run.dbDelivered} of ${CHANNELS_PER_PLATFORM * 2}; outcomes not delivered: ${run.notDelivered}; target ≤ 1.10× floor: ${run.total / floor <= 1.1 ? 'met' : 'NOT met'}\n`);

// Where Discord's time goes: before the first request, discord.js's fixed windows, and the tail after them.
const offsetMs = DISCORD_OFFSET ?? DEFAULT_OFFSET_MS;
const arr = run.d.arrivals.map((t) => (t - run.startedAt) / 1000);
const windows = Math.ceil(admitted(run.d) / DISCORD_GLOBAL_PER_S) - 1;
const windowFloor = (windows * (1000 + offsetMs)) / 1000;
process.stdout.write(
  `discord timeline: first request ${f(Math.min(...arr))} s, last ${f(Math.max(...arr))} s; discord.js's limiter sends ${admitted(run.d)} admitted requests in at least ${windows + 1} windows of 1 s + ${offsetMs} ms, ` +
    `so it cannot finish before ${f(windowFloor)} s (${ratio(windowFloor, dFloor)} the floor, ${ratio(windowFloor, reqFloor(run.d))} the floor w/ retries); ` +
    `tail after that: ${f(run.finished.discord - windowFloor)} s\n`,
);
if (process.env.FANOUT_TIMELINE) {
  // Bursts of Discord requests (gaps over 100 ms split them): start, size, end.
  const sorted = [...arr].sort((a, b) => a - b);
  const bursts: string[] = [];
  let from = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i]! - sorted[i - 1]! > 0.1) {
      bursts.push(`${f(sorted[from]!)}–${f(sorted[i - 1]!)}:${i - from}`);
      from = i;
    }
  }
  process.stdout.write(`discord bursts: ${bursts.join(' ')}\n`);
}
