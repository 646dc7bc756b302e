import type { FactStore } from '../facts/store.js';
import type { Reply } from '../reply/model.js';
import type { BriefingStore } from './store.js';
import { composeBriefing, familyChangedIn } from './compose.js';
import { DIGEST_TOPICS, type DigestPictures, type DigestTopic, type NewsSource } from './types.js';
import type { DigestRequest } from './scheduler.js';

/**
 * A subscription's digest: the briefing for the window since this channel's last delivered
 * digest, narrowed by the subscription's filter, with a footer saying what schedule sent it
 * (and, for a catch-up, how many slots it stands for). When a country joined, left or changed
 * category in that window, the membership timeline goes with it; a first digest has no window.
 */
export async function composeDigest(
  facts: FactStore,
  store: Pick<BriefingStore, 'lastDeliveredAt'>,
  request: DigestRequest,
  news?: NewsSource,
  pictures?: DigestPictures,
): Promise<Reply> {
  const { subscription: sub } = request;
  const since = await store.lastDeliveredAt(sub.platform, sub.channelId);
  const topics = sub.topics.filter((t): t is DigestTopic => (DIGEST_TOPICS as readonly string[]).includes(t));
  const digest = await composeBriefing(facts, { now: request.now, ...(since && { since }), countries: sub.countries, topics, news });
  const notes = [
    request.kind === 'catch-up'
      ? `Catch-up: ${request.covers > 1 ? `${request.covers} scheduled digests were` : 'a scheduled digest was'} missed while the bot was offline; this one covers ${request.covers > 1 ? 'them all' : 'it'}.`
      : undefined,
    `Scheduled ${sub.label} (${sub.timezone}) · /sco schedule · /sco unsubscribe`,
  ].filter(Boolean);
  const wantsMembership = topics.length === 0 || topics.includes('membership');
  const changed = since !== undefined && wantsMembership && familyChangedIn(facts, since, request.now, sub.countries);
  return {
    ...digest,
    footer: [digest.footer, ...notes].filter(Boolean).join(' · '),
    ...(changed && pictures && { image: pictures.timeline() }),
  };
}
