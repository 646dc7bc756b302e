import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pictures go to a throw-away folder, never the repository's var/. */
const picturesDir = mkdtempSync(join(tmpdir(), 'sco-pictures-'));
afterAll(() => rmSync(picturesDir, { recursive: true, force: true }));

/** The console as a user runs it: `npm run -s sco -- …`, here as `node --import tsx src/bin/cli.ts …`. */
function sco(args: string[], input?: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/cli.ts', ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, LOG_LEVEL: 'warn', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', PICTURES_DIR: picturesDir, LANG: 'C.UTF-8', LC_ALL: '', ...env },
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the console, one command per run', () => {
  it('prints a text reply for one command', () => {
    const { status, stdout } = sco(['country', 'iran']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Iran — member state/);
    expect(stdout).toMatch(/since 4 July 2023/);
  });

  it('prints the Reply as JSON with --json, listing the ten members', () => {
    const { status, stdout } = sco(['--json', 'members']);
    expect(status).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply.sections[0].items).toHaveLength(10);
  });

  it('exits non-zero with a short error reply for a bad command', () => {
    const { status, stdout } = sco(['memebrs']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/Unknown command/);
    expect(stdout).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('pictures in the console', () => {
  it('writes the timeline for members picture:true as a PNG and prints its path', () => {
    const { status, stdout } = sco(['members', 'picture:true']);
    expect(status).toBe(0);
    const path = /^Picture: (.+\.png)$/m.exec(stdout)?.[1];
    expect(path).toMatch(/sco-timeline-en-[0-9a-f]{10}\.png$/);
    expect(readFileSync(path!).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('gives the picture’s path and alt text with --json, labelled in the terminal’s language', () => {
    const { status, stdout } = sco(['--json', 'country', 'India', 'picture:true'], '', { LANG: 'hi_IN.UTF-8' });
    expect(status).toBe(0);
    const reply = JSON.parse(stdout) as { image: { path: string; name: string; alt: string } };
    expect(reply.image.name).toMatch(/^sco-map-hi-/);
    expect(reply.image.alt).toMatch(/Outlined: India, member state since 9 June 2017/);
    expect(existsSync(reply.image.path)).toBe(true);
  });
});

describe('the console driven line by line', () => {
  it('answers every input line with exactly one JSON line, errors included, in order', () => {
    const input = ['members', 'country narnia', '', 'events since:2025', 'about'].join('\n') + '\n';
    const { status, stdout } = sco(['--json'], input);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const replies = lines.map((l) => JSON.parse(l));
    expect(replies.map((r) => r.tone)).toEqual(['info', 'error', 'error', 'info', 'info']);
    expect(replies[0].sections[0].items).toHaveLength(10);
  });

  it('prints one text line per command without --json', () => {
    const { stdout } = sco([], 'members\ncountry kz\n');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Kazakhstan/);
  });
});

describe('start-up checks', () => {
  it('refuses to start on bad data, naming the file', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/cli.ts', 'about'], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: 'tests', LOG_LEVEL: 'warn' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Refusing to start.*\n.*data\/meta\.json/);
  });

  it('lists every configuration problem at once without echoing secrets', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/cli.ts', 'about'], {
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: 'super-secret-token-value-123', SLACK_PORT: 'abc', BRIEFING_TIMEZONE: 'Mars/Base' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_APPLICATION_ID: required/);
    expect(run.stderr).toMatch(/SLACK_PORT/);
    expect(run.stderr).toMatch(/BRIEFING_TIMEZONE/);
    expect(run.stderr).not.toContain('super-secret-token-value-123');
  });
});
