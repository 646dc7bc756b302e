import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import { startNewsPoller } from '../../src/news/poller.js';
import { composeBriefing } from '../../src/briefing/compose.js';
import type { Logger } from '../../src/base/log.js';
import { facts } from '../helpers/app.js';
import { FeedServer, feed, fixture } from './feed-server.js';

const quiet = { info: () => {}, warn: () => {}, debug: () => {}, error: () => {} } as unknown as Logger;
const server = new FeedServer();
let wireBody = fixture('wire-rss2.xml');
let clock = new Date('2026-11-26T12:00:00Z');

beforeAll(async () => {
  await server.start();
  server.routes.set('/wire.xml', feed(() => wireBody));
  server.routes.set('/rdf.xml', feed(() => fixture('tass-rdf.xml'), 'application/rdf+xml'));
});
afterAll(() => server.stop());

function makeNews() {
  return new News({
    store: new SqliteNewsStore(openDatabase(':memory:')),
    facts: facts(),
    logger: quiet,
    now: () => clock,
    feeds: [
      { id: 'wire', name: 'Wire', url: server.url('/wire.xml'), language: 'en', publisher: 'Wire Service' },
      { id: 'tass', name: 'Russian', url: server.url('/rdf.xml'), language: 'ru', publisher: 'Russian Agency' },
    ],
    limits: { timeoutMs: 500, allowPrivateAddresses: true },
  });
}

const whatsNew = (r: Awaited<ReturnType<typeof composeBriefing>>) => r.sections.find((s) => s.heading === "What's new")?.items ?? [];
const reported = (r: Awaited<ReturnType<typeof composeBriefing>>) => r.sections.find((s) => s.heading === 'Reported in the news — not in the checked facts')?.items ?? [];
/** Every news line of a digest: plain news and reports of a change to the facts. */
const newsLines = (r: Awaited<ReturnType<typeof composeBriefing>>) => [...whatsNew(r), ...reported(r)];

describe("the digest's What's new", () => {
  it('shows the items first seen since the last digest, each cited by its link, and not an edited one again', async () => {
    const news = makeNews();
    clock = new Date('2026-11-26T12:00:00Z');
    await news.poll();
    const first = await composeBriefing(facts(), { since: new Date('2026-11-26T06:00:00Z'), now: new Date('2026-11-26T13:00:00Z'), news });
    const items = newsLines(first);
    expect(items).toHaveLength(4);
    expect(whatsNew(first)).toContain('Саммит ШОС пройдёт в Бишкеке — Russian Agency, 26 November 2026 [Kazakhstan, Russia]');
    // A meeting reported as held is a possible change to the facts: shown apart, with its link, not merged.
    expect(reported(first)).toContain('India and Pakistan foreign ministers meet in Bishkek — Wire Service, 26 November 2026 [India, Pakistan] (reported: summit or meeting held)');
    for (const url of ['https://news.example/world/sco-summit-tianjin', 'https://news.example/world/india-pakistan-bishkek', 'https://ru.example/news/1']) {
      expect(first.sources.map((s) => s.url)).toContain(url);
    }

    // The wire edits a headline and adds a story; the next digest shows only the new story.
    wireBody = fixture('wire-rss2.xml')
      .replace('summit</title>', 'summit, call for closer trade ties</title>')
      .replace(
        '<item>',
        '<item><guid>wire-9</guid><title>SCO defence ministers meet in Bishkek</title><link>https://news.example/world/defence-ministers</link><pubDate>Thu, 26 Nov 2026 16:00:00 GMT</pubDate></item><item>',
      );
    clock = new Date('2026-11-26T18:00:00Z');
    try {
      await news.poll();
    } finally {
      wireBody = fixture('wire-rss2.xml');
    }
    const second = await composeBriefing(facts(), { since: new Date('2026-11-26T13:00:00Z'), now: new Date('2026-11-26T19:00:00Z'), news });
    expect(newsLines(second)).toEqual(['SCO defence ministers meet in Bishkek — Wire Service, 26 November 2026 (reported: summit or meeting held)']);
    expect(second.sources.map((s) => s.url)).toContain('https://news.example/world/defence-ministers');
  });

  it("narrows to a subscription's countries", async () => {
    const news = makeNews();
    clock = new Date('2026-11-26T12:00:00Z');
    await news.poll();
    const r = await composeBriefing(facts(), { since: new Date('2026-11-26T06:00:00Z'), now: new Date('2026-11-26T13:00:00Z'), news, countries: ['KZ'] });
    expect(newsLines(r).map((i) => i.split(' — ')[0])).toEqual(['Саммит ШОС пройдёт в Бишкеке']);
  });

  it('leaves out items published long before the window, though first seen in it', async () => {
    const news = makeNews();
    clock = new Date('2026-12-20T12:00:00Z');
    await news.poll();
    expect(await news.itemsSince(new Date('2026-12-20T00:00:00Z'))).toEqual([]);
    expect(await news.recent()).toHaveLength(4);
  });
});

describe('the news poller', () => {
  it('polls once at start, then on its schedule, and stops cleanly', async () => {
    const news = makeNews();
    const before = server.hits('/wire.xml');
    const stop = startNewsPoller(news, '*/30 * * * *', quiet);
    for (let i = 0; i < 100 && await news.store.count() < 4; i++) await new Promise((r) => setTimeout(r, 20));
    expect(server.hits('/wire.xml')).toBe(before + 1);
    expect(await news.store.count()).toBe(4);
    await stop();
  });

  it('refuses a FEEDS_CRON that is not a cron expression', async () => {
    expect(() => startNewsPoller(makeNews(), 'every half hour', quiet)).toThrow(/FEEDS_CRON "every half hour" is not a cron expression/);
  });
});
