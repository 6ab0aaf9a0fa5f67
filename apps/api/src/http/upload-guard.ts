// An upload's body (up to tens of megabytes) is read only for a signed-in caller whose role may send it and who is
// within their upload quota: anyone else is refused from the headers alone, before a byte of the body is buffered.
import {
  capabilitiesOf,
  signedInActor,
  LIMITS,
  takeLimit,
  type Actor,
  type Capabilities,
  type Limiter,
} from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.js';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const wait = (ms: number) =>
  ms >= 3_600_000 ? `${Math.ceil(ms / 3_600_000)} giờ` : `${Math.max(1, Math.ceil(ms / 60_000))} phút`;

/** Counts the file against the account's quotas (files an hour, bytes a day); the refusal names the limit passed. */
const refuseOverQuota = async (
  limiter: Limiter,
  actor: Actor,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> => {
  // A browser always says how long the file is; a body of unknown length cannot be counted against the quota first.
  const bytes = Number(req.headers['content-length']);
  if (!Number.isSafeInteger(bytes) || bytes < 0)
    return reply.code(411).send({
      error: {
        code: 'LENGTH_REQUIRED',
        message:
          'Thiếu độ dài tệp (Content-Length): hãy gửi tệp từ trang của hệ thống | The upload must state its length (Content-Length)',
      },
    });
  const now = Date.now();
  const files = await takeLimit(limiter, 'uploadsPerAccount', actor.userId, now);
  const refuse = (vi: string, en: string, retryAfterMs: number) =>
    reply
      .code(429)
      .header('retry-after', String(Math.ceil(retryAfterMs / 1000)))
      .send({ error: { code: 'TOO_MANY_REQUESTS', message: `${vi} | ${en}` } });
  if (!files.allowed)
    return refuse(
      `Tài khoản đã gửi ${LIMITS.uploadsPerAccount.limit} tệp trong một giờ, là giới hạn; hãy gửi tiếp sau ${wait(files.retryAfterMs)}`,
      `This account sent ${LIMITS.uploadsPerAccount.limit} files in an hour, the limit`,
      files.retryAfterMs,
    );
  const volume = await takeLimit(limiter, 'uploadBytesPerAccount', actor.userId, now, bytes);
  if (!volume.allowed)
    return refuse(
      `Tài khoản đã gửi gần ${megabytes(LIMITS.uploadBytesPerAccount.limit)} MB hôm nay, là giới hạn mỗi ngày; hãy gửi tiếp sau ${wait(volume.retryAfterMs)}`,
      `This account reached its daily upload limit of ${megabytes(LIMITS.uploadBytesPerAccount.limit)} MB`,
      volume.retryAfterMs,
    );
  return undefined;
};

export const refuseBeforeBody =
  (database: Database, may: (capabilities: Capabilities, req: FastifyRequest) => boolean) =>
  async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (req.method !== 'POST') return undefined;
    const actor: Actor | null = await signedInActor(database.db, req.cookies[SESSION_COOKIE], new Date());
    if (!actor)
      return reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'Vui lòng đăng nhập | Please sign in' } });
    if (!may(capabilitiesOf(actor.role), req))
      return reply.code(403).send({
        error: {
          code: 'FORBIDDEN',
          message: 'Vai trò của bạn không được gửi tệp này | Your role may not send this file',
        },
      });
    return refuseOverQuota(req.server.limiter, actor, req, reply);
  };
