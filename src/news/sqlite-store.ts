import { randomBytes } from 'node:crypto';
import type { Db } from '../base/db.js';
import { migrate } from '../base/migrate.js';
import { NEWS_MIGRATIONS } from './migrations.js';
import type { FeedRow, IncomingItem, NewsStore, SaveOutcome } from './store.js';
import { STALE_MS, SUMMARY_MAX, clampLimit, itemKeys } from './store.js';
import type { NewsItem } from './types.js';

/**
 * The news store on SQLite, the embedded default: an FTS5 trigram index for search, every save of
 * a feed in one transaction. better-sqlite3 is synchronous: the statements run at once underneath
 * the async interface PostgreSQL needs.
 */

interface ItemRow {
  id: number;
  feed_id: string;
  publisher: string;
  title: string;
  url: string;
  summary: string;
  published_at: string | null;
  first_seen_at: string;
  countries: string | null;
}

const ITEM_COLUMNS = `i.id, i.feed_id, i.publisher, i.title, i.url, i.summary, i.published_at, i.first_seen_at,
  (SELECT group_concat(country) FROM news_item_countries c WHERE c.item_id = i.id) AS countries`;

/** The SQLite statements, synchronous (better-sqlite3); SqliteNewsStore puts the async interface on them. */
class Rows {
  private readonly s;

  constructor(readonly db: Db) {
    migrate(db, 'news', NEWS_MIGRATIONS);
    this.s = {
      keyLookup: db.prepare<
        [string],
        { item_id: number; feed_id: string; title: string; summary: string; url: string; published_at: string | null }
      >(
        `SELECT k.item_id, i.feed_id, i.title, i.summary, i.url, i.published_at FROM news_item_keys k JOIN news_items i ON i.id = k.item_id WHERE k.key = ?`,
      ),
      insertItem: db.prepare(
        `INSERT INTO news_items (feed_id, publisher, title, url, summary, published_at, first_seen_at, updated_at, sort_at)
         VALUES (@feedId, @publisher, @title, @url, @summary, @published, @now, @now, coalesce(@published, @now))`,
      ),
      updateItem: db.prepare(
        `UPDATE news_items SET title = @title, url = @url, summary = @summary, published_at = coalesce(@published, published_at),
           sort_at = coalesce(@published, published_at, first_seen_at), updated_at = @now WHERE id = @id`,
      ),
      insertKey: db.prepare(`INSERT OR IGNORE INTO news_item_keys (key, item_id) VALUES (?, ?)`),
      clearCountries: db.prepare(`DELETE FROM news_item_countries WHERE item_id = ?`),
      insertCountry: db.prepare(`INSERT OR IGNORE INTO news_item_countries (item_id, country) VALUES (?, ?)`),
      feed: db.prepare<[string], FeedRow>(`SELECT * FROM news_feeds WHERE id = ?`),
      feeds: db.prepare<[], FeedRow>(`SELECT * FROM news_feeds`),
      success: db.prepare(
        `INSERT INTO news_feeds (id, url, etag, last_modified, consecutive_errors, last_success_at, last_fetch_at)
         VALUES (@id, @url, @etag, @lastModified, 0, @now, @now)
         ON CONFLICT (id) DO UPDATE SET url = @url, etag = @etag, last_modified = @lastModified, consecutive_errors = 0,
           last_success_at = @now, last_fetch_at = @now`,
      ),
      failure: db.prepare(
        `INSERT INTO news_feeds (id, url, consecutive_errors, last_error, last_error_at, last_fetch_at)
         VALUES (@id, @url, 1, @reason, @now, @now)
         ON CONFLICT (id) DO UPDATE SET
           consecutive_errors = CASE WHEN url = @url THEN consecutive_errors + 1 ELSE 1 END,
           etag = CASE WHEN url = @url THEN etag END, last_modified = CASE WHEN url = @url THEN last_modified END,
           url = @url, last_error = @reason, last_error_at = @now, last_fetch_at = @now`,
      ),
      countsByFeed: db.prepare<[], { feed_id: string; n: number }>(
        `SELECT feed_id, count(*) AS n FROM news_items GROUP BY feed_id`,
      ),
      count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM news_items`),
      pruneBefore: db.prepare(`DELETE FROM news_items WHERE sort_at < ?`),
    };
  }

  /** Stores one item unless it is already known under any of its identities. */
  save(item: IncomingItem, now: Date): SaveOutcome {
    const keys = itemKeys(item);
    if (keys.length === 0) return 'duplicate';
    const published = item.published && !Number.isNaN(item.published.getTime()) ? item.published.toISOString() : null;
    let existing: ReturnType<typeof this.s.keyLookup.get>;
    for (const key of keys) if ((existing = this.s.keyLookup.get(key))) break;
    if (existing) {
      for (const key of keys) this.s.insertKey.run(key, existing.item_id);
      // Another feed's copy of the same story: the first publisher's version stands.
      if (existing.feed_id !== item.feedId) return 'duplicate';
      if (
        existing.title === item.title &&
        existing.summary === item.summary &&
        existing.url === item.url &&
        (published ?? existing.published_at) === existing.published_at
      ) {
        return 'unchanged';
      }
      this.s.updateItem.run({
        id: existing.item_id,
        title: item.title,
        url: item.url,
        summary: item.summary,
        published,
        now: now.toISOString(),
      });
      this.s.clearCountries.run(existing.item_id);
      for (const c of item.countries) this.s.insertCountry.run(existing.item_id, c);
      return 'updated';
    }
    const { lastInsertRowid } = this.s.insertItem.run({
      feedId: item.feedId,
      publisher: item.publisher,
      title: item.title,
      url: item.url,
      summary: item.summary,
      published,
      now: now.toISOString(),
    });
    const id = Number(lastInsertRowid);
    for (const key of keys) this.s.insertKey.run(key, id);
    for (const c of item.countries) this.s.insertCountry.run(id, c);
    return 'new';
  }

  /** Stores a feed's items in one transaction. */
  saveAll(items: readonly IncomingItem[], now: Date): Record<SaveOutcome, number> {
    const counts: Record<SaveOutcome, number> = { new: 0, updated: 0, unchanged: 0, duplicate: 0 };
    this.db.transaction(() => {
      for (const item of items) counts[this.save(item, now)]++;
    })();
    return counts;
  }

  feed(id: string): FeedRow | undefined {
    return this.s.feed.get(id);
  }

  feeds(): FeedRow[] {
    return this.s.feeds.all();
  }

  recordSuccess(id: string, url: string, validators: { etag?: string; lastModified?: string }, now: Date): void {
    this.s.success.run({
      id,
      url,
      etag: validators.etag ?? null,
      lastModified: validators.lastModified ?? null,
      now: now.toISOString(),
    });
  }

  /** Counts a failure; a changed address starts the count afresh and forgets the old validators. */
  recordFailure(id: string, url: string, reason: string, now: Date): void {
    this.s.failure.run({ id, url, reason: reason.slice(0, 300), now: now.toISOString() });
  }

  /** Deletes items whose time (published, else first seen) is before the moment; their keys and tags go with them. */
  pruneBefore(moment: Date): number {
    return this.s.pruneBefore.run(moment.toISOString()).changes;
  }

  itemCounts(): Map<string, number> {
    return new Map(this.s.countsByFeed.all().map((r) => [r.feed_id, r.n]));
  }

  count(): number {
    return this.s.count.get()!.n;
  }

  /** Newest first; the query matches title and summary (every word must appear). */
  recent(filter: { country?: string; query?: string; limit?: number } = {}): NewsItem[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.country) {
      where.push(`i.id IN (SELECT item_id FROM news_item_countries WHERE country = ?)`);
      params.push(filter.country);
    }
    const terms = (filter.query ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
    const long = terms.filter((t) => [...t].length >= 3);
    if (long.length) {
      where.push(`i.id IN (SELECT rowid FROM news_fts WHERE news_fts MATCH ?)`);
      // Each word as a quoted phrase, so the reader's text is never read as FTS syntax.
      params.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' '));
    }
    // Trigrams need three characters; shorter words (上合, UN) are matched directly.
    for (const t of terms.filter((t) => [...t].length < 3)) {
      const like = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`(i.title LIKE ? ESCAPE '\\' OR i.summary LIKE ? ESCAPE '\\')`);
      params.push(like, like);
    }
    const sql = `SELECT ${ITEM_COLUMNS} FROM news_items i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY i.sort_at DESC, i.id DESC LIMIT ?`;
    params.push(clampLimit(filter.limit, 10));
    return (this.db.prepare(sql).all(...params) as ItemRow[]).map(toItem);
  }

  /** Items first seen since the moment and not already old then, newest first. */
  itemsSince(since: Date, filter: { countries?: string[]; limit?: number } = {}): NewsItem[] {
    const params: unknown[] = [since.toISOString(), new Date(since.getTime() - STALE_MS).toISOString()];
    let countryClause = '';
    if (filter.countries?.length) {
      countryClause = `AND i.id IN (SELECT item_id FROM news_item_countries WHERE country IN (${filter.countries.map(() => '?').join(', ')}))`;
      params.push(...filter.countries);
    }
    params.push(clampLimit(filter.limit, 10));
    const sql = `SELECT ${ITEM_COLUMNS} FROM news_items i
      WHERE i.first_seen_at >= ? AND (i.published_at IS NULL OR i.published_at >= ?) ${countryClause}
      ORDER BY i.sort_at DESC, i.id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...params) as ItemRow[]).map(toItem);
  }
}

function toItem(r: ItemRow): NewsItem {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    feedId: r.feed_id,
    publisher: r.publisher,
    ...(r.published_at && { published: r.published_at }),
    firstSeen: r.first_seen_at,
    countries: r.countries ? r.countries.split(',').sort() : [],
    ...(r.summary && { summary: r.summary.slice(0, SUMMARY_MAX) }),
  };
}

/** How long a poll may hold the lock before another process may assume its holder died. */
const POLL_LOCK_MS = 15 * 60_000;

export class SqliteNewsStore implements NewsStore {
  readonly engine = 'sqlite' as const;
  private readonly s: Rows;

  constructor(readonly db: Db) {
    this.s = new Rows(db);
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
  pruneBefore: NewsStore['pruneBefore'] = async (moment) => this.s.pruneBefore(moment);
  itemCounts: NewsStore['itemCounts'] = async () => this.s.itemCounts();
  count: NewsStore['count'] = async () => this.s.count();
  recent: NewsStore['recent'] = async (filter) => this.s.recent(filter);
  itemsSince: NewsStore['itemsSince'] = async (since, filter) => this.s.itemsSince(since, filter);
}
