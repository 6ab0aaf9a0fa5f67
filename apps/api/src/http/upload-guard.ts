// An upload's body (up to tens of megabytes) is read only for a signed-in caller whose role may send it: anyone else
// is refused from the headers alone, before a byte of the body is buffered.
import { actorFromToken, capabilitiesOf, type Actor, type Capabilities } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.js';

export const refuseBeforeBody =
  (database: Database, may: (capabilities: Capabilities, req: FastifyRequest) => boolean) =>
  async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (req.method !== 'POST') return undefined;
    const actor: Actor | null = await actorFromToken(database.db, req.cookies[SESSION_COOKIE], new Date());
    if (!actor) return reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'Vui lòng đăng nhập | Please sign in' } });
    if (!may(capabilitiesOf(actor.role), req)) return reply.code(403).send({ error: { code: 'FORBIDDEN', message: 'Vai trò của bạn không được gửi tệp này | Your role may not send this file' } });
    return undefined;
  };
