import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';

/**
 * `npm start` (Node's own ESM loader, not the test runner's) in multi-workspace mode: it comes up
 * with no workspace installed, serves the install page, and stops on SIGTERM.
 */
let fake: FakeSlack;
let dir: string;
beforeAll(async () => {
  fake = await startFakeSlack({ oauthClient: { clientId: '1111111111.2222222222', clientSecret: 'client-secret-for-tests' } });
  dir = mkdtempSync(join(tmpdir(), 'sco-oauth-start-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with SLACK_CLIENT_ID', () => {
  it('starts without a bot token, serves "Add to Slack" at /slack/install, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/main.ts'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DATABASE_PATH: join(dir, 'state.sqlite'),
        SLACK_CLIENT_ID: '1111111111.2222222222',
        SLACK_CLIENT_SECRET: 'client-secret-for-tests',
        SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
        SLACK_TOKEN_KEY: 'a1'.repeat(32),
        SLACK_SIGNING_SECRET: 'signing-secret-for-tests-0123',
        SLACK_API_URL: fake.apiUrl,
        SLACK_PORT: '0',
        SLACK_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      for (const l of c.toString().split('\n').filter(Boolean)) {
        try {
          lines.push(JSON.parse(l) as Record<string, unknown>);
        } catch {
          lines.push({ msg: l });
        }
      }
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => lines.find((l) => l.msg === 'slack adapter started'), { timeout: 20_000, interval: 100 }).toBeDefined();
      const started = lines.find((l) => l.msg === 'slack adapter started')!;
      expect(started).toMatchObject({ mode: 'oauth', workspaces: 0 });
      const page = await fetch(String(started.installUrl));
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/Add to Slack/);
      expect(page.headers.get('set-cookie')).toMatch(/^slack-app-oauth-state=/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('client-secret-for-tests');
    expect(stderr).not.toContain('a1'.repeat(32));
  }, 40_000);
});
