import type { Config } from '../base/config.js';
import { openDatabase, type StateHandle } from '../base/db.js';
import { openPool, ping } from '../base/postgres.js';

/**
 * The process's one state handle, opened once here: the SQLite file at DATABASE_PATH (the
 * embedded default), or a `pg` pool when DATABASE_URL is set. Every feature opens its own store
 * on it (its open-store.ts), applying its own migrations.
 */
export interface State {
  handle: StateHandle;
  engine: StateHandle['engine'];
  /** Where the state lives, for logs: the SQLite path, or PostgreSQL's host and database (never the password). */
  where: string;
  /** The database answers (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export function openState(
  config: Pick<Config, 'DATABASE_PATH' | 'DATABASE_URL' | 'DATABASE_POOL_MAX'>,
  options: { onPoolError?: (err: Error) => void } = {},
): State {
  if (config.DATABASE_URL) {
    const pool = openPool(config.DATABASE_URL, {
      max: config.DATABASE_POOL_MAX,
      ...(options.onPoolError && { onError: options.onPoolError }),
    });
    const url = new URL(config.DATABASE_URL);
    let closed = false;
    return {
      handle: { engine: 'postgres', pool },
      engine: 'postgres',
      where: `postgres ${url.hostname}:${url.port || 5432}${url.pathname}`,
      ping: () => ping(pool),
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  }
  const db = openDatabase(config.DATABASE_PATH);
  return {
    handle: { engine: 'sqlite', db },
    engine: 'sqlite',
    where: config.DATABASE_PATH,
    async ping() {
      try {
        return db.open && db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
