import cron, { type ScheduledTask } from 'node-cron';
import pLimit from 'p-limit';
import type { ChannelPoster } from './types.js';
import type { Telemetry } from '../base/telemetry.js';
import type { Reply } from '../reply/model.js';
import type { BriefingStore, Delivery, DeliveryKind, Subscription } from './store.js';
import { deliver, type DeliveryOutcome, type DeliveryPolicy } from './deliver.js';
import { dueSlots, nextRuns, parseCron, type CronFields } from './next-runs.js';
import { isDeadLocalWorker, newWorkerId } from './worker-id.js';

/**
 * The scheduler: node-cron ticks once a minute (no overlap); each tick takes over claims
 * left behind, then claims and delivers every due slot. Which slots are due is computed
 * from the subscriptions' own schedules and zones (next-runs.ts), so a late tick, a restart
 * or a second process all arrive at the same slot — and the claim row lets only one post it.
 */

export interface DigestRequest {
  subscription: Subscription;
  kind: DeliveryKind;
  /** Scheduled slots this digest stands for (more than one for a catch-up). */
  covers: number;
  now: Date;
}

export interface SchedulerOptions {
  store: BriefingStore;
  posters: ReadonlyMap<string, ChannelPoster>;
  digest: (request: DigestRequest) => Reply | Promise<Reply>;
  policy: DeliveryPolicy;
  /** Unrecorded claims older than this are marked missed instead of retried (BRIEFING_GRACE_HOURS). */
  graceMs: number;
  /** Parallel deliveries per platform (DELIVERY_CONCURRENCY), so a slow platform does not hold up the other. */
  concurrency: number;
  /** Overrides of `concurrency` for some platforms (otherwise the poster's `minConcurrency` may raise it). */
  platformConcurrency?: Readonly<Partial<Record<string, number>>>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  worker?: string;
  log?: {
    info: (obj: object, msg: string) => void;
    warn: (obj: object, msg: string) => void;
    error: (obj: object, msg: string) => void;
  };
  /** A slot later than this after its time counts as caught up rather than on time. */
  lateMs?: number;
  /** Attempt logs and finished deliveries older than this are pruned, at most once an hour (DELIVERY_LOG_RETENTION_DAYS). */
  deliveryLogRetentionMs?: number;
  /** Deliveries by outcome and claim lag, for /metrics. */
  telemetry?: Telemetry;
}

export interface TickReport {
  recovered: number;
  missed: number;
  claimed: number;
  outcomes: DeliveryOutcome[];
}

/**
 * Claims taken between yields to the event loop. One, so the first posts go out while the rest
 * are claimed: with 100, the first 50 Discord posts took ~0.3 s to leave instead of ~0.1 s, and
 * under a rolling-second limit the next window's burst then met 429s (bench/fanout.bench.ts).
 */
const CLAIM_BATCH = 1;

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

export class BriefingScheduler {
  readonly worker: string;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly limits = new Map<string, ReturnType<typeof pLimit>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly cronCache = new Map<string, CronFields>();
  private readonly log: NonNullable<SchedulerOptions['log']>;
  private task: ScheduledTask | undefined;
  private stopping = false;
  /** Posts the platform accepted whose record the database refused so far: retried each tick, never posted again. */
  private readonly unrecorded = new Map<number, () => Promise<void>>();
  private lastPrune = -Infinity;

  constructor(private readonly opts: SchedulerOptions) {
    this.worker = opts.worker ?? newWorkerId();
    this.now = opts.now ?? (() => new Date());
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.log = opts.log ?? quiet;
  }

  get platforms(): string[] {
    return [...this.opts.posters.keys()];
  }

  /** Starts ticking: once now (to recover and catch up), then at the top of every minute. */
  start(): void {
    if (this.task) return;
    this.stopping = false;
    this.task = cron.schedule('* * * * *', () => this.tick().then(() => undefined), {
      name: 'briefings',
      noOverlap: true,
      timezone: 'UTC',
    });
    void this.track(this.tick());
  }

  /** Stops the cron, lets running deliveries finish (up to the timeout), and gives queued claims back. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    await this.task?.stop();
    await this.task?.destroy();
    this.task = undefined;
    const all = Promise.allSettled([...this.inFlight]);
    await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    // Claims we took but never attempted go back, so the next process posts them without waiting for a lease.
    for (const d of await this.opts.store.heldBy(this.worker).catch(() => [])) {
      if (d.attempts === 0) await this.opts.store.release(d.id, this.worker).catch(() => false);
    }
  }

  /** The next `count` run times of a subscription. */
  nextRuns(subscription: Pick<Subscription, 'cron' | 'timezone'>, count: number, after: Date = this.now()): Date[] {
    return nextRuns(this.fields(subscription.cron), subscription.timezone, after, count);
  }

  /** One pass: take over abandoned claims, then claim and deliver what is due. Never throws. */
  async tick(at?: Date): Promise<TickReport> {
    const report: TickReport = { recovered: 0, missed: 0, claimed: 0, outcomes: [] };
    if (this.stopping) return report;
    const now = at ?? this.now();
    const jobs: Promise<DeliveryOutcome | undefined>[] = [];
    await this.recordUnrecorded();
    try {
      const subs = new Map((await this.opts.store.activeSubscriptions(this.platforms)).map((s) => [s.id, s]));
      // Every subscription's latest claimed slot in one query, not one per subscription (a round trip each on PostgreSQL).
      const lastSlots = await this.opts.store.lastSlots();
      for (const open of await this.opts.store.expiredClaims(new Date('9999-12-31T23:59:59.999Z'))) {
        const expired = open.leaseUntil < now || (open.status === 'claimed' && isDeadLocalWorker(open.worker));
        // Our own 'claimed' rows are in flight here; our 'retry' rows were given back and are due like anyone's.
        if (!expired || (open.worker === this.worker && open.status === 'claimed') || this.unrecorded.has(open.id))
          continue;
        const sub = subs.get(open.subscriptionId);
        if (!sub) continue; // paused, or a platform this process does not post to
        if (open.slot.getTime() < now.getTime() - this.opts.graceMs) {
          await this.opts.store.markMissed(open.id, 'not delivered within the grace window', now);
          report.missed++;
          this.log.warn({ delivery: open.id, subscription: sub.id, slot: open.slot }, 'briefing slot missed');
          continue;
        }
        if (await this.opts.store.takeOver(open, this.worker, now, this.opts.policy.leaseMs)) {
          report.recovered++;
          const taken = await this.opts.store.delivery(open.id);
          if (taken) jobs.push(this.run(sub, taken));
        }
      }
      // Subscriptions sharing a schedule, zone and last slot share the arithmetic.
      const memo = new Map<string, ReturnType<typeof dueSlots>>();
      let seen = 0;
      for (const sub of subs.values()) {
        // A stopping scheduler claims nothing more: what it claimed is given back by stop().
        if (this.stopping) break;
        // Let posts already claimed start while the rest are claimed.
        if (++seen % 100 === 0) await new Promise((r) => setImmediate(r));
        const last = lastSlots.get(sub.id);
        const after = last && last > sub.anchorAt ? last : sub.anchorAt;
        const key = `${sub.cron}|${sub.timezone}|${after.getTime()}`;
        const next = this.nextSlot.get(key);
        if (next !== undefined && now.getTime() < next) continue; // not due yet: no date maths
        let due = memo.get(key);
        if (!due) memo.set(key, (due = dueSlots(this.fields(sub.cron), sub.timezone, after, now)));
        if (!due.latest) {
          const upcoming = nextRuns(this.fields(sub.cron), sub.timezone, after, 1)[0];
          if (upcoming) this.rememberNext(key, upcoming.getTime());
          continue;
        }
        // One digest for everything missed, stamped with the latest slot.
        const late = now.getTime() - due.latest.getTime() > (this.opts.lateMs ?? 5 * 60_000);
        const kind: DeliveryKind = due.count > 1 || late ? 'catch-up' : 'scheduled';
        const claim = await this.opts.store.claim({
          subscriptionId: sub.id,
          slot: due.latest,
          kind,
          covers: due.count,
          worker: this.worker,
          now,
          leaseMs: this.opts.policy.leaseMs,
        });
        if (!claim) continue;
        // (Stopped while this claim was taken: give it back now, stop() may already have swept.)
        if (this.stopping) {
          await this.opts.store.release(claim.id, this.worker).catch(() => false);
          break;
        }
        report.claimed++;
        this.opts.telemetry?.claimLag((now.getTime() - due.latest.getTime()) / 1000);
        jobs.push(this.run(sub, claim));
        if (report.claimed % CLAIM_BATCH === 0) await new Promise((r) => setImmediate(r));
      }
    } catch (err) {
      this.log.error({ err }, 'briefing tick failed');
    }
    report.outcomes = (await Promise.all(jobs)).filter((o): o is DeliveryOutcome => o !== undefined);
    await this.prune(now);
    return report;
  }

  /** Retries the record of posts the database refused; a delivery whose record lands leaves the list. */
  private async recordUnrecorded(): Promise<void> {
    for (const [id, record] of this.unrecorded) {
      try {
        await record();
        this.unrecorded.delete(id);
        this.log.info({ delivery: id }, 'briefing delivery recorded late');
      } catch {
        return; // the database still refuses: try again next tick
      }
    }
  }

  private async prune(now: Date): Promise<void> {
    const keep = this.opts.deliveryLogRetentionMs;
    if (!keep || now.getTime() - this.lastPrune < 3_600_000) return;
    this.lastPrune = now.getTime();
    try {
      const pruned = await this.opts.store.pruneDeliveries(new Date(now.getTime() - keep));
      if (pruned.logs + pruned.deliveries > 0) this.log.info(pruned, 'delivery logs pruned');
    } catch (err) {
      this.log.warn({ err }, 'pruning delivery logs failed');
    }
  }

  /** Claims and posts a digest now (the first digest after subscribing). */
  async deliverNow(
    subscription: Subscription,
    kind: DeliveryKind = 'first',
  ): Promise<DeliveryOutcome | { status: 'no-poster' } | { status: 'taken' }> {
    if (!this.opts.posters.has(subscription.platform)) return { status: 'no-poster' };
    const now = this.now();
    // Its own slot, after any earlier one of this subscription (a resubscribe within the same millisecond included).
    const after = await this.opts.store.dueAfter(subscription);
    const slot = now > after ? now : new Date(after.getTime() + 1);
    const claim = await this.opts.store.claim({
      subscriptionId: subscription.id,
      slot,
      kind,
      worker: this.worker,
      now,
      leaseMs: this.opts.policy.leaseMs,
    });
    if (!claim) return { status: 'taken' };
    return (await this.run(subscription, claim)) ?? { status: 'not-ours' };
  }

  private run(sub: Subscription, claim: Delivery): Promise<DeliveryOutcome | undefined> {
    const poster = this.opts.posters.get(sub.platform)!;
    let limit = this.limits.get(sub.platform);
    if (!limit)
      this.limits.set(
        sub.platform,
        (limit = pLimit(
          this.opts.platformConcurrency?.[sub.platform] ?? Math.max(this.opts.concurrency, poster.minConcurrency ?? 0),
        )),
      );
    const job = limit(async () => {
      if (this.stopping) return undefined;
      try {
        const reply = await this.opts.digest({
          subscription: sub,
          kind: claim.kind,
          covers: claim.covers,
          now: this.now(),
        });
        const outcome = await deliver(
          {
            store: this.opts.store,
            worker: this.worker,
            now: this.now,
            sleep: this.sleep,
            ...(this.opts.random && { random: this.opts.random }),
            stopping: () => this.stopping,
            unrecorded: (id, record) => {
              // Bounded: a database that refuses every write for this long has bigger problems than this list.
              if (this.unrecorded.size < 10_000) this.unrecorded.set(id, record);
            },
          },
          this.opts.policy,
          poster,
          sub,
          claim,
          reply,
        );
        this.log[outcome.status === 'delivered' ? 'info' : 'warn'](
          { subscription: sub.id, delivery: claim.id, slot: claim.slot, kind: claim.kind, outcome },
          'briefing delivery',
        );
        this.opts.telemetry?.delivery(sub.platform, outcome.status);
        return outcome;
      } catch (err) {
        this.log.error({ err, subscription: sub.id, delivery: claim.id }, 'briefing delivery crashed');
        return undefined;
      }
    });
    return this.track(job);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p)).catch(() => {});
    return p;
  }

  /** The first slot after a (schedule, zone, last slot), so idle ticks skip the date maths. */
  private readonly nextSlot = new Map<string, number>();

  private rememberNext(key: string, at: number): void {
    if (this.nextSlot.size > 10_000) this.nextSlot.clear();
    this.nextSlot.set(key, at);
  }

  private fields(expression: string): CronFields {
    let f = this.cronCache.get(expression);
    if (!f) {
      f = parseCron(expression);
      this.cronCache.set(expression, f);
    }
    return f;
  }
}
