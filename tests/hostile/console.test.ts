import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runLineMode } from '../../src/adapters/console/line-mode.js';
import { createRegistry } from '../../commands/index.js';
import { testContext } from '../helpers/app.js';
import { hostileLine, sample, SEED, UNSAFE_OUTPUT } from './generate.js';

/** Issue 12, hostile suite: generated lines through the console adapter (line mode, as scripts drive it). */
const LINES = 3000;

describe(`the console adapter under ${LINES} hostile lines (seed ${SEED})`, () => {
  it('answers every line with exactly one line, without a control or direction character, and keeps running', async () => {
    const lines = sample(hostileLine, LINES).map((l) => l.replace(/[\n\r\u2028\u2029\u0085\u000b\u000c]/g, ' '));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => (text += c.toString()));
    const done = runLineMode(createRegistry(), testContext(), input, output, 'text');
    for (const line of [...lines, 'members']) input.write(`${line}\n`);
    input.end();
    await done;
    const out = text.split('\n').slice(0, -1);
    expect(out).toHaveLength(LINES + 1);
    for (const [i, line] of out.entries()) {
      expect(line, `seed ${SEED}, line ${i}: ${JSON.stringify(lines[i]?.slice(0, 200))}`).not.toMatch(UNSAFE_OUTPUT);
      expect(line.length, `seed ${SEED}, line ${i}`).toBeLessThan(60_000);
    }
    // Still itself after all of that.
    expect(out.at(-1)).toMatch(/India/);
  }, 60_000);
});
