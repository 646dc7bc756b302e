import { createServices } from '../src/wiring/services.js';
import { FactStore } from '../src/facts/store.js';
import { createRegistry } from '../commands/index.js';
import type { CommandContext } from '../commands/types.js';

/** The full fact store, the registry and a console context: what handler benchmarks call through. */
export function benchSetup() {
  const facts = FactStore.load();
  const registry = createRegistry();
  const ctx: CommandContext = {
    platform: 'console',
    userId: 'bench',
    channelId: 'bench',
    canAdminister: async () => true,
    services: createServices({ facts, now: () => new Date() }),
  };
  return { facts, registry, ctx };
}
