import type { StateHandle } from '../base/db.js';
import type { BriefingStore } from './store.js';
import { SqliteBriefingStore } from './sqlite-store.js';
import { PostgresBriefingStore } from './postgres-store.js';

/** The briefing store on the process's state handle, its migrations applied. */
export async function openBriefingStore(state: StateHandle): Promise<BriefingStore> {
  return state.engine === 'postgres' ? PostgresBriefingStore.open(state.pool) : new SqliteBriefingStore(state.db);
}
