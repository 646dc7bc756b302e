import type { StateHandle } from '../base/db.js';
import { PostgresInstallationStore } from './postgres-store.js';
import type { Sealer } from './seal.js';
import { SqliteInstallationStore } from './sqlite-store.js';
import type { InstallationStore } from './types.js';

/** The installation store on the process's state handle, its migrations applied. */
export async function openInstallationStore(state: StateHandle, sealer: Sealer): Promise<InstallationStore> {
  return state.engine === 'postgres'
    ? PostgresInstallationStore.open(state.pool, sealer)
    : new SqliteInstallationStore(state.db, sealer);
}
