// CSRF defence for /trpc: mutations only as POST with application/json from an allowed origin; queries never mutate.
import type { FastifyReply, FastifyRequest } from 'fastify';

const refuse = (reply: FastifyReply, vi: string, en: string) => reply.code(403).send({ error: { code: 'FORBIDDEN', message: `${vi} | ${en}` } });

export const csrfGuard = (allowedOrigins: readonly string[]) => async (req: FastifyRequest, reply: FastifyReply) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(reply, 'Yêu cầu phải là JSON', 'Requests must be JSON');
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return refuse(reply, 'Yêu cầu từ trang khác bị từ chối', 'Cross-site request refused');
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const own = `${req.protocol}://${req.headers.host}`;
    if (origin !== own && !allowedOrigins.includes(origin)) return refuse(reply, 'Nguồn gọi không được phép', 'Origin not allowed');
  }
};
