/**
 * One replica for bench/fanout-replicas.bench.ts: the real scheduler on the given state
 * (a postgres:// URL or a SQLite file), the adapters' own posters pointed at the bench's
 * rate-limited fakes, the real digest. Ticks until SIGTERM, then stops like `npm start`.
 *   fanout-replica <state> <discordPort> <slackPort> <clockOrigin> <host>
 */
import { randomBytes } from 'node:crypto';
import type { Logger as SlackLogger } from '@slack/bolt';
import { openDatabase, type StateHandle } from '../src/base/db.js';
import { openPool } from '../src/base/postgres.js';
import { openBriefingStore } from '../src/briefing/open-store.js';
import { BriefingScheduler } from '../src/briefing/scheduler.js';
import { composeBriefing } from '../src/briefing/compose.js';
import { FactStore } from '../src/facts/store.js';
import { createDiscordPoster, createDiscordRest } from '../src/adapters/discord/poster.js';
import { createSlackDigestPoster, SLACK_MIN_CONCURRENCY } from '../src/adapters/slack/sharded-poster.js';

// The slot itself (08:00 Berlin): replicas started early find nothing due until the clock origin, then all of it.
export const SCENARIO_TIME = Date.parse('2026-11-27T07:00:00Z');

const [location, discordPort, slackPort, clockOrigin, host] = process.argv.slice(2);
const state: StateHandle = location!.startsWith('postgres')
  ? { engine: 'postgres', pool: openPool(location!, { max: 6 }) }
  : { engine: 'sqlite', db: openDatabase(location!) };
const store = await openBriefingStore(state);
const digest = composeBriefing(FactStore.load(), {
  since: new Date('2026-01-01T00:00:00Z'),
  now: new Date('2026-04-20T00:00:00Z'),
});
const noop = () => {};
const slackLogger: SlackLogger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  setLevel: noop,
  getLevel: () => 'error' as never,
  setName: noop,
};
const posters = [
  createDiscordPoster({
    rest: createDiscordRest({
      token: 'bench-token-not-secret-0123456789',
      apiUrl: `http://127.0.0.1:${discordPort}/api`,
    }),
  }),
  createSlackDigestPoster({ token: 'xoxb-bench', apiUrl: `http://127.0.0.1:${slackPort}/api/`, logger: slackLogger }),
];
const concurrency = Number(process.env.DELIVERY_CONCURRENCY ?? 8);
const origin = Number(clockOrigin);
const scheduler = new BriefingScheduler({
  store,
  posters: new Map(posters.map((p) => [p.platform, p])),
  digest: async () => digest,
  policy: { attempts: 5, backoffMs: 250, maxBackoffMs: 4_000, leaseMs: 10 * 60_000, retryRoundMs: 5_000 },
  graceMs: 6 * 3_600_000,
  concurrency,
  platformConcurrency: { discord: concurrency, slack: Math.max(concurrency, SLACK_MIN_CONCURRENCY) },
  now: () => new Date(SCENARIO_TIME + (Date.now() - origin)),
  worker: `${host}:${process.pid}:${randomBytes(3).toString('hex')}`,
});

let stopping = false;
process.once('SIGTERM', () => {
  stopping = true;
});
process.stdout.write('READY\n');
while (!stopping) {
  await scheduler.tick();
  await new Promise((r) => setTimeout(r, 250));
}
await scheduler.stop();
if (state.engine === 'postgres') await state.pool.end();
else state.db.close();
process.exit(0);
