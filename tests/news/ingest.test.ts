import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import type { FeedT } from '../../src/facts/schema.js';
import type { Logger } from '../../src/base/log.js';
import { facts, registry, testContext, testServices } from '../helpers/app.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { FeedServer, endless, feed, fixture, redirect, silent, status } from './feed-server.js';

/** Records what the ingester logs, so a test can see a bad feed's reason was logged. */
function recordingLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg });
  return { lines, logger: { info: at('info'), warn: at('warn'), debug: at('debug') } as unknown as Pick<Logger, 'info' | 'warn' | 'debug'> };
}

const server = new FeedServer();
let wireBody = fixture('wire-rss2.xml');
let clock = new Date('2026-11-26T12:00:00Z');

function feedDef(id: string, path: string, publisher: string, language = 'en'): FeedT {
  return { id, name: `${publisher} (${id})`, url: server.url(path), language, publisher };
}

beforeAll(async () => {
  await server.start();
  server.routes.set('/wire.xml', feed(() => wireBody));
  server.routes.set('/atom.xml', feed(() => fixture('xinhua-atom.xml'), 'application/atom+xml'));
  server.routes.set('/rdf.xml', feed(() => fixture('tass-rdf.xml'), 'application/rdf+xml'));
  server.routes.set('/aggregator.xml', feed(() => fixture('aggregator-rss2.xml')));
  server.routes.set('/malformed.xml', feed(() => fixture('malformed.xml')));
  server.routes.set('/page', feed(() => fixture('page.html'), 'text/html; charset=utf-8'));
  server.routes.set('/gone.xml', status(404));
  server.routes.set('/error.xml', status(500));
  server.routes.set('/loop-a', redirect('/loop-b'));
  server.routes.set('/loop-b', redirect('/loop-a'));
  server.routes.set('/endless.xml', endless);
  server.routes.set('/silent.xml', silent);
});
afterAll(() => server.stop());

function newsWith(feeds: FeedT[]) {
  const log = recordingLogger();
  const news = new News({
    store: new SqliteNewsStore(openDatabase(':memory:')),
    facts: facts(),
    logger: log.logger,
    now: () => clock,
    feeds,
    limits: { timeoutMs: 300, maxBytes: 100_000, maxRedirects: 3, allowPrivateAddresses: true },
  });
  return { news, log };
}

const goodFeeds = () => [
  feedDef('wire', '/wire.xml', 'Wire Service'),
  feedDef('xinhua', '/atom.xml', 'Chinese Agency', 'zh'),
  feedDef('tass', '/rdf.xml', 'Russian Agency', 'ru'),
  feedDef('aggregator', '/aggregator.xml', 'Aggregator'),
];

describe('ingesting fixture feeds', () => {
  it('keeps the SCO items of RSS, Atom and RDF feeds, tagged with the countries they name', async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    const { news } = newsWith(goodFeeds());
    const outcomes = await news.poll();
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const items = await news.recent({ limit: 50 });
    const byTitle = new Map(items.map((i) => [i.title, i]));
    expect([...byTitle.keys()].sort()).toEqual(
      [
        'Leaders gather in Tianjin for Shanghai Cooperation Organisation summit',
        'India and Pakistan foreign ministers meet in Bishkek',
        '@\u200beveryone SCO secretary-general visits Dushanbe',
        '上合组织外长理事会会议在比什凯克举行',
        'Саммит ШОС пройдёт в Бишкеке',
        'SCO energy ministers meet in Astana',
      ].sort(),
    );
    expect(byTitle.get('Leaders gather in Tianjin for Shanghai Cooperation Organisation summit')).toMatchObject({
      url: 'https://news.example/world/sco-summit-tianjin',
      publisher: 'Wire Service',
      published: '2026-11-26T08:00:00.000Z',
      firstSeen: '2026-11-26T12:00:00.000Z',
    });
    expect(byTitle.get('Leaders gather in Tianjin for Shanghai Cooperation Organisation summit')!.countries.sort()).toEqual(['CN', 'IN', 'RU']);
    expect(byTitle.get('Саммит ШОС пройдёт в Бишкеке')!.countries.sort()).toEqual(['KZ', 'RU']);
    expect(byTitle.get('上合组织外长理事会会议在比什凯克举行')!.countries.sort()).toEqual(['CN', 'KG']);
  });

  it('stores a story once when other feeds carry it under a tracking link or the same headline', async () => {
    const { news } = newsWith(goodFeeds());
    // One poll reads every feed (a second poll at the same time would find the poll lock held and read nothing).
    const outcomes = await news.poll();
    const [wire, aggregator] = ['wire', 'aggregator'].map((id) => outcomes.find((x) => x.feedId === id));
    expect(wire!.saved.new + aggregator!.saved.new).toBeGreaterThan(0);
    // Polled four times over: every later copy is a duplicate or unchanged, never a new row.
    expect(await news.store.count()).toBe(6);
    const fromAggregator = (await news.recent({ limit: 50 })).filter((i) => i.feedId === 'aggregator').map((i) => i.title);
    expect(fromAggregator).toEqual(['SCO energy ministers meet in Astana']);
  });

  it('asks again with the ETag and stores nothing when the feed has not changed', async () => {
    const { news } = newsWith([feedDef('wire', '/wire.xml', 'Wire Service')]);
    await news.poll();
    const [again] = await news.poll();
    expect(again).toMatchObject({ ok: true, notModified: true });
    expect(server.requests.at(-1)!.headers['if-none-match']).toMatch(/^"/);
  });

  it('updates an edited item in place, keeping its first-seen time, so it is not new again', async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    wireBody = fixture('wire-rss2.xml');
    const { news } = newsWith([feedDef('wire', '/wire.xml', 'Wire Service')]);
    await news.poll();
    const before = await news.recent({ query: 'Tianjin' });
    expect(before).toHaveLength(1);

    wireBody = fixture('wire-rss2.xml').replace(
      'Leaders gather in Tianjin for Shanghai Cooperation Organisation summit</title>',
      'Leaders gather in Tianjin for Shanghai Cooperation Organisation summit, call for closer trade ties</title>',
    );
    clock = new Date('2026-11-26T18:00:00Z');
    try {
      const [outcome] = await news.poll();
      expect(outcome!.saved).toMatchObject({ new: 0, updated: 1 });
      const after = await news.recent({ query: 'Tianjin' });
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({
        id: before[0]!.id,
        title: 'Leaders gather in Tianjin for Shanghai Cooperation Organisation summit, call for closer trade ties',
        firstSeen: '2026-11-26T12:00:00.000Z',
      });
      expect(await news.itemsSince(new Date('2026-11-26T15:00:00Z'))).toEqual([]);
      expect(await news.store.count()).toBe(3);
    } finally {
      wireBody = fixture('wire-rss2.xml');
    }
  });
});

describe('publication dates', () => {
  it('ignores a date far in the future, so the item is ordered by when it was first seen', async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    server.routes.set(
      '/future.xml',
      feed(() => fixture('aggregator-rss2.xml').replace('Thu, 26 Nov 2026 07:00:00 GMT', 'Fri, 01 Jan 2100 00:00:00 GMT')),
    );
    const { news } = newsWith([feedDef('future', '/future.xml', 'Aggregator')]);
    await news.poll();
    const item = (await news.recent({ query: 'Astana' }))[0]!;
    expect(item.published).toBeUndefined();
    expect(item.firstSeen).toBe('2026-11-26T12:00:00.000Z');
  });
});

describe('bad feeds', () => {
  const bad = () => [
    feedDef('malformed', '/malformed.xml', 'Broken XML'),
    feedDef('html', '/page', 'Web page'),
    feedDef('gone', '/gone.xml', 'Gone'),
    feedDef('error', '/error.xml', 'Server error'),
    feedDef('loop', '/loop-a', 'Loop'),
    feedDef('huge', '/endless.xml', 'Huge'),
    feedDef('silent', '/silent.xml', 'Silent'),
  ];

  it('are logged with their reason and do not stop the good feeds', async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    const { news, log } = newsWith([...bad(), ...goodFeeds()]);
    const outcomes = await news.poll();
    const reasons = Object.fromEntries(outcomes.filter((o) => !o.ok).map((o) => [o.feedId, o.reason]));
    expect(reasons).toEqual({
      malformed: expect.stringMatching(/^malformed XML at line 8/),
      html: 'an HTML page, not a feed',
      gone: 'HTTP 404 Not Found',
      error: 'HTTP 500 Internal Server Error',
      // Generic, never the address (issue 12, finding 2).
      loop: 'redirect loop',
      huge: 'body passed the 100000-byte cap',
      silent: 'no complete answer within 300 ms',
    });
    expect(await news.store.count()).toBe(6);
    const warned = log.lines.filter((l) => l.level === 'warn').map((l) => [l.obj.feed, l.obj.reason]);
    expect(warned).toHaveLength(7);
    expect(warned).toContainEqual(['gone', 'HTTP 404 Not Found']);
  });

  it('are shown as failing after three errors in a row, with the last reason; a good feed shows its last success', async () => {
    const { news } = newsWith([feedDef('gone', '/gone.xml', 'Gone'), feedDef('wire', '/wire.xml', 'Wire Service')]);
    clock = new Date('2026-11-26T12:00:00Z');
    await news.poll();
    expect((await news.sources()).find((s) => s.id === 'gone')).toMatchObject({ state: 'erroring', consecutiveErrors: 1 });
    await news.poll();
    clock = new Date('2026-11-26T13:00:00Z');
    await news.poll();
    const [gone, wire] = await news.sources();
    expect(gone).toMatchObject({ state: 'failing', consecutiveErrors: 3, lastError: 'HTTP 404 Not Found', lastErrorAt: '2026-11-26T13:00:00.000Z' });
    expect(gone!.lastSuccessAt).toBeUndefined();
    expect(wire).toMatchObject({ state: 'ok', consecutiveErrors: 0, lastSuccessAt: '2026-11-26T13:00:00.000Z', items: 3 });

    const out = toPlainText(await registry().runLine('news sources', testContext({ services: testServices({ news }) })));
    expect(out).toMatch(/Gone \(gone\) — failing/);
    expect(out).toMatch(/3 errors in a row; last: HTTP 404 Not Found/);
    expect(out).toMatch(/Wire Service \(wire\) — ok/);
    expect(out).toMatch(/Last success: 2026-11-26 13:00 UTC · 3 items stored/);
  });

  it('count afresh when the feed address is changed', async () => {
    const { news } = newsWith([feedDef('wire', '/gone.xml', 'Wire Service')]);
    await news.poll();
    await news.poll();
    const moved = new News({ store: new SqliteNewsStore(news.store.db), facts: facts(), logger: recordingLogger().logger, now: () => clock, feeds: [feedDef('wire', '/wire.xml', 'Wire Service')], limits: { allowPrivateAddresses: true } });
    expect((await moved.sources())[0]).toMatchObject({ state: 'never', consecutiveErrors: 0 });
    await moved.poll();
    expect((await moved.sources())[0]).toMatchObject({ state: 'ok' });
  });
});

describe('/sco news', () => {
  let ctx: ReturnType<typeof testContext>;
  const sco = registry();
  beforeAll(async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    wireBody = fixture('wire-rss2.xml');
    const { news } = newsWith(goodFeeds());
    await news.poll();
    ctx = testContext({ services: testServices({ news }) });
  });

  it('lists recent items newest first, each with its link and cited by it', async () => {
    const reply = await sco.runLine('news', ctx);
    expect(reply.title).toBe('SCO news');
    const lines = reply.sections.flatMap((s) => s.items ?? []);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'India and Pakistan foreign ministers meet in Bishkek — Wire Service, 2026-11-26 [India, Pakistan] (reported: summit or meeting held)\nhttps://news.example/world/india-pakistan-bishkek',
    );
    expect(reply.sources.map((s) => s.url)).toEqual(lines.map((l) => l.split('\n')[1]));
    expect(reply.sources[0]).toMatchObject({ publisher: 'Wire Service', date: '2026-11-26' });
  });

  it('shows news that looks like a change to the facts apart, as reported and not in the checked facts', async () => {
    const reply = await sco.runLine('news', ctx);
    const reported = reply.sections.find((s) => s.heading === 'Reported in the news — not in the checked facts');
    const titles = (reported?.items ?? []).map((l) => l.split(' — ')[0]);
    expect(titles).toContain('India and Pakistan foreign ministers meet in Bishkek');
    expect(titles).toContain('上合组织外长理事会会议在比什凯克举行');
    // A meeting announced for later is not reported as held.
    expect(titles).not.toContain('Саммит ШОС пройдёт в Бишкеке');
    expect(reply.sections.find((s) => s.heading === 'Other news')?.items?.map((l) => l.split(' — ')[0])).toContain('Саммит ШОС пройдёт в Бишкеке');
    expect(reply.summary).toMatch(/the checked facts do not include it yet/);
  });

  it('narrows to one country', async () => {
    const reply = await sco.runLine('news Kazakhstan', ctx);
    expect(reply.title).toBe('SCO news mentioning Kazakhstan');
    expect(reply.sections.flatMap((s) => s.items ?? []).map((l) => l.split(' — ')[0])).toEqual(['SCO energy ministers meet in Astana', 'Саммит ШОС пройдёт в Бишкеке']);
  });

  it('finds words in English, Russian and Chinese', async () => {
    const titles = async (line: string) => (await sco.runLine(line, ctx)).sections.flatMap((s) => s.items ?? []).map((l) => l.split(' — ')[0]);
    expect(await titles('news Russia summit')).toEqual(['Leaders gather in Tianjin for Shanghai Cooperation Organisation summit']);
    expect(await titles('news Бишкеке')).toEqual(['Саммит ШОС пройдёт в Бишкеке']);
    expect(await titles('news 比什凯克')).toEqual(['上合组织外长理事会会议在比什凯克举行']);
    expect(await titles('news 外长')).toEqual(['上合组织外长理事会会议在比什凯克举行']);
    expect(await titles('news energy')).toEqual(['SCO energy ministers meet in Astana']);
  });

  it('treats FTS syntax in the query as plain words', async () => {
    const reply = await sco.runLine('news summit" OR NEAR(summit) *', ctx);
    expect(reply.tone).toBe('info');
    expect(reply.title).toBe('No news found');
  });

  it('says when nothing matches, and points to the feeds\' status', async () => {
    const reply = await sco.runLine('news Belarus', ctx);
    expect(reply.title).toBe('No news found');
    expect(reply.suggestions).toContain('/sco news sources');
  });

  it('says so when the process does not read news', async () => {
    const reply = await sco.runLine('news', testContext());
    expect(reply).toMatchObject({ tone: 'error', title: 'News is not running' });
  });
});

describe('/sco news on the platforms', () => {
  it('fits eight long items in one Discord message and one Slack message, links included', async () => {
    const { renderReply } = await import('../../src/adapters/discord/render.js');
    const { renderSlack } = await import('../../src/adapters/slack/render.js');
    const long = (n: number) => `SCO ministers meet ${'in a long headline about cooperation and trade '.repeat(5)}${n}`;
    const items = Array.from({ length: 8 }, (_, n) => ({
      id: n + 1,
      title: long(n),
      url: `https://news.example/world/2026/11/26/a-rather-long-address-for-story-number-${n}?id=${n}`,
      feedId: 'wire',
      publisher: 'Wire Service',
      published: '2026-11-26T08:00:00.000Z',
      firstSeen: '2026-11-26T12:00:00.000Z',
      countries: ['CN', 'IN', 'KZ', 'RU'],
    }));
    const stub = { kind: 'news' as const, recent: async () => items, itemsSince: async () => items, sources: async () => [] };
    const reply = await registry().runLine('news', testContext({ services: testServices({ news: stub }) }));
    const discord = renderReply(reply);
    expect(discord).toHaveLength(1);
    expect(JSON.stringify(discord)).not.toContain('shortened');
    for (const i of items) expect(JSON.stringify(discord)).toContain(i.url);
    const slack = renderSlack(reply);
    expect(slack).toHaveLength(1);
    for (const i of items) expect(JSON.stringify(slack)).toContain(i.url);
  });
});
