import type { Config } from '../base/config.js';
import type { Logger } from '../base/log.js';
import type { FactStore } from '../facts/store.js';
import type { BriefingService, ChannelPoster, DigestPictures, NewsSource } from '../briefing/types.js';
import type { BriefingStore } from '../briefing/store.js';
import type { Telemetry } from '../base/telemetry.js';
import { BriefingScheduler } from '../briefing/scheduler.js';
import { createBriefingService } from '../briefing/service.js';
import { composeDigest } from '../briefing/digest.js';
import { createConsolePoster } from '../adapters/console/poster.js';

/**
 * Scheduled briefings as one unit for the entry points: the store on the process's state handle,
 * the scheduler, the service the commands use, and the posters. The console poster is there from
 * the start (the console's own subscriptions); `usePosters` swaps in the platforms that run.
 */
export interface BriefingRuntime {
  service: BriefingService;
  store: BriefingStore;
  scheduler: BriefingScheduler;
  usePosters: (posters: readonly ChannelPoster[]) => void;
  start: () => void;
  /** Stops the cron and finishes or releases in-flight deliveries (the state handle stays open). */
  stop: () => Promise<void>;
}

export interface RuntimeDeps {
  config: Pick<Config, 'BRIEFING_TIMEZONE' | 'BRIEFING_GRACE_HOURS' | 'DELIVERY_ATTEMPTS' | 'DELIVERY_CONCURRENCY' | 'DELIVERY_LOG_RETENTION_DAYS'> &
    Partial<Pick<Config, 'PICTURES_DIR'>>;
  /** The briefing store on the process's state (open-store.ts). */
  store: BriefingStore;
  /** Where the state lives, for the start-up log line. */
  where: string;
  facts: FactStore;
  logger: Logger;
  now: () => Date;
  /** "What's new" in digests, when news runs. */
  news?: NewsSource;
  /** The timeline a digest carries when membership or partners changed since the channel's last one. */
  pictures?: DigestPictures;
  telemetry?: Telemetry;
}

export function createBriefingRuntime(deps: RuntimeDeps): BriefingRuntime {
  const posters = new Map<string, ChannelPoster>([['console', createConsolePoster(process.stdout, deps.config.PICTURES_DIR)]]);
  const store = deps.store;
  const scheduler = new BriefingScheduler({
    store,
    posters,
    digest: (request) => composeDigest(deps.facts, store, request, deps.news, deps.pictures),
    policy: { attempts: deps.config.DELIVERY_ATTEMPTS, backoffMs: 1_000, maxBackoffMs: 30_000, leaseMs: 10 * 60_000, retryRoundMs: 5 * 60_000 },
    graceMs: deps.config.BRIEFING_GRACE_HOURS * 3_600_000,
    concurrency: deps.config.DELIVERY_CONCURRENCY,
    deliveryLogRetentionMs: deps.config.DELIVERY_LOG_RETENTION_DAYS * 86_400_000,
    now: deps.now,
    log: deps.logger.child({ component: 'briefings' }),
    ...(deps.telemetry && { telemetry: deps.telemetry }),
  });

  return {
    service: createBriefingService({ store, scheduler, defaultZone: deps.config.BRIEFING_TIMEZONE, now: deps.now }),
    store,
    scheduler,
    usePosters(list) {
      posters.clear();
      for (const p of list) posters.set(p.platform, p);
    },
    start() {
      scheduler.start();
      deps.logger.info({ platforms: [...posters.keys()], database: deps.where }, 'briefing scheduler started');
    },
    stop: () => scheduler.stop(),
  };
}
