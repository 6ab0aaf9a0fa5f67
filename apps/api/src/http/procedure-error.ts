// A procedure called from an HTTP route (a download, an upload) failed: the user reads what the API would have said
// over /trpc (its own words, or which fields were wrong), never a database's or a library's message.
import { inputErrorMessage } from '@thidua/api';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

const GENERIC = 'Lỗi máy chủ, vui lòng thử lại | Server error, please try again';

export const sendProcedureError = (reply: FastifyReply, req: FastifyRequest, e: unknown) => {
  if (!(e instanceof TRPCError)) throw e;
  const status = getHTTPStatusCodeFromError(e);
  if (e.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: e.cause ?? e }, 'procedure failed');
  const message = e.code === 'INTERNAL_SERVER_ERROR' ? GENERIC : e.cause instanceof ZodError ? inputErrorMessage(e.cause) : e.message;
  return reply.code(status).send({ error: { code: e.code, message, requestId: req.id } });
};
