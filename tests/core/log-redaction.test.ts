import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/base/log.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

const SECRET = 'xoxb-1234567890-abcdefghijkl';

describe('logs never carry secrets', () => {
  it('redacts token fields by name', () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream });
    log.info({ token: SECRET, headers: { authorization: `Bot ${SECRET}` }, config: { SLACK_BOT_TOKEN: SECRET } }, 'calling');
    expect(lines.join('')).not.toContain(SECRET);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('scrubs a known secret from messages and errors wherever it turns up', () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream, secrets: [SECRET] });
    log.error({ err: new Error(`request with ${SECRET} failed`) }, `retrying with ${SECRET}`);
    const out = lines.join('');
    expect(out).not.toContain(SECRET);
    expect(out).toMatch(/request with \[redacted\] failed/);
    expect(out).toMatch(/retrying with \[redacted\]/);
  });

  it("scrubs a Slack token no one listed (a workspace's, read from the database) from messages and errors", () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream });
    const workspaceToken = 'xoxb-2222-3333-AbCdEfGhIjKl';
    log.warn({ err: new Error(`posting with ${workspaceToken} failed`) }, `token ${workspaceToken} refused`);
    const out = lines.join('');
    expect(out).not.toContain(workspaceToken);
    expect(out).toMatch(/posting with \[redacted\] failed/);
  });
});
