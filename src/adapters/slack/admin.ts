import type { WebClient } from './client.js';

/**
 * Who may change a channel's settings (subscribe / unsubscribe): workspace admins and owners
 * (users.info) or the channel's creator (conversations.info). Answers are cached briefly, so a
 * burst of commands costs one lookup, and a changed role takes effect within a minute.
 */
export interface AdminCheck {
  canAdminister(userId: string, channelId: string): Promise<boolean>;
}

export const ADMIN_CACHE_MS = 60_000;

export function createAdminCheck(client: WebClient, ttlMs = ADMIN_CACHE_MS, onError: (err: unknown) => void = () => {}): AdminCheck {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { at: Date.now(), value });
    // A failed lookup is not remembered.
    value.catch(() => cache.delete(key));
    return value;
  };
  const isWorkspaceAdmin = (userId: string) =>
    cached(`u:${userId}`, async () => {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    });
  const creatorOf = (channelId: string) =>
    cached(`c:${channelId}`, async () => (await client.conversations.info({ channel: channelId })).channel?.creator);

  return {
    async canAdminister(userId, channelId) {
      try {
        if (await isWorkspaceAdmin(userId)) return true;
        // A direct message with the bot is the user's own channel.
        if (channelId.startsWith('D')) return true;
        return (await creatorOf(channelId)) === userId;
      } catch (err) {
        onError(err);
        return false;
      }
    },
  };
}
