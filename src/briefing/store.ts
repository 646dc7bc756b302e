/**
 * What the briefing feature keeps: subscriptions, delivery claims and the log of every attempt,
 * and the one interface both engines implement (sqlite-store.ts, postgres-store.ts; opened by
 * open-store.ts). One contract suite, tests/state/briefing-store.test.ts, runs against both.
 */

export type DeliveryKind = 'scheduled' | 'catch-up' | 'first';
export type DeliveryStatus = 'claimed' | 'retry' | 'delivered' | 'failed' | 'missed';

/** A stored subscription: what was asked for, and what the store keeps about it. */
export interface Subscription extends SubscriptionInput {
  id: number;
  createdAt: Date;
  anchorAt: Date;
  pausedAt?: Date;
  pausedReason?: string;
}

export interface Delivery {
  id: number;
  subscriptionId: number;
  slot: Date;
  kind: DeliveryKind;
  covers: number;
  status: DeliveryStatus;
  worker: string;
  claimedAt: Date;
  leaseUntil: Date;
  attempts: number;
  messageIds: string[];
  finishedAt?: Date;
  error?: string;
}

export interface AttemptLog {
  deliveryId: number;
  attempt: number;
  at: Date;
  worker: string;
  outcome: 'ok' | 'transient' | 'channel-gone' | 'forbidden' | 'auth' | 'error';
  code?: string;
  detail?: string;
  ms: number;
}

export interface SubscriptionInput {
  platform: string;
  channelId: string;
  workspaceId?: string | undefined;
  label: string;
  cron: string;
  timezone: string;
  countries: string[];
  topics: string[];
  createdBy: string;
}

/** The channel already has this schedule, subscribed from another workspace that shares the channel. */
export class OtherWorkspaceError extends Error {
  override readonly name = 'OtherWorkspaceError';
  constructor() {
    super('another workspace sharing this channel has a subscription on this schedule');
  }
}

/** The briefing store, on either engine. Every method may be called by several processes at once. */
export interface BriefingStore {
  readonly engine: 'sqlite' | 'postgres';

  // — subscriptions —
  /** Creates the subscription, or updates the one with the same schedule and zone; either way every paused subscription of the channel resumes. */
  subscribe(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean; resumed: number }>;
  subscription(id: number): Promise<Subscription | undefined>;
  /**
   * The channel's subscriptions made from this workspace (none of another's, in a channel two
   * workspaces share). subscribe/subscribeWithin throw OtherWorkspaceError rather than take over
   * another workspace's subscription of the same schedule.
   */
  channelSubscriptions(platform: string, channelId: string, workspaceId?: string): Promise<Subscription[]>;
  /** As `subscribe`, unless the channel already holds `limit` subscriptions and this would be a new one (checked atomically). */
  subscribeWithin(
    input: SubscriptionInput,
    now: Date,
    limit: number,
  ): Promise<{ subscription: Subscription; created: boolean; resumed: number } | { limitReached: number }>;
  countChannelSubscriptions(platform: string, channelId: string): Promise<number>;
  /** Subscriptions that are not paused, on the given platforms. */
  activeSubscriptions(platforms: readonly string[]): Promise<Subscription[]>;
  /** Removes one subscription of the channel (by id) or all of them, of this workspace only; returns how many. */
  unsubscribe(platform: string, channelId: string, id?: number, workspaceId?: string): Promise<number>;
  /** Pauses every running subscription of a workspace (the app was uninstalled there); returns how many. */
  pauseWorkspace(platform: string, workspaceId: string, reason: string, now: Date): Promise<number>;
  /** Pauses a subscription and keeps everything else about it. */
  pause(id: number, reason: string, now: Date): Promise<void>;
  /** Each subscription's latest claimed slot (subscriptions never claimed are absent): the scheduler's dueAfter for all at once. */
  lastSlots(): Promise<Map<number, Date>>;
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
  /** The message ids of the parts posted so far, while the claim is ours: a takeover resumes after them. */
  recordParts(id: number, worker: string, messageIds: string[]): Promise<void>;
  /** The attempt that posted (`entry`) and the delivered mark, in one transaction. */
  recordDelivered(entry: AttemptLog, worker: string, messageIds: string[], now: Date): Promise<void>;
  /** Gives the claim back for a later round (the lease says when), keeping the last error. */
  markRetry(id: number, worker: string, retryAt: Date, error: string): Promise<void>;
  markFailed(id: number, error: string, now: Date): Promise<void>;
  markMissed(id: number, reason: string, now: Date): Promise<void>;
  /** Drops a claim that was never attempted, so the slot is free for whoever runs next. */
  release(id: number, worker: string): Promise<boolean>;
  logAttempt(entry: AttemptLog): Promise<void>;
  /** Claims not finished yet (claimed, or waiting to retry), whoever holds them: the shared queue's depth. */
  openClaimCount(): Promise<number>;
  /**
   * Deletes attempt logs older than the moment, and finished deliveries older than it except each
   * subscription's latest slot and latest delivered one (next slots and digest windows are read from those).
   */
  pruneDeliveries(before: Date): Promise<{ logs: number; deliveries: number }>;

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
