import { z } from 'zod';
import { defineCommand } from './types.js';

export const brief = defineCommand({
  name: 'brief',
  description: 'A briefing on demand: latest events, what is contested, what is coming up',
  options: z.object({}),
  examples: ['brief'],
  // Today is the fact store's clock, so the briefing, /sco about and ask agree on what has passed.
  handler: (_args, { services }) => services.briefer.brief({ now: services.facts.now() }),
});
