// The public comment window over REST, for the portal's <thidua-nominees> widget: the nominees open for comment now,
// and a comment on one of them (a name and a contact that is never published; the API limits each network address).
import { appRouter, createCallerFactory } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendProcedureError } from '../http/procedure-error.js';
import { publicContext } from '../http/request-context.js';
import { refuseQuery } from '../http/invalid-parameters.js';

const createCaller = createCallerFactory(appRouter);
const REVIEW = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;

export const registerNomineeRoutes = (app: FastifyInstance, database: Database): void => {
  app.get('/api/public/nominees', async (req, reply) => {
    const q = z.object({ review: z.string().regex(REVIEW).max(64).optional() }).safeParse(req.query);
    if (!q.success)
      return refuseQuery(
        reply,
        'Tham số review là mã một đợt xét (xem /api/public/calendar) | review must be a review id (see /api/public/calendar)',
      );
    try {
      return await createCaller(publicContext(database, req)).nominations.publicList(
        q.data.review ? { reviewId: q.data.review } : {},
      );
    } catch (e) {
      return sendProcedureError(reply, req, e);
    }
  });

  app.post<{ Params: { id: string } }>(
    '/api/public/nominees/:id/comments',
    { bodyLimit: 16 * 1024 },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        const made = await createCaller(publicContext(database, req)).nominations.comment({
          nominationId: req.params.id,
          body: body.body as string,
          authorName: body.authorName as string,
          contact: body.contact as string,
        });
        return reply.code(201).send(made);
      } catch (e) {
        return sendProcedureError(reply, req, e);
      }
    },
  );
};
