import { FactStore } from '../../src/facts/store.js';
import { createRegistry } from '../../commands/index.js';
import { createServices } from '../../src/wiring/services.js';
import type { CommandContext, Services } from '../../commands/types.js';
import type { CommandRegistry } from '../../commands/registry.js';

/** One fact store for the whole test file: loading it is the slow part. */
let shared: FactStore | undefined;
export function facts(): FactStore {
  shared ??= FactStore.load();
  return shared;
}

export function testServices(overrides: Partial<Services> = {}): Services {
  return { ...createServices({ facts: facts(), now: () => new Date('2026-11-27T12:00:00Z') }), ...overrides };
}

export function testContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    platform: 'console',
    userId: 'tester',
    channelId: 'test-channel',
    canAdminister: async () => true,
    services: testServices(),
    ...overrides,
  };
}

export function registry(): CommandRegistry {
  return createRegistry();
}
