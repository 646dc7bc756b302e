import type { Config } from '../base/config.js';
import type { Logger } from '../base/log.js';
import type { Db } from '../base/db.js';
import type { FactStore } from '../facts/store.js';
import { News } from '../news/service.js';
import { startNewsPoller } from '../news/poller.js';

/** News as one unit for the entry points: the service on the process's state handle, and the poller on FEEDS_CRON. */
export interface NewsRuntime {
  service: News;
  start: () => void;
  /** Stops polling (the state handle stays open). */
  stop: () => Promise<void>;
}

export interface NewsRuntimeDeps {
  config: Pick<Config, 'FEEDS_CRON'>;
  db: Db;
  facts: FactStore;
  logger: Logger;
  now: () => Date;
}

export function createNewsRuntime(deps: NewsRuntimeDeps): NewsRuntime {
  const logger = deps.logger.child({ component: 'news' });
  const service = new News({ db: deps.db, facts: deps.facts, logger, now: deps.now });
  let stopPoller: (() => Promise<void>) | undefined;
  return {
    service,
    start() {
      stopPoller ??= startNewsPoller(service, deps.config.FEEDS_CRON, logger);
      logger.info({ feeds: service.feeds.length, cron: deps.config.FEEDS_CRON }, 'news poller started');
    },
    async stop() {
      await stopPoller?.();
      stopPoller = undefined;
    },
  };
}
