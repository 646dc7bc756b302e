import type { Config } from '../config.js';
import type { ChannelPoster } from '../adapters/poster.js';
import { createShardedPoster } from './sharded-poster.js';

/** Slack clients the scheduler spreads channels over. */
export const SLACK_SHARDS = 32;

/**
 * The posters of the platforms that run, for the scheduler. Each platform's SDK is loaded
 * only when its token is set, like the adapters themselves.
 */
export async function briefingPosters(
  config: Config,
  platforms: { discord: boolean; slack: boolean },
  options: { slackLogger?: import('@slack/bolt').Logger; slackShards?: number; discordPoster?: ChannelPoster } = {},
): Promise<ChannelPoster[]> {
  const posters: ChannelPoster[] = [];
  if (platforms.discord && options.discordPoster) {
    posters.push(options.discordPoster);
  } else if (platforms.discord && config.DISCORD_TOKEN) {
    const { createDiscordPoster, createDiscordRest } = await import('../adapters/discord/poster.js');
    posters.push(createDiscordPoster({ rest: createDiscordRest({ token: config.DISCORD_TOKEN, ...(config.DISCORD_API_URL && { apiUrl: config.DISCORD_API_URL }) }) }));
  }
  if (platforms.slack && config.SLACK_BOT_TOKEN) {
    const { createSlackPoster, createSlackWebClient } = await import('../adapters/slack/poster.js');
    const token = config.SLACK_BOT_TOKEN;
    // One client per shard: a 429 pauses only its shard's queue (see sharded-poster.ts).
    const shards = Array.from({ length: options.slackShards ?? SLACK_SHARDS }, () =>
      createSlackPoster({ client: createSlackWebClient({ token, ...(config.SLACK_API_URL && { apiUrl: config.SLACK_API_URL }), ...(options.slackLogger && { logger: options.slackLogger }) }) }),
    );
    posters.push(createShardedPoster(shards));
  }
  return posters;
}
