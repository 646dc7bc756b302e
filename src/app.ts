import type { Config } from './config.js';
import { secretsOf } from './config.js';
import { createLogger, type Logger } from './log.js';
import { FactStore } from './facts/store.js';
import { DEFAULT_DATA_DIR } from './facts/load.js';
import { createRegistry } from '../commands/index.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { Services } from '../commands/types.js';
import { createBriefingRuntime, type BriefingRuntime } from './briefing/runtime.js';
import { createNewsRuntime, type NewsRuntime } from './news/runtime.js';

/** What every entry point (chat adapters, console, scheduler, tests, bench) shares. */
export interface App {
  config: Config;
  logger: Logger;
  facts: FactStore;
  registry: CommandRegistry;
  services: Services;
  /** Scheduled briefings: subscriptions (database at DATABASE_PATH, opened on first use), scheduler, posters. */
  briefings: BriefingRuntime;
  /** News feeds: the service behind services.news (database opened on first use) and the poller. */
  news: NewsRuntime;
}

export interface AppOptions {
  logger?: Logger;
  facts?: FactStore;
  now?: () => Date;
}

/** Loads the facts (throwing DataError on bad data) and builds the registry. */
export function createApp(config: Config, options: AppOptions = {}): App {
  const logger =
    options.logger ??
    createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), pretty: process.stderr.isTTY === true && config.NODE_ENV !== 'production' });
  const now = options.now ?? (() => new Date());
  // One clock for the process: the fact store reads today from the same one as the scheduler.
  const facts = (options.facts ?? FactStore.load(config.DATA_DIR ?? DEFAULT_DATA_DIR)).withClock(now);
  const registry = createRegistry((err, command) => logger.error({ err, command }, 'command handler failed'));
  const news = createNewsRuntime({ config, facts, logger, now });
  const services: Services = {
    facts,
    now,
    // A getter, so only a command or digest that reads news opens the database.
    get news() {
      return news.service();
    },
  };
  const briefings = createBriefingRuntime({ config, facts, logger, now, news: () => services.news });
  services.briefings = briefings.service;
  return { config, logger, facts, registry, services, news, briefings };
}
