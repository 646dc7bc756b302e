import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import type { FeedT } from '../../src/facts/schema.js';
import { createRegistry } from '../../commands/index.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { facts, testContext, testServices } from '../helpers/app.js';
import { FeedServer, feed } from '../news/feed-server.js';
import { limitViolations } from '../slack/limits.js';
import { BROADCAST } from '../slack/harness.js';
import { discordViolations } from './discord-limits.js';
import { hostileText, sample, SEED, UNSAFE_OUTPUT } from './generate.js';

/**
 * Issue 12, hostile suite: feeds written by an attacker, through fetch, the parser's worker,
 * cleaning, the store, and /sco news on every platform. Nothing is stored unclipped or with a
 * control character, and nothing shown pings anyone or breaks a platform's limits.
 */
const FEEDS = 5;
const ITEMS = 250;

const xml = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cdata = (s: string) => `<![CDATA[${xml(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/]]>/g, ']] >')}]]>`;

const server = new FeedServer();
const feeds: FeedT[] = [];
let news: News<SqliteNewsStore>;

beforeAll(async () => {
  await server.start();
  const texts = sample(hostileText, FEEDS * ITEMS * 2, 5);
  for (let f = 0; f < FEEDS; f++) {
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const n = f * ITEMS + i;
      const title = `SCO ${texts[2 * n]!.slice(0, 3000)}`;
      const summary = texts[2 * n + 1]!;
      const link = n % 17 === 0 ? `javascript:alert(${n})` : n % 13 === 0 ? `https://news.example/${'x'.repeat(3000)}` : `https://news.example/a/${n}?q=[x](https://evil.example)`;
      const t = n % 3 === 0 ? cdata(title) : xml(title);
      return `<item><title>${t}</title><link>${xml(link)}</link><guid>${xml(texts[2 * n]!.slice(0, 900))}${n}</guid><description>${n % 2 ? cdata(`<p>${summary}</p>`) : xml(summary)}</description><pubDate>Sat, 28 Nov 2026 ${String(n % 24).padStart(2, '0')}:00:00 GMT</pubDate></item>`;
    });
    server.routes.set(`/f${f}.xml`, feed(() => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${xml(texts[f]!)}</title>${items.join('')}</channel></rss>`));
    feeds.push({ id: `hostile-${f}`, name: `Hostile ${f}`, url: server.url(`/f${f}.xml`), language: 'en', publisher: `Publisher ${f}` });
  }
  news = new News({
    store: new SqliteNewsStore(openDatabase(':memory:')),
    facts: facts(),
    logger: { info() {}, warn() {}, debug() {} },
    now: () => new Date('2026-11-29T12:00:00Z'),
    feeds,
    limits: { allowPrivateAddresses: true, maxBytes: 20_000_000 },
  });
});
afterAll(async () => {
  await news.stop(1000);
  await server.stop();
});

describe(`the news pipeline under ${FEEDS * ITEMS} hostile feed items (seed ${SEED})`, () => {
  it('stores every item clipped and clean, and drops links that are not web addresses or are absurdly long', async () => {
    const outcomes = await news.poll();
    expect(outcomes.map((o) => [o.feedId, o.ok, o.reason])).toEqual(feeds.map((f) => [f.id, true, undefined]));
    const rows = news.store.db.prepare('SELECT title, summary, url FROM news_items').all() as { title: string; summary: string; url: string }[];
    expect(rows.length).toBeGreaterThan(FEEDS * ITEMS * 0.5);
    for (const r of rows) {
      const context = `seed ${SEED}: ${JSON.stringify(r.title.slice(0, 200))}`;
      expect(r.title.length, context).toBeLessThanOrEqual(300);
      expect(r.summary.length, context).toBeLessThanOrEqual(600);
      expect(r.title + r.summary, context).not.toMatch(UNSAFE_OUTPUT);
      expect(r.title + r.summary, context).not.toMatch(/<script|<p>|<a href/i);
      expect(r.url, context).toMatch(/^https:\/\/news\.example\/a\/\d+/);
      expect(r.url.length, context).toBeLessThanOrEqual(2000);
    }
  }, 60_000);

  it('shows /sco news on Discord, Slack and the console without a ping, a masked link or a broken limit, whatever the words asked', async () => {
    const registry = createRegistry();
    const ctx = testContext({ services: testServices({ news }) });
    const queries = ['news', 'news sources', ...sample(hostileText, 150, 6).map((q) => `news ${q.slice(0, 3000)}`)];
    for (const [i, line] of queries.entries()) {
      const context = `seed ${SEED}, query ${i}: ${JSON.stringify(line.slice(0, 200))}`;
      const reply = await registry.runLine(line, ctx);
      for (const body of renderReply(reply)) {
        expect(discordViolations(body), context).toEqual([]);
        for (const e of body.embeds) {
          for (const t of [e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]) {
            expect(/(?<!\\)\[[^\]\n]*\]\(\s*<?https?:\/\/evil/.test(t), context).toBe(false);
          }
        }
      }
      const slack = renderSlack(reply);
      expect(slack.length, context).toBeLessThanOrEqual(4);
      for (const m of slack) expect(limitViolations(m), context).toEqual([]);
      expect(JSON.stringify(slack), context).not.toMatch(BROADCAST);
      expect(toPlainText(reply), context).not.toMatch(UNSAFE_OUTPUT);
    }
  }, 60_000);
});
