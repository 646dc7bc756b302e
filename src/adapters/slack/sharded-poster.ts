import type { ChannelPoster } from '../../briefing/types.js';
import { createSlackWebClient, type SlackClientSettings } from './client.js';
import { createSlackPoster, type TokenFor } from './poster.js';

/** Slack clients the scheduler spreads channels over. */
const SLACK_SHARDS = 32;

/**
 * Slack deliveries in flight at least (DELIVERY_CONCURRENCY when higher). Slack limits posts per
 * channel, not per app, so one channel waiting out a 429 or a 5xx back-off inside its WebClient
 * should not hold one of only eight slots: 500 channels took ~8-10 s with 8, ~4 s with 64
 * (bench/fanout.bench.ts). Discord keeps DELIVERY_CONCURRENCY: its global limit, not our
 * concurrency, sets its pace.
 */
export const SLACK_MIN_CONCURRENCY = 64;

/**
 * The scheduled digests' poster: one WebClient per shard, so a 429 pauses only its shard's queue.
 * Multi-workspace mode: the clients hold no token and `tokenFor` gives each post its workspace's.
 */
export function createSlackDigestPoster({
  shards: count,
  onImageFailure,
  ...settings
}: Omit<SlackClientSettings, 'token'> &
  ({ token: string } | { tokenFor: TokenFor }) & {
    shards?: number;
    onImageFailure?: (err: unknown, channelId: string) => void;
  }): ChannelPoster {
  const tokenFor = 'tokenFor' in settings ? settings.tokenFor : undefined;
  const shards = Array.from({ length: count ?? SLACK_SHARDS }, () =>
    createSlackPoster({
      client: createSlackWebClient(settings),
      ...(tokenFor && { tokenFor }),
      ...(onImageFailure && { onImageFailure }),
    }),
  );
  return { ...createShardedPoster(shards), minConcurrency: SLACK_MIN_CONCURRENCY };
}

/**
 * Spreads channels over several posters of one platform by a stable hash of the channel id.
 * Why: Slack's WebClient pauses its whole request queue while it waits out any 429, but
 * chat.postMessage is limited per channel — with one client, one busy channel stalls every
 * other channel's digest. Each shard keeps its own client and queue; a channel always lands
 * on the same shard, so its own limit is still honoured in order.
 */
export function createShardedPoster(shards: readonly ChannelPoster[]): ChannelPoster {
  const first = shards[0];
  if (!first) throw new Error('a sharded poster needs at least one shard');
  if (shards.some((s) => s.platform !== first.platform)) throw new Error('all shards must post to the same platform');
  return {
    platform: first.platform,
    post: (channelId, reply, options) => shards[shardOf(channelId, shards.length)]!.post(channelId, reply, options),
  };
}

/** FNV-1a: cheap, stable across processes and releases. */
export function shardOf(channelId: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < channelId.length; i++) {
    h ^= channelId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}
