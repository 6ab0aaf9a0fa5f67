// Builds the tRPC context of a request: the database, the actor behind the session cookie, a request id.
import { actorFromToken, type Context, type Limiter } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set once by buildServer: this server serves demo data (not NODE_ENV=production). */
    demo: boolean;
    /** Where this server counts abuse limits (memory, or Redis shared by every instance). */
    limiter: Limiter;
    /** The key TOTP secrets are sealed with (TOTP_KEY). */
    totpKey: Buffer;
    /** The key audit checkpoints are signed with (AUDIT_KEY). */
    auditKey: Buffer;
  }
}

export const requestContext = async (
  database: Database,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<Context> => {
  const now = new Date();
  return {
    db: database.db,
    provider: database.provider,
    actor: await actorFromToken(database.db, req.cookies[SESSION_COOKIE], now),
    requestId: req.id,
    now: () => new Date(),
    ip: req.ip,
    limiter: req.server.limiter,
    totpKey: req.server.totpKey,
    auditKey: req.server.auditKey,
    userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    demo: req.server.demo,
    cookie: {
      set: (token, expiresAt) => void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(expiresAt)),
      clear: () => void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' }),
    },
  };
};

/** A context with no session, for the public read-only API. */
export const publicContext = (database: Database, req: FastifyRequest): Context => ({
  db: database.db,
  provider: database.provider,
  actor: null,
  requestId: req.id,
  now: () => new Date(),
  ip: req.ip,
  limiter: req.server.limiter,
  publicCounted: true,
  userAgent: null,
  demo: req.server.demo,
  cookie: { set: () => undefined, clear: () => undefined },
});
