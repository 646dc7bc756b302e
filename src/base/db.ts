import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PgPool } from './postgres.js';

export type Db = Database.Database;

/** Opens (creating the folder and file on first run) the state database in WAL mode. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // Two processes may share the file: wait for a lock instead of failing at once.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // A database we can read but not write would fail at the first subscription or poll; find out now.
  if (path !== ':memory:') {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  }
  return db;
}

/**
 * The process's one state handle, as the features see it: the SQLite file (the embedded default)
 * or a PostgreSQL pool (DATABASE_URL). Each feature opens its own store on it.
 */
export type StateHandle = { engine: 'sqlite'; db: Db } | { engine: 'postgres'; pool: PgPool };

/**
 * What is wrong with the state database, in one line for the operator, when opening it failed;
 * undefined for an error that is not the database's.
 */
export function databaseProblem(err: unknown, path: string): string | undefined {
  const code = String((err as { code?: unknown })?.code ?? '');
  const where = `the database at ${path}`;
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return `${where} is not a SQLite database or is damaged; restore it from a backup or move it aside`;
  if (/^SQLITE_(READONLY|PERM|CANTOPEN|AUTH)/.test(code) || /^(EACCES|EROFS|EPERM)$/.test(code)) {
    return `${where} cannot be written (${code}); check the file's and its folder's permissions, or set DATABASE_PATH`;
  }
  if (/^SQLITE_(IOERR|FULL)/.test(code)) return `${where} cannot be used: the disk refused (${code})`;
  return undefined;
}
