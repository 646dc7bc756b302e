import { FactStore } from '../../src/facts/store.js';
import { createRegistry } from '../../commands/index.js';
import { createServices } from '../../src/wiring/services.js';
import type { CommandContext, Services } from '../../commands/types.js';
import type { CommandRegistry } from '../../commands/registry.js';
import { createPictureService } from '../../src/pictures/service.js';
import type { PictureService } from '../../src/pictures/types.js';

/** One fact store for the whole test file: loading it is the slow part. */
let shared: FactStore | undefined;
export function facts(): FactStore {
  shared ??= FactStore.load();
  return shared;
}

/** One picture service for the test file: its cache makes a picture drawn once per file. */
let sharedPictures: PictureService | undefined;
export function pictures(): PictureService {
  sharedPictures ??= createPictureService(facts());
  return sharedPictures;
}

/** The frozen "today" of command tests, unless a test passes its own clock. */
export const TEST_NOW = new Date('2026-11-27T12:00:00Z');

export function testServices(overrides: Partial<Services> = {}): Services {
  const now = overrides.now ?? (() => TEST_NOW);
  // The fact store reads the same frozen clock as the services.
  const store = overrides.facts ?? facts().withClock(now);
  return { ...createServices({ facts: store, now, pictures: pictures(), ...(overrides.news && { news: overrides.news }) }), ...overrides };
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
