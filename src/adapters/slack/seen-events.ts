/** Event ids seen in the last ten minutes (Slack retries within about five), bounded in number. */
export function createSeenEvents(ttlMs = 10 * 60_000, max = 5000) {
  const seen = new Map<string, number>();
  return {
    repeat(eventId: string | undefined): boolean {
      if (!eventId) return false;
      const now = Date.now();
      const at = seen.get(eventId);
      if (at !== undefined && now - at < ttlMs) return true;
      seen.set(eventId, now);
      // Maps iterate in insertion order: the oldest go first.
      for (const [id, t] of seen) {
        if (seen.size <= max && now - t < ttlMs) break;
        seen.delete(id);
      }
      return false;
    },
  };
}
