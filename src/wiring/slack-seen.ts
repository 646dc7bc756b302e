import type { StateHandle } from '../base/db.js';
import { migrate, migratePostgres, type Migration, type PgMigration } from '../base/migrate.js';
import type { SeenKeys } from '../adapters/slack/types.js';

/**
 * The Slack adapter's seen-keys store (src/adapters/slack/types.ts) on the state database, SQLite
 * or PostgreSQL: an event Slack redelivers, or a trigger replayed, is acted on once across
 * restarts and across every replica. The first insert of a key wins; any other finds it there.
 */
const SLACK_SEEN_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event and trigger ids already acted on',
    up: (db) =>
      db.exec(`CREATE TABLE slack_seen (key TEXT PRIMARY KEY, seen_at TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX slack_seen_at ON slack_seen (seen_at);`),
  },
];

const SLACK_SEEN_PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'event and trigger ids already acted on',
    sql: `CREATE TABLE slack_seen (key TEXT PRIMARY KEY, seen_at TIMESTAMPTZ NOT NULL);
      CREATE INDEX slack_seen_at ON slack_seen (seen_at);`,
  },
];

/** Slack retries within minutes and a request is valid for five: an hour is plenty to remember. */
const KEEP_MS = 3_600_000;
const PRUNE_EVERY = 500;

export async function openSlackSeenKeys(state: StateHandle, now: () => Date = () => new Date()): Promise<SeenKeys> {
  let inserts = 0;
  const due = (fresh: boolean) => fresh && ++inserts % PRUNE_EVERY === 0;
  if (state.engine === 'postgres') {
    const { pool } = state;
    await migratePostgres(pool, 'slack', SLACK_SEEN_PG_MIGRATIONS);
    return {
      async firstTime(key) {
        const at = now();
        const fresh =
          (
            await pool.query('INSERT INTO slack_seen (key, seen_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
              key,
              at,
            ])
          ).rowCount === 1;
        if (due(fresh))
          await pool.query('DELETE FROM slack_seen WHERE seen_at < $1', [new Date(at.getTime() - KEEP_MS)]);
        return fresh;
      },
    };
  }
  const { db } = state;
  migrate(db, 'slack', SLACK_SEEN_MIGRATIONS);
  const insert = db.prepare('INSERT OR IGNORE INTO slack_seen (key, seen_at) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM slack_seen WHERE seen_at < ?');
  return {
    async firstTime(key) {
      const at = now();
      const fresh = insert.run(key, at.toISOString()).changes === 1;
      if (due(fresh)) prune.run(new Date(at.getTime() - KEEP_MS).toISOString());
      return fresh;
    },
  };
}
