import { randomBytes } from 'node:crypto';
import type { Db } from '../base/db.js';
import { NewsStore as SyncNewsStore } from './store.js';
import type { NewsStore } from './store-port.js';

/** The news store on SQLite: synchronous underneath (better-sqlite3), behind the async interface PostgreSQL needs. */
/** How long a poll may hold the lock before another process may assume its holder died. */
const POLL_LOCK_MS = 15 * 60_000;

export class SqliteNewsStore implements NewsStore {
  readonly engine = 'sqlite' as const;
  private readonly s: SyncNewsStore;

  constructor(private readonly db: Db) {
    this.s = new SyncNewsStore(db);
  }

  async withPollLock<T>(poll: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    const holder = randomBytes(8).toString('hex');
    const now = Date.now();
    const taken = this.db
      .prepare(
        `INSERT INTO news_poll_lock (name, holder, until) VALUES ('poll', ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until WHERE news_poll_lock.until < ?`,
      )
      .run(holder, new Date(now + POLL_LOCK_MS).toISOString(), new Date(now).toISOString()).changes;
    if (taken !== 1) return { ran: false };
    try {
      return { ran: true, value: await poll() };
    } finally {
      this.db.prepare(`DELETE FROM news_poll_lock WHERE name = 'poll' AND holder = ?`).run(holder);
    }
  }

  saveAll: NewsStore['saveAll'] = async (items, now) => this.s.saveAll(items, now);
  feed: NewsStore['feed'] = async (id) => this.s.feed(id);
  feeds: NewsStore['feeds'] = async () => this.s.feeds();
  recordSuccess: NewsStore['recordSuccess'] = async (id, url, validators, now) =>
    this.s.recordSuccess(id, url, validators, now);
  recordFailure: NewsStore['recordFailure'] = async (id, url, reason, now) =>
    this.s.recordFailure(id, url, reason, now);
  itemCounts: NewsStore['itemCounts'] = async () => this.s.itemCounts();
  count: NewsStore['count'] = async () => this.s.count();
  recent: NewsStore['recent'] = async (filter) => this.s.recent(filter);
  itemsSince: NewsStore['itemsSince'] = async (since, filter) => this.s.itemsSince(since, filter);
}
