import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/base/log.js';

/** Issue 12, finding 8: secrets never reach a log line, however deep or however they are named. */

const SECRET = 'xoxb-1234567890-abcdefghijkl';

function capture(level = 'info') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level, secrets: [SECRET], destination }) };
}

describe('log scrubbing', () => {
  it('scrubs a secret at any depth, inside arrays and inside nested errors', () => {
    const { lines, logger } = capture();
    logger.info({ a: { b: { c: { d: { e: `token=${SECRET}` } } } } }, 'deep');
    logger.info({ list: ['x', [`${SECRET}`], { y: SECRET }] }, 'arrays');
    logger.warn({ err: Object.assign(new Error('outer'), { cause: new Error(`inner ${SECRET}`), data: { response: { token: 'plain-value' } } }) }, 'errors');
    const out = lines.join('\n');
    expect(lines).toHaveLength(3);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('plain-value');
  });

  it('redacts header and field names that hold credentials, in any case', () => {
    const { lines, logger } = capture();
    logger.info(
      { request: { headers: { Authorization: 'Bearer abc.def', 'X-Slack-Signature': 'v0=123', Cookie: 'sid=1', 'x-api-key': 'k1' } }, config: { signingSecret: 's1', accessToken: 't1' } },
      'headers',
    );
    const out = lines.join('\n');
    for (const value of ['abc.def', 'v0=123', 'sid=1', 'k1', '"s1"', '"t1"']) expect(out).not.toContain(value);
    expect(out).toContain('[redacted]');
  });

  it('scrubs child-logger bindings', () => {
    const { lines, logger } = capture();
    logger.child({ url: `https://hooks.example/?t=${SECRET}`, token: 'bound-token' }).info('from a child');
    expect(lines.join('\n')).not.toMatch(new RegExp(`${SECRET}|bound-token`));
  });

  it('stays bounded on cyclic, very deep and very large objects', () => {
    const { lines, logger } = capture();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { leaf: SECRET };
    for (let i = 0; i < 200; i++) deep = { next: deep };
    const started = performance.now();
    logger.info({ cyclic, deep, big: Array.from({ length: 200_000 }, (_, i) => ({ i, s: SECRET })), long: 'x'.repeat(1_000_000) }, 'bounded');
    expect(performance.now() - started).toBeLessThan(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(100_000);
    expect(lines[0]).not.toContain(SECRET);
  });
});
