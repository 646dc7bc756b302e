import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import type { FeedT } from '../../src/facts/schema.js';
import { facts } from '../helpers/app.js';
import { FeedServer, feed } from '../news/feed-server.js';
import { startHarness as startSlack, type Harness as SlackHarness } from '../slack/harness.js';
import { chatInput, startHarness as startDiscord, type Harness as DiscordHarness } from '../discord/harness.js';

/**
 * Issue 12, finding 1, end to end: while the bot reads a 5 MB feed of 80,000 items from a
 * loopback server, the chat platforms still get their answers in time. The fakes run in this
 * process, so a blocked event loop would delay their clocks' view of the answer too.
 */

const ITEMS = 80_000;
const WITHIN_MS = 200;
const server = new FeedServer();
let slack: SlackHarness;
let discord: DiscordHarness;

beforeAll(async () => {
  await server.start();
  const items = Array.from(
    { length: ITEMS },
    (_, i) => `<item><title>SCO talks, report ${i}</title><link>https://feeds.example/a/${i}</link></item>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><link>https://feeds.example/</link><description>d</description>${items.join('')}</channel></rss>`;
  expect(body.length).toBeGreaterThan(5_000_000);
  expect(body.length).toBeLessThan(8_000_000);
  server.routes.set('/big.xml', feed(() => body));
  slack = await startSlack();
  discord = await startDiscord();
}, 60_000);

afterAll(async () => {
  await slack?.close();
  await discord?.stop();
  await server.stop();
});

describe('a huge feed being read', () => {
  it(`leaves Slack acks and Discord answers within ${WITHIN_MS} ms while it is parsed`, async () => {
    const big: FeedT = { id: 'big', name: 'Big', url: server.url('/big.xml'), language: 'en', publisher: 'Big Wire' };
    const news = new News({
      store: new SqliteNewsStore(openDatabase(':memory:')),
      facts: facts(),
      logger: { info() {}, warn() {}, debug() {} },
      now: () => new Date('2026-11-29T12:00:00Z'),
      feeds: [big],
      limits: { timeoutMs: 20_000, maxBytes: 8_000_000, allowPrivateAddresses: true },
    });
    let polling = true;
    const poll = news.poll().finally(() => (polling = false));
    // Let the fetch start and the body arrive before the first probe.
    await new Promise((r) => setTimeout(r, 150));
    const acks: number[] = [];
    const answers: number[] = [];
    let probesDuringPoll = 0;
    while (polling) {
      const slash = await slack.slash('about');
      acks.push(slash.ackMs);
      const started = Date.now();
      await discord.fake.sendInteraction(chatInput('about')).callback;
      answers.push(Date.now() - started);
      if (polling) probesDuringPoll++;
    }
    const [outcome] = await poll;
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    expect(await news.store.count()).toBe(500);
    expect(probesDuringPoll).toBeGreaterThan(0);
    expect(Math.max(...acks)).toBeLessThan(WITHIN_MS);
    expect(Math.max(...answers)).toBeLessThan(WITHIN_MS);
  }, 90_000);
});
