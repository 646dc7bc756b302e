import type { Migration } from '../base/migrate.js';

/** The news feature's tables, applied by migrate(db, 'news', NEWS_MIGRATIONS). */
export const NEWS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, items, dedupe keys, country tags, full-text index',
    up: (db) => {
      db.exec(`
        CREATE TABLE news_feeds (
          id TEXT PRIMARY KEY,
          url TEXT NOT NULL,
          etag TEXT,
          last_modified TEXT,
          consecutive_errors INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          last_error_at TEXT,
          last_success_at TEXT,
          last_fetch_at TEXT
        );
        CREATE TABLE news_items (
          id INTEGER PRIMARY KEY,
          feed_id TEXT NOT NULL,
          publisher TEXT NOT NULL,
          title TEXT NOT NULL,
          url TEXT NOT NULL,
          summary TEXT NOT NULL DEFAULT '',
          published_at TEXT,
          first_seen_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          -- ISO time used for ordering: published when given, else first seen.
          sort_at TEXT NOT NULL
        );
        CREATE INDEX news_items_first_seen ON news_items (first_seen_at);
        CREATE INDEX news_items_sort ON news_items (sort_at);
        -- Every identity an item has been seen under: normalised address, feed guid, title fingerprint.
        CREATE TABLE news_item_keys (
          key TEXT PRIMARY KEY,
          item_id INTEGER NOT NULL REFERENCES news_items (id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE news_item_countries (
          item_id INTEGER NOT NULL REFERENCES news_items (id) ON DELETE CASCADE,
          country TEXT NOT NULL,
          PRIMARY KEY (item_id, country)
        ) WITHOUT ROWID;
        CREATE INDEX news_item_countries_country ON news_item_countries (country, item_id);
        -- Trigrams match inside unspaced Chinese text and inflected Russian words alike.
        CREATE VIRTUAL TABLE news_fts USING fts5 (
          title, summary, content = 'news_items', content_rowid = 'id', tokenize = 'trigram case_sensitive 0'
        );
        CREATE TRIGGER news_items_ai AFTER INSERT ON news_items BEGIN
          INSERT INTO news_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
        CREATE TRIGGER news_items_ad AFTER DELETE ON news_items BEGIN
          INSERT INTO news_fts (news_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
        END;
        CREATE TRIGGER news_items_au AFTER UPDATE OF title, summary ON news_items BEGIN
          INSERT INTO news_fts (news_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
          INSERT INTO news_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
      `);
    },
  },
  {
    version: 2,
    name: 'poll lock',
    up: (db) => {
      // One row while a process polls the feeds; `until` lets another take over if that process died.
      db.exec(`CREATE TABLE news_poll_lock (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until TEXT NOT NULL) WITHOUT ROWID`);
    },
  },
];
