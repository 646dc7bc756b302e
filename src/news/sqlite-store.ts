import type { Db } from '../base/db.js';
import { NewsStore as SyncNewsStore } from './store.js';
import type { NewsStore } from './store-port.js';

/** The news store on SQLite: synchronous underneath (better-sqlite3), behind the async interface PostgreSQL needs. */
export class SqliteNewsStore implements NewsStore {
  readonly engine = 'sqlite' as const;
  private readonly s: SyncNewsStore;

  constructor(db: Db) {
    this.s = new SyncNewsStore(db);
  }

  saveAll: NewsStore['saveAll'] = async (items, now) => this.s.saveAll(items, now);
  feed: NewsStore['feed'] = async (id) => this.s.feed(id);
  feeds: NewsStore['feeds'] = async () => this.s.feeds();
  recordSuccess: NewsStore['recordSuccess'] = async (id, url, validators, now) => this.s.recordSuccess(id, url, validators, now);
  recordFailure: NewsStore['recordFailure'] = async (id, url, reason, now) => this.s.recordFailure(id, url, reason, now);
  itemCounts: NewsStore['itemCounts'] = async () => this.s.itemCounts();
  count: NewsStore['count'] = async () => this.s.count();
  recent: NewsStore['recent'] = async (filter) => this.s.recent(filter);
  itemsSince: NewsStore['itemsSince'] = async (since, filter) => this.s.itemsSince(since, filter);
}
