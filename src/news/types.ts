/** A stored news item as handlers show it; every one is shown with its link as a citation. */
export interface NewsItem {
  id: number;
  title: string;
  url: string;
  /** The configured feed's id and publisher. */
  feedId: string;
  publisher: string;
  /** ISO time the publisher gives, when it gives one. */
  published?: string;
  /** ISO time the bot first saw the item; an edited item keeps it, so it is not shown as new again. */
  firstSeen: string;
  /** ISO alpha-2 codes of the countries the item mentions. */
  countries: string[];
  /** The feed's summary (untrusted, clipped); read for signs of a fact change. */
  summary?: string;
}

export interface NewsFeedStatus {
  id: string;
  name: string;
  url: string;
  publisher: string;
  /** never: not fetched yet; erroring: recent errors, not yet failing; failing: FAILING_AFTER errors in a row. */
  state: 'ok' | 'erroring' | 'failing' | 'never';
  consecutiveErrors: number;
  lastError?: string;
  lastErrorAt?: string;
  lastSuccessAt?: string;
  items: number;
}

export interface NewsService {
  readonly kind: 'news';
  /** Newest first (by publication, else first seen); the query is matched against title and summary. */
  recent(filter?: { country?: string; query?: string; limit?: number }): Promise<NewsItem[]>;
  /** Items first seen since the moment, newest first: the digest's "What's new". */
  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): Promise<NewsItem[]>;
  /** Every configured feed with its fetch status. */
  sources(): Promise<NewsFeedStatus[]>;
}

