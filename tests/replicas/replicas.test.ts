import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPool, type PgPool } from '../../src/base/postgres.js';
import { openBriefingStore } from '../../src/briefing/open-store.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';
import { freshDatabase } from '../helpers/postgres.js';

/**
 * Several bot processes on one PostgreSQL database behave as one bot: 300 subscriptions due in
 * the same minute, three replicas (each a separate process with the real scheduler and the real
 * Discord poster, against the loopback fake), one SIGKILLed while it is posting. Counted at the
 * platform: every channel gets its digest once. The replicas' worker ids name different hosts,
 * so the killed one's claims are taken over only when their lease runs out.
 */

const FIXTURE = new URL('./fixtures/replica.ts', import.meta.url).pathname;
const SUBSCRIPTIONS = 300;
const LEASE_MS = 3_000;
const channels = Array.from({ length: SUBSCRIPTIONS }, (_, i) => String(1_200_000_000_000_001_000n + BigInt(i)));

interface Replica {
  name: string;
  child: ChildProcess;
  out: () => string;
  posted: () => number;
  exited: Promise<number | null>;
}

let db: Awaited<ReturnType<typeof freshDatabase>>;
let pool: PgPool;
let fake: FakeDiscord;
const running: Replica[] = [];

beforeEach(async () => {
  db = await freshDatabase('replicas');
  pool = openPool(db.url, { max: 4 });
  fake = await startFakeDiscord({ channelIds: channels });
  const store = await openBriefingStore({ engine: 'postgres', pool });
  for (const channelId of channels) {
    await store.subscribe(
      {
        platform: 'discord',
        channelId,
        label: 'daily 08:00',
        cron: '0 8 * * *',
        timezone: 'UTC',
        countries: [],
        topics: [],
        createdBy: 'U1',
      },
      new Date('2026-11-26T12:00:00Z'),
    );
  }
});
afterEach(async () => {
  for (const r of running.splice(0)) r.child.kill('SIGKILL');
  await fake.close();
  await pool.end();
  await db.drop();
});

/** Starts a replica; with no origin it waits, once READY, for the clock's origin on stdin (see `go`). */
function start(name: string, origin?: number, postDelayMs = 15): Replica {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      FIXTURE,
      db.url,
      fake.apiUrl,
      origin === undefined ? 'stdin' : String(origin),
      name,
      String(postDelayMs),
      '4',
      String(LEASE_MS),
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const replica: Replica = {
    name,
    child,
    out: () => out,
    posted: () => out.split('\n').filter((l) => l.startsWith('POSTED ')).length,
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  running.push(replica);
  return replica;
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const delivered = async () =>
  (await pool.query<{ n: number }>(`SELECT count(*) AS n FROM briefing_deliveries WHERE status = 'delivered'`)).rows[0]!
    .n;

async function run(options: { fourthMidRun: boolean }) {
  // The victim's platform answers slowly, so when it dies it still holds claims it has not posted.
  const replicas = [start('replica-a', undefined, 200), start('replica-b'), start('replica-c')];
  const victim = replicas[0]!;
  // The scenario's 08:00 arrives only once every replica is up (booting takes seconds on a loaded
  // machine), half a second after the start line: they start claiming together.
  await until('three replicas to be up', () => replicas.every((r) => r.out().includes('READY')), 45_000);
  const origin = Date.now() + 500;
  for (const r of replicas) r.child.stdin!.end(`${origin}\n`);
  await until('replica-a to be posting', () => victim.posted() >= 15, 30_000);
  victim.child.kill('SIGKILL');
  await victim.exited;
  const postedByVictim = victim.posted();
  if (options.fourthMidRun) {
    const fourth = start('replica-d', origin);
    replicas.push(fourth);
    // It joins while the others are still delivering what the victim left.
    await until('replica-d to be up', () => fourth.out().includes('READY'), 30_000);
  }
  await until(`${SUBSCRIPTIONS} deliveries recorded`, async () => (await delivered()) === SUBSCRIPTIONS, 45_000);
  // A duplicate would arrive after the last record: give stragglers a moment to show themselves.
  await new Promise((r) => setTimeout(r, 1_000));
  const survivors = replicas.slice(1);
  for (const r of survivors) r.child.kill('SIGTERM');
  const codes = await Promise.all(survivors.map((r) => r.exited));

  const perChannel = channels.map((c) => fake.messages.get(c)?.length ?? 0);
  const recovered = survivors.reduce(
    (n, r) => n + [...r.out().matchAll(/recovered=(\d+)/g)].reduce((m, x) => m + Number(x[1]), 0),
    0,
  );
  const rows = (
    await pool.query<{ subscription_id: number; status: string; n: number }>(
      'SELECT subscription_id, status, count(*) AS n FROM briefing_deliveries GROUP BY subscription_id, status',
    )
  ).rows;
  const nonceRepeats = (() => {
    const seen = new Set<string>();
    let repeats = 0;
    for (const r of fake.requests) {
      const nonce = (r.body as { nonce?: string } | undefined)?.nonce;
      if (r.method !== 'POST' || !nonce) continue;
      if (seen.has(nonce)) repeats++;
      seen.add(nonce);
    }
    return repeats;
  })();
  const result = {
    posts: perChannel.reduce((a, b) => a + b, 0),
    duplicates: perChannel.reduce((n, k) => n + Math.max(0, k - 1), 0),
    lost: perChannel.filter((k) => k === 0).length,
    postedByVictim,
    recovered,
    nonceRepeats,
    perReplica: Object.fromEntries(replicas.map((r) => [r.name, r.posted()])),
  };
  process.stdout.write(
    `replicas ${options.fourthMidRun ? '(fourth started mid-run)' : ''}: ${JSON.stringify(result)}\n`,
  );
  return { result, codes, rows };
}

describe('three replicas on one PostgreSQL, one SIGKILLed while posting', () => {
  it("post each of 300 due digests exactly once, the dead replica's claims taken over after their lease", async () => {
    const { result, codes, rows } = await run({ fourthMidRun: false });
    expect(result).toMatchObject({ posts: SUBSCRIPTIONS, duplicates: 0, lost: 0 });
    expect(codes).toEqual([0, 0]);
    // One delivery per subscription, every one delivered.
    expect(rows).toHaveLength(SUBSCRIPTIONS);
    expect(rows.every((r) => r.status === 'delivered' && r.n === 1)).toBe(true);
    // The victim was killed mid-run: it had posted some, and left claims the others finished.
    expect(result.postedByVictim).toBeGreaterThanOrEqual(15);
    expect(result.postedByVictim).toBeLessThan(SUBSCRIPTIONS / 2);
    expect(result.recovered).toBeGreaterThan(0);
  }, 150_000);

  it('do the same with a fourth replica started mid-run', async () => {
    const { result, codes, rows } = await run({ fourthMidRun: true });
    expect(result).toMatchObject({ posts: SUBSCRIPTIONS, duplicates: 0, lost: 0 });
    expect(codes).toEqual([0, 0, 0]);
    expect(rows).toHaveLength(SUBSCRIPTIONS);
    expect(rows.every((r) => r.status === 'delivered' && r.n === 1)).toBe(true);
    expect(result.recovered).toBeGreaterThan(0);
  }, 150_000);
});
