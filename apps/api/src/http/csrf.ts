// CSRF defence for /trpc and uploads: writes only from an allowed origin, never cross-site; queries never mutate.
import type { FastifyReply, FastifyRequest } from 'fastify';

const refuse = (reply: FastifyReply, vi: string, en: string) =>
  reply.code(403).send({ error: { code: 'FORBIDDEN', message: `${vi} | ${en}` } });

/** The request comes from this site or an allowed app origin (a missing Origin is a same-origin navigation or a non-browser client). */
export const refuseForeignOrigin = (
  req: FastifyRequest,
  reply: FastifyReply,
  allowedOrigins: readonly string[],
): boolean => {
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    void refuse(reply, 'Yêu cầu từ trang khác bị từ chối', 'Cross-site request refused');
    return true;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${req.protocol}://${req.headers.host}` && !allowedOrigins.includes(origin)) {
    void refuse(reply, 'Nguồn gọi không được phép', 'Origin not allowed');
    return true;
  }
  return false;
};

export const csrfGuard = (allowedOrigins: readonly string[]) => async (req: FastifyRequest, reply: FastifyReply) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(reply, 'Yêu cầu phải là JSON', 'Requests must be JSON');
  if (refuseForeignOrigin(req, reply, allowedOrigins)) return reply;
};
