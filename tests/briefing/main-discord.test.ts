import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';
import { subscriptionInput, tempDbPath } from './helpers.js';
import { offlineDataDir } from '../helpers/offline-data.js';

/**
 * `npm start` with a Discord token, against the loopback fake: the scheduler starts with the
 * Discord adapter's poster, posts the digest that is due, and SIGTERM stops it cleanly.
 */
const CHANNEL = '1200000000000000777';
let fake: FakeDiscord;
let db: ReturnType<typeof tempDbPath>;
let data: ReturnType<typeof offlineDataDir>;
beforeAll(async () => {
  fake = await startFakeDiscord({ channelIds: [CHANNEL], heartbeatIntervalMs: 5_000 });
  db = tempDbPath();
  data = offlineDataDir();
});
afterAll(async () => {
  await fake.close();
  db.cleanup();
  data.cleanup();
});

describe('npm start with Discord', () => {
  it('posts a due digest through the Discord adapter and shuts down on SIGTERM with the claim recorded', async () => {
    const store = SqliteBriefingStore.open(db.path);
    // Subscribed two days ago for an hourly slot: a catch-up is due at start-up.
    await store.subscribe(subscriptionInput({ platform: 'discord', channelId: CHANNEL, label: 'cron 0 * * * *', cron: '0 * * * *', timezone: 'UTC' }), new Date(Date.now() - 2 * 86_400_000));
    store.close();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/main.ts'], {
      env: {
        ...process.env,
        DATABASE_PATH: db.path,
        DATA_DIR: data.dir,
        LOG_LEVEL: 'silent',
        DISCORD_TOKEN: 'fake-discord-token-for-tests-000000',
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_APP_TOKEN: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`, 15_000);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    // One digest (the full first briefing runs to more than one Discord message), recorded with every message id.
    const posted = fake.messages.get(CHANNEL)!.map((m) => m.id);
    const check = SqliteBriefingStore.open(db.path);
    expect(await check.allDeliveries()).toMatchObject([{ status: 'delivered', kind: 'catch-up', covers: 48, messageIds: posted }]);
    check.close();
  }, 30_000);
});
