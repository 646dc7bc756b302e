import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';
import { FeedServer, feed, fixture } from '../news/feed-server.js';
import { freshDatabase } from '../helpers/postgres.js';

/**
 * What the Dockerfile runs, short of the container: `npm run build`'s bundle (built here with the
 * same esbuild arguments into node_modules/.cache, so dist/ is left alone), started with
 * `node dist/main.js` against a throwaway PostgreSQL, the loopback Slack fake and a loopback
 * feed. It must migrate, connect, report ready on /readyz, count a feed poll on /metrics,
 * and stop cleanly on SIGTERM.
 */

const root = new URL('../../', import.meta.url).pathname;
const outdir = join(root, 'node_modules/.cache/sco-bundle-test');
let slack: FakeSlack;
let feeds: FeedServer;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let dataDir: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } })
    .scripts.build;
  const args = script
    .replace(/^esbuild\s+/, '')
    .split(/\s+/)
    .map((a) => (a.startsWith('--outdir=') ? `--outdir=${outdir}` : a));
  const built = spawnSync(join(root, 'node_modules/.bin/esbuild'), args, { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  slack = await startFakeSlack({ token: 'xoxb-bundle-smoke' });
  feeds = new FeedServer();
  await feeds.start();
  feeds.routes.set(
    '/wire.xml',
    feed(() => fixture('wire-rss2.xml')),
  );
  // The real data, with one feed on loopback instead of the configured ones (no test reaches outside).
  dataDir = mkdtempSync(join(tmpdir(), 'sco-bundle-data-'));
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  writeFileSync(
    join(dataDir, 'feeds.json'),
    JSON.stringify([
      { id: 'wire', name: 'Wire', url: feeds.url('/wire.xml'), language: 'en', publisher: 'Wire Service' },
    ]),
  );
  db = await freshDatabase('bundle');
});

afterAll(async () => {
  await slack?.close();
  await feeds?.stop();
  await db?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  rmSync(outdir, { recursive: true, force: true });
});

describe('the production bundle', () => {
  it('starts against PostgreSQL, reports ready with metrics, and stops cleanly on SIGTERM', async () => {
    const healthPort = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', join(outdir, 'main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DATABASE_URL: db.url,
        HEALTH_PORT: String(healthPort),
        DATA_DIR: dataDir,
        // The loopback feed server is a private address: allowed here, as an operator would for an internal feed.
        NEWS_ALLOW_PRIVATE_ADDRESSES: 'true',
        SLACK_BOT_TOKEN: 'xoxb-bundle-smoke',
        SLACK_SIGNING_SECRET: 'bundle-smoke-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${healthPort}${path}`);
      return { status: res.status, body: await res.text() };
    };
    try {
      let ready: { status: number; body: string } | undefined;
      for (let i = 0; i < 150; i++) {
        ready = await get('/readyz').catch(() => undefined);
        if (ready?.status === 200) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready, log).toMatchObject({ status: 200 });
      expect(JSON.parse(ready!.body)).toEqual({ ready: true, checks: { database: 'ok', slack: 'ok' } });
      expect((await get('/healthz')).status).toBe(200);
      let metrics = '';
      for (let i = 0; i < 100 && !metrics.includes('sco_feed_polls_total{feed="wire",outcome="ok"} 1'); i++) {
        metrics = (await get('/metrics')).body;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(metrics).toContain('sco_feed_polls_total{feed="wire",outcome="ok"} 1');
      expect(metrics).toContain('sco_delivery_queue_depth 0');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, log).toBe(0);
    // It migrated PostgreSQL and stored the loopback feed's SCO items there.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const features = (
      await client.query<{ feature: string }>('SELECT DISTINCT feature FROM schema_migrations ORDER BY 1')
    ).rows.map((r) => r.feature);
    const items = (await client.query<{ n: string }>('SELECT count(*) AS n FROM news_items')).rows[0]!.n;
    await client.end();
    expect(features).toEqual(expect.arrayContaining(['briefings', 'news']));
    expect(Number(items)).toBeGreaterThan(0);
    // Production logs are JSON lines, and none carries the database URL or a token.
    expect(log).not.toContain(db.url);
    expect(log).not.toContain('xoxb-bundle-smoke');
  }, 60_000);
});
