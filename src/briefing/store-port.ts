import type { AttemptLog, Delivery, DeliveryKind, Subscription, SubscriptionInput } from './store.js';

/**
 * What the briefing feature keeps, on either engine: subscriptions, delivery claims and the log
 * of every attempt. Two implementations (sqlite-store.ts, postgres-store.ts), one contract suite
 * (tests/state/briefing-store.contract.ts) run against both.
 */
export interface BriefingStore {
  readonly engine: 'sqlite' | 'postgres';

  // — subscriptions —
  /** Creates the subscription, or updates the one with the same schedule and zone; either way every paused subscription of the channel resumes. */
  subscribe(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean; resumed: number }>;
  subscription(id: number): Promise<Subscription | undefined>;
  channelSubscriptions(platform: string, channelId: string): Promise<Subscription[]>;
  /** Subscriptions that are not paused, on the given platforms. */
  activeSubscriptions(platforms: readonly string[]): Promise<Subscription[]>;
  /** Removes one subscription of the channel (by id) or all of them; returns how many. */
  unsubscribe(platform: string, channelId: string, id?: number): Promise<number>;
  /** Pauses a subscription and keeps everything else about it. */
  pause(id: number, reason: string, now: Date): Promise<void>;
  /** The instant after which this subscription's slots are due: its anchor or its latest claimed slot. */
  dueAfter(subscription: Subscription): Promise<Date>;

  // — claims —
  /** Inserts the claim row; undefined when another worker (or an earlier run) already holds this slot. */
  claim(input: {
    subscriptionId: number;
    slot: Date;
    kind: DeliveryKind;
    covers?: number;
    worker: string;
    now: Date;
    leaseMs: number;
  }): Promise<Delivery | undefined>;
  delivery(id: number): Promise<Delivery | undefined>;
  /** Claims never recorded whose lease ran out (their worker died, or gave up for now), oldest slot first. */
  expiredClaims(now: Date): Promise<Delivery[]>;
  /** Claims still held by a worker, whatever their lease. */
  heldBy(worker: string): Promise<Delivery[]>;
  /** Takes over an open claim if it is still as we saw it; true when this worker now holds it. */
  takeOver(delivery: Delivery, worker: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Extends the lease before an attempt; false when the claim is no longer ours (do not send). */
  renewLease(id: number, worker: string, until: Date): Promise<boolean>;
  markDelivered(id: number, worker: string, messageIds: string[], now: Date): Promise<void>;
  /** Gives the claim back for a later round (the lease says when), keeping the last error. */
  markRetry(id: number, worker: string, retryAt: Date, error: string): Promise<void>;
  markFailed(id: number, error: string, now: Date): Promise<void>;
  markMissed(id: number, reason: string, now: Date): Promise<void>;
  /** Drops a claim that was never attempted, so the slot is free for whoever runs next. */
  release(id: number, worker: string): Promise<boolean>;
  logAttempt(entry: AttemptLog): Promise<void>;

  // — what the channel sees —
  /** When this channel last received a digest (any of its subscriptions): the start of the next digest's window. */
  lastDeliveredAt(platform: string, channelId: string): Promise<Date | undefined>;
  recentDeliveries(subscriptionId: number, limit?: number): Promise<Delivery[]>;
  /** Failed attempts of a subscription's deliveries, newest first. */
  recentFailures(subscriptionId: number, limit?: number): Promise<AttemptLog[]>;
  attempts(deliveryId: number): Promise<AttemptLog[]>;
  /** Every delivery row, for tests and the bench's lost/duplicated counts. */
  allDeliveries(): Promise<Delivery[]>;
}
