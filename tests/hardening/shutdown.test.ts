import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';
import { FeedServer, silent } from '../news/feed-server.js';

/**
 * Issue 12, finding 11 (shutdown): `npm start` with Slack against the loopback fake, reading a
 * feed that never answers. SIGTERM stops commands, then the scheduler, then news — the hung
 * fetch is aborted instead of waited out — and a second signal exits at once.
 */
const ROOT = join(import.meta.dirname, '../..');
const feeds = new FeedServer();
let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  await feeds.start();
  feeds.routes.set('/hangs.xml', silent);
  fake = await startFakeSlack({ token: 'xoxb-shutdown-test' });
  dir = mkdtempSync(join(tmpdir(), 'sco-shutdown-'));
  // The real data, with one feed that hangs on a loopback server (never a public address in tests).
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'feeds.json'), JSON.stringify([{ id: 'hangs', name: 'Hangs', url: feeds.url('/hangs.xml'), language: 'en', publisher: 'Hangs' }]));
});
afterAll(async () => {
  await feeds.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function startBot() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_PATH: join(dir, `state-${Date.now()}.sqlite`),
      DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
      SLACK_SIGNING_SECRET: 'shutdown-signing-secret',
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      NEWS_ALLOW_PRIVATE_ADDRESSES: 'true',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: { msg?: string; level?: number }[] = [];
  child.stderr.on('data', (c: Buffer) => {
    for (const l of c.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as { msg?: string });
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  return { child, lines, exited };
}

async function untilPolling(lines: { msg?: string }[]) {
  await expect.poll(() => lines.some((l) => l.msg === 'ready'), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => feeds.hits('/hangs.xml'), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe('shutdown', () => {
  it('stops commands, then the scheduler, then news, aborting a hung feed fetch instead of waiting it out', async () => {
    const bot = startBot();
    await untilPolling(bot.lines);
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    // The feed fetch would hold a poll for its 15 s time limit.
    expect(at - signalled).toBeLessThan(6_000);
    const steps = bot.lines.map((l) => l.msg).filter((m) => m?.startsWith('shutdown:'));
    expect(steps).toEqual(['shutdown: commands stopped', 'shutdown: scheduler stopped', 'shutdown: news stopped', 'shutdown: database stopped']);
  }, 40_000);

  it('exits at once on a second signal', async () => {
    const bot = startBot();
    await untilPolling(bot.lines);
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    bot.child.kill('SIGINT');
    const { code, at } = await bot.exited;
    expect(code).toBe(1);
    expect(at - signalled).toBeLessThan(2_000);
    expect(bot.lines.some((l) => l.msg === 'second signal: exiting at once')).toBe(true);
  }, 40_000);
});
