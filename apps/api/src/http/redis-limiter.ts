// Abuse limits every API instance shares: fixed-window counters in Redis (INCR, with the window's expiry set once),
// so a client cannot spread its attempts over instances. Chosen when REDIS_URL is set.
import type { Limiter } from '@thidua/api';
import { Redis } from 'ioredis';

export const redisLimiter = (url: string): Limiter & { close(): Promise<void> } => {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  return {
    async take(key, limit, windowMs, now, cost = 1) {
      const start = now - (now % windowMs);
      const slot = `thidua:limit:${key}:${start}`;
      const [[, count]] = (await redis
        .multi()
        .incrby(slot, cost)
        .pexpire(slot, windowMs + 1000)
        .exec()) as [[Error | null, number], [Error | null, number]];
      return { allowed: count <= limit, retryAfterMs: count <= limit ? 0 : start + windowMs - now };
    },
    async reset(key) {
      const keys = await redis.keys(`thidua:limit:${key}:*`);
      if (keys.length > 0) await redis.del(...keys);
    },
    async close() {
      await redis.quit();
    },
  };
};
