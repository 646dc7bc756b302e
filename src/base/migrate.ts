import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
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
