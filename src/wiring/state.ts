import type { Config } from '../base/config.js';
import { openDatabase, type Db } from '../base/db.js';

/**
 * The process's one state handle: opened once here and passed to every feature's store, so one
 * connection serves subscriptions, deliveries and news. Each store runs its own migrations on it.
 */
export interface State {
  db: Db;
  close(): void;
}

export function openState(config: Pick<Config, 'DATABASE_PATH'>): State {
  const db = openDatabase(config.DATABASE_PATH);
  return {
    db,
    close() {
      if (db.open) db.close();
    },
  };
}
