import type { App } from './app.js';
import type { ChannelPoster } from '../briefing/types.js';
import { enabledPlatforms } from '../base/config.js';
import { openInstallations } from './installations.js';

/** A chat adapter that runs: its poster for the scheduler, and how to stop it. */
export interface RunningAdapter {
  poster: ChannelPoster;
  stop(): Promise<void>;
  /** Which platform, for the readiness check's name. */
  platform: 'discord' | 'slack';
  /** Connected and taking requests (/readyz). */
  connected(): boolean;
  /** Slack's HTTP receiver: where Slack should send requests. */
  eventsUrl?: string;
  /** Slack in multi-workspace mode: the "Add to Slack" page. */
  installUrl?: string;
}

/** DISCORD_TOKEN set: the Discord adapter from the validated configuration, logged in and ready. */
async function startDiscord(app: App): Promise<RunningAdapter> {
  const {
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: applicationId,
    DISCORD_GUILD_ID: guildId,
    DISCORD_API_URL: apiUrl,
    DISCORD_SHARDS: shardCount,
    DISCORD_SHARD_IDS: shardIds,
  } = app.config;
  // config.ts already insists on the application id when the token is set; this keeps the types honest.
  if (!token || !applicationId) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are both required');
  // Loaded only when used, so the console starts without discord.js.
  const { createDiscordAdapter } = await import('../adapters/discord/adapter.js');
  const adapter = createDiscordAdapter(app, {
    token,
    applicationId,
    ...(guildId && { guildId }),
    ...(apiUrl && { apiUrl }),
    ...(shardCount !== undefined && { shards: { count: shardCount, ...(shardIds && { ids: shardIds }) } }),
    telemetry: app.telemetry,
  });
  await adapter.start();
  return {
    platform: 'discord',
    poster: adapter.poster,
    stop: () => adapter.stop(),
    connected: () => adapter.connected(),
  };
}

/**
 * SLACK_BOT_TOKEN set: the HTTP receiver on SLACK_PORT at /slack/events, or Socket Mode when
 * SLACK_APP_TOKEN is set. The token is checked first (auth.test), so a wrong one is one clear error.
 * SLACK_CLIENT_ID set instead: many workspaces, each installing through Bolt's OAuth installer
 * (/slack/install) and kept in the database with its own token.
 */
export async function startSlack(app: App, listen: { host?: string } = {}): Promise<RunningAdapter> {
  const { config, logger } = app;
  // Loaded only when used, so the console starts without Bolt.
  const [{ createSlackAdapter }, { openSlackSeenKeys }] = await Promise.all([
    import('../adapters/slack/adapter.js'),
    import('./slack-seen.js'),
  ]);
  const seen = await openSlackSeenKeys(app.state.handle);
  const installations = config.SLACK_CLIENT_ID ? await openInstallations(config, app.state) : undefined;
  const adapter = createSlackAdapter({
    registry: app.registry,
    services: app.services,
    logger,
    ...(installations
      ? {
          oauth: {
            clientId: config.SLACK_CLIENT_ID!,
            clientSecret: config.SLACK_CLIENT_SECRET!,
            stateSecret: config.SLACK_STATE_SECRET!,
            installations,
          },
        }
      : { botToken: config.SLACK_BOT_TOKEN! }),
    // The workspace's digests stop with the reason shown by /sco schedule; subscribing again after a re-install resumes them.
    onWorkspaceGone: async (workspace, reason) => {
      if (!workspace.teamId) return;
      const paused = await app.briefings.store.pauseWorkspace('slack', workspace.teamId, reason, new Date());
      logger.info({ team: workspace.teamId, paused }, 'slack subscriptions paused');
    },
    ...(config.SLACK_SIGNING_SECRET && { signingSecret: config.SLACK_SIGNING_SECRET }),
    ...(config.SLACK_APP_TOKEN && { appToken: config.SLACK_APP_TOKEN }),
    ...(config.SLACK_API_URL && { apiUrl: config.SLACK_API_URL }),
    // Event and trigger ids on the state database: a redelivery is answered once across restarts and processes.
    seen,
    telemetry: app.telemetry,
  });
  const { eventsUrl, installUrl } = await adapter.start({
    port: config.SLACK_PORT,
    host: listen.host ?? config.SLACK_HOST,
  });
  const mode = installations ? 'oauth' : config.SLACK_APP_TOKEN ? 'socket' : 'http';
  logger.info(
    {
      mode,
      ...(eventsUrl && { eventsUrl }),
      ...(installUrl && { installUrl, workspaces: await installations!.count() }),
    },
    'slack adapter started',
  );
  return {
    platform: 'slack',
    poster: adapter.poster,
    stop: () => adapter.stop(),
    connected: () => adapter.connected(),
    ...(eventsUrl && { eventsUrl }),
    ...(installUrl && { installUrl }),
  };
}

/** Every platform whose token is set, started in turn; a failure names the platform and stops what already started. */
export async function startAdapters(app: App): Promise<RunningAdapter[]> {
  const platforms = enabledPlatforms(app.config);
  const started: RunningAdapter[] = [];
  const steps: [string, () => Promise<RunningAdapter>][] = [];
  if (platforms.discord) steps.push(['Discord', () => startDiscord(app)]);
  if (platforms.slack) steps.push(['Slack', () => startSlack(app)]);
  for (const [name, start] of steps) {
    try {
      started.push(await start());
    } catch (err) {
      await Promise.allSettled(started.map((a) => a.stop()));
      throw new Error(`${name} adapter did not start: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return started;
}
