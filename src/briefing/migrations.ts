import type { Migration } from '../base/migrate.js';

/** Schema of the 'briefings' feature: subscriptions, delivery claims, and the log of every attempt. */
export const BRIEFINGS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, deliveries, delivery log',
    up: (db) => {
      db.exec(`
        CREATE TABLE briefing_subscriptions (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          channel_id TEXT NOT NULL,
          workspace_id TEXT,
          label TEXT NOT NULL,
          cron TEXT NOT NULL,
          timezone TEXT NOT NULL,
          countries TEXT NOT NULL DEFAULT '[]',
          topics TEXT NOT NULL DEFAULT '[]',
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          -- Slots after this instant are due; moved on subscribe and resume so a pause is not caught up.
          anchor_at TEXT NOT NULL,
          paused_at TEXT,
          paused_reason TEXT,
          UNIQUE (platform, channel_id, cron, timezone)
        );
        CREATE INDEX briefing_subscriptions_channel ON briefing_subscriptions (platform, channel_id);

        -- One row per (subscription, slot): inserting it is the claim, so a slot is posted at most once.
        CREATE TABLE briefing_deliveries (
          id INTEGER PRIMARY KEY,
          subscription_id INTEGER NOT NULL REFERENCES briefing_subscriptions (id) ON DELETE CASCADE,
          slot TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'catch-up', 'first')),
          covers INTEGER NOT NULL DEFAULT 1,
          status TEXT NOT NULL CHECK (status IN ('claimed', 'retry', 'delivered', 'failed', 'missed')),
          worker TEXT NOT NULL,
          claimed_at TEXT NOT NULL,
          lease_until TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          message_ids TEXT,
          finished_at TEXT,
          error TEXT,
          UNIQUE (subscription_id, slot)
        );
        CREATE INDEX briefing_deliveries_open ON briefing_deliveries (status, lease_until);

        CREATE TABLE briefing_delivery_log (
          id INTEGER PRIMARY KEY,
          delivery_id INTEGER NOT NULL REFERENCES briefing_deliveries (id) ON DELETE CASCADE,
          attempt INTEGER NOT NULL,
          at TEXT NOT NULL,
          worker TEXT NOT NULL,
          outcome TEXT NOT NULL,
          code TEXT,
          detail TEXT,
          ms INTEGER NOT NULL
        );
        CREATE INDEX briefing_delivery_log_delivery ON briefing_delivery_log (delivery_id);
      `);
    },
  },
];
