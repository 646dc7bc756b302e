import { z } from 'zod';
import { defineCommand } from './types.js';
import { errorReply, reply, type Section } from '../src/reply/model.js';
import { DIGEST_TOPICS, SCHEDULE_EXAMPLES } from '../src/briefing/types.js';
import { subscriptionSection } from './schedule.js';
import { unknownCountry } from './format.js';

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Post an SCO digest in this channel on a schedule (daily, weekdays, weekly or cron) in your time zone',
  options: z.object({
    schedule: z.string().trim().min(1).max(120).meta({
      description: 'daily HH:MM, weekdays HH:MM, weekly <day> HH:MM or a cron expression; a time zone may follow',
      rest: true,
    }),
    timezone: z
      .string()
      .trim()
      .max(64)
      .optional()
      .meta({ description: 'IANA time zone, e.g. Europe/Berlin (default: the bot’s)' }),
    countries: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta({ description: 'Only what concerns these countries, comma-separated' }),
    topics: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta({ description: `Only these sections, comma-separated: ${DIGEST_TOPICS.join(', ')}` }),
    first: z.boolean().default(true).meta({ description: 'Post a first digest now (default true)' }),
  }),
  adminOnly: true,
  // Posting the first digest may wait on the platform's rate limits: adapters acknowledge first.
  slow: true,
  examples: [
    'subscribe daily 08:00 timezone:Europe/Berlin',
    'subscribe weekdays 07:30 Asia/Kolkata',
    'subscribe weekly monday 09:00 countries:India,Iran',
    'subscribe 0 8 1 * * first:false',
  ],
  handler: async (args, ctx) => {
    const { briefings, facts } = ctx.services;
    if (!briefings)
      return errorReply(
        'Scheduled briefings are not running',
        'This process has no subscription store; start the bot with `npm start`.',
      );
    if (ctx.platform === 'scheduler') return errorReply('Not here', 'Subscriptions are made from a channel.');

    const countries: string[] = [];
    for (const name of splitList(args.countries)) {
      const r = facts.resolver.resolve(name);
      if (!r.found) return unknownCountry(facts, name, 'subscribe daily 08:00 countries:');
      if (!countries.includes(r.country.id)) countries.push(r.country.id);
    }
    const topics = splitList(args.topics).map((t) => t.toLowerCase());
    const badTopic = topics.find((t) => !(DIGEST_TOPICS as readonly string[]).includes(t));
    if (badTopic)
      return errorReply(
        'Unknown topic',
        `"${badTopic}" is not a digest topic. Choose from ${DIGEST_TOPICS.join(', ')}.`,
      );

    const result = await briefings.subscribe({
      platform: ctx.platform,
      channelId: ctx.channelId,
      workspaceId: ctx.workspaceId,
      userId: ctx.userId,
      schedule: args.schedule,
      timezone: args.timezone,
      countries,
      topics,
      first: args.first,
    });
    if (!result.ok)
      return errorReply(
        'Check the schedule',
        result.error,
        SCHEDULE_EXAMPLES.map((e) => `/sco subscribe ${e}`),
      );

    const sub = result.subscription;
    const sections: Section[] = [subscriptionSection(sub, (c) => facts.nameOf(c))];
    const firstLine =
      result.first === undefined
        ? 'No first digest (first:false); the first one comes at the next run.'
        : result.first.status === 'delivered'
          ? 'A first digest has been posted in this channel.'
          : result.first.status === 'paused'
            ? `The first digest could not be posted and the subscription is paused: ${result.first.detail}.`
            : result.first.status === 'retry-later'
              ? `The first digest could not be posted yet (${result.first.detail}); it will be retried.`
              : `No first digest was posted: ${result.first.detail}.`;
    return reply({
      tone: result.first?.status === 'paused' ? 'warning' : 'success',
      title: `${result.created ? 'Subscribed' : 'Subscription updated'}: ${sub.label} (${sub.timezone})`,
      summary: [
        `Next runs: ${sub.nextRuns.join('; ')}.`,
        result.resumed > 0 ? `Resumed ${result.resumed} paused subscription(s) of this channel.` : '',
        firstLine,
      ]
        .filter(Boolean)
        .join(' '),
      sections,
      suggestions: ['/sco schedule', '/sco unsubscribe'],
    });
  },
});

function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
