import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { Services } from '../../../commands/types.js';
import type { ChannelPoster } from '../../briefing/types.js';
import { restOptions } from './rest.js';
import type { Telemetry } from '../../base/telemetry.js';
import { createDiscordPoster } from './poster.js';
import { buildCommandDefinitions } from './definitions.js';
import { syncCommands, type SyncResult } from './sync.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';

export interface DiscordAdapterOptions {
  token: string;
  applicationId: string;
  /** Register commands in this guild only (instant; for development). */
  guildId?: string;
  /** DISCORD_API_URL: a REST proxy or a test fake; Discord's own by default. */
  apiUrl?: string;
  /** Defer an interaction whose handler has not answered by then (default 2000 ms; Discord allows 3 s). */
  deferAfterMs?: number;
  /** Compare and register commands at start-up (default true). */
  registerCommands?: boolean;
  restTimeoutMs?: number;
  restRetries?: number;
  /** How long to wait for the gateway's READY (default 30 s). */
  readyTimeoutMs?: number;
  /**
   * Gateway sharding (DISCORD_SHARDS, DISCORD_SHARD_IDS), done by discord.js itself: `count` shards in
   * all (`auto`: Discord's recommendation from GET /gateway/bot), of which this process runs `ids`
   * (all of them by default). Unset: one shard.
   */
  shards?: { count: number | 'auto'; ids?: readonly number[] };
  /** Reply latency, for /metrics. */
  telemetry?: Telemetry;
}

export interface DiscordAdapter {
  client: Client;
  rest: REST;
  /** Scheduled digests post through the client's REST queue (one global rate limit with the replies). */
  poster: ChannelPoster;
  /** Logs in, waits for READY, and registers commands if they changed; resolves with what registration did. */
  start(): Promise<{ registration?: SyncResult }>;
  /** Logged in and the gateway session ready (readiness). */
  connected(): boolean;
  stop(): Promise<void>;
}

export interface DiscordAppParts {
  registry: CommandRegistry;
  services: Services;
  logger: Logger;
}

/** Answers /sco interactions, mentions and DMs once started; the poster works from construction on. */
export function createDiscordAdapter(app: DiscordAppParts, opts: DiscordAdapterOptions): DiscordAdapter {
  const logger = app.logger.child({ platform: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: restOptions({ apiUrl: opts.apiUrl, timeoutMs: opts.restTimeoutMs, retries: opts.restRetries }),
    ...shardOptions(opts.shards),
  });
  // Commands are the application's, not a shard's: one process registers them, the one that runs shard 0.
  const registers = opts.registerCommands !== false && runsShardZero(opts.shards);
  const onInteraction = createInteractionHandler({
    registry: app.registry,
    services: app.services,
    logger,
    deferAfterMs: opts.deferAfterMs ?? 2000,
    ...(opts.telemetry && { telemetry: opts.telemetry }),
  });
  const onMessage = createMessageHandler({ client, registry: app.registry, services: app.services, logger });
  // Each shard's client answers what its gateway connection delivers; the shard is logged for tracing.
  client.on(Events.InteractionCreate, (i) => {
    logger.debug({ interaction: i.id, guild: i.guildId, shard: i.guild?.shardId ?? 0 }, 'discord interaction');
    void onInteraction(i);
  });
  client.on(Events.MessageCreate, (m) => {
    if (m.author.bot) return;
    logger.debug({ message: m.id, guild: m.guildId, shard: m.guild?.shardId ?? 0 }, 'discord message');
    void onMessage(m);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err) => logger.warn({ err }, 'discord gateway error'));

  const register = async (): Promise<SyncResult | undefined> => {
    if (!registers) {
      if (opts.registerCommands !== false)
        logger.info('discord command registration left to the process that runs shard 0');
      return undefined;
    }
    try {
      const result = await syncCommands(
        client.rest,
        { applicationId: opts.applicationId, ...(opts.guildId && { guildId: opts.guildId }) },
        buildCommandDefinitions(app.registry),
      );
      logger.info(
        { ...result, scope: opts.guildId ? 'guild' : 'global' },
        result.changed ? 'discord commands registered' : 'discord commands up to date',
      );
      return result;
    } catch (err) {
      logger.error({ err }, 'discord command registration failed; the bot runs with the commands Discord already has');
      return undefined;
    }
  };

  return {
    client,
    rest: client.rest,
    poster: createDiscordPoster({ rest: client.rest }),
    connected: () => client.isReady(),
    async start() {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(opts.readyTimeoutMs ?? 30_000) });
      ready.catch(() => {});
      try {
        await client.login(opts.token);
        await ready;
      } catch (err) {
        await client.destroy();
        throw err;
      }
      logger.info(
        {
          user: client.user?.id,
          guilds: client.guilds.cache.size,
          shards: client.ws.shards.map((s) => s.id),
          shardCount: client.options.shardCount,
        },
        'discord ready',
      );
      const registration = await register();
      return registration ? { registration } : {};
    },
    stop: () => client.destroy(),
  };
}

/** discord.js's own sharding options: every shard of `count`, or the listed ones. */
function shardOptions(shards: DiscordAdapterOptions['shards']): {
  shards?: number[] | 'auto';
  shardCount?: number;
} {
  if (!shards) return {};
  if (shards.count === 'auto') return { shards: 'auto' };
  const ids = shards.ids ?? Array.from({ length: shards.count }, (_, i) => i);
  return { shards: [...ids], shardCount: shards.count };
}

function runsShardZero(shards: DiscordAdapterOptions['shards']): boolean {
  return !shards || shards.count === 'auto' || !shards.ids || shards.ids.includes(0);
}
