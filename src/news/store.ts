import type { Db } from '../base/db.js';
import { migrate } from '../base/migrate.js';
import { NEWS_MIGRATIONS } from './migrations.js';
import type { NewsItem } from './types.js';

/** An item that passed the relevance filter, ready to store. */
export interface IncomingItem {
  feedId: string;
  publisher: string;
  title: string;
  /** The link as shown to readers. */
  url: string;
  summary: string;
  published?: Date;
  countries: string[];
  /** Identities for dedupe; any one matching an earlier item makes this the same item. */
  normalisedUrl?: string;
  guid?: string;
  fingerprint?: string;
}

/**
 * new: stored for the first time; updated: the same feed's item, edited (kept its first-seen
 * time, so it is not shown as new again); unchanged: seen before as is; duplicate: another
 * feed's copy of a stored item, not stored again.
 */
export type SaveOutcome = 'new' | 'updated' | 'unchanged' | 'duplicate';

export interface FeedRow {
  id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  consecutive_errors: number;
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
  last_fetch_at: string | null;
}

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

/** Items published this long before a digest window opened are old news, even if first seen now. */
const STALE_MS = 7 * 24 * 3600 * 1000;
const MAX_LIMIT = 100;
/** Enough of a summary to judge an item by; it is never shown. */
const SUMMARY_MAX = 600;

export class NewsStore {
  private readonly s;

  constructor(readonly db: Db) {
    migrate(db, 'news', NEWS_MIGRATIONS);
    this.s = {
      keyLookup: db.prepare<[string], { item_id: number; feed_id: string; title: string; summary: string; url: string; published_at: string | null }>(
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
      countsByFeed: db.prepare<[], { feed_id: string; n: number }>(`SELECT feed_id, count(*) AS n FROM news_items GROUP BY feed_id`),
      count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM news_items`),
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
      if (existing.title === item.title && existing.summary === item.summary && existing.url === item.url && (published ?? existing.published_at) === existing.published_at) {
        return 'unchanged';
      }
      this.s.updateItem.run({ id: existing.item_id, title: item.title, url: item.url, summary: item.summary, published, now: now.toISOString() });
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
    this.s.success.run({ id, url, etag: validators.etag ?? null, lastModified: validators.lastModified ?? null, now: now.toISOString() });
  }

  /** Counts a failure; a changed address starts the count afresh and forgets the old validators. */
  recordFailure(id: string, url: string, reason: string, now: Date): void {
    this.s.failure.run({ id, url, reason: reason.slice(0, 300), now: now.toISOString() });
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

function itemKeys(item: IncomingItem): string[] {
  return [
    item.guid && `g:${item.feedId}:${item.guid}`,
    item.normalisedUrl && `u:${item.normalisedUrl}`,
    item.fingerprint && `t:${item.fingerprint}`,
  ].filter((k): k is string => Boolean(k));
}

function clampLimit(limit: number | undefined, fallback: number): number {
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? fallback)));
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
