// Every public route (/api/public/…) counts against one limit per client address before anything is read, cached
// answers included: generous for a portal's visitors behind one address, a wall for a script that loops.
import { takeLimit, type Limiter } from '@thidua/api';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const PUBLIC_PREFIX = '/api/public/';

/** Judged by the route Fastify matched (not the raw URL), so no spelling of the address escapes it. */
export const limitPublicReads = (limiter: Limiter) => async (req: FastifyRequest, reply: FastifyReply) => {
  if (!req.routeOptions.url?.startsWith(PUBLIC_PREFIX) || req.method === 'OPTIONS') return;
  const { allowed, retryAfterMs } = await takeLimit(limiter, 'publicPerAddress', req.ip, Date.now());
  if (allowed) return;
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send({
      error: {
        code: 'TOO_MANY_REQUESTS',
        message: `Quá nhiều yêu cầu từ địa chỉ này; vui lòng thử lại sau ${seconds} giây | Too many requests from this address; try again in ${seconds} s`,
      },
    });
};
