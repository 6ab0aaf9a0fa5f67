// A refused query names the parameters that were wrong and what each accepts, never the whole list to guess from.
import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';

/** `hints` says what each parameter accepts, e.g. { limit: '1–500' }; a parameter without a hint is named alone. */
export const refuseParameters = (reply: FastifyReply, error: ZodError, hints: Readonly<Record<string, string>>) => {
  const fields = error.flatten().fieldErrors as Record<string, string[] | undefined>;
  const named = Object.keys(fields).map((name) => (hints[name] ? `${name} (${hints[name]})` : name));
  const list = named.join(', ');
  return reply.code(400).send({
    error: { code: 'BAD_REQUEST', message: `Tham số không hợp lệ: ${list} | Invalid parameters: ${list}`, fields },
  });
};
