// Counting calls per key in a time window: in this process's memory by default, or in a store every API instance
// shares (Redis, from apps/api) so several instances hold one limit.

export interface Limiter {
  /** Counts one call (or `cost` units, e.g. bytes) against `key` and says whether it is within `limit` per `windowMs`. */
  take(
    key: string,
    limit: number,
    windowMs: number,
    now: number,
    cost?: number,
  ): Promise<{ allowed: boolean; retryAfterMs: number }>;
  /** Forgets the key's count (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
}

/** Fixed windows in a Map; expired windows are dropped as new ones come, so the map never grows without bound. */
export const memoryLimiter = (maxKeys = 100_000): Limiter => {
  const windows = new Map<string, { start: number; count: number; windowMs: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now >= w.start + w.windowMs) windows.delete(key);
  };
  return {
    async take(key, limit, windowMs, now, cost = 1) {
      let w = windows.get(key);
      if (!w || now >= w.start + w.windowMs) {
        if (windows.size >= maxKeys) sweep(now);
        w = { start: now, count: 0, windowMs };
        windows.set(key, w);
      }
      w.count += cost;
      return { allowed: w.count <= limit, retryAfterMs: w.count <= limit ? 0 : w.start + windowMs - now };
    },
    async reset(key) {
      windows.delete(key);
    },
  };
};

/** The process's own limiter, for contexts that bring none (the CLI, a caller built by hand). */
export const processLimiter: Limiter = memoryLimiter();

/** Counts nothing: for test harnesses that sign in thousands of times from one address on a frozen clock; the tests of
 * the limits themselves bring a real limiter. */
export const unlimited: Limiter = {
  take: async () => ({ allowed: true, retryAfterMs: 0 }),
  reset: async () => undefined,
};
