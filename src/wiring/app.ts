import type { Config } from '../base/config.js';
import { secretsOf } from '../base/config.js';
import { createLogger, type Logger } from '../base/log.js';
import { FactStore } from '../facts/store.js';
import { DEFAULT_DATA_DIR } from '../facts/load.js';
import { createRegistry } from '../../commands/index.js';
import type { CommandRegistry } from '../../commands/registry.js';
import type { Services } from '../../commands/types.js';
import { createBriefingRuntime, type BriefingRuntime } from './briefing.js';
import { createNewsRuntime, type NewsRuntime } from './news.js';
import { createServices } from './services.js';
import { openState, type State } from './state.js';
import { createMetrics, type Metrics } from './metrics.js';
import type { Telemetry } from '../base/telemetry.js';
import { openBriefingStore } from '../briefing/open-store.js';
import { openNewsStore } from '../news/open-store.js';
import { createPictureService } from '../pictures/service.js';
import { asReplyImage } from '../pictures/types.js';

/** What every entry point (chat adapters, console, scheduler, tests, bench) shares. */
export interface App {
  config: Config;
  logger: Logger;
  facts: FactStore;
  registry: CommandRegistry;
  services: Services;
  /** The one state handle every store uses: SQLite, or PostgreSQL when DATABASE_URL is set. */
  state: State;
  /** Prometheus metrics (/metrics on HEALTH_PORT) and the telemetry port every part reports to. */
  metrics: Metrics;
  telemetry: Telemetry;
  /** Scheduled briefings: subscriptions, scheduler, posters. */
  briefings: BriefingRuntime;
  /** News feeds: the service behind services.news, and the poller. */
  news: NewsRuntime;
  /** Stops the scheduler and the poller, then closes the state connection. */
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  facts?: FactStore;
  now?: () => Date;
}

/**
 * Loads the facts (throwing DataError on bad data), opens the state once, opens every feature's
 * store on it (migrations run here, once across replicas on PostgreSQL) and builds every part in order.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger =
    options.logger ??
    createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), pretty: process.stderr.isTTY === true && config.NODE_ENV !== 'production' });
  const now = options.now ?? (() => new Date());
  // One clock for the process: the fact store reads today from the same one as the scheduler.
  const facts = (options.facts ?? FactStore.load(config.DATA_DIR ?? DEFAULT_DATA_DIR)).withClock(now);
  const registry = createRegistry((err, command) => logger.error({ err, command }, 'command handler failed'));
  const state = openState(config, { onPoolError: (err) => logger.warn({ err }, 'database connection lost; the pool reconnects') });
  let stores: [Awaited<ReturnType<typeof openBriefingStore>>, Awaited<ReturnType<typeof openNewsStore>>];
  try {
    stores = await Promise.all([openBriefingStore(state.handle), openNewsStore(state.handle)]);
  } catch (err) {
    await state.close().catch(() => {});
    throw err;
  }
  const [briefingStore, newsStore] = stores;
  const metrics = createMetrics({ queueDepth: () => briefingStore.openClaimCount() });
  const telemetry = metrics.telemetry;
  const news = createNewsRuntime({ config, store: newsStore, facts, logger, now, telemetry });
  const pictures = createPictureService(facts);
  // A digest carries the membership timeline (in English: a channel has no one language) when membership changed.
  const digestPictures = { timeline: () => asReplyImage(pictures.timeline()) };
  const briefings = createBriefingRuntime({
    config,
    store: briefingStore,
    where: state.where,
    facts,
    logger,
    now,
    news: news.service,
    pictures: digestPictures,
    telemetry,
  });
  const services = createServices({ facts, now, briefings: briefings.service, news: news.service, pictures });
  return {
    config,
    logger,
    facts,
    registry,
    services,
    state,
    metrics,
    telemetry,
    briefings,
    news,
    async close() {
      await briefings.stop();
      await news.stop();
      await state.close();
    },
  };
}
