import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../src/wiring/adapters.js';
import { createApp } from '../../src/wiring/app.js';
import { loadConfig } from '../../src/base/config.js';
import { createLogger } from '../../src/base/log.js';
import { slashCommandBody } from '../fakes/slack/payloads.js';
import { signedPost, startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';

const TOKEN = 'xoxb-start-test-token-0001';
const SECRET = 'start-test-signing-secret';
let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  fake = await startFakeSlack({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sco-slack-start-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function appFor(env: Record<string, string>) {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const result = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'debug', DATABASE_PATH: join(dir, 'state.sqlite'), ...env });
  if (!result.ok) throw new Error(result.problems.join('; '));
  const logger = createLogger({ level: 'debug', secrets: [TOKEN, SECRET, env.SLACK_BOT_TOKEN ?? ''], destination });
  return { app: await createApp(result.config, { logger }), lines };
}

describe('npm start with Slack configured', () => {
  it('starts the HTTP receiver on SLACK_PORT at /slack/events, against SLACK_API_URL, and never logs the secrets', async () => {
    const port = await freePort();
    const { app, lines } = await appFor({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(port) });
    const { stop } = await startSlack(app, { host: '127.0.0.1' });
    try {
      const res = await signedPost(`http://127.0.0.1:${port}/slack/events`, slashCommandBody({ text: 'country iran', responseUrl: fake.responseUrl('start') }), { secret: SECRET });
      expect(res.status).toBe(200);
      const answer = await fake.waitFor((c) => c.responseId === 'start');
      expect(JSON.stringify(answer.body)).toMatch(/Iran/);
      expect(fake.callsTo('auth.test').length).toBeGreaterThan(0);
    } finally {
      await stop();
    }
    const log = lines.join('');
    expect(log).toMatch(/slack adapter started/);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(SECRET);
  });

  it('stops start-up with one clear line when Slack refuses the bot token', async () => {
    const { app } = await appFor({ SLACK_BOT_TOKEN: 'xoxb-wrong-token-0002', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(await freePort()) });
    await expect(startSlack(app, { host: '127.0.0.1' })).rejects.toThrow(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it('reports a missing signing secret as a configuration problem, naming the variable and not the token', async () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: TOKEN });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.join('\n')).toMatch(/SLACK_SIGNING_SECRET: required/);
    expect(problems.join('\n')).not.toContain(TOKEN);
  });
});
