import { LRUCache } from 'lru-cache';
import type { WebClient } from './client.js';

/**
 * Who may change a channel's settings (subscribe / unsubscribe): workspace admins and owners
 * (users.info), the channel's creator (conversations.info), and in a direct message only the
 * user of the bot's own IM with them — a slash command also arrives from a DM between two
 * people, which is not the caller's to subscribe. Answers are cached so a burst of commands
 * costs one lookup; "yes" only briefly, so a demoted admin loses the right within seconds; the
 * cache is a bounded LRU, so many users cannot grow it.
 */
export interface AdminCheck {
  /** `client` carries the token of the asker's workspace (each workspace has its own in multi-workspace mode). */
  canAdminister(client: WebClient, teamId: string | undefined, userId: string, channelId: string): Promise<boolean>;
}

export interface AdminCacheOptions {
  /** How long a "no" (and a channel's creator) is remembered. */
  ttlMs?: number;
  /** How long a "yes" is remembered; never longer than ttlMs. */
  positiveTtlMs?: number;
  /** Answers kept at most. */
  max?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

const ADMIN_CACHE_MS = 60_000;
const ADMIN_POSITIVE_CACHE_MS = 10_000;
const ADMIN_CACHE_MAX = 1_000;

export function createAdminCheck(options: AdminCacheOptions = {}): AdminCheck {
  const ttl = options.ttlMs ?? ADMIN_CACHE_MS;
  const positiveTtl = Math.min(ttl, options.positiveTtlMs ?? ADMIN_POSITIVE_CACHE_MS);
  const cache = new LRUCache<string, { value: unknown }>({
    max: options.max ?? ADMIN_CACHE_MAX,
    ttl: Math.max(1, ttl),
    ttlResolution: 0,
    ...(options.now && { perf: { now: options.now } }),
  });
  // Lookups in flight are shared, so a burst asks once; a failed one is not remembered.
  const pending = new Map<string, Promise<unknown>>();
  const cached = async <T>(key: string, load: () => Promise<T>, ttlOf: (value: T) => number): Promise<T> => {
    const hit = cache.get(key);
    if (hit) return hit.value as T;
    let p = pending.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      pending.set(key, p);
      p.then(
        (value) => {
          if (ttl > 0) cache.set(key, { value }, { ttl: Math.max(1, ttlOf(value)) });
        },
        () => {},
      ).finally(() => pending.delete(key));
    }
    return p;
  };
  // Keys carry the workspace: an answer about one workspace's user or channel never serves another's.
  const isWorkspaceAdmin = (client: WebClient, team: string, userId: string) =>
    cached(
      `${team}:u:${userId}`,
      async () => {
        const { user } = await client.users.info({ user: userId });
        return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      },
      (admin) => (admin ? positiveTtl : ttl),
    );
  const channelOf = (client: WebClient, team: string, channelId: string) =>
    cached(
      `${team}:c:${channelId}`,
      async () => {
        try {
          const { channel } = await client.conversations.info({ channel: channelId });
          // conversations.info names the other member of an IM as `user` (missing from the client's types).
          return {
            creator: channel?.creator,
            imWith: channel?.is_im ? (channel as { user?: string }).user : undefined,
          };
        } catch (err) {
          // A conversation the bot is not in (a DM between two people) is nobody's to administer here.
          if ((err as { data?: { error?: string } }).data?.error === 'channel_not_found')
            return { creator: undefined, imWith: undefined };
          throw err;
        }
      },
      () => ttl,
    );

  return {
    async canAdminister(client, teamId, userId, channelId) {
      const team = teamId ?? '-';
      try {
        if (await isWorkspaceAdmin(client, team, userId)) return true;
        const channel = await channelOf(client, team, channelId);
        // A direct message counts as the user's own channel only if it is the bot's IM with them.
        if (channelId.startsWith('D')) return channel.imWith === userId;
        return channel.creator === userId;
      } catch (err) {
        options.onError?.(err);
        return false;
      }
    },
  };
}
