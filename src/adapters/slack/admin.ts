import type { WebClient } from './client.js';

/**
 * Who may change a channel's settings (subscribe / unsubscribe): workspace admins and owners
 * (users.info) or the channel's creator (conversations.info). Answers are cached briefly, so a
 * burst of commands costs one lookup, and a changed role takes effect within a minute.
 */
export interface AdminCheck {
  /** `client` carries the token of the asker's workspace (each workspace has its own in multi-workspace mode). */
  canAdminister(client: WebClient, teamId: string | undefined, userId: string, channelId: string): Promise<boolean>;
}

export const ADMIN_CACHE_MS = 60_000;

export function createAdminCheck(ttlMs = ADMIN_CACHE_MS, onError: (err: unknown) => void = () => {}): AdminCheck {
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
  // Keys carry the workspace: an answer about one workspace's user or channel never serves another's.
  const isWorkspaceAdmin = (client: WebClient, team: string, userId: string) =>
    cached(`${team}:u:${userId}`, async () => {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    });
  const creatorOf = (client: WebClient, team: string, channelId: string) =>
    cached(`${team}:c:${channelId}`, async () => (await client.conversations.info({ channel: channelId })).channel?.creator);

  return {
    async canAdminister(client, teamId, userId, channelId) {
      const team = teamId ?? '-';
      try {
        if (await isWorkspaceAdmin(client, team, userId)) return true;
        // A direct message with the bot is the user's own channel.
        if (channelId.startsWith('D')) return true;
        return (await creatorOf(client, team, channelId)) === userId;
      } catch (err) {
        onError(err);
        return false;
      }
    },
  };
}
