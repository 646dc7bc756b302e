import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openNewsStore } from '../../src/news/open-store.js';
import type { IncomingItem } from '../../src/news/store.js';
import { openDatabase } from '../../src/base/db.js';
import { openPool } from '../../src/base/postgres.js';
import { ENGINES, useEngine } from './engines.js';

/** The news store's contract: the same behaviour on SQLite and on PostgreSQL, each test on a new empty database. */

const NOW = new Date('2026-11-26T12:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function item(overrides: Partial<IncomingItem> & { title: string }): IncomingItem {
  const slug = overrides.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  return {
    feedId: 'wire',
    publisher: 'Wire Service',
    url: `https://wire.example/${slug}`,
    summary: '',
    countries: [],
    normalisedUrl: `wire.example/${slug}`,
    guid: slug,
    ...overrides,
  };
}

const HOLDER = new URL('./fixtures/hold-poll-lock.ts', import.meta.url).pathname;

describe.each(ENGINES)('the news store on %s', (engine) => {
  const s = useEngine(engine, openNewsStore);
  const store = () => s.value;
  /** The same database as another process would open it: a second connection or pool. */
  const second = async () => {
    if (engine === 'sqlite') {
      const db = openDatabase(s.state.location);
      return { store: await openNewsStore({ engine, db }), close: async () => db.close() };
    }
    const pool = openPool(s.state.location, { max: 2 });
    return { store: await openNewsStore({ engine, pool }), close: () => pool.end() };
  };

  describe('saving items', () => {
    it('stores new items and lists them newest first, by publication time or else first sight', async () => {
      const counts = await store().saveAll(
        [
          item({
            title: 'Summit opens in Tianjin',
            published: new Date('2026-11-25T08:00:00Z'),
            countries: ['RU', 'CN'],
          }),
          item({ title: 'Ministers meet in Bishkek', published: new Date('2026-11-26T09:30:00Z') }),
          item({ title: 'Undated note on the SCO' }),
        ],
        NOW,
      );
      expect(counts).toEqual({ new: 3, updated: 0, unchanged: 0, duplicate: 0 });
      const items = await store().recent();
      expect(items.map((i) => i.title)).toEqual([
        'Undated note on the SCO',
        'Ministers meet in Bishkek',
        'Summit opens in Tianjin',
      ]);
      expect(items[2]).toMatchObject({
        feedId: 'wire',
        publisher: 'Wire Service',
        url: 'https://wire.example/summit-opens-in-tianjin',
        published: '2026-11-25T08:00:00.000Z',
        firstSeen: '2026-11-26T12:00:00.000Z',
        countries: ['CN', 'RU'],
      });
      expect(items[0]!.published).toBeUndefined();
      expect(await store().count()).toBe(3);
    });

    it('finds an item seen again as unchanged, and an edited one as updated without making it new', async () => {
      const original = item({ title: 'Summit opens in Tianjin', summary: 'Leaders arrive.', countries: ['CN'] });
      await store().saveAll([original], NOW);
      expect(await store().saveAll([original], later(30))).toMatchObject({ unchanged: 1 });
      const edited = {
        ...original,
        title: 'Summit opens in Tianjin, day one',
        summary: 'Leaders arrived.',
        countries: ['CN', 'IN'],
      };
      expect(await store().saveAll([edited], later(60))).toMatchObject({ updated: 1, new: 0 });
      const [stored] = await store().recent();
      expect(stored).toMatchObject({
        title: 'Summit opens in Tianjin, day one',
        firstSeen: NOW.toISOString(),
        countries: ['CN', 'IN'],
      });
      expect(await store().itemsSince(later(45))).toEqual([]);
      expect(await store().count()).toBe(1);
    });

    it("keeps the first publisher's copy when another feed carries the same story", async () => {
      await store().saveAll([item({ title: 'Summit opens in Tianjin', fingerprint: 'summit-tianjin' })], NOW);
      const copies = await store().saveAll(
        [
          // The same address under another feed.
          item({
            feedId: 'aggregator',
            publisher: 'Aggregator',
            title: 'Summit opens in Tianjin (via)',
            guid: 'agg-1',
            normalisedUrl: 'wire.example/summit-opens-in-tianjin',
          }),
          // The same headline, another address.
          item({
            feedId: 'other',
            publisher: 'Other',
            title: 'Summit Opens In Tianjin',
            guid: 'o-1',
            normalisedUrl: 'other.example/x',
            fingerprint: 'summit-tianjin',
          }),
        ],
        later(5),
      );
      expect(copies).toEqual({ new: 0, updated: 0, unchanged: 0, duplicate: 2 });
      expect((await store().recent()).map((i) => i.publisher)).toEqual(['Wire Service']);
      // The identities learnt from the copies point at the stored item too.
      expect(
        await store().saveAll(
          [item({ feedId: 'third', title: 'x', guid: 'z', normalisedUrl: 'other.example/x' })],
          later(6),
        ),
      ).toMatchObject({ duplicate: 1 });
    });

    it('does not store an item with no identity at all', async () => {
      expect(
        await store().saveAll(
          [{ feedId: 'wire', publisher: 'W', title: 'No link', url: '', summary: '', countries: [] }],
          NOW,
        ),
      ).toMatchObject({ duplicate: 1 });
      expect(await store().count()).toBe(0);
    });

    it('stores the same story once when two processes save it at the same moment', async () => {
      const other = await second();
      const batch = Array.from({ length: 20 }, (_, i) => item({ title: `Story number ${i}` }));
      const [a, b] = await Promise.all([store().saveAll(batch, NOW), other.store.saveAll(batch, NOW)]);
      expect(a.new + b.new).toBe(20);
      expect(a.unchanged + b.unchanged).toBe(20);
      expect(await store().count()).toBe(20);
      await other.close();
    });
  });

  describe('reading items', () => {
    const corpus = () =>
      store().saveAll(
        [
          item({
            title: 'Саммит ШОС пройдёт в Бишкеке',
            summary: 'Лидеры соберутся летом.',
            countries: ['KG'],
            published: new Date('2026-11-20T10:00:00Z'),
          }),
          item({
            title: '上合组织外长理事会会议在比什凯克举行',
            countries: ['CN', 'KG'],
            published: new Date('2026-11-21T10:00:00Z'),
          }),
          item({
            title: 'India and Pakistan ministers meet',
            summary: 'Talks at the UN sidelines; "progress" AND hope.',
            countries: ['IN', 'PK'],
            published: new Date('2026-11-22T10:00:00Z'),
          }),
          item({
            title: 'Energy ministers meet in Astana',
            summary: '50% more trade_volume expected',
            countries: ['KZ'],
            published: new Date('2026-11-23T10:00:00Z'),
          }),
        ],
        NOW,
      );
    const titles = async (filter: Parameters<ReturnType<typeof store>['recent']>[0]) =>
      (await store().recent(filter)).map((i) => i.title);

    it('matches every word of a query in the title or the summary, whatever the case', async () => {
      await corpus();
      expect(await titles({ query: 'ministers MEET' })).toEqual([
        'Energy ministers meet in Astana',
        'India and Pakistan ministers meet',
      ]);
      expect(await titles({ query: 'ministers sidelines' })).toEqual(['India and Pakistan ministers meet']);
      expect(await titles({ query: 'ministers Tashkent' })).toEqual([]);
    });

    it('matches inside unspaced Chinese text and inflected Russian words, and short words too', async () => {
      await corpus();
      expect(await titles({ query: '外长理事会' })).toEqual(['上合组织外长理事会会议在比什凯克举行']);
      expect(await titles({ query: 'бишкек' })).toEqual(['Саммит ШОС пройдёт в Бишкеке']);
      expect(await titles({ query: '上合' })).toEqual(['上合组织外长理事会会议在比什凯克举行']);
      expect(await titles({ query: 'UN' })).toContain('India and Pakistan ministers meet');
    });

    it('reads quotes, operators and wildcards in a query as plain text', async () => {
      await corpus();
      expect(await titles({ query: '"progress" AND' })).toEqual(['India and Pakistan ministers meet']);
      expect(await titles({ query: '50%' })).toEqual(['Energy ministers meet in Astana']);
      expect(await titles({ query: 'trade_volume' })).toEqual(['Energy ministers meet in Astana']);
      expect(await titles({ query: '%' })).toEqual(['Energy ministers meet in Astana']);
      expect(await titles({ query: 'Astana*' })).toEqual([]);
    });

    it('filters by country and keeps the limit between 1 and 100', async () => {
      await corpus();
      expect(await titles({ country: 'KG' })).toEqual([
        '上合组织外长理事会会议在比什凯克举行',
        'Саммит ШОС пройдёт в Бишкеке',
      ]);
      expect(await titles({ country: 'KG', query: 'Бишкеке' })).toEqual(['Саммит ШОС пройдёт в Бишкеке']);
      expect(await store().recent({ limit: 0 })).toHaveLength(1);
      expect(await store().recent({ limit: 2 })).toHaveLength(2);
      await store().saveAll(
        Array.from({ length: 120 }, (_, i) => item({ title: `Bulk ${i}` })),
        later(1),
      );
      expect(await store().recent({ limit: 1000 })).toHaveLength(100);
    });

    it('lists items first seen since a moment, leaving out those already a week old then', async () => {
      await store().saveAll([item({ title: 'Old news', published: new Date('2026-11-01T00:00:00Z') })], later(10));
      await store().saveAll(
        [item({ title: 'Fresh news', published: new Date('2026-11-26T11:00:00Z'), countries: ['IN'] })],
        later(20),
      );
      await store().saveAll([item({ title: 'Earlier news', countries: ['CN'] })], later(-60));
      const since = (await store().itemsSince(NOW)).map((i) => i.title);
      expect(since).toEqual(['Fresh news']);
      expect((await store().itemsSince(later(-120), { countries: ['CN', 'RU'] })).map((i) => i.title)).toEqual([
        'Earlier news',
      ]);
      expect(await store().itemsSince(later(30))).toEqual([]);
    });

    it('prunes items older than a moment by their time, with their identities, so a pruned story can arrive again', async () => {
      await store().saveAll(
        [
          item({ title: 'Old story', published: new Date('2026-08-01T00:00:00Z'), countries: ['IN'] }),
          item({ title: 'Fresh story', published: new Date('2026-11-25T00:00:00Z') }),
        ],
        NOW,
      );
      expect(await store().pruneBefore(new Date('2026-09-01T00:00:00Z'))).toBe(1);
      expect((await store().recent()).map((i) => i.title)).toEqual(['Fresh story']);
      expect(await store().recent({ country: 'IN' })).toEqual([]);
      expect(
        await store().saveAll([item({ title: 'Old story', published: new Date('2026-08-01T00:00:00Z') })], later(5)),
      ).toMatchObject({ new: 1 });
    });
  });

  describe('feeds', () => {
    it('records a success with its validators, and counts failures in a row', async () => {
      expect(await store().feed('wire')).toBeUndefined();
      await store().recordSuccess(
        'wire',
        'https://wire.example/rss',
        { etag: '"abc"', lastModified: 'Thu, 26 Nov 2026 10:00:00 GMT' },
        NOW,
      );
      expect(await store().feed('wire')).toMatchObject({
        id: 'wire',
        url: 'https://wire.example/rss',
        etag: '"abc"',
        last_modified: 'Thu, 26 Nov 2026 10:00:00 GMT',
        consecutive_errors: 0,
        last_success_at: NOW.toISOString(),
        last_fetch_at: NOW.toISOString(),
        last_error: null,
      });
      await store().recordFailure('wire', 'https://wire.example/rss', 'HTTP 500', later(30));
      await store().recordFailure('wire', 'https://wire.example/rss', `timeout ${'x'.repeat(400)}`, later(60));
      const failing = (await store().feed('wire'))!;
      expect(failing).toMatchObject({
        consecutive_errors: 2,
        etag: '"abc"',
        last_error_at: later(60).toISOString(),
        last_success_at: NOW.toISOString(),
      });
      expect(failing.last_error!.length).toBe(300);
      await store().recordSuccess('wire', 'https://wire.example/rss', {}, later(90));
      expect(await store().feed('wire')).toMatchObject({ consecutive_errors: 0, etag: null });
    });

    it("starts the count afresh and forgets the validators when the feed's address changed", async () => {
      await store().recordSuccess('wire', 'https://old.example/rss', { etag: '"abc"' }, NOW);
      await store().recordFailure('wire', 'https://old.example/rss', 'HTTP 500', later(1));
      await store().recordFailure('wire', 'https://new.example/rss', 'HTTP 404', later(2));
      expect(await store().feed('wire')).toMatchObject({
        url: 'https://new.example/rss',
        consecutive_errors: 1,
        etag: null,
        last_error: 'HTTP 404',
      });
      await store().recordFailure('fresh', 'https://fresh.example/rss', 'DNS', later(3));
      expect((await store().feeds()).map((f) => [f.id, f.consecutive_errors]).sort()).toEqual([
        ['fresh', 1],
        ['wire', 1],
      ]);
    });

    it('counts items per feed', async () => {
      await store().saveAll([item({ title: 'A' }), item({ title: 'B' }), item({ feedId: 'tass', title: 'C' })], NOW);
      expect(await store().itemCounts()).toEqual(
        new Map([
          ['wire', 2],
          ['tass', 1],
        ]),
      );
    });
  });

  describe('the poll lock', () => {
    it('runs one poll at a time across processes: the other skips at once, and polls once the first is done', async () => {
      const other = await second();
      let release!: () => void;
      const first = store().withPollLock(() => new Promise<string>((r) => (release = () => r('polled'))));
      await new Promise((r) => setTimeout(r, 50));
      expect(await other.store.withPollLock(async () => 'also polled')).toEqual({ ran: false });
      expect(await store().withPollLock(async () => 'nested')).toEqual({ ran: false });
      release();
      expect(await first).toEqual({ ran: true, value: 'polled' });
      expect(await other.store.withPollLock(async () => 'now me')).toEqual({ ran: true, value: 'now me' });
      await other.close();
    });

    it('is free again after a poll that failed', async () => {
      await expect(store().withPollLock(async () => Promise.reject(new Error('feed exploded')))).rejects.toThrow(
        'feed exploded',
      );
      expect(await store().withPollLock(async () => 1)).toEqual({ ran: true, value: 1 });
    });
  });
});

describe('the news poll lock on postgres', () => {
  const pg = useEngine('postgres', openNewsStore);
  it('is freed at once when the process holding it is killed (the lock lives with its connection)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, pg.state.location], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => c.toString().includes('LOCKED') && resolve()),
    );
    expect(await pg.value.withPollLock(async () => 'mine')).toEqual({ ran: false });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    let result: { ran: boolean } = { ran: false };
    // The server notices the closed connection within moments.
    for (let i = 0; i < 50 && !result.ran; i++) {
      result = await pg.value.withPollLock(async () => 'mine');
      if (!result.ran) await new Promise((r) => setTimeout(r, 100));
    }
    expect(result).toEqual({ ran: true, value: 'mine' });
  });
});
