import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A throwaway PostgreSQL cluster for the run: the contract suite and the replica tests use it.
    globalSetup: ['tests/setup/postgres.ts'],
    // Adapter tests run real clients against loopback fakes; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default in run mode is one worker fewer than the cores: a single worker on the 2-core CI
    // machine, which ran every file in turn. Two workers run the two halves of the fresh sets side by side.
    maxWorkers: 2,
  },
});
