import { boot } from '../wiring/boot.js';
import { startAdapters } from '../wiring/adapters.js';
import { createLogger, type Logger } from '../base/log.js';
import { installFatalHandlers } from '../base/fatal.js';
import { enabledPlatforms } from '../base/config.js';
import { consoleContext } from '../adapters/console/context.js';
import { runRepl } from '../adapters/console/repl.js';
import { runLineMode } from '../adapters/console/line-mode.js';
import { startHealthServer, type HealthServer } from '../wiring/health.js';

/**
 * `npm start`: the chat adapters whose tokens are set, or the console when none are.
 */
const startedAt = performance.now();
// Until the configured logger exists, a failure nobody caught is logged by a plain one.
let logger: Logger = createLogger({ level: 'info' });
installFatalHandlers(() => logger);
const app = await boot({
  // At the console prompt, info lines would interleave with the replies: warnings only unless LOG_LEVEL says otherwise.
  loggerFor: (config) => {
    const { discord, slack } = enabledPlatforms(config);
    return !discord && !slack && !process.env.LOG_LEVEL ? createLogger({ level: 'warn', pretty: process.stderr.isTTY === true }) : undefined;
  },
});
logger = app.logger;
const platforms = enabledPlatforms(app.config);

/** How long shutdown waits for a news poll in flight (its fetches are aborted at once). */
const NEWS_STOP_MS = 5_000;

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
  // HEALTH_PORT: liveness, readiness (the database and each adapter) and the Prometheus metrics.
  let health: HealthServer | undefined;
  if (app.config.HEALTH_PORT !== undefined) {
    const checks = Object.fromEntries([['database', () => app.state.ping()], ...adapters.map((a) => [a.platform, async () => a.connected()])]);
    health = await startHealthServer({ port: app.config.HEALTH_PORT, registry: app.metrics.registry, checks }).catch((err: unknown) => {
      process.stderr.write(`Refusing to start: HEALTH_PORT ${app.config.HEALTH_PORT} cannot be used: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
    app.logger.info({ port: health.port }, 'health server listening (/healthz, /readyz, /metrics)');
  }
  app.logger.info({ platforms, database: app.state.engine, ms: Math.round(performance.now() - startedAt) }, 'ready');
  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal means "now": whatever is still finishing is left to the next start.
    if (stopping) {
      app.logger.warn({ signal }, 'second signal: exiting at once');
      process.exit(1);
    }
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    const step = async (what: string, work: () => Promise<void>) => {
      await work().catch((err: unknown) => app.logger.error({ err }, `error during shutdown: ${what}`));
      app.logger.info(`shutdown: ${what} stopped`);
    };
    // Stop taking commands first, then the scheduler (in-flight digests finish or go back), then news.
    await step('commands', () => Promise.all(adapters.map((a) => a.stop())).then(() => undefined));
    await step('scheduler', () => app.briefings.stop());
    await step('news', () => app.news.stop(NEWS_STOP_MS));
    if (health) await step('health server', () => health!.close());
    await step('database', () => app.state.close());
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
