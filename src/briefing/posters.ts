import type { Config } from '../config.js';
import type { ChannelPoster } from '../adapters/poster.js';
import type { Logger } from '../log.js';
import { createShardedPoster } from './sharded-poster.js';

/** Slack clients the scheduler spreads channels over. */
export const SLACK_SHARDS = 32;

/**
 * Slack deliveries in flight at least (DELIVERY_CONCURRENCY when higher). Slack limits posts per
 * channel, not per app, so one channel waiting out a 429 or a 5xx back-off inside its WebClient
 * should not hold one of only eight slots: 500 channels took ~8-10 s with 8, ~4 s with 64
 * (bench/fanout.bench.ts). Discord keeps DELIVERY_CONCURRENCY: its global limit, not our
 * concurrency, sets its pace.
 */
export const SLACK_MIN_CONCURRENCY = 64;

/**
 * The posters of the platforms that run, for the scheduler. Each platform's SDK is loaded
 * only when its token is set, like the adapters themselves.
 */
export async function briefingPosters(
  config: Config,
  platforms: { discord: boolean; slack: boolean },
  options: { slackLogger?: import('@slack/bolt').Logger; slackShards?: number; discordPoster?: ChannelPoster; discordOffsetMs?: number; logger?: Logger } = {},
): Promise<ChannelPoster[]> {
  const posters: ChannelPoster[] = [];
  if (platforms.discord && options.discordPoster) {
    posters.push(options.discordPoster);
  } else if (platforms.discord && config.DISCORD_TOKEN) {
    const { createDiscordPoster, createDiscordRest } = await import('../adapters/discord/poster.js');
    posters.push(createDiscordPoster({ rest: createDiscordRest({ token: config.DISCORD_TOKEN, ...(config.DISCORD_API_URL && { apiUrl: config.DISCORD_API_URL }), ...(options.discordOffsetMs !== undefined && { offsetMs: options.discordOffsetMs }) }) }));
  }
  if (platforms.slack && config.SLACK_BOT_TOKEN) {
    const { createSlackPoster, createSlackWebClient } = await import('../adapters/slack/poster.js');
    const token = config.SLACK_BOT_TOKEN;
    // One client per shard: a 429 pauses only its shard's queue (see sharded-poster.ts).
    const shards = Array.from({ length: options.slackShards ?? SLACK_SHARDS }, () =>
      createSlackPoster({
        client: createSlackWebClient({ token, ...(config.SLACK_API_URL && { apiUrl: config.SLACK_API_URL }), ...(options.slackLogger && { logger: options.slackLogger }) }),
        onImageFailure: (err, channel) => options.logger?.warn({ err, channel, platform: 'slack' }, "a digest's picture was not posted; the digest was"),
      }),
    );
    posters.push(createShardedPoster(shards));
  }
  return posters;
}
