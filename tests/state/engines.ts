import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type StateHandle } from '../../src/base/db.js';
import { openPool } from '../../src/base/postgres.js';
import { freshDatabase } from '../helpers/postgres.js';

/** Both engines every store runs on: the contract suites run once per engine. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export interface OpenedState {
  handle: StateHandle;
  /** postgres:// URL or SQLite file path: what another process would be given. */
  location: string;
  close: () => Promise<void>;
}

/** A new, empty state on the engine: a temporary SQLite file, or a new database in the run's PostgreSQL cluster. */
export async function openEngine(engine: Engine): Promise<OpenedState> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sco-state-'));
    const path = join(dir, 'state.sqlite');
    const db = openDatabase(path);
    return {
      handle: { engine, db },
      location: path,
      close: async () => {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await freshDatabase();
  const pool = openPool(database.url, { max: 6 });
  return {
    handle: { engine, pool },
    location: database.url,
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
}

/** A fresh state per test, and whatever the test opens on it: `const s = useEngine('postgres', (h) => open(h))`. */
export function useEngine<T>(
  engine: Engine,
  open: (handle: StateHandle) => Promise<T> | T,
): { readonly value: T; readonly state: OpenedState } {
  const holder = {} as { value: T; state: OpenedState };
  beforeEach(async () => {
    holder.state = await openEngine(engine);
    holder.value = await open(holder.state.handle);
  });
  afterEach(async () => {
    await holder.state.close();
  });
  return holder;
}
