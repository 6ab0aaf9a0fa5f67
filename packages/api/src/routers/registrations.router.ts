// Registration for the movement with pledges (đăng ký thi đua): "no registration, no award" (C-COL-REGISTERED).
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { timelineAt } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { appError, notFound } from '../errors.js';
import { activeMovement } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { assertCanEdit, assertCanRead } from '../policy/unit-access.js';
import { procedure, rolesMeta, SIGNED_IN } from '../trpc.js';

const unitRef = async (ctx: { db: Db }, unitId: string) => {
  const unit = await ctx.db.orgUnit.findUnique({
    where: { id: unitId },
    select: { id: true, sectorId: true, participantKind: true, validTo: true },
  });
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  return unit;
};

export const registrationsRouter = {
  get: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const unit = await unitRef(ctx, input.unitId);
      assertCanRead(ctx.actor!, unit);
      const { movement } = await activeMovement(ctx.db, ctx.now());
      return ctx.db.registration.findFirst({
        where: { movementId: movement.id, unitId: unit.id },
        select: { id: true, pledges: true, registeredAt: true, version: true },
      });
    }),

  register: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.object({
        unitId: z.string().min(1),
        pledges: z
          .string()
          .trim()
          .min(20, 'Nêu các nội dung đăng ký (ít nhất 20 ký tự) / describe the pledges')
          .max(10_000),
        version: z.number().int().min(1).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const unit = await unitRef(ctx, input.unitId);
      assertCanEdit(ctx.actor!, unit);
      if (!unit.participantKind)
        throw appError('BAD_REQUEST', 'Đơn vị này không tham gia thi đua', 'This unit does not take part');
      const { movement } = await activeMovement(ctx.db, ctx.now());
      // Registration is open while the movement runs (PH-1 to PH-2), never after it has ended.
      if (timelineAt(movement, ctx.now()).status !== 'running') {
        throw appError(
          'PRECONDITION_FAILED',
          'Phong trào không trong thời gian nhận đăng ký thi đua',
          'The movement is not taking registrations now',
        );
      }
      return mutate(ctx, async (tx) => {
        const existing = await tx.registration.findFirst({
          where: { movementId: movement.id, unitId: unit.id },
          select: { id: true },
        });
        if (!existing) {
          const created = await tx.registration.create({
            data: { movementId: movement.id, unitId: unit.id, pledges: input.pledges, registeredAt: ctx.now() },
            select: { id: true, version: true },
          });
          return {
            result: created,
            audit: {
              action: 'registration.create',
              entity: 'Registration',
              entityId: created.id,
              data: { unitId: unit.id },
            },
          };
        }
        const { count } = await tx.registration.updateMany({
          where: { id: existing.id, version: input.version ?? -1 },
          data: { pledges: input.pledges, version: { increment: 1 } },
        });
        expectOneUpdated(count);
        return {
          result: { id: existing.id, version: (input.version ?? 0) + 1 },
          audit: {
            action: 'registration.update',
            entity: 'Registration',
            entityId: existing.id,
            data: { unitId: unit.id },
          },
        };
      });
    }),
} satisfies TRPCRouterRecord;
