import { SqliteNewsStore } from '../../src/news/sqlite-store.js';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenize } from '../../commands/parse-text.js';
import { createRegistry } from '../../commands/index.js';
import { openDatabase } from '../../src/base/db.js';
import { News } from '../../src/news/service.js';
import { MAX_LINE, stripControls } from '../../src/base/text.js';
import { facts, testContext, testServices } from '../helpers/app.js';

/** Issue 12, finding 6: long and strange input is refused or cleaned before any quadratic work. */

const SHAPES: Record<string, (n: number) => string> = {
  'unclosed curly quotes': (n) => '“ '.repeat(n / 2),
  'unclosed straight quotes': (n) => '" '.repeat(n / 2),
  'one unclosed quote then words': (n) => `"${'a '.repeat(n / 2)}`,
  'name:quote chains': (n) => 'a:“'.repeat(n / 3),
  'one long token of quotes': (n) => '“'.repeat(n),
  'alternating quote kinds': (n) => '«‘“"\' '.repeat(n / 6),
  'key=value with quotes': (n) => 'x="'.repeat(n / 3),
};

describe('the text tokenizer', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`reads 100,000 characters of ${name} in under 50 ms`, async () => {
      const line = make(100_000);
      // CPU time, best of five: the machine is shared, and wall time measures the neighbours too.
      const runs = Array.from({ length: 5 }, () => {
        const before = process.cpuUsage();
        tokenize(line);
        const used = process.cpuUsage(before);
        return (used.user + used.system) / 1000;
      });
      expect(Math.min(...runs)).toBeLessThan(50);
    });
  }

  it('still groups quoted words and name:"quoted values" as before', async () => {
    expect(tokenize('"Saudi Arabia" “Sri Lanka” topics:"a b" x').map((t) => t.value)).toEqual(['Saudi Arabia', 'Sri Lanka', 'topics:a b', 'x']);
  });
});

describe('input entering the registry', () => {
  it(`refuses a line over ${4000} characters with a short reply, before parsing it`, async () => {
    expect(MAX_LINE).toBe(4000);
    const [registry, ctx] = [createRegistry(), testContext()];
    const started = performance.now();
    const reply = await registry.runLine(`ask ${'“ '.repeat(20_000)}`, ctx);
    expect(performance.now() - started).toBeLessThan(200);
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/4,000 characters/);
  });

  it('strips NUL, other control characters and bidi overrides from every option, however it arrives', async () => {
    let seen: unknown;
    const probe = createRegistry();
    const reply = await probe.run('country', { name: 'I\u0000r\u202Ean\u0007' }, testContext());
    seen = reply.title;
    expect(seen).toMatch(/Iran/);
    const line = await probe.runLine('country \u0000Ir\u0085an\u2066', testContext());
    expect(line.title).toMatch(/Iran/);
  });

  describe('/sco news with a NUL in the words', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    it('answers instead of breaking the full-text query', async () => {
      dir = mkdtempSync(join(tmpdir(), 'sco-input-'));
      const news = new News({ store: new SqliteNewsStore(openDatabase(join(dir, 's.sqlite'))), facts: facts(), logger: { info() {}, warn() {}, debug() {} }, now: () => new Date() });
      const ctx = testContext({ services: testServices({ news }) });
      const reply = await createRegistry().runLine('news summit\u0000 "shanghai\u0000"', ctx);
      expect(reply.tone).not.toBe('error');
      expect(reply.title).toBe('No news found');
    });
  });

  it('keeps the joiners that Persian and Indic scripts need, and line breaks', async () => {
    expect(stripControls('می\u200Cخواهم\nक्\u200Dष')).toBe('می\u200Cخواهم\nक्\u200Dष');
    expect(stripControls('a\u0000b\u001Fc\u007Fd\u009Fe\u200Bf\u202Eg\u2067h\uFEFFi\u{E0041}j')).toBe('abcdefghij');
  });
});
