import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/base/config.js';

/** Issue 12, finding 7: every start-up problem comes before any platform connects, as one clear line. */

const ROOT = join(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sco-startup-'));
  chmodSync(dir, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const problems = (env: Record<string, string>) => {
  const r = loadConfig({ DATABASE_PATH: join(dir, 's.sqlite'), ...env });
  return r.ok ? [] : r.problems;
};

describe('configuration checks', () => {
  it('checks FEEDS_CRON with node-cron’s own validation, and refuses schedules more often than once a minute', () => {
    expect(problems({ FEEDS_CRON: 'every half hour' })).toEqual([expect.stringMatching(/^FEEDS_CRON: .*not a cron expression/)]);
    expect(problems({ FEEDS_CRON: '* * * * * *' })).toEqual([expect.stringMatching(/^FEEDS_CRON: .*more often than once a minute/)]);
    expect(problems({ FEEDS_CRON: '*/10 * * * * *' })).toEqual([expect.stringMatching(/^FEEDS_CRON: .*more often than once a minute/)]);
    expect(problems({ FEEDS_CRON: '0 */15 * * * *' })).toEqual([]);
    expect(problems({ FEEDS_CRON: '*/30 * * * *' })).toEqual([]);
  });

  it('refuses an unknown LOG_LEVEL', () => {
    expect(problems({ LOG_LEVEL: 'verbose' })).toEqual([expect.stringMatching(/^LOG_LEVEL: /)]);
  });

  it('refuses http:// API base URLs except on loopback, where no token leaves the machine', () => {
    expect(problems({ DISCORD_API_URL: 'http://discord-proxy.internal/api' })).toEqual([expect.stringMatching(/^DISCORD_API_URL: .*https/)]);
    expect(problems({ SLACK_API_URL: 'http://10.0.0.5/api/' })).toEqual([expect.stringMatching(/^SLACK_API_URL: .*https/)]);
    expect(problems({ SLACK_API_URL: 'http://127.0.0.1:9999/api/', DISCORD_API_URL: 'http://localhost:8080/api' })).toEqual([]);
    expect(problems({ SLACK_API_URL: 'http://[::1]:9999/api/' })).toEqual([]);
    expect(problems({ SLACK_API_URL: 'https://slack-proxy.example/api/' })).toEqual([]);
  });
});

/** `npm start` in console mode with the given environment, stdin closed. */
function start(env: Record<string, string>, asUser?: string) {
  const command = [process.execPath, '--import', 'tsx', 'src/bin/main.ts'];
  const [bin, ...args] = asUser ? ['runuser', '-u', asUser, '--', ...command] : command;
  return spawnSync(bin!, args, { cwd: ROOT, env: { PATH: process.env.PATH, HOME: dir, ...env }, input: '', encoding: 'utf8', timeout: 30_000 });
}

describe('a database that cannot be used', () => {
  it('stops a corrupt database with one line naming it, exit code 1 and no stack', () => {
    const path = join(dir, 'corrupt.sqlite');
    writeFileSync(path, 'this is not a database, just text that is long enough to look like a header '.repeat(100));
    const run = start({ DATABASE_PATH: path });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`database at ${path.replace(/[.]/g, '\\.')}.*not a SQLite database`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops a database it cannot write with one line naming it, exit code 1 and no stack', () => {
    const path = join(dir, 'readonly.sqlite');
    const made = start({ DATABASE_PATH: path });
    expect(made.status).toBe(0);
    chmodSync(path, 0o444);
    // Root writes whatever the mode says: the bot runs as an unprivileged user here.
    const run = process.getuid?.() === 0 ? start({ DATABASE_PATH: path }, 'nobody') : start({ DATABASE_PATH: path });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database at .*readonly\.sqlite.*cannot be written/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('process-level failures', () => {
  for (const kind of ['rejection', 'exception']) {
    it(`turns an unhandled ${kind} into one scrubbed fatal log line and exit code 1`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/hardening/fixtures/fatal.ts', kind], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0]!) as { level: number; msg: string };
      expect(line.level).toBe(60);
      expect(line.msg).toMatch(kind === 'rejection' ? /unhandled rejection/ : /uncaught exception/);
      expect(run.stderr + run.stdout).not.toContain('xoxb-fatal-secret');
      expect(run.stderr).toContain('[redacted]');
    });
  }
});
