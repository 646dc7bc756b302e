import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvFile } from '../../src/base/env-file.js';

describe('the .env file', () => {
  afterEach(() => {
    delete process.env.SCO_TEST_FROM_FILE;
    delete process.env.SCO_TEST_ALREADY_SET;
  });

  it('fills the environment from the file, leaving variables already set alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sco-env-')), '.env');
    writeFileSync(file, 'SCO_TEST_FROM_FILE=Europe/Berlin\nSCO_TEST_ALREADY_SET=from-file\n');
    process.env.SCO_TEST_ALREADY_SET = 'from-environment';
    expect(loadEnvFile(file)).toBe(true);
    expect(process.env.SCO_TEST_FROM_FILE).toBe('Europe/Berlin');
    expect(process.env.SCO_TEST_ALREADY_SET).toBe('from-environment');
  });

  it('is optional', () => {
    expect(loadEnvFile(join(tmpdir(), 'no-such-dir-sco', '.env'))).toBe(false);
  });
});
