import { z } from 'zod';
import { defineCommand } from './types.js';
import type { SubscriptionView } from './types.js';
import { errorReply, reply, type Section } from '../src/reply/model.js';

export const schedule = defineCommand({
  name: 'schedule',
  description: "This channel's scheduled digests: next run, last delivery and its outcome, failures, pauses",
  options: z.object({}),
  examples: ['schedule'],
  handler: async (_args, ctx) => {
    const { briefings } = ctx.services;
    if (!briefings) return errorReply('Scheduled briefings are not running', 'This process has no subscription store; start the bot with `npm start`.');
    const subs = await briefings.channelSchedule({ platform: ctx.platform, channelId: ctx.channelId, workspaceId: ctx.workspaceId });
    if (subs.length === 0) {
      return reply({
        title: 'No scheduled digests here',
        summary: 'This channel has no subscriptions. An admin can add one with /sco subscribe.',
        suggestions: ['/sco subscribe daily 08:00', '/sco subscribe weekly monday 09:00 Europe/Berlin'],
      });
    }
    const paused = subs.filter((s) => s.pausedReason).length;
    return reply({
      tone: paused > 0 ? 'warning' : 'info',
      title: `Scheduled digests in this channel (${subs.length})`,
      summary: paused > 0 ? `${paused} of them paused; subscribing again resumes.` : `Next: ${subs.map((s) => s.nextRuns[0]).filter(Boolean).join('; ')}.`,
      sections: subs.map((s) => subscriptionSection(s, (c) => ctx.services.facts.nameOf(c))),
      suggestions: ['/sco unsubscribe', '/sco brief'],
    });
  },
});

/** How a subscription reads in /sco subscribe and /sco schedule. */
export function subscriptionSection(sub: SubscriptionView, nameOf: (code: string) => string = (c) => c): Section {
  const items: string[] = [];
  if (sub.pausedReason) items.push(`Paused since ${sub.pausedAt ?? 'recently'}: ${sub.pausedReason}. Its settings are kept; /sco subscribe again resumes it.`);
  if (sub.nextRuns.length > 0) items.push(`Next runs: ${sub.nextRuns.join('; ')}`);
  if (sub.countries.length > 0) items.push(`Countries: ${sub.countries.map(nameOf).join(', ')}`);
  if (sub.topics.length > 0) items.push(`Topics: ${sub.topics.join(', ')}`);
  if (sub.lastDelivery) {
    const d = sub.lastDelivery;
    items.push(`Last delivery: ${d.kind} digest, ${d.status}, ${d.at}${d.detail ? ` — ${d.detail}` : ''}`);
  } else {
    items.push('No digest delivered yet.');
  }
  if (sub.missed > 0) items.push(`Missed slots (not delivered within the grace window): ${sub.missed}`);
  for (const f of sub.recentFailures) items.push(`Failed attempt ${f.at}: ${f.outcome}${f.detail ? ` — ${f.detail}` : ''}`);
  return { heading: `#${sub.id} · ${sub.label} (${sub.timezone})${sub.pausedReason ? ' · paused' : ''}`, items };
}
