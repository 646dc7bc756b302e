import type { FeedT } from '../facts/schema.js';
import type { FactStore } from '../facts/store.js';
import type { Logger } from '../base/log.js';
import type { Db } from '../base/db.js';
import type { NewsFeedStatus, NewsItem, NewsService } from './types.js';
import type { FetchLimits } from './fetch-feed.js';
import type { FeedOutcome, NewsIngester } from './ingest.js';
import { RelevanceFilter } from './relevance.js';
import { NewsStore } from './store.js';

/** A feed is shown as failing after this many errors in a row. */
export const FAILING_AFTER = 3;

export interface NewsOptions {
  db: Db;
  facts: FactStore;
  logger: Pick<Logger, 'info' | 'warn' | 'debug'>;
  now: () => Date;
  /** Defaults to the feeds in data/feeds.json. */
  feeds?: readonly FeedT[];
  limits?: Partial<FetchLimits>;
}

/** What `/sco news` and the digest read, and what the poller drives. */
export class News implements NewsService {
  readonly kind = 'news' as const;
  readonly store: NewsStore;
  readonly feeds: readonly FeedT[];
  private ingester?: Promise<NewsIngester>;

  constructor(private readonly options: NewsOptions) {
    this.store = new NewsStore(options.db);
    this.feeds = options.feeds ?? options.facts.data.feeds;
  }

  /** Reads every configured feed once. */
  async poll(): Promise<FeedOutcome[]> {
    return (await (this.ingester ??= this.createIngester())).pollAll(this.feeds);
  }

  /** The fetching and XML-parsing libraries load on the first poll, not at start-up: reading news needs none of them. */
  private async createIngester(): Promise<NewsIngester> {
    const [{ NewsIngester }, { DEFAULT_LIMITS, FeedFetcher }] = await Promise.all([import('./ingest.js'), import('./fetch-feed.js')]);
    const o = this.options;
    return new NewsIngester({
      store: this.store,
      fetcher: new FeedFetcher({ ...DEFAULT_LIMITS, ...o.limits }),
      relevance: new RelevanceFilter(o.facts),
      logger: o.logger,
      now: o.now,
    });
  }

  recent(filter?: { country?: string; query?: string; limit?: number }): NewsItem[] {
    return this.store.recent(filter);
  }

  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): NewsItem[] {
    return this.store.itemsSince(since, filter);
  }

  sources(): NewsFeedStatus[] {
    const rows = new Map(this.store.feeds().map((r) => [r.id, r]));
    const counts = this.store.itemCounts();
    return this.feeds.map((f) => {
      const row = rows.get(f.id);
      // A row for an older address of this feed says nothing about the current one.
      const current = row && row.url === f.url ? row : undefined;
      const errors = current?.consecutive_errors ?? 0;
      const state: NewsFeedStatus['state'] = !current ? 'never' : errors >= FAILING_AFTER ? 'failing' : errors > 0 ? 'erroring' : 'ok';
      return {
        id: f.id,
        name: f.name,
        url: f.url,
        publisher: f.publisher,
        state,
        consecutiveErrors: errors,
        ...(current?.last_error && { lastError: current.last_error }),
        ...(current?.last_error_at && { lastErrorAt: current.last_error_at }),
        ...(current?.last_success_at && { lastSuccessAt: current.last_success_at }),
        items: counts.get(f.id) ?? 0,
      };
    });
  }
}
