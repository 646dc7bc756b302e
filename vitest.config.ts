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
  },
});
