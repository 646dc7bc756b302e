import { SqliteNewsStore } from '../src/news/sqlite-store.js';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FactStore } from '../src/facts/store.js';
import { createLogger } from '../src/base/log.js';
import { openDatabase } from '../src/base/db.js';
import { News } from '../src/news/service.js';
import { FeedFetcher } from '../src/news/fetch-feed.js';
import { parseFeedText } from '../src/news/parse-feed.js';
import type { FeedT } from '../src/facts/schema.js';
import { summarise, table } from './stats.js';

/**
 * News ingestion: 10,000 items across 50 feeds (RSS 2.0, Atom, RDF in turn) served from a
 * loopback server, with deliberate cross-feed duplicates (tracking-link copies and
 * same-headline copies). Baseline in the same run: fetch + parse alone. Then the full path
 * (fetch, parse, relevance, tagging, dedupe, SQLite + FTS5) into a fresh database file, and a
 * second poll that the server answers with 304s. "Duplicates stored" counts rows beyond one
 * per story (each headline carries its story's number), and must be 0.
 */
const FEEDS = 50;
const PER_FEED = 200;

interface Story {
  id: number;
  relevant: boolean;
  title: string;
  url: string;
  summary: string;
}

const RELEVANT = [
  (n: number) => [`SCO trade ministers agree customs steps, round ${n}`, 'Delegations from China and Russia met.'],
  (n: number) => [`Shanghai Cooperation Organisation expands agenda, item ${n}`, 'Kazakhstan and Uzbekistan hosted talks.'],
  (n: number) => [`India and Pakistan foreign ministers meet, session ${n}`, 'The meeting focused on security.'],
  (n: number) => [`Саммит ШОС: выпуск ${n}`, 'Россия и Казахстан подтвердили участие.'],
  (n: number) => [`上合组织会议 第${n}期`, '中国和吉尔吉斯斯坦代表出席。'],
];
const IRRELEVANT = [
  (n: number) => [`Markets report number ${n}`, 'Shares rose slightly in London.'],
  (n: number) => [`Weather in the capital, bulletin ${n}`, 'Rain expected later today.'],
];

function story(id: number): Story {
  const relevant = id % 10 < 7;
  const [title, summary] = relevant ? RELEVANT[id % RELEVANT.length]!(id) : IRRELEVANT[id % IRRELEVANT.length]!(id);
  return { id, relevant, title: title!, summary: summary!, url: `https://outlet${id % 7}.example/news/${id}` };
}

interface Entry {
  guid: string;
  title: string;
  url: string;
  summary: string;
  date: string;
  story: Story;
}

/** Feed f's items; every tenth is a copy of the previous feed's story under a tracking link, every tenth+5 the same headline elsewhere. */
function entries(f: number): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < PER_FEED; i++) {
    const date = new Date(Date.UTC(2026, 10, 26, 0, 0, 0) - (f * PER_FEED + i) * 60_000).toUTCString();
    if (f > 0 && i % 10 === 0) {
      const s = story((f - 1) * PER_FEED + i + 1);
      out.push({ guid: `f${f}-copy-${i}`, title: `Syndicated: ${s.title}`, url: `${s.url.replace('https://', 'http://')}/?utm_source=feed${f}&utm_medium=rss#top`, summary: s.summary, date, story: s });
    } else if (f > 0 && i % 10 === 5) {
      const s = story((f - 1) * PER_FEED + i + 1);
      out.push({ guid: `f${f}-same-title-${i}`, title: `${s.title.toUpperCase()}!`, url: `https://aggregator${f}.example/story/${i}`, summary: s.summary, date, story: s });
    } else {
      const s = story(f * PER_FEED + i);
      out.push({ guid: `story-${s.id}`, title: s.title, url: s.url, summary: s.summary, date, story: s });
    }
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(f: number, items: Entry[]): { body: string; type: string } {
  const format = f % 3;
  if (format === 0) {
    return {
      type: 'application/rss+xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${f}</title><link>https://feed${f}.example/</link><description>bench</description>${items
        .map((e) => `<item><guid isPermaLink="false">${e.guid}</guid><title>${esc(e.title)}</title><link>${esc(e.url)}</link><description>${esc(`<p>${e.summary}</p>`)}</description><pubDate>${e.date}</pubDate></item>`)
        .join('')}</channel></rss>`,
    };
  }
  if (format === 1) {
    return {
      type: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed ${f}</title><id>tag:feed${f}</id><updated>2026-11-26T00:00:00Z</updated>${items
        .map((e) => `<entry><id>${e.guid}</id><title>${esc(e.title)}</title><link rel="alternate" href="${esc(e.url)}"/><updated>${new Date(e.date).toISOString()}</updated><summary>${esc(e.summary)}</summary></entry>`)
        .join('')}</feed>`,
    };
  }
  return {
    type: 'application/rdf+xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://feed${f}.example/"><title>Feed ${f}</title><link>https://feed${f}.example/</link><description>bench</description></channel>${items
      .map((e) => `<item rdf:about="${esc(e.url)}"><title>${esc(e.title)}</title><link>${esc(e.url)}</link><description>${esc(e.summary)}</description><dc:date>${new Date(e.date).toISOString()}</dc:date></item>`)
      .join('')}</rdf:RDF>`,
  };
}

// — the input —
const allEntries = Array.from({ length: FEEDS }, (_, f) => entries(f));
const bodies = allEntries.map((items, f) => {
  const { body, type } = render(f, items);
  return { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
});
const flat = allEntries.flat();
const copies = flat.filter((e) => !e.guid.startsWith('story-'));
const distinctRelevant = new Set(flat.filter((e) => e.story.relevant).map((e) => e.story.id)).size;

const server = createServer((req, res) => {
  const f = Number(/^\/feed-(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
  const b = bodies[f];
  if (!b) return void res.writeHead(404).end();
  if (req.headers['if-none-match'] === b.etag) return void res.writeHead(304, { etag: b.etag }).end();
  res.writeHead(200, { 'content-type': `${b.type}; charset=utf-8`, etag: b.etag }).end(b.body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const feeds: FeedT[] = Array.from({ length: FEEDS }, (_, f) => ({ id: `feed-${f}`, name: `Feed ${f}`, url: `http://127.0.0.1:${port}/feed-${f}.xml`, language: 'en', publisher: `Publisher ${f}` }));

const facts = FactStore.load();
const logger = createLogger({ level: 'silent' });

// Warm-up: JIT and the loopback connection, on a throwaway database.
{
  const warm = new News({ store: new SqliteNewsStore(openDatabase(':memory:')), facts, logger, now: () => new Date(), feeds: feeds.slice(0, 3) });
  await warm.poll();
}

// — baseline: fetch + parse only —
const fetcher = new FeedFetcher();
let parsed = 0;
const t0 = performance.now();
await Promise.all(
  feeds.map(async (f) => {
    const r = await fetcher.fetch(f.url);
    if (r.kind === 'body') parsed += parseFeedText(r.text, r.contentType).items.length;
  }),
);
const baselineMs = performance.now() - t0;

// — full ingest into a fresh database file —
const dir = mkdtempSync(join(tmpdir(), 'sco-news-bench-'));
const db = openDatabase(join(dir, 'news.sqlite'));
const news = new News({ store: new SqliteNewsStore(db), facts, logger, now: () => new Date('2026-11-26T12:00:00Z'), feeds });
const t1 = performance.now();
const outcomes = await news.poll();
const ingestMs = performance.now() - t1;
const t2 = performance.now();
const again = await news.poll();
const repollMs = performance.now() - t2;

const stored = await news.store.count();
// Every headline carries its story's number, so each stored row is traced to its story.
const rowsPerStory = new Map<number, number>();
for (const { title } of db.prepare('SELECT title FROM news_items').all() as { title: string }[]) {
  const id = Number(/(\d+)\D*$/.exec(title)?.[1] ?? NaN);
  rowsPerStory.set(id, (rowsPerStory.get(id) ?? 0) + 1);
}
const duplicatesStored = [...rowsPerStory.values()].reduce((n, rows) => n + rows - 1, 0);
const storiesMissing = distinctRelevant - rowsPerStory.size;
const failed = outcomes.filter((o) => !o.ok).length;
const sum = (k: 'new' | 'updated' | 'unchanged' | 'duplicate') => outcomes.reduce((n, o) => n + o.saved[k], 0);
const seen = outcomes.reduce((n, o) => n + o.seen, 0);
const relevant = outcomes.reduce((n, o) => n + o.relevant, 0);

// Query latency on the filled store.
const queries = ['summit', 'ministers', 'ШОС', '上合组织', 'Kazakhstan'];
const samples: number[] = [];
for (let i = 0; i < 500; i++) {
  const q = queries[i % queries.length]!;
  const s = performance.now();
  await news.recent({ query: q, limit: 8 });
  samples.push(performance.now() - s);
}
const byCountry: number[] = [];
for (let i = 0; i < 500; i++) {
  const s = performance.now();
  await news.recent({ country: i % 2 ? 'IN' : 'KZ', limit: 8 });
  byCountry.push(performance.now() - s);
}
const q = summarise(samples);
const c = summarise(byCountry);

process.stdout.write(
  `${table(
    ['phase', 'items', 'ms', 'items/s', 'vs baseline'],
    [
      ['fetch + parse (baseline)', parsed, baselineMs, (parsed / baselineMs) * 1000, 1],
      ['full ingest (filter, tag, dedupe, SQLite+FTS5)', seen, ingestMs, (seen / ingestMs) * 1000, ingestMs / baselineMs],
      ['second poll (all 304 Not Modified)', '0', repollMs, '—', repollMs / baselineMs],
    ],
  )}\n\n${table(
    ['count', 'value'],
    (
      [
      ['feeds', FEEDS],
      ['items in the feeds', flat.length],
      ['deliberate cross-feed copies in the input', copies.length],
      ['  of them relevant', copies.filter((e) => e.story.relevant).length],
      ['items judged relevant', relevant],
      ['distinct relevant stories', distinctRelevant],
      ['rows stored', stored],
      ['duplicates stored (must be 0)', duplicatesStored],
      ['stories missing (must be 0)', storiesMissing],
      ['copies recognised as duplicates', sum('duplicate')],
      ['feeds failed', failed],
      ['second poll: feeds not modified', again.filter((o) => o.notModified).length],
      ] as [string, number][]
    ).map(([label, n]) => [label, String(n)]),
  )}\n\n${table(
    ['query on the filled store', 'n', 'p50 ms', 'p99 ms'],
    [
      ['recent({ query }) FTS5', q.n, q.p50, q.p99],
      ['recent({ country })', c.n, c.p50, c.p99],
    ],
  )}\n`,
);

db.close();
rmSync(dir, { recursive: true, force: true });
server.closeAllConnections();
server.close();
