import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const cruise = (cwd: string) =>
  spawnSync(depcruise, ['src', 'commands', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });

/** A copy of the source tree where one more import can be planted without touching the real one. */
function copyOfTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-imports-'));
  for (const entry of ['src', 'commands', '.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the import rule (docs/architecture.md)', () => {
  it('holds for the source tree: every import points down the layers, and nothing forms a cycle', () => {
    const run = cruise(root);
    expect(run.stdout + run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
  });

  // One copy with every kind of wrong import planted, cruised once: each must be reported under its rule.
  it('fails on an import that runs back up the layers, reaches into a feature, or forms a cycle', () => {
    const dir = copyOfTree();
    copies.push(dir);
    const planted: [file: string, source: string, rule: string][] = [
      ['src/base/planted.ts', "import '../../commands/registry.js';\n", 'error base-imports-up: src/base/planted.ts'],
      ['src/briefing/planted.ts', "import '../wiring/app.js';\n", 'error features-imports-up: src/briefing/planted.ts'],
      ['commands/planted.ts', "import '../src/briefing/scheduler.js';\n", 'error feature-internals: commands/planted.ts'],
      ['src/adapters/planted.ts', "import '../wiring/state.js';\n", 'error adapters-imports-up: src/adapters/planted.ts'],
      ['src/news/planted.ts', "import '../briefing/scheduler.js';\n", 'error feature-to-feature: src/news/planted.ts'],
      ['src/base/cycle-a.ts', "import './cycle-b.js';\nexport const a = 1;\n", 'error no-circular: src/base/cycle-a.ts'],
      ['src/base/cycle-b.ts', "import './cycle-a.js';\nexport const b = 2;\n", 'src/base/cycle-b.ts'],
    ];
    for (const [file, source] of planted) writeFileSync(join(dir, file), source);
    const run = cruise(dir);
    expect(run.status).not.toBe(0);
    const report = run.stdout + run.stderr;
    for (const [, , rule] of planted) expect(report).toContain(rule);
  });
});
