import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { FactStore } from '../facts/store.js';
import type { ChannelPoster } from '../adapters/poster.js';
import type { BriefingService } from '../../commands/types.js';
import { BriefingStore } from '../state/briefings-store.js';
import { createConsolePoster } from '../adapters/console/poster.js';
import { BriefingScheduler } from './scheduler.js';
import { SLACK_MIN_CONCURRENCY } from './posters.js';
import { createBriefingService } from './service.js';
import { composeDigest } from './digest.js';
import type { NewsSource } from './compose.js';
import type { PictureService } from '../pictures/types.js';

/**
 * Scheduled briefings as one unit for the entry points: the database (opened on first use),
 * the scheduler, the service the commands use, and the posters. The console poster is there
 * from the start (the console's own subscriptions); `usePosters` swaps in the platforms that run.
 */
export interface BriefingRuntime {
  service: BriefingService;
  store: () => BriefingStore;
  scheduler: () => BriefingScheduler;
  usePosters: (posters: readonly ChannelPoster[]) => void;
  start: () => void;
  /** Stops the cron, finishes or releases in-flight deliveries, closes the database. */
  stop: () => Promise<void>;
}

export interface RuntimeDeps {
  config: Pick<Config, 'DATABASE_PATH' | 'BRIEFING_TIMEZONE' | 'BRIEFING_GRACE_HOURS' | 'DELIVERY_ATTEMPTS' | 'DELIVERY_CONCURRENCY'> & Partial<Pick<Config, 'PICTURES_DIR'>>;
  facts: FactStore;
  logger: Logger;
  now: () => Date;
  /** The news service, when it runs (read at digest time, so it may be attached later). */
  news?: () => NewsSource | undefined;
  /** Pictures, for the timeline a digest carries when membership changed (read at digest time). */
  pictures?: () => PictureService | undefined;
}

export function createBriefingRuntime(deps: RuntimeDeps): BriefingRuntime {
  const posters = new Map<string, ChannelPoster>([['console', createConsolePoster(process.stdout, deps.config.PICTURES_DIR)]]);
  let store: BriefingStore | undefined;
  let scheduler: BriefingScheduler | undefined;

  const getStore = () => (store ??= BriefingStore.open(deps.config.DATABASE_PATH));
  const getScheduler = () =>
    (scheduler ??= new BriefingScheduler({
      store: getStore(),
      posters,
      digest: (request) => composeDigest(deps.facts, getStore(), request, deps.news?.(), deps.pictures?.()),
      policy: { attempts: deps.config.DELIVERY_ATTEMPTS, backoffMs: 1_000, maxBackoffMs: 30_000, leaseMs: 10 * 60_000, retryRoundMs: 5 * 60_000 },
      graceMs: deps.config.BRIEFING_GRACE_HOURS * 3_600_000,
      concurrency: deps.config.DELIVERY_CONCURRENCY,
      platformConcurrency: { slack: Math.max(deps.config.DELIVERY_CONCURRENCY, SLACK_MIN_CONCURRENCY) },
      now: deps.now,
      log: deps.logger.child({ component: 'briefings' }),
    }));

  return {
    service: createBriefingService({ store: getStore, scheduler: getScheduler, defaultZone: deps.config.BRIEFING_TIMEZONE, now: deps.now }),
    store: getStore,
    scheduler: getScheduler,
    usePosters(list) {
      posters.clear();
      for (const p of list) posters.set(p.platform, p);
    },
    start() {
      getScheduler().start();
      deps.logger.info({ platforms: [...posters.keys()], database: deps.config.DATABASE_PATH }, 'briefing scheduler started');
    },
    async stop() {
      await scheduler?.stop();
      store?.close();
      scheduler = undefined;
      store = undefined;
    },
  };
}
