import type { FeedRow, IncomingItem, SaveOutcome } from './store.js';
import type { NewsItem } from './types.js';

/**
 * What the news feature keeps, on either engine: feeds and their fetch state, items with every
 * identity they were seen under, country tags, and search over title and summary. Two
 * implementations (sqlite-store.ts, postgres-store.ts), one contract suite (tests/state/news-store.test.ts).
 */
export interface NewsStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Stores a feed's items in one transaction; each is new, updated, unchanged or another feed's duplicate. */
  saveAll(items: readonly IncomingItem[], now: Date): Promise<Record<SaveOutcome, number>>;
  feed(id: string): Promise<FeedRow | undefined>;
  feeds(): Promise<FeedRow[]>;
  recordSuccess(
    id: string,
    url: string,
    validators: { etag?: string; lastModified?: string },
    now: Date,
  ): Promise<void>;
  /** Counts a failure; a changed address starts the count afresh and forgets the old validators. */
  recordFailure(id: string, url: string, reason: string, now: Date): Promise<void>;
  itemCounts(): Promise<Map<string, number>>;
  count(): Promise<number>;
  /** Newest first; the query matches title and summary (every word must appear). */
  recent(filter?: { country?: string; query?: string; limit?: number }): Promise<NewsItem[]>;
  /** Items first seen since the moment and not already old then, newest first. */
  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): Promise<NewsItem[]>;
  /**
   * Runs `poll` unless another process is polling (then `{ ran: false }` at once), so replicas on
   * one database read the feeds once between them. A process that dies holding it frees it:
   * PostgreSQL with its connection, SQLite when the lock's lease runs out.
   */
  withPollLock<T>(poll: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}
