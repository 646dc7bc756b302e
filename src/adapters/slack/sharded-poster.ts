import type { ChannelPoster } from '../../briefing/types.js';

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
