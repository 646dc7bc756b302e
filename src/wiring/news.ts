import type { Config } from '../base/config.js';
import type { Logger } from '../base/log.js';
import type { Telemetry } from '../base/telemetry.js';
import type { NewsStore } from '../news/store.js';
import type { FactStore } from '../facts/store.js';
import { News } from '../news/service.js';
import { startNewsPoller } from '../news/poller.js';

/** News as one unit for the entry points: the service on the process's state handle, and the poller on FEEDS_CRON. */
export interface NewsRuntime {
  service: News;
  start: () => void;
  /** Stops polling: aborts fetches in flight and waits for the poll at most `timeoutMs` (the state handle stays open). */
  stop: (timeoutMs?: number) => Promise<void>;
}

export interface NewsRuntimeDeps {
  config: Pick<Config, 'FEEDS_CRON' | 'NEWS_ALLOW_PRIVATE_ADDRESSES' | 'NEWS_RETENTION_DAYS'>;
  /** The news store on the process's state (open-store.ts). */
  store: NewsStore;
  facts: FactStore;
  telemetry?: Telemetry;
  logger: Logger;
  now: () => Date;
}

export function createNewsRuntime(deps: NewsRuntimeDeps): NewsRuntime {
  const logger = deps.logger.child({ component: 'news' });
  const service = new News({
    store: deps.store,
    ...(deps.telemetry && { telemetry: deps.telemetry }),
    facts: deps.facts,
    logger,
    now: deps.now,
    limits: { allowPrivateAddresses: deps.config.NEWS_ALLOW_PRIVATE_ADDRESSES },
    retentionDays: deps.config.NEWS_RETENTION_DAYS,
  });
  let stopPoller: (() => Promise<void>) | undefined;
  return {
    service,
    start() {
      stopPoller ??= startNewsPoller(service, deps.config.FEEDS_CRON, logger);
      logger.info({ feeds: service.feeds.length, cron: deps.config.FEEDS_CRON }, 'news poller started');
    },
    async stop(timeoutMs = 5_000) {
      const stopping = stopPoller;
      stopPoller = undefined;
      // Fetches are aborted first, so the poller's own wait is short.
      await Promise.all([service.stop(timeoutMs), stopping?.()]);
    },
  };
}
