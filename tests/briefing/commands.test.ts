import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/wiring/app.js';
import { loadConfig } from '../../src/base/config.js';
import { createLogger } from '../../src/base/log.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import type { CommandContext } from '../../commands/types.js';
import { facts } from '../helpers/app.js';
import { tempDbPath, testPoster, type TestPoster } from './helpers.js';

const NOW = new Date('2026-11-27T12:00:00Z');
let db: ReturnType<typeof tempDbPath>;
let app: App;
let poster: TestPoster;

beforeEach(async () => {
  db = tempDbPath();
  const config = loadConfig({ DATABASE_PATH: db.path, LOG_LEVEL: 'silent' });
  if (!config.ok) throw new Error(config.problems.join('; '));
  app = await createApp(config.config, { facts: facts(), logger: createLogger({ level: 'silent' }), now: () => NOW });
  poster = testPoster('console');
  app.briefings.usePosters([poster]);
});
afterEach(async () => {
  await app.briefings.stop();
  db.cleanup();
});

const ctx = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  platform: 'console',
  userId: 'admin',
  channelId: 'ops-room',
  canAdminister: async () => true,
  services: app.services,
  ...overrides,
});
const run = (line: string, c = ctx()) => app.registry.runLine(line, c);

describe('/sco subscribe', () => {
  it('confirms the next three runs in the channel’s zone and posts a first digest at once', async () => {
    const r = await run('subscribe daily 08:00 timezone:Europe/Berlin');
    expect(r.tone).toBe('success');
    expect(r.title).toBe('Subscribed: daily 08:00 (Europe/Berlin)');
    expect(r.summary).toContain('Sat 28 Nov 2026, 08:00 CET; Sun 29 Nov 2026, 08:00 CET; Mon 30 Nov 2026, 08:00 CET');
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.channelId).toBe('ops-room');
    expect(poster.posts[0]!.reply.sources.length).toBeGreaterThan(0);
    expect(poster.posts[0]!.reply.footer).toContain('Scheduled daily 08:00 (Europe/Berlin)');
  });

  it('reads a trailing zone written positionally', async () => {
    const r = await run('subscribe weekdays 7:30 Asia/Kolkata first:false');
    expect(r.title).toBe('Subscribed: weekdays 07:30 (Asia/Kolkata)');
    expect(r.summary).toContain('Mon 30 Nov 2026, 07:30 GMT+5:30');
    expect(poster.posts).toHaveLength(0);
  });

  it('refuses an unknown zone with a short error and subscribes nothing', async () => {
    const r = await run('subscribe daily 08:00 timezone:Europe/Berln');
    expect(r.tone).toBe('error');
    expect(r.summary).toContain('"Europe/Berln" is not an IANA time zone');
    expect(await app.services.briefings!.channelSchedule({ platform: 'console', channelId: 'ops-room' })).toEqual([]);
  });

  it('refuses a member who cannot administer the channel', async () => {
    const r = await run('subscribe daily 08:00', ctx({ canAdminister: async () => false }));
    expect(r.title).toBe('Only channel admins can do that');
    expect(poster.posts).toHaveLength(0);
  });

  it('resolves country filters by name and refuses an unknown topic', async () => {
    const ok = await run('subscribe weekly monday 09:00 countries:India,Iran topics:events,meetings first:false');
    expect(toPlainText(ok)).toContain('Countries: India, Iran');
    const bad = await run('subscribe daily 08:00 topics:gossip');
    expect(bad.summary).toContain('"gossip" is not a digest topic');
  });
});

describe('/sco schedule and /sco unsubscribe', () => {
  it('shows the subscription with its next run and last delivery, then removes it', async () => {
    await run('subscribe daily 08:00 Europe/Berlin');
    const shown = toPlainText(await run('schedule'));
    expect(shown).toContain('#1 · daily 08:00 (Europe/Berlin)');
    expect(shown).toContain('Next runs: Sat 28 Nov 2026, 08:00 CET');
    expect(shown).toContain('Last delivery: first digest, delivered, Fri 27 Nov 2026, 13:00 CET');
    const removed = await run('unsubscribe');
    expect(removed.summary).toBe('Removed 1 scheduled digest from this channel.');
    expect((await run('schedule')).title).toBe('No scheduled digests here');
  });

  it('shows a paused subscription with its reason, and subscribing again resumes it', async () => {
    const { DeliveryError } = await import('../../src/briefing/types.js');
    poster.failWith = () => new DeliveryError('channel-gone', '10003', 'Unknown Channel');
    const first = await run('subscribe daily 08:00 Europe/Berlin');
    expect(first.tone).toBe('warning');
    const shown = toPlainText(await run('schedule'));
    expect(shown).toContain('paused');
    expect(shown).toContain('the channel is gone or archived (10003)');
    poster.failWith = undefined;
    const again = await run('subscribe daily 08:00 Europe/Berlin');
    expect(again.summary).toContain('Resumed 1 paused subscription(s)');
    expect(poster.posts).toHaveLength(1);
    expect(toPlainText(await run('schedule'))).not.toContain('Paused since');
  });
});

describe('the console entry point', () => {
  it('subscribes from `npm start` with no tokens, prints the first digest, and exits cleanly at end of input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/main.ts'], {
      env: { ...process.env, DATABASE_PATH: db.path, LOG_LEVEL: 'silent', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end('subscribe daily 08:00 timezone:Europe/Berlin\nschedule\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('[console] SCO briefing');
    expect(out).toContain('Subscribed: daily 08:00 (Europe/Berlin)');
    expect(out).toContain('#1 · daily 08:00 (Europe/Berlin)');
  }, 20_000);
});
