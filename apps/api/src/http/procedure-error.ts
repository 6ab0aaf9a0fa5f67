// A procedure called from an HTTP route (a download, an upload) failed: the user reads what the API would have said
// over /trpc (its own words, or which fields were wrong), never a database's or a library's message.
import { inputErrorMessage } from '@thidua/api';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

const GENERIC = 'Lỗi máy chủ, vui lòng thử lại | Server error, please try again';

/** What the client is told for a failed procedure: its status and body (anything else is a logged server error). */
export const procedureErrorAnswer = (
  req: FastifyRequest,
  e: unknown,
): { status: number; body: { error: { code: string; message: string; requestId: string } } } => {
  if (!(e instanceof TRPCError)) {
    req.log.error({ err: e }, 'request failed');
    return { status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: GENERIC, requestId: req.id } } };
  }
  const status = getHTTPStatusCodeFromError(e);
  if (e.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: e.cause ?? e }, 'procedure failed');
  const message =
    e.code === 'INTERNAL_SERVER_ERROR' ? GENERIC : e.cause instanceof ZodError ? inputErrorMessage(e.cause) : e.message;
  return { status, body: { error: { code: e.code, message, requestId: req.id } } };
};

export const sendProcedureError = (reply: FastifyReply, req: FastifyRequest, e: unknown) => {
  if (!(e instanceof TRPCError)) throw e;
  const { status, body } = procedureErrorAnswer(req, e);
  return reply.code(status).send(body);
};
