import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactStore } from '../../src/facts/store.js';
import { AskEngine } from '../../src/ask/engine.js';

/**
 * The ask engine's unit tests run on a frozen copy of the data (tests/ask/fixtures/data) read on a
 * frozen day, so a correction in data/ never breaks a code test: only the regression suite
 * (questions.test.ts) reads the live data.
 */
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'data');
const FIXTURE_NOW = new Date('2026-11-29T12:00:00Z');

let shared: FactStore | undefined;
function fixtureFacts(): FactStore {
  shared ??= FactStore.load(FIXTURE_DIR, { now: () => FIXTURE_NOW });
  return shared;
}

export function fixtureEngine(now: Date = FIXTURE_NOW): AskEngine {
  return new AskEngine(fixtureFacts().withClock(now));
}

/** A copy of the fixture with files changed (path under data/ → edit), loaded into its own engine; the copy is removed afterwards. */
export function withEditedFixture<T>(edits: Record<string, (json: any) => void>, use: (engine: AskEngine) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ask-fixture-'));
  try {
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8'));
      edit(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    }
    return use(new AskEngine(FactStore.load(dir, { now: () => FIXTURE_NOW })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
