import type { CommandContext, Services } from '../../../commands/types.js';

/** The person at the terminal administers their own console "channel". */
export function consoleContext(services: Services): CommandContext {
  return {
    platform: 'console',
    userId: 'console',
    channelId: 'console',
    canAdminister: async () => true,
    services,
  };
}
