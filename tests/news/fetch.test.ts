import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetcher, FetchError, type FetchLimits } from '../../src/news/fetch-feed.js';
import { FeedServer, endless, feed, fixture, redirect, silent, status } from './feed-server.js';

const LIMITS: FetchLimits = { timeoutMs: 400, maxBytes: 200_000, maxRedirects: 3, userAgent: 'test', allowPrivateAddresses: true };
const server = new FeedServer();

beforeAll(async () => {
  await server.start();
  server.routes.set('/wire.xml', feed(() => fixture('wire-rss2.xml')));
  server.routes.set('/moved', redirect('/wire.xml', 301));
  server.routes.set('/loop-a', redirect('/loop-b'));
  server.routes.set('/loop-b', redirect('/loop-a'));
  for (let i = 0; i < 6; i++) server.routes.set(`/hop-${i}`, redirect(`/hop-${i + 1}`));
  server.routes.set('/to-file', redirect('file:///etc/passwd'));
  server.routes.set('/gone', status(404));
  server.routes.set('/broken', status(500));
  server.routes.set('/silent', silent);
  server.routes.set('/endless', endless);
  server.routes.set('/declared-huge', (_req, res) => void res.writeHead(200, { 'content-length': String(10_000_000) }).end());
  server.routes.set('/cp1251', (_req, res) => {
    const body = Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>', 'latin1');
    const word = Buffer.from([0xd8, 0xce, 0xd1]); // ШОС in windows-1251
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.concat([body, word, Buffer.from('</title></channel></rss>')]));
  });
});
afterAll(() => server.stop());

async function reason(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return (err as FetchError).message;
}

describe('fetching a feed', () => {
  it('returns the body with its ETag and Last-Modified, then 304 on a conditional GET', async () => {
    const fetcher = new FeedFetcher(LIMITS);
    const first = await fetcher.fetch(server.url('/wire.xml'));
    expect(first.kind).toBe('body');
    if (first.kind !== 'body') return;
    expect(first.text).toContain('Wire Service');
    expect(first.validators.etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.validators.lastModified).toBe('Thu, 26 Nov 2026 12:00:00 GMT');
    const second = await fetcher.fetch(server.url('/wire.xml'), first.validators);
    expect(second.kind).toBe('not-modified');
    const last = server.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBe(first.validators.etag);
    expect(last.headers['if-modified-since']).toBe('Thu, 26 Nov 2026 12:00:00 GMT');
  });

  it('follows a redirect and reports where the feed ended up', async () => {
    const result = await new FeedFetcher(LIMITS).fetch(server.url('/moved'));
    expect(result).toMatchObject({ kind: 'body', url: server.url('/wire.xml') });
  });

  it('stops a redirect loop and names it', async () => {
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/loop-a')))).toMatch(/redirect loop/);
  });

  it('stops after the redirect limit', async () => {
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/hop-0')))).toBe('more than 3 redirects');
  });

  it('refuses a redirect to a non-web scheme', async () => {
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/to-file')))).toMatch(/refusing a file: address/);
  });

  it('reports 404 and 500 with their status', async () => {
    const fetcher = new FeedFetcher(LIMITS);
    expect(await reason(fetcher.fetch(server.url('/gone')))).toBe('HTTP 404 Not Found');
    expect(await reason(fetcher.fetch(server.url('/broken')))).toBe('HTTP 500 Internal Server Error');
  });

  it('gives up on a server that never answers, within the time limit', async () => {
    const started = Date.now();
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/silent')))).toBe('no complete answer within 400 ms');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('stops reading an endless body at the size cap', async () => {
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/endless')))).toBe('body passed the 200000-byte cap');
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    expect(await reason(new FeedFetcher(LIMITS).fetch(server.url('/declared-huge')))).toMatch(/10000000 bytes is over the 200000-byte cap/);
  });

  it('decodes a feed in the charset its XML declaration names', async () => {
    const result = await new FeedFetcher(LIMITS).fetch(server.url('/cp1251'));
    expect(result.kind === 'body' && result.text).toContain('<title>ШОС</title>');
  });

  it('sends one request at a time to a host, and does not hold up other hosts', async () => {
    const fetcher = new FeedFetcher(LIMITS);
    server.delayMs = 100;
    server.maxInFlight = 0;
    try {
      await Promise.all([1, 2, 3, 4].map(() => fetcher.fetch(server.url('/wire.xml'))));
      expect(server.maxInFlight).toBe(1);
      // A second origin is not held up behind the first: both answer while the first is busy.
      const other = await new FeedServer().start();
      other.routes.set('/wire.xml', feed(() => fixture('wire-rss2.xml')));
      other.delayMs = 100;
      const started = Date.now();
      await Promise.all([server.url('/wire.xml'), server.url('/wire.xml'), other.url('/wire.xml'), other.url('/wire.xml')].map((u) => fetcher.fetch(u)));
      const took = Date.now() - started;
      await other.stop();
      expect(server.maxInFlight).toBe(1);
      expect(other.maxInFlight).toBe(1);
      // Two hosts in parallel, two requests each in turn: about 2 × 100 ms, not 4 × 100 ms.
      expect(took).toBeLessThan(350);
    } finally {
      server.delayMs = 0;
    }
  });
});
