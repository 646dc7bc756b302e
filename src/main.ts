import { boot } from './boot.js';
import { createLogger } from './log.js';
import { loadEnvFile } from './env-file.js';
import { enabledPlatforms } from './config.js';
import { consoleContext } from './adapters/console/context.js';
import { runRepl } from './adapters/console/repl.js';
import { runLineMode } from './adapters/console/line-mode.js';
import type { ChannelPoster } from './adapters/poster.js';

/**
 * `npm start`: the chat adapters whose tokens are set, or the console when none are.
 */
const startedAt = performance.now();
// At the console prompt, info lines would interleave with the replies: warnings only unless LOG_LEVEL says otherwise.
loadEnvFile();
const consoleOnly = !process.env.DISCORD_TOKEN?.trim() && !process.env.SLACK_BOT_TOKEN?.trim();
const app = boot(consoleOnly && !process.env.LOG_LEVEL ? { logger: createLogger({ level: 'warn', pretty: process.stderr.isTTY === true }) } : {});
const platforms = enabledPlatforms(app.config);
const stops: (() => Promise<void>)[] = [];

if (!platforms.discord && !platforms.slack) {
  app.logger.debug({ ms: Math.round(performance.now() - startedAt) }, 'ready (console)');
  const ctx = consoleContext(app.services);
  // The console's own subscriptions post here (console poster) while the prompt runs.
  app.briefings.start();
  if (process.stdin.isTTY) await runRepl(app.registry, ctx, process.stdin, process.stdout);
  else await runLineMode(app.registry, ctx, process.stdin, process.stdout, 'text');
  await app.briefings.stop();
} else {
  // The Discord adapter's poster shares its client's REST queue (one global rate limit); the scheduler reuses it.
  let discordPoster: ChannelPoster | undefined;
  if (platforms.discord) {
    // Loaded only when used, so the console starts without discord.js.
    const { startDiscordFromConfig } = await import('./adapters/discord/start.js');
    const discord = await startDiscordFromConfig(app).catch((err: unknown) => {
      process.stderr.write(`Discord adapter did not start: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
    stops.push(discord.stop);
    discordPoster = discord.poster;
  }
  if (platforms.slack) {
    // Loaded only when used, so the console starts without Bolt.
    const { startSlack } = await import('./adapters/slack/start.js');
    stops.push(
      await startSlack(app).catch((err: unknown) => {
        process.stderr.write(`Slack adapter did not start: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      }),
    );
  }
  stops.push(app.news.start());
  // Scheduled briefings post through each running platform's poster; stopped first on shutdown (pushed last).
  const { briefingPosters } = await import('./briefing/posters.js');
  app.briefings.usePosters(await briefingPosters(app.config, platforms, { logger: app.logger, ...(discordPoster && { discordPoster }) }));
  app.briefings.start();
  stops.push(() => app.briefings.stop());
  app.logger.info({ platforms, ms: Math.round(performance.now() - startedAt) }, 'ready');
  const shutdown = async (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => app.logger.error({ err }, 'error during shutdown'));
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
