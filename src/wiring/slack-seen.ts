import type { Db } from '../base/db.js';
import { migrate, type Migration } from '../base/migrate.js';
import type { SeenKeys } from '../adapters/slack/types.js';

/** The Slack adapter's seen-keys store, on the state database (see src/adapters/slack/types.ts). */
export const SLACK_SEEN_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event and trigger ids already acted on',
    up: (db) => db.exec(`CREATE TABLE slack_seen (key TEXT PRIMARY KEY, seen_at TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX slack_seen_at ON slack_seen (seen_at);`),
  },
];

/** Slack retries within minutes and a request is valid for five: an hour is plenty to remember. */
const KEEP_MS = 3_600_000;
const PRUNE_EVERY = 500;

export function createSlackSeenKeys(db: Db, now: () => Date = () => new Date()): SeenKeys {
  migrate(db, 'slack', SLACK_SEEN_MIGRATIONS);
  const insert = db.prepare('INSERT OR IGNORE INTO slack_seen (key, seen_at) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM slack_seen WHERE seen_at < ?');
  let inserts = 0;
  return {
    async firstTime(key) {
      const at = now();
      const fresh = insert.run(key, at.toISOString()).changes === 1;
      if (fresh && ++inserts % PRUNE_EVERY === 0) prune.run(new Date(at.getTime() - KEEP_MS).toISOString());
      return fresh;
    },
  };
}
