import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedT } from '../../src/facts/schema.js';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A copy of data/ whose feeds are only the ones given (none by default): a bot started by a test
 * never reaches for the public feed hosts in data/feeds.json.
 */
export function offlineDataDir(feeds: FeedT[] = []): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'sco-data-'));
  const dir = join(root, 'data');
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  writeFileSync(join(dir, 'feeds.json'), JSON.stringify(feeds));
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
