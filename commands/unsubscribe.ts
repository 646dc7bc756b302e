import { z } from 'zod';
import { defineCommand } from './types.js';
import { errorReply, reply } from '../src/reply/model.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: "Stop this channel's scheduled digests (all of them, or one by its number)",
  options: z.object({
    id: z.number().int().positive().optional().meta({ description: 'The subscription number shown by /sco schedule (default: all)' }),
  }),
  adminOnly: true,
  examples: ['unsubscribe', 'unsubscribe 2'],
  handler: async (args, ctx) => {
    const { briefings } = ctx.services;
    if (!briefings) return errorReply('Scheduled briefings are not running', 'This process has no subscription store; start the bot with `npm start`.');
    const removed = await briefings.unsubscribe({ platform: ctx.platform, channelId: ctx.channelId, workspaceId: ctx.workspaceId }, args.id);
    if (removed === 0) {
      return reply({
        title: 'Nothing to unsubscribe',
        summary: args.id ? `This channel has no subscription #${args.id}.` : 'This channel has no scheduled digests.',
        suggestions: ['/sco schedule', '/sco subscribe daily 08:00'],
      });
    }
    return reply({
      tone: 'success',
      title: 'Unsubscribed',
      summary: `Removed ${removed} scheduled digest${removed === 1 ? '' : 's'} from this channel.`,
      suggestions: ['/sco schedule'],
    });
  },
});
