import type { PgPool, PgQueryable } from '../base/postgres.js';
import { migratePostgres } from '../base/migrate.js';
import { transaction } from '../base/postgres.js';
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
import { BRIEFINGS_PG_MIGRATIONS } from './postgres-migrations.js';

/**
 * The briefing store on PostgreSQL, for any number of replicas on one database. A claim is a
 * row inserted with ON CONFLICT DO NOTHING, so each (subscription, slot) has one holder; taking
 * over an abandoned claim locks the row with FOR UPDATE SKIP LOCKED, so two replicas reaching
 * it together do not queue on each other, and the one that loses moves on.
 */

interface SubscriptionRow {
  id: number;
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  label: string;
  cron: string;
  timezone: string;
  countries: string[];
  topics: string[];
  created_by: string;
  created_at: Date;
  anchor_at: Date;
  paused_at: Date | null;
  paused_reason: string | null;
}

interface DeliveryRow {
  id: number;
  subscription_id: number;
  slot: Date;
  kind: DeliveryKind;
  covers: number;
  status: DeliveryStatus;
  worker: string;
  claimed_at: Date;
  lease_until: Date;
  attempts: number;
  message_ids: string[] | null;
  finished_at: Date | null;
  error: string | null;
}

interface LogRow {
  delivery_id: number;
  attempt: number;
  at: Date;
  worker: string;
  outcome: AttemptLog['outcome'];
  code: string | null;
  detail: string | null;
  ms: number;
}

const OPEN = `status IN ('claimed', 'retry')`;

export class PostgresBriefingStore implements BriefingStore {
  readonly engine = 'postgres' as const;

  private constructor(private readonly pool: PgPool) {}

  /** Applies pending migrations (once across replicas) and returns the store. */
  static async open(pool: PgPool): Promise<PostgresBriefingStore> {
    await migratePostgres(pool, 'briefings', BRIEFINGS_PG_MIGRATIONS);
    return new PostgresBriefingStore(pool);
  }

  private async rows<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  // — subscriptions —

  async subscribe(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean; resumed: number }> {
    return (await this.subscribeWithin(input, now, Number.POSITIVE_INFINITY)) as {
      subscription: Subscription;
      created: boolean;
      resumed: number;
    };
  }

  async subscribeWithin(
    input: SubscriptionInput,
    now: Date,
    limit: number,
  ): Promise<{ subscription: Subscription; created: boolean; resumed: number } | { limitReached: number }> {
    return transaction(this.pool, async (db) => {
      // One subscribe per channel at a time, across replicas: two cannot both pass the limit.
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `sco-subscribe:${input.platform}:${input.channelId}`,
      ]);
      const existing = await db.query<{ workspace_id: string | null }>(
        'SELECT workspace_id FROM briefing_subscriptions WHERE platform = $1 AND channel_id = $2 AND cron = $3 AND timezone = $4',
        [input.platform, input.channelId, input.cron, input.timezone],
      );
      // A channel shared between workspaces (Slack Connect) keeps each workspace's subscriptions to itself.
      if (existing.rows[0] && existing.rows[0].workspace_id !== (input.workspaceId ?? null))
        throw new OtherWorkspaceError();
      if (existing.rowCount === 0 && Number.isFinite(limit)) {
        const count = await channelCount(db, input.platform, input.channelId);
        if (count >= limit) return { limitReached: count };
      }
      const resumed = (
        await db.query(
          `UPDATE briefing_subscriptions SET paused_at = NULL, paused_reason = NULL, anchor_at = $1, updated_at = $1
           WHERE platform = $2 AND channel_id = $3 AND workspace_id IS NOT DISTINCT FROM $4 AND paused_at IS NOT NULL`,
          [now, input.platform, input.channelId, input.workspaceId ?? null],
        )
      ).rowCount!;
      // xmax = 0: this row was inserted, not updated.
      const { rows } = await db.query<SubscriptionRow & { created: boolean }>(
        `INSERT INTO briefing_subscriptions
           (platform, channel_id, workspace_id, label, cron, timezone, countries, topics, created_by, created_at, updated_at, anchor_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)
         ON CONFLICT (platform, channel_id, cron, timezone) DO UPDATE SET
           label = EXCLUDED.label, countries = EXCLUDED.countries, topics = EXCLUDED.topics, updated_at = EXCLUDED.updated_at
         RETURNING *, (xmax = 0) AS created`,
        [
          input.platform,
          input.channelId,
          input.workspaceId ?? null,
          input.label,
          input.cron,
          input.timezone,
          input.countries,
          input.topics,
          input.createdBy,
          now,
        ],
      );
      const row = rows[0]!;
      return { subscription: toSubscription(row), created: row.created, resumed };
    });
  }

  async countChannelSubscriptions(platform: string, channelId: string): Promise<number> {
    return channelCount(this.pool, platform, channelId);
  }

  async subscription(id: number): Promise<Subscription | undefined> {
    const [row] = await this.rows<SubscriptionRow>('SELECT * FROM briefing_subscriptions WHERE id = $1', [id]);
    return row && toSubscription(row);
  }

  async channelSubscriptions(platform: string, channelId: string, workspaceId?: string): Promise<Subscription[]> {
    return (
      await this.rows<SubscriptionRow>(
        'SELECT * FROM briefing_subscriptions WHERE platform = $1 AND channel_id = $2 AND workspace_id IS NOT DISTINCT FROM $3 ORDER BY id',
        [platform, channelId, workspaceId ?? null],
      )
    ).map(toSubscription);
  }

  async activeSubscriptions(platforms: readonly string[]): Promise<Subscription[]> {
    if (platforms.length === 0) return [];
    return (
      await this.rows<SubscriptionRow>(
        'SELECT * FROM briefing_subscriptions WHERE paused_at IS NULL AND platform = ANY($1) ORDER BY id',
        [platforms],
      )
    ).map(toSubscription);
  }

  async unsubscribe(platform: string, channelId: string, id?: number, workspaceId?: string): Promise<number> {
    const scope = 'platform = $1 AND channel_id = $2 AND workspace_id IS NOT DISTINCT FROM $3';
    const result =
      id !== undefined
        ? await this.pool.query(`DELETE FROM briefing_subscriptions WHERE ${scope} AND id = $4`, [
            platform,
            channelId,
            workspaceId ?? null,
            id,
          ])
        : await this.pool.query(`DELETE FROM briefing_subscriptions WHERE ${scope}`, [
            platform,
            channelId,
            workspaceId ?? null,
          ]);
    return result.rowCount!;
  }

  async pauseWorkspace(platform: string, workspaceId: string, reason: string, now: Date): Promise<number> {
    const result = await this.pool.query(
      'UPDATE briefing_subscriptions SET paused_at = $1, paused_reason = $2, updated_at = $1 WHERE platform = $3 AND workspace_id = $4 AND paused_at IS NULL',
      [now, reason, platform, workspaceId],
    );
    return result.rowCount!;
  }

  async pause(id: number, reason: string, now: Date): Promise<void> {
    await this.pool.query(
      'UPDATE briefing_subscriptions SET paused_at = $1, paused_reason = $2, updated_at = $1 WHERE id = $3 AND paused_at IS NULL',
      [now, reason, id],
    );
  }

  async lastSlots(): Promise<Map<number, Date>> {
    const rows = await this.rows<{ id: number; slot: Date }>(
      'SELECT subscription_id AS id, MAX(slot) AS slot FROM briefing_deliveries GROUP BY subscription_id',
    );
    return new Map(rows.map((r) => [r.id, r.slot]));
  }

  async dueAfter(subscription: Subscription): Promise<Date> {
    const [row] = await this.rows<{ slot: Date | null }>(
      'SELECT MAX(slot) AS slot FROM briefing_deliveries WHERE subscription_id = $1',
      [subscription.id],
    );
    const last = row?.slot ?? undefined;
    return last && last > subscription.anchorAt ? last : subscription.anchorAt;
  }

  // — claims —

  async claim(input: {
    subscriptionId: number;
    slot: Date;
    kind: DeliveryKind;
    covers?: number;
    worker: string;
    now: Date;
    leaseMs: number;
  }): Promise<Delivery | undefined> {
    const [row] = await this.rows<DeliveryRow>(
      `INSERT INTO briefing_deliveries (subscription_id, slot, kind, covers, status, worker, claimed_at, lease_until)
       VALUES ($1, $2, $3, $4, 'claimed', $5, $6, $7)
       ON CONFLICT (subscription_id, slot) DO NOTHING
       RETURNING *`,
      [
        input.subscriptionId,
        input.slot,
        input.kind,
        input.covers ?? 1,
        input.worker,
        input.now,
        new Date(input.now.getTime() + input.leaseMs),
      ],
    );
    return row && toDelivery(row);
  }

  async delivery(id: number): Promise<Delivery | undefined> {
    const [row] = await this.rows<DeliveryRow>('SELECT * FROM briefing_deliveries WHERE id = $1', [id]);
    return row && toDelivery(row);
  }

  async expiredClaims(now: Date): Promise<Delivery[]> {
    return (
      await this.rows<DeliveryRow>(
        `SELECT * FROM briefing_deliveries WHERE ${OPEN} AND lease_until < $1 ORDER BY slot, id`,
        [now],
      )
    ).map(toDelivery);
  }

  async heldBy(worker: string): Promise<Delivery[]> {
    return (
      await this.rows<DeliveryRow>(`SELECT * FROM briefing_deliveries WHERE ${OPEN} AND worker = $1 ORDER BY id`, [
        worker,
      ])
    ).map(toDelivery);
  }

  async takeOver(delivery: Delivery, worker: string, now: Date, leaseMs: number): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE briefing_deliveries SET worker = $1, status = 'claimed', lease_until = $2
       WHERE id = (SELECT id FROM briefing_deliveries WHERE id = $3 AND ${OPEN} AND worker = $4 AND lease_until = $5 FOR UPDATE SKIP LOCKED)`,
      [worker, new Date(now.getTime() + leaseMs), delivery.id, delivery.worker, delivery.leaseUntil],
    );
    return result.rowCount === 1;
  }

  async renewLease(id: number, worker: string, until: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE briefing_deliveries SET lease_until = $1, attempts = attempts + 1 WHERE id = $2 AND worker = $3 AND status = 'claimed'`,
      [until, id, worker],
    );
    return result.rowCount === 1;
  }

  async markDelivered(id: number, worker: string, messageIds: string[], now: Date): Promise<void> {
    await markDelivered(this.pool, id, worker, messageIds, now);
  }

  /** The message ids of the parts posted so far, while the claim is ours: a takeover resumes after them. */
  async recordParts(id: number, worker: string, messageIds: string[]): Promise<void> {
    await this.pool.query('UPDATE briefing_deliveries SET message_ids = $1 WHERE id = $2 AND worker = $3', [
      messageIds,
      id,
      worker,
    ]);
  }

  /** The attempt that posted and the delivered mark, in one transaction. */
  async recordDelivered(entry: AttemptLog, worker: string, messageIds: string[], now: Date): Promise<void> {
    await transaction(this.pool, async (db) => {
      await insertAttempt(db, entry);
      await markDelivered(db, entry.deliveryId, worker, messageIds, now);
    });
  }

  /**
   * Deletes attempt logs older than the moment, and finished deliveries older than it except each
   * subscription's latest slot and latest delivered one (next slots and digest windows are read from those).
   */
  async pruneDeliveries(before: Date): Promise<{ logs: number; deliveries: number }> {
    return transaction(this.pool, async (db) => {
      const logs = (await db.query('DELETE FROM briefing_delivery_log WHERE at < $1', [before])).rowCount!;
      const deliveries = (
        await db.query(
          `DELETE FROM briefing_deliveries WHERE finished_at < $1 AND status IN ('delivered', 'failed', 'missed')
           AND id NOT IN (SELECT DISTINCT ON (subscription_id) id FROM briefing_deliveries ORDER BY subscription_id, slot DESC)
           AND id NOT IN (SELECT DISTINCT ON (subscription_id) id FROM briefing_deliveries WHERE status = 'delivered'
             ORDER BY subscription_id, finished_at DESC)`,
          [before],
        )
      ).rowCount!;
      return { logs, deliveries };
    });
  }

  async markRetry(id: number, worker: string, retryAt: Date, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE briefing_deliveries SET status = 'retry', lease_until = $1, error = $2 WHERE id = $3 AND worker = $4`,
      [retryAt, error, id, worker],
    );
  }

  async markFailed(id: number, error: string, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE briefing_deliveries SET status = 'failed', error = $1, finished_at = $2 WHERE id = $3`,
      [error, now, id],
    );
  }

  async markMissed(id: number, reason: string, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE briefing_deliveries SET status = 'missed', error = $1, finished_at = $2 WHERE id = $3 AND ${OPEN}`,
      [reason, now, id],
    );
  }

  async release(id: number, worker: string): Promise<boolean> {
    const result = await this.pool.query(
      `DELETE FROM briefing_deliveries WHERE id = $1 AND worker = $2 AND status = 'claimed' AND attempts = 0`,
      [id, worker],
    );
    return result.rowCount === 1;
  }

  async openClaimCount(): Promise<number> {
    const [row] = await this.rows<{ n: number }>(`SELECT count(*) AS n FROM briefing_deliveries WHERE ${OPEN}`);
    return row!.n;
  }

  async logAttempt(entry: AttemptLog): Promise<void> {
    await insertAttempt(this.pool, entry);
  }

  // — what the channel sees —

  async lastDeliveredAt(platform: string, channelId: string): Promise<Date | undefined> {
    const [row] = await this.rows<{ at: Date | null }>(
      `SELECT MAX(d.finished_at) AS at FROM briefing_deliveries d JOIN briefing_subscriptions s ON s.id = d.subscription_id
       WHERE s.platform = $1 AND s.channel_id = $2 AND d.status = 'delivered'`,
      [platform, channelId],
    );
    return row?.at ?? undefined;
  }

  async recentDeliveries(subscriptionId: number, limit = 5): Promise<Delivery[]> {
    return (
      await this.rows<DeliveryRow>(
        'SELECT * FROM briefing_deliveries WHERE subscription_id = $1 ORDER BY slot DESC LIMIT $2',
        [subscriptionId, limit],
      )
    ).map(toDelivery);
  }

  async recentFailures(subscriptionId: number, limit = 3): Promise<AttemptLog[]> {
    const rows = await this.rows<LogRow>(
      `SELECT l.* FROM briefing_delivery_log l JOIN briefing_deliveries d ON d.id = l.delivery_id
       WHERE d.subscription_id = $1 AND l.outcome <> 'ok' ORDER BY l.at DESC, l.id DESC LIMIT $2`,
      [subscriptionId, limit],
    );
    return rows.map(toAttempt);
  }

  async attempts(deliveryId: number): Promise<AttemptLog[]> {
    return (
      await this.rows<LogRow>('SELECT * FROM briefing_delivery_log WHERE delivery_id = $1 ORDER BY id', [deliveryId])
    ).map(toAttempt);
  }

  async allDeliveries(): Promise<Delivery[]> {
    return (await this.rows<DeliveryRow>('SELECT * FROM briefing_deliveries ORDER BY id')).map(toDelivery);
  }
}

async function channelCount(db: PgQueryable, platform: string, channelId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM briefing_subscriptions WHERE platform = $1 AND channel_id = $2',
    [platform, channelId],
  );
  return rows[0]!.n;
}

async function markDelivered(
  db: PgQueryable,
  id: number,
  worker: string,
  messageIds: string[],
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE briefing_deliveries SET status = 'delivered', message_ids = $1, finished_at = $2, error = NULL WHERE id = $3 AND worker = $4`,
    [messageIds, now, id, worker],
  );
}

async function insertAttempt(db: PgQueryable, entry: AttemptLog): Promise<void> {
  await db.query(
    'INSERT INTO briefing_delivery_log (delivery_id, attempt, at, worker, outcome, code, detail, ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [
      entry.deliveryId,
      entry.attempt,
      entry.at,
      entry.worker,
      entry.outcome,
      entry.code ?? null,
      entry.detail ?? null,
      Math.round(entry.ms),
    ],
  );
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
    countries: r.countries,
    topics: r.topics,
    createdBy: r.created_by,
    createdAt: r.created_at,
    anchorAt: r.anchor_at,
    ...(r.paused_at !== null && { pausedAt: r.paused_at }),
    ...(r.paused_reason !== null && { pausedReason: r.paused_reason }),
  };
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    slot: r.slot,
    kind: r.kind,
    covers: r.covers,
    status: r.status,
    worker: r.worker,
    claimedAt: r.claimed_at,
    leaseUntil: r.lease_until,
    attempts: r.attempts,
    messageIds: r.message_ids ?? [],
    ...(r.finished_at !== null && { finishedAt: r.finished_at }),
    ...(r.error !== null && { error: r.error }),
  };
}

function toAttempt(r: LogRow): AttemptLog {
  return {
    deliveryId: r.delivery_id,
    attempt: r.attempt,
    at: r.at,
    worker: r.worker,
    outcome: r.outcome,
    ...(r.code !== null && { code: r.code }),
    ...(r.detail !== null && { detail: r.detail }),
    ms: r.ms,
  };
}
