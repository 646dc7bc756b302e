import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import { Agent, buildConnector } from 'undici';
import { FeedFetcher, FetchError, guardedLookup, isPublicAddress, type FetchLimits } from '../../src/news/fetch-feed.js';
import type { FeedT } from '../../src/facts/schema.js';
import { facts, registry, testContext, testServices } from '../helpers/app.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { FeedServer, feed, redirect } from '../news/feed-server.js';
import { parseFeedText } from '../../src/news/parse-feed.js';

/** Issue 12, findings 1, 2, 3 (ingest side) and 13: hostile feeds. */

const server = new FeedServer();
const quiet = { info() {}, warn() {}, debug() {} };
/**
 * The fetcher's own pool, with a safety net: should the guard ever let a hop through, this
 * refuses to connect anywhere but loopback (tests never send traffic off the machine).
 */
function loopbackOnly(allowed: (ip: string) => boolean) {
  const connect = buildConnector({ lookup: guardedLookup(allowed) });
  return new Agent({
    connect: (opts, callback) =>
      ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(opts.hostname) ? connect(opts, callback) : callback(new Error(`safety net: ${opts.hostname}`), null),
  });
}

const LOOPBACK_OK: Partial<FetchLimits & { parseTimeoutMs: number }> = { timeoutMs: 2000, maxBytes: 8_000_000, maxRedirects: 3, allowPrivateAddresses: true };

function rss(items: string[], encoding = 'utf-8'): string {
  return `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>T</title><link>https://feeds.example/</link><description>d</description>${items.join('')}</channel></rss>`;
}
function item(title: string, i: number, date = new Date(Date.UTC(2026, 10, 1) + i * 60_000)): string {
  return `<item><title>${title}</title><link>https://feeds.example/a/${i}</link><guid>g${i}</guid><pubDate>${date.toUTCString()}</pubDate></item>`;
}
function feedDef(id: string, path: string, host = '127.0.0.1'): FeedT {
  return { id, name: `Feed ${id}`, url: server.url(path, host), language: 'en', publisher: `Publisher ${id}` };
}
function newsWith(feeds: FeedT[], limits: Partial<FetchLimits & { parseTimeoutMs: number }> = LOOPBACK_OK) {
  return new News({ store: new SqliteNewsStore(openDatabase(':memory:')), facts: facts(), logger: quiet, now: () => new Date('2026-11-29T12:00:00Z'), feeds, limits });
}

const BIG_ITEMS = 80_000;
let bigFeed = '';

beforeAll(async () => {
  await server.start();
  // About 60 bytes an item, as a real feed's smallest items are: ~5 MB in all.
  bigFeed = rss(Array.from({ length: BIG_ITEMS }, (_, i) => `<item><title>SCO talks ${i}</title><link>/a/${i}</link></item>`));
  server.routes.set('/big.xml', feed(() => bigFeed));
  server.routes.set('/ok.xml', feed(() => rss([item('SCO summit opens in Bishkek', 1)])));
  server.routes.set('/to-private', redirect('http://10.0.0.1/feed.xml'));
  server.routes.set('/to-decimal', redirect(`http://2130706434:${server.port}/ok.xml`));
  server.routes.set('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
  server.routes.set('/hostile.xml', feed(() =>
    rss([
      item(`&lt;b&gt;Bold&lt;/b&gt; SCO summit &lt;script&gt;alert(1)&lt;/script&gt;opens`, 1),
      item(`SCO \u202Esummit\u202C with \u0007controls\u0000 inside`, 2),
      item(`SCO ${'long '.repeat(200_000)}end`, 3),
    ]),
  ));
  const utf16 = (le: boolean) => {
    const text = rss([item('Саммит ШОС открылся в Бишкеке', 7)], le ? 'utf-16' : 'utf-16');
    const body = Buffer.from(text, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };
  server.routes.set('/utf16le.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(utf16(true)));
  server.routes.set('/utf16be.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(utf16(false)));
});
afterAll(() => server.stop());

describe('finding 2: no feed reaches a private address', () => {
  it('counts only public unicast addresses as public, in every IPv4 and IPv6 form', async () => {
    for (const ip of [
      '127.0.0.1', '127.1.2.3', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1', 'ff02::1',
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) expect(isPublicAddress(ip), ip).toBe(true);
  });

  it('refuses loopback, private and metadata addresses written as names, decimals, hex, octal and IPv6, without sending a request', async () => {
    const fetcher = new FeedFetcher({ timeoutMs: 1000, maxBytes: 1000, maxRedirects: 3, userAgent: 't' }, { dispatcher: loopbackOnly(isPublicAddress) });
    const before = server.requests.length;
    for (const url of [
      server.url('/ok.xml'),
      server.url('/ok.xml', 'localhost'),
      `http://2130706433:${server.port}/ok.xml`,
      `http://0x7f000001:${server.port}/ok.xml`,
      `http://0177.0.0.1:${server.port}/ok.xml`,
      `http://127.1:${server.port}/ok.xml`,
      `http://[::1]:${server.port}/ok.xml`,
      `http://[::ffff:127.0.0.1]:${server.port}/ok.xml`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'http://10.0.0.1/feed.xml',
    ]) {
      const err = await fetcher.fetch(url).then(() => undefined, (e: unknown) => e);
      expect(err, url).toBeInstanceOf(FetchError);
      expect((err as FetchError).code, url).toBe('blocked');
    }
    expect(server.requests.length).toBe(before);
  });

  it('refuses ports other than 80 and 443 on a public address', async () => {
    const fetcher = new FeedFetcher({ timeoutMs: 1000, maxBytes: 1000, maxRedirects: 3, userAgent: 't' }, { dispatcher: loopbackOnly(isPublicAddress) });
    const err = await fetcher.fetch('http://93.184.216.34:6379/').then(() => undefined, (e: unknown) => e);
    expect((err as FetchError).code).toBe('blocked');
  });

  it('checks every hop: a redirect from an allowed host to a private, decimal or metadata address is refused', async () => {
    // 127.0.0.1 plays a public host here; everything else keeps the real rule.
    const allowed = (ip: string) => ip === '127.0.0.1' || isPublicAddress(ip);
    const fetcher = new FeedFetcher(
      { timeoutMs: 1000, maxBytes: 1000, maxRedirects: 3, userAgent: 't', isAllowedAddress: allowed, allowedPorts: [80, 443, server.port] },
      { dispatcher: loopbackOnly(allowed) },
    );
    for (const path of ['/to-private', '/to-decimal', '/to-metadata']) {
      const err = await fetcher.fetch(server.url(path)).then(() => undefined, (e: unknown) => e);
      expect((err as FetchError).code, path).toBe('blocked');
    }
    expect(server.hits('/ok.xml')).toBe(0);
  });

  it('shows a generic reason in /sco news sources, never an address or a raw network error', async () => {
    const news = newsWith([feedDef('inside', '/ok.xml'), feedDef('closed', '/ok.xml')], { timeoutMs: 1000 });
    const open = newsWith([{ ...feedDef('refused', '/x'), url: 'http://127.0.0.1:1/feed.xml' }]);
    await news.poll();
    await open.poll();
    const ctx = (n: News) => testContext({ services: testServices({ news: n }) });
    const out = toPlainText(await registry().runLine('news sources', ctx(news))) + toPlainText(await registry().runLine('news sources', ctx(open)));
    expect(out).toMatch(/last: address not allowed/);
    expect(out).toMatch(/last: could not connect/);
    const errors = [...(await news.sources()), ...(await open.sources())].map((s) => s.lastError ?? '').join(' ');
    expect(errors).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{2,5}\b/);
  });

  it('reads loopback feeds on any port when NEWS_ALLOW_PRIVATE_ADDRESSES says so', async () => {
    const news = newsWith([feedDef('ok', '/ok.xml')]);
    const [outcome] = await news.poll();
    expect(outcome).toMatchObject({ ok: true, relevant: 1 });
  });
});

describe('finding 1: a huge feed neither freezes the bot nor floods the store', () => {
  it(`parses a ${BIG_ITEMS.toLocaleString('en')}-item feed off the event loop and keeps only the newest 500`, async () => {
    expect(bigFeed.length).toBeGreaterThan(4_500_000);
    const news = newsWith([feedDef('big', '/big.xml')]);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const [outcome] = await news.poll();
    delay.disable();
    expect(outcome!.ok).toBe(true);
    expect(await news.store.count()).toBe(500);
    expect(delay.max / 1e6).toBeLessThan(200);
  }, 60_000);

  it('keeps the newest 500 by date, whether a feed lists its items newest or oldest first', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => item(`SCO summit report number ${i}`, i));
    for (const order of [items, [...items].reverse()]) {
      const parsed = parseFeedText(rss(order));
      expect(parsed.items).toHaveLength(500);
      expect(parsed.items[0]!.title).toBe('SCO summit report number 2999');
      expect(Math.min(...parsed.items.map((i) => Number(i.title.split(' ').at(-1))))).toBe(2500);
    }
  });

  it('gives up on a feed that takes too long to parse, and the next feed still parses', async () => {
    const news = newsWith([feedDef('big', '/big.xml'), feedDef('ok', '/ok.xml')], { ...LOOPBACK_OK, parseTimeoutMs: 5 });
    const outcomes = await news.poll();
    expect(outcomes.find((o) => o.feedId === 'big')).toMatchObject({ ok: false, reason: 'took too long to read' });
    const again = newsWith([feedDef('ok', '/ok.xml')]);
    expect((await again.poll())[0]).toMatchObject({ ok: true });
  }, 60_000);
});

describe('finding 3: feed text is cleaned and clipped before it is stored', () => {
  it('decodes entities, then strips tags, then removes control and bidi characters, and clips titles to 300 characters', async () => {
    const news = newsWith([feedDef('hostile', '/hostile.xml')]);
    const [outcome] = await news.poll();
    expect(outcome!.ok).toBe(true);
    const titles = (news.store.db.prepare('SELECT title FROM news_items ORDER BY id').all() as { title: string }[]).map((r) => r.title);
    expect(titles[0]).toBe('Bold SCO summit alert(1) opens');
    expect(titles[1]).toBe('SCO summit with controls inside');
    expect(titles[2]!.length).toBeLessThanOrEqual(300);
    expect(titles[2]).toMatch(/…$/);
    for (const t of titles) expect(t).not.toMatch(/[<>\u0000-\u001F\u202A-\u202E]/);
  });
});

describe('finding 13: UTF-16 feeds', () => {
  it('honours the byte-order mark of UTF-16LE and UTF-16BE feeds, whatever the Content-Type says', async () => {
    const news = newsWith([feedDef('le', '/utf16le.xml'), feedDef('be', '/utf16be.xml')]);
    const outcomes = await news.poll();
    expect(outcomes.map((o) => [o.feedId, o.ok, o.relevant])).toEqual([
      ['le', true, 1],
      ['be', true, 1],
    ]);
    expect((await news.recent({ limit: 5 })).map((i) => i.title)).toContain('Саммит ШОС открылся в Бишкеке');
  });
});
