// A refused public query: 400 with a message that names the parameter(s) and what each accepts.
import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';

/** A query refused with its own words (Vietnamese | English), and which fields were wrong when known. */
export const refuseQuery = (reply: FastifyReply, message: string, fields?: Record<string, string[] | undefined>) =>
  reply.code(400).send({ error: { code: 'BAD_REQUEST', message, ...(fields ? { fields } : {}) } });

/** Names only the wrong parameters, never the whole list to guess from. `hints` says what each parameter accepts, e.g. { limit: '1–500' }; a parameter without a hint is named alone. */
export const refuseParameters = (reply: FastifyReply, error: ZodError, hints: Readonly<Record<string, string>>) => {
  const fields = error.flatten().fieldErrors as Record<string, string[] | undefined>;
  const named = Object.keys(fields).map((name) => (hints[name] ? `${name} (${hints[name]})` : name));
  const list = named.join(', ');
  return refuseQuery(reply, `Tham số không hợp lệ: ${list} | Invalid parameters: ${list}`, fields);
};
