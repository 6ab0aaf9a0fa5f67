// Whether a Redis server answers at 127.0.0.1:6379 (the build machines run one; `.ci/run` starts it where missing).
import { Redis } from 'ioredis';

export const redisAvailable = async (url = 'redis://127.0.0.1:6379'): Promise<boolean> => {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
};
