import type { Db } from '../base/db.js';
import { openDatabase } from '../base/db.js';
import { migrate } from '../base/migrate.js';
import { BRIEFINGS_MIGRATIONS } from './migrations.js';
import {
  OtherWorkspaceError,
  type AttemptLog,
  type BriefingStore,
  type Delivery,
  type DeliveryKind,
  type DeliveryStatus,
  type Subscription,
  type SubscriptionInput,
} from './store.js';

/**
 * The briefing store on SQLite, the embedded default. Times are stored as ISO strings in UTC
 * (fixed width, so they compare as text). Every write is one statement or one immediate
 * transaction, so two processes on the same file see a consistent claim table. better-sqlite3
 * is synchronous: the statements run at once underneath the async interface PostgreSQL needs.
 */

interface SubscriptionRow {
  id: number;
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  label: string;
  cron: string;
  timezone: string;
  countries: string;
  topics: string;
  created_by: string;
  created_at: string;
  anchor_at: string;
  paused_at: string | null;
  paused_reason: string | null;
}

interface DeliveryRow {
  id: number;
  subscription_id: number;
  slot: string;
  kind: DeliveryKind;
  covers: number;
  status: DeliveryStatus;
  worker: string;
  claimed_at: string;
  lease_until: string;
  attempts: number;
  message_ids: string | null;
  finished_at: string | null;
  error: string | null;
}

const iso = (d: Date) => d.toISOString();

/** The SQLite statements, synchronous (better-sqlite3); SqliteBriefingStore puts the async interface on them. */
class Rows {
  constructor(readonly db: Db) {
    migrate(db, 'briefings', BRIEFINGS_MIGRATIONS);
  }

  // — subscriptions —

  /**
   * Creates the subscription, or updates the one with the same schedule and zone. Either way
   * every paused subscription of the channel resumes: subscribing again is how an admin says
   * the bot's access is back.
   */
  subscribe(input: SubscriptionInput, now: Date): { subscription: Subscription; created: boolean; resumed: number } {
    return this.subscribeWithin(input, now, Infinity) as {
      subscription: Subscription;
      created: boolean;
      resumed: number;
    };
  }

  /** As `subscribe`, unless the channel already holds `limit` subscriptions and this would be a new one. */
  subscribeWithin(
    input: SubscriptionInput,
    now: Date,
    limit: number,
  ): { subscription: Subscription; created: boolean; resumed: number } | { limitReached: number } {
    const run = this.db.transaction(() => {
      const existing = this.db
        .prepare(
          'SELECT id, workspace_id FROM briefing_subscriptions WHERE platform = ? AND channel_id = ? AND cron = ? AND timezone = ?',
        )
        .get(input.platform, input.channelId, input.cron, input.timezone) as
        | { id: number; workspace_id: string | null }
        | undefined;
      // A channel shared between workspaces (Slack Connect) keeps each workspace's subscriptions to itself.
      if (existing && existing.workspace_id !== (input.workspaceId ?? null)) throw new OtherWorkspaceError();
      // Counted inside the transaction, so two subscribes at once cannot both pass the limit.
      if (!existing) {
        const count = this.countChannelSubscriptions(input.platform, input.channelId);
        if (count >= limit) return { limitReached: count };
      }
      const resumed = this.db
        .prepare(
          `UPDATE briefing_subscriptions SET paused_at = NULL, paused_reason = NULL, anchor_at = ?, updated_at = ?
           WHERE platform = ? AND channel_id = ? AND workspace_id IS ? AND paused_at IS NOT NULL`,
        )
        .run(iso(now), iso(now), input.platform, input.channelId, input.workspaceId ?? null).changes;
      let id: number;
      if (existing) {
        id = existing.id;
        this.db
          .prepare(
            'UPDATE briefing_subscriptions SET label = ?, countries = ?, topics = ?, updated_at = ? WHERE id = ?',
          )
          .run(input.label, JSON.stringify(input.countries), JSON.stringify(input.topics), iso(now), id);
      } else {
        id = Number(
          this.db
            .prepare(
              `INSERT INTO briefing_subscriptions
               (platform, channel_id, workspace_id, label, cron, timezone, countries, topics, created_by, created_at, updated_at, anchor_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              input.platform,
              input.channelId,
              input.workspaceId ?? null,
              input.label,
              input.cron,
              input.timezone,
              JSON.stringify(input.countries),
              JSON.stringify(input.topics),
              input.createdBy,
              iso(now),
              iso(now),
              iso(now),
            ).lastInsertRowid,
        );
      }
      return { subscription: this.subscription(id)!, created: !existing, resumed };
    });
    return run.immediate();
  }

  countChannelSubscriptions(platform: string, channelId: string): number {
    return (
      this.db
        .prepare('SELECT count(*) AS n FROM briefing_subscriptions WHERE platform = ? AND channel_id = ?')
        .get(platform, channelId) as { n: number }
    ).n;
  }

  subscription(id: number): Subscription | undefined {
    const row = this.db.prepare('SELECT * FROM briefing_subscriptions WHERE id = ?').get(id) as
      | SubscriptionRow
      | undefined;
    return row && toSubscription(row);
  }

  channelSubscriptions(platform: string, channelId: string, workspaceId?: string): Subscription[] {
    return (
      this.db
        .prepare(
          'SELECT * FROM briefing_subscriptions WHERE platform = ? AND channel_id = ? AND workspace_id IS ? ORDER BY id',
        )
        .all(platform, channelId, workspaceId ?? null) as SubscriptionRow[]
    ).map(toSubscription);
  }

  /** Subscriptions that are not paused, on the given platforms. */
  activeSubscriptions(platforms: readonly string[]): Subscription[] {
    if (platforms.length === 0) return [];
    const marks = platforms.map(() => '?').join(', ');
    return (
      this.db
        .prepare(`SELECT * FROM briefing_subscriptions WHERE paused_at IS NULL AND platform IN (${marks}) ORDER BY id`)
        .all(...platforms) as SubscriptionRow[]
    ).map(toSubscription);
  }

  /** Removes one subscription of the channel (by id) or all of them, of this workspace only; returns how many. */
  unsubscribe(platform: string, channelId: string, id?: number, workspaceId?: string): number {
    const scope = 'platform = ? AND channel_id = ? AND workspace_id IS ?';
    if (id !== undefined) {
      return this.db
        .prepare(`DELETE FROM briefing_subscriptions WHERE ${scope} AND id = ?`)
        .run(platform, channelId, workspaceId ?? null, id).changes;
    }
    return this.db
      .prepare(`DELETE FROM briefing_subscriptions WHERE ${scope}`)
      .run(platform, channelId, workspaceId ?? null).changes;
  }

  /** Pauses every running subscription of a workspace (the app was uninstalled there); returns how many. */
  pauseWorkspace(platform: string, workspaceId: string, reason: string, now: Date): number {
    return this.db
      .prepare(
        'UPDATE briefing_subscriptions SET paused_at = ?, paused_reason = ?, updated_at = ? WHERE platform = ? AND workspace_id = ? AND paused_at IS NULL',
      )
      .run(iso(now), reason, iso(now), platform, workspaceId).changes;
  }

  /** Pauses a subscription and keeps everything else about it. */
  pause(id: number, reason: string, now: Date): void {
    this.db
      .prepare(
        'UPDATE briefing_subscriptions SET paused_at = ?, paused_reason = ?, updated_at = ? WHERE id = ? AND paused_at IS NULL',
      )
      .run(iso(now), reason, iso(now), id);
  }

  lastSlots(): Map<number, Date> {
    const rows = this.db
      .prepare('SELECT subscription_id AS id, MAX(slot) AS slot FROM briefing_deliveries GROUP BY subscription_id')
      .all() as { id: number; slot: string }[];
    return new Map(rows.map((r) => [r.id, new Date(r.slot)]));
  }

  /** The instant after which this subscription's slots are due: its anchor or its latest claimed slot. */
  dueAfter(subscription: Subscription): Date {
    const row = this.db
      .prepare('SELECT MAX(slot) AS slot FROM briefing_deliveries WHERE subscription_id = ?')
      .get(subscription.id) as { slot: string | null };
    const last = row.slot ? new Date(row.slot) : undefined;
    return last && last > subscription.anchorAt ? last : subscription.anchorAt;
  }

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
  }): Delivery | undefined {
    const info = this.db
      .prepare(
        `INSERT INTO briefing_deliveries (subscription_id, slot, kind, covers, status, worker, claimed_at, lease_until)
         VALUES (?, ?, ?, ?, 'claimed', ?, ?, ?)
         ON CONFLICT (subscription_id, slot) DO NOTHING`,
      )
      .run(
        input.subscriptionId,
        iso(input.slot),
        input.kind,
        input.covers ?? 1,
        input.worker,
        iso(input.now),
        iso(new Date(input.now.getTime() + input.leaseMs)),
      );
    return info.changes === 1 ? this.delivery(Number(info.lastInsertRowid)) : undefined;
  }

  delivery(id: number): Delivery | undefined {
    const row = this.db.prepare('SELECT * FROM briefing_deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
    return row && toDelivery(row);
  }

  /** Claims never recorded whose lease ran out (their worker died, or gave up for now). */
  expiredClaims(now: Date): Delivery[] {
    return (
      this.db
        .prepare(
          `SELECT * FROM briefing_deliveries WHERE status IN ('claimed', 'retry') AND lease_until < ? ORDER BY slot`,
        )
        .all(iso(now)) as DeliveryRow[]
    ).map(toDelivery);
  }

  /** Claims still held by a worker, whatever their lease. */
  heldBy(worker: string): Delivery[] {
    return (
      this.db
        .prepare(`SELECT * FROM briefing_deliveries WHERE status IN ('claimed', 'retry') AND worker = ?`)
        .all(worker) as DeliveryRow[]
    ).map(toDelivery);
  }

  /** Takes over an open claim if it is still as we saw it; true when this worker now holds it. */
  takeOver(delivery: Delivery, worker: string, now: Date, leaseMs: number): boolean {
    return (
      this.db
        .prepare(
          `UPDATE briefing_deliveries SET worker = ?, status = 'claimed', lease_until = ?
           WHERE id = ? AND status IN ('claimed', 'retry') AND worker = ? AND lease_until = ?`,
        )
        .run(worker, iso(new Date(now.getTime() + leaseMs)), delivery.id, delivery.worker, iso(delivery.leaseUntil))
        .changes === 1
    );
  }

  /** Extends the lease before an attempt; false when the claim is no longer ours (do not send). */
  renewLease(id: number, worker: string, until: Date): boolean {
    return (
      this.db
        .prepare(
          `UPDATE briefing_deliveries SET lease_until = ?, attempts = attempts + 1 WHERE id = ? AND worker = ? AND status = 'claimed'`,
        )
        .run(iso(until), id, worker).changes === 1
    );
  }

  /** The message ids of the parts posted so far, while the claim is ours: a takeover resumes after them. */
  recordParts(id: number, worker: string, messageIds: string[]): void {
    this.db
      .prepare(`UPDATE briefing_deliveries SET message_ids = ? WHERE id = ? AND worker = ?`)
      .run(JSON.stringify(messageIds), id, worker);
  }

  /**
   * Deletes attempt logs older than the moment, and finished deliveries older than it except each
   * subscription's latest slot and latest delivered one (next slots and digest windows are read from those).
   */
  pruneDeliveries(before: Date): { logs: number; deliveries: number } {
    const at = iso(before);
    return this.db.transaction(() => {
      const logs = this.db.prepare('DELETE FROM briefing_delivery_log WHERE at < ?').run(at).changes;
      const deliveries = this.db
        .prepare(
          `DELETE FROM briefing_deliveries WHERE finished_at < ? AND status IN ('delivered', 'failed', 'missed')
           AND id NOT IN (SELECT d.id FROM briefing_deliveries d
             WHERE d.slot = (SELECT MAX(slot) FROM briefing_deliveries WHERE subscription_id = d.subscription_id))
           AND id NOT IN (SELECT d.id FROM briefing_deliveries d WHERE d.status = 'delivered'
             AND d.finished_at = (SELECT MAX(finished_at) FROM briefing_deliveries WHERE subscription_id = d.subscription_id AND status = 'delivered'))`,
        )
        .run(at).changes;
      return { logs, deliveries };
    })();
  }

  markDelivered(id: number, worker: string, messageIds: string[], now: Date): void {
    this.db
      .prepare(
        `UPDATE briefing_deliveries SET status = 'delivered', message_ids = ?, finished_at = ?, error = NULL WHERE id = ? AND worker = ?`,
      )
      .run(JSON.stringify(messageIds), iso(now), id, worker);
  }

  /** Gives the claim back for a later round (the lease says when), keeping the last error. */
  markRetry(id: number, worker: string, retryAt: Date, error: string): void {
    this.db
      .prepare(
        `UPDATE briefing_deliveries SET status = 'retry', lease_until = ?, error = ? WHERE id = ? AND worker = ?`,
      )
      .run(iso(retryAt), error, id, worker);
  }

  markFailed(id: number, error: string, now: Date): void {
    this.db
      .prepare(`UPDATE briefing_deliveries SET status = 'failed', error = ?, finished_at = ? WHERE id = ?`)
      .run(error, iso(now), id);
  }

  markMissed(id: number, reason: string, now: Date): void {
    this.db
      .prepare(
        `UPDATE briefing_deliveries SET status = 'missed', error = ?, finished_at = ? WHERE id = ? AND status IN ('claimed', 'retry')`,
      )
      .run(reason, iso(now), id);
  }

  /** Drops a claim that was never attempted, so the slot is free for whoever runs next. */
  release(id: number, worker: string): boolean {
    return (
      this.db
        .prepare(`DELETE FROM briefing_deliveries WHERE id = ? AND worker = ? AND status = 'claimed' AND attempts = 0`)
        .run(id, worker).changes === 1
    );
  }

  logAttempt(entry: AttemptLog): void {
    this.db
      .prepare(
        'INSERT INTO briefing_delivery_log (delivery_id, attempt, at, worker, outcome, code, detail, ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        entry.deliveryId,
        entry.attempt,
        iso(entry.at),
        entry.worker,
        entry.outcome,
        entry.code ?? null,
        entry.detail ?? null,
        Math.round(entry.ms),
      );
  }

  // — what the channel sees —

  /** When this channel last received a digest (any of its subscriptions): the start of the next digest's window. */
  lastDeliveredAt(platform: string, channelId: string): Date | undefined {
    const row = this.db
      .prepare(
        `SELECT MAX(d.finished_at) AS at FROM briefing_deliveries d JOIN briefing_subscriptions s ON s.id = d.subscription_id
         WHERE s.platform = ? AND s.channel_id = ? AND d.status = 'delivered'`,
      )
      .get(platform, channelId) as { at: string | null };
    return row.at ? new Date(row.at) : undefined;
  }

  recentDeliveries(subscriptionId: number, limit = 5): Delivery[] {
    return (
      this.db
        .prepare('SELECT * FROM briefing_deliveries WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?')
        .all(subscriptionId, limit) as DeliveryRow[]
    ).map(toDelivery);
  }

  /** Failed attempts of a subscription's deliveries, newest first. */
  recentFailures(subscriptionId: number, limit = 3): AttemptLog[] {
    const rows = this.db
      .prepare(
        `SELECT l.* FROM briefing_delivery_log l JOIN briefing_deliveries d ON d.id = l.delivery_id
         WHERE d.subscription_id = ? AND l.outcome <> 'ok' ORDER BY l.at DESC, l.id DESC LIMIT ?`,
      )
      .all(subscriptionId, limit) as {
      delivery_id: number;
      attempt: number;
      at: string;
      worker: string;
      outcome: AttemptLog['outcome'];
      code: string | null;
      detail: string | null;
      ms: number;
    }[];
    return rows.map((r) => ({
      deliveryId: r.delivery_id,
      attempt: r.attempt,
      at: new Date(r.at),
      worker: r.worker,
      outcome: r.outcome,
      ...(r.code !== null && { code: r.code }),
      ...(r.detail !== null && { detail: r.detail }),
      ms: r.ms,
    }));
  }

  attempts(deliveryId: number): AttemptLog[] {
    return (
      this.db
        .prepare('SELECT * FROM briefing_delivery_log WHERE delivery_id = ? ORDER BY id')
        .all(deliveryId) as Record<string, unknown>[]
    ).map((r) => ({
      deliveryId: r['delivery_id'] as number,
      attempt: r['attempt'] as number,
      at: new Date(r['at'] as string),
      worker: r['worker'] as string,
      outcome: r['outcome'] as AttemptLog['outcome'],
      ...(r['code'] !== null && { code: r['code'] as string }),
      ...(r['detail'] !== null && { detail: r['detail'] as string }),
      ms: r['ms'] as number,
    }));
  }

  /** Every delivery row, for tests and the bench's lost/duplicated counts. */
  openClaimCount(): number {
    return (
      this.db.prepare(`SELECT count(*) AS n FROM briefing_deliveries WHERE status IN ('claimed', 'retry')`).get() as {
        n: number;
      }
    ).n;
  }

  allDeliveries(): Delivery[] {
    return (this.db.prepare('SELECT * FROM briefing_deliveries ORDER BY id').all() as DeliveryRow[]).map(toDelivery);
  }
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id,
    platform: r.platform,
    channelId: r.channel_id,
    ...(r.workspace_id !== null && { workspaceId: r.workspace_id }),
    label: r.label,
    cron: r.cron,
    timezone: r.timezone,
    countries: JSON.parse(r.countries) as string[],
    topics: JSON.parse(r.topics) as string[],
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    anchorAt: new Date(r.anchor_at),
    ...(r.paused_at !== null && { pausedAt: new Date(r.paused_at) }),
    ...(r.paused_reason !== null && { pausedReason: r.paused_reason }),
  };
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    slot: new Date(r.slot),
    kind: r.kind,
    covers: r.covers,
    status: r.status,
    worker: r.worker,
    claimedAt: new Date(r.claimed_at),
    leaseUntil: new Date(r.lease_until),
    attempts: r.attempts,
    messageIds: r.message_ids ? (JSON.parse(r.message_ids) as string[]) : [],
    ...(r.finished_at !== null && { finishedAt: new Date(r.finished_at) }),
    ...(r.error !== null && { error: r.error }),
  };
}

/**
 * The briefing store on SQLite (the embedded default): better-sqlite3 is synchronous and
 * in-process, so each method does its work at once and resolves; the async interface is the
 * one PostgreSQL needs, shared so callers do not care which engine runs.
 */
export class SqliteBriefingStore implements BriefingStore {
  readonly engine = 'sqlite' as const;
  private readonly s: Rows;

  constructor(readonly db: Db) {
    this.s = new Rows(db);
  }

  /** Opens (creating it on first run) and migrates the file: for tests and tools that work on a file directly. */
  static open(path: string): SqliteBriefingStore {
    return new SqliteBriefingStore(openDatabase(path));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  subscribe: BriefingStore['subscribe'] = async (input, now) => this.s.subscribe(input, now);
  subscribeWithin: BriefingStore['subscribeWithin'] = async (input, now, limit) =>
    this.s.subscribeWithin(input, now, limit);
  countChannelSubscriptions: BriefingStore['countChannelSubscriptions'] = async (platform, channelId) =>
    this.s.countChannelSubscriptions(platform, channelId);
  subscription: BriefingStore['subscription'] = async (id) => this.s.subscription(id);
  channelSubscriptions: BriefingStore['channelSubscriptions'] = async (platform, channelId, workspaceId) =>
    this.s.channelSubscriptions(platform, channelId, workspaceId);
  activeSubscriptions: BriefingStore['activeSubscriptions'] = async (platforms) =>
    this.s.activeSubscriptions(platforms);
  unsubscribe: BriefingStore['unsubscribe'] = async (platform, channelId, id, workspaceId) =>
    this.s.unsubscribe(platform, channelId, id, workspaceId);
  pauseWorkspace: BriefingStore['pauseWorkspace'] = async (platform, workspaceId, reason, now) =>
    this.s.pauseWorkspace(platform, workspaceId, reason, now);
  pause: BriefingStore['pause'] = async (id, reason, now) => this.s.pause(id, reason, now);
  lastSlots: BriefingStore['lastSlots'] = async () => this.s.lastSlots();
  dueAfter: BriefingStore['dueAfter'] = async (subscription) => this.s.dueAfter(subscription);
  claim: BriefingStore['claim'] = async (input) => this.s.claim(input);
  delivery: BriefingStore['delivery'] = async (id) => this.s.delivery(id);
  expiredClaims: BriefingStore['expiredClaims'] = async (now) => this.s.expiredClaims(now);
  heldBy: BriefingStore['heldBy'] = async (worker) => this.s.heldBy(worker);
  takeOver: BriefingStore['takeOver'] = async (delivery, worker, now, leaseMs) =>
    this.s.takeOver(delivery, worker, now, leaseMs);
  renewLease: BriefingStore['renewLease'] = async (id, worker, until) => this.s.renewLease(id, worker, until);
  markDelivered: BriefingStore['markDelivered'] = async (id, worker, ids, now) =>
    this.s.markDelivered(id, worker, ids, now);
  recordParts: BriefingStore['recordParts'] = async (id, worker, ids) => this.s.recordParts(id, worker, ids);
  recordDelivered: BriefingStore['recordDelivered'] = async (entry, worker, ids, now) =>
    this.db.transaction(() => {
      this.s.logAttempt(entry);
      this.s.markDelivered(entry.deliveryId, worker, ids, now);
    })();
  openClaimCount: BriefingStore['openClaimCount'] = async () => this.s.openClaimCount();
  pruneDeliveries: BriefingStore['pruneDeliveries'] = async (before) => this.s.pruneDeliveries(before);
  markRetry: BriefingStore['markRetry'] = async (id, worker, at, error) => this.s.markRetry(id, worker, at, error);
  markFailed: BriefingStore['markFailed'] = async (id, error, now) => this.s.markFailed(id, error, now);
  markMissed: BriefingStore['markMissed'] = async (id, reason, now) => this.s.markMissed(id, reason, now);
  release: BriefingStore['release'] = async (id, worker) => this.s.release(id, worker);
  logAttempt: BriefingStore['logAttempt'] = async (entry) => this.s.logAttempt(entry);
  lastDeliveredAt: BriefingStore['lastDeliveredAt'] = async (platform, channelId) =>
    this.s.lastDeliveredAt(platform, channelId);
  recentDeliveries: BriefingStore['recentDeliveries'] = async (id, limit) => this.s.recentDeliveries(id, limit);
  recentFailures: BriefingStore['recentFailures'] = async (id, limit) => this.s.recentFailures(id, limit);
  attempts: BriefingStore['attempts'] = async (id) => this.s.attempts(id);
  allDeliveries: BriefingStore['allDeliveries'] = async () => this.s.allDeliveries();
}
