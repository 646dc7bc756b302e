import { boot } from '../wiring/boot.js';
import { startAdapters } from '../wiring/adapters.js';
import { createLogger } from '../base/log.js';
import { enabledPlatforms } from '../base/config.js';
import { consoleContext } from '../adapters/console/context.js';
import { runRepl } from '../adapters/console/repl.js';
import { runLineMode } from '../adapters/console/line-mode.js';

/**
 * `npm start`: the chat adapters whose tokens are set, or the console when none are.
 */
const startedAt = performance.now();
const app = boot({
  // At the console prompt, info lines would interleave with the replies: warnings only unless LOG_LEVEL says otherwise.
  loggerFor: (config) => {
    const { discord, slack } = enabledPlatforms(config);
    return !discord && !slack && !process.env.LOG_LEVEL ? createLogger({ level: 'warn', pretty: process.stderr.isTTY === true }) : undefined;
  },
});
const platforms = enabledPlatforms(app.config);

if (!platforms.discord && !platforms.slack) {
  app.logger.debug({ ms: Math.round(performance.now() - startedAt) }, 'ready (console)');
  const ctx = consoleContext(app.services);
  // The console's own subscriptions post here (console poster) while the prompt runs.
  app.briefings.start();
  if (process.stdin.isTTY) await runRepl(app.registry, ctx, process.stdin, process.stdout);
  else await runLineMode(app.registry, ctx, process.stdin, process.stdout, 'text');
  await app.close();
} else {
  const adapters = await startAdapters(app).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
  app.news.start();
  // Scheduled briefings post through each running platform's poster (Discord's shares its client's REST queue).
  app.briefings.usePosters(adapters.map((a) => a.poster));
  app.briefings.start();
  app.logger.info({ platforms, ms: Math.round(performance.now() - startedAt) }, 'ready');
  const shutdown = async (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    // Stop taking commands first, then the scheduler and news, then close the state.
    for (const adapter of adapters) await adapter.stop().catch((err: unknown) => app.logger.error({ err }, 'error during shutdown'));
    await app.close().catch((err: unknown) => app.logger.error({ err }, 'error during shutdown'));
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
