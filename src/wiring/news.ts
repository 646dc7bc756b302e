import type { Config } from '../base/config.js';
import type { FactStore } from '../facts/store.js';
import type { Logger } from '../base/log.js';
import { openDatabase, type Db } from '../base/db.js';
import { News } from '../news/service.js';
import { startNewsPoller } from '../news/poller.js';

/**
 * News as one unit for the entry points: the service opens the state database on first use
 * (so commands that never touch news never open it), and the poller runs on FEEDS_CRON.
 */
export interface NewsRuntime {
  service: () => News;
  /** Starts polling; returns the stop for the shutdown list (which also closes the database it opened). */
  start: () => () => Promise<void>;
}

export interface NewsRuntimeDeps {
  config: Pick<Config, 'DATABASE_PATH' | 'FEEDS_CRON'>;
  facts: FactStore;
  logger: Logger;
  now: () => Date;
  /** A database already open for this process (shared with other features); opened from DATABASE_PATH otherwise. */
  db?: Db;
}

export function createNewsRuntime(deps: NewsRuntimeDeps): NewsRuntime {
  let news: News | undefined;
  let opened: Db | undefined;
  const logger = deps.logger.child({ component: 'news' });
  const service = () =>
    (news ??= new News({ db: deps.db ?? (opened = openDatabase(deps.config.DATABASE_PATH)), facts: deps.facts, logger, now: deps.now }));
  return {
    service,
    start() {
      const stop = startNewsPoller(service(), deps.config.FEEDS_CRON, logger);
      logger.info({ feeds: service().feeds.length, cron: deps.config.FEEDS_CRON }, 'news poller started');
      return async () => {
        await stop();
        if (opened?.open) opened.close();
      };
    },
  };
}
