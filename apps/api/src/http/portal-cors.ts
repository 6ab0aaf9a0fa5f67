// The public API answers browsers on the configured portal origins only: they get CORS headers, other origins a
// readable refusal. Requests without an Origin (same-origin pages, servers, curl) are open data for anyone.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const REFUSED = {
  error: {
    code: 'FORBIDDEN',
    message:
      'Trang này chưa được đăng ký để nhúng dữ liệu thi đua (PORTAL_ORIGINS) | This site is not a configured portal origin',
  },
};

/** Holds no data, so any page may read it: how a refused widget tells "not registered" (204 here) from "down". */
export const PING = '/api/public/ping';

export const registerPortalCors = (app: FastifyInstance, portalOrigins: readonly string[]): void => {
  const allowed = new Set(portalOrigins);
  const guard = async (req: FastifyRequest, reply: FastifyReply) => {
    // The matched route, not the raw URL: /api/publi%63/… reaches the same handlers and must meet the same guard.
    const route = req.routeOptions.url ?? '';
    if (!route.startsWith('/api/public/') || route === PING) return;
    reply.header('vary', 'Origin');
    const origin = req.headers.origin;
    if (origin === undefined) return;
    if (!allowed.has(origin)) return reply.code(403).send(REFUSED);
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', 'content-disposition');
    if (req.method === 'OPTIONS') {
      // POST is the public comment on a nominee (JSON, no cookie): the one write a portal page may send.
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, HEAD, POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '600')
        .send();
    }
  };
  app.addHook('onRequest', guard);
  // Preflight requests need a route to reach the hook; it answers them before this handler runs.
  app.options('/api/public/*', async (_req, reply) => reply.code(204).send());
  app.get(PING, async (_req, reply) =>
    reply
      .code(204)
      .header('cache-control', 'no-store')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(),
  );
};
