import type { StateHandle } from '../base/db.js';
import type { NewsStore } from './store.js';
import { SqliteNewsStore } from './sqlite-store.js';
import { PostgresNewsStore } from './postgres-store.js';

/** The news store on the process's state handle, its migrations applied. */
export async function openNewsStore(state: StateHandle): Promise<NewsStore> {
  return state.engine === 'postgres' ? PostgresNewsStore.open(state.pool) : new SqliteNewsStore(state.db);
}
