import type { CommandContext, Services } from '../../../commands/types.js';

/** The person at the terminal administers their own console "channel"; their language is the terminal's (LC_ALL, LC_MESSAGES, LANG). */
export function consoleContext(services: Services, env: NodeJS.ProcessEnv = process.env): CommandContext {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX');
  return {
    platform: 'console',
    userId: 'console',
    channelId: 'console',
    ...(locale && { locale }),
    canAdminister: async () => true,
    services,
  };
}
