import { boot } from '../wiring/boot.js';
import { createLogger } from '../base/log.js';

/**
 * `npm run -s news:poll`: reads every configured feed once into the state database and prints
 * what each feed gave, so a feed can be tried without starting the bot.
 */
const app = await boot({ logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }) });
const news = app.news.service;
const outcomes = await news.poll();
// Replicas on one PostgreSQL poll one at a time: nothing read means another process holds the poll.
if (outcomes.length === 0 && news.feeds.length > 0) process.stdout.write('Another process is polling the feeds right now; nothing was read.\n');
for (const o of outcomes) {
  const what = !o.ok
    ? `FAILED: ${o.reason}`
    : o.notModified
      ? 'not modified'
      : `${o.seen} items, ${o.relevant} about the SCO: ${o.saved.new} new, ${o.saved.updated} updated, ${o.saved.duplicate} duplicates`;
  process.stdout.write(`${o.feedId.padEnd(24)} ${what}\n`);
}
await app.news.stop();
await app.state.close();
process.exitCode = outcomes.some((o) => o.ok) || outcomes.length === 0 ? 0 : 1;
