import type { Db } from './db.js';
import type { PgPool } from './postgres.js';
import { transaction } from './postgres.js';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** A PostgreSQL migration: SQL run once, in the migration's transaction. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Versioned migrations in code, one list per feature (briefings, news), each applied once
 * and in order inside a transaction. Two processes starting together both run this; the
 * immediate transaction makes the second wait and then find the work done.
 */
export function migrate(db: Db, feature: string, migrations: readonly Migration[]): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    feature TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (feature, version))`);
  const applied = db.prepare('SELECT version FROM schema_migrations WHERE feature = ?');
  const record = db.prepare('INSERT INTO schema_migrations (feature, version, name, applied_at) VALUES (?, ?, ?, ?)');
  let count = 0;
  const run = db.transaction(() => {
    const done = new Set((applied.all(feature) as { version: number }[]).map((r) => r.version));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      m.up(db);
      record.run(feature, m.version, m.name, new Date().toISOString());
      count++;
    }
  });
  run.immediate();
  return count;
}

/** One key for every feature's migrations: replicas starting together apply them one process at a time. */
const MIGRATION_LOCK = 0x5c0_b07_0001n;

/**
 * The same on PostgreSQL: every replica runs it at start-up; a transaction-scoped advisory lock
 * lets one apply the pending migrations while the others wait, then find them recorded and
 * apply nothing. DDL is transactional here, so a failed migration leaves no half-made schema.
 */
export async function migratePostgres(pool: PgPool, feature: string, migrations: readonly PgMigration[]): Promise<number> {
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      feature TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY (feature, version))`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations WHERE feature = $1', [feature]);
    const done = new Set(rows.map((r) => r.version));
    let count = 0;
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (feature, version, name) VALUES ($1, $2, $3)', [feature, m.version, m.name]);
      count++;
    }
    return count;
  });
}
