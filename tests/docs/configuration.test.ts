import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/base/config.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('the configuration is documented in one table', () => {
  it('lists every variable the bot reads in docs/configuration.md, and nothing else', () => {
    const rows = read('docs/configuration.md').match(/^\| `([A-Z][A-Z0-9_]+)` \|/gm) ?? [];
    expect(sorted(rows.map((r) => r.slice(3, -3)))).toEqual(sorted(CONFIG_VARIABLES));
  });

  it('lists every variable in .env.example, and nothing else', () => {
    const lines = read('.env.example').match(/^[A-Z][A-Z0-9_]+(?==)/gm) ?? [];
    expect(sorted(lines)).toEqual(sorted(CONFIG_VARIABLES));
  });

  it('keeps environment-variable tables out of the other docs: they link to the one table', () => {
    for (const file of ['README.md', 'docs/discord.md', 'docs/deploy.md', 'docs/briefings.md', 'docs/news.md']) {
      const rows = read(file).match(/^\| `[A-Z][A-Z0-9_]+`/gm) ?? [];
      expect(rows, file).toEqual([]);
    }
  });
});

describe('the docs link to what exists', () => {
  it('has no relative link in README, CONTRIBUTING or docs/ that points at a missing file', () => {
    const docs = readdirSync(join(ROOT, 'docs'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'));
    const files = ['README.md', 'CONTRIBUTING.md', ...docs.map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const file of files) {
      for (const [, target] of read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(join(ROOT, dirname(file), target!))) broken.push(`${file} → ${target}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
