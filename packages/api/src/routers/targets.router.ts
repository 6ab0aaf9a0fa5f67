// District targets (III): offices record observed values, Culture & Information approves them, and the public sees
// progress computed by the domain from approved values only.
import type { TRPCRouterRecord } from '@trpc/server';
import { assertReportingYear, defaultReportingYear, localDateOf } from '@thidua/domain';
import { z } from 'zod';
import { appError, forbidden } from '../errors.js';
import { activeMovement, movementForYear } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { targetProgress } from '../targets/target-progress.js';
import { procedure, PUBLIC, rolesMeta } from '../trpc.js';
import { yearInput } from '../inputs/year-input.js';

export const targetsRouter = {
  progress: procedure
    .meta(PUBLIC)
    /** Without a year: the year the movement's screens open on today. */
    .input(z.object({ year: yearInput.optional() }).optional())
    .query(async ({ ctx, input }) => {
      const { movement } = await activeMovement(ctx.db);
      const year = input?.year ?? defaultReportingYear(movement, localDateOf(ctx.now().getTime(), movement.timeZone));
      assertReportingYear(movement, year);
      return targetProgress(ctx.db, movement, year);
    }),

  record: procedure
    .meta(rolesMeta('ROLE-CULTURE', 'SECTOR-EDITOR'))
    .input(z.object({ targetId: z.string().regex(/^T-/), year: yearInput, sectorId: z.string().default(''), value: z.number().finite().min(0).max(1000), source: z.string().trim().max(500).optional() }))
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement } = await movementForYear(ctx.db, input.year);
      const target = movement.targets.find((t) => t.id === input.targetId);
      if (!target) throw appError('BAD_REQUEST', `Không có chỉ tiêu ${input.targetId}`, `No target ${input.targetId}`);
      const perSector = target.rule.kind === 'minOverSectors';
      if (perSector !== (input.sectorId !== '')) throw appError('BAD_REQUEST', 'Chỉ tiêu theo ngành cần mã ngành (và chỉ khi đó)', 'A sector is needed for per-sector targets only');
      // A sector office records its own sector's share; district-wide targets belong to Culture & Information.
      if (actor.role === 'SECTOR-EDITOR' && (!perSector || input.sectorId !== actor.sectorId)) throw forbidden();
      if (target.unit === 'percent' && target.rule.kind !== 'series' && input.value > 100) throw appError('BAD_REQUEST', 'Tỷ lệ phần trăm tối đa 100', 'A percentage is at most 100');
      const key = { movementId: movement.id, targetId: input.targetId, year: input.year, sectorId: input.sectorId };
      return mutate(ctx, async (tx) => {
        const existing = await tx.targetObservation.findUnique({ where: { movementId_targetId_year_sectorId: key }, select: { id: true, status: true } });
        if (existing?.status === 'approved') throw appError('PRECONDITION_FAILED', 'Số liệu đã duyệt: không sửa được', 'Approved values cannot be changed');
        const row = await tx.targetObservation.upsert({
          where: { movementId_targetId_year_sectorId: key },
          create: { ...key, value: input.value, source: input.source ?? null, enteredBy: actor.userId, enteredAt: ctx.now() },
          update: { value: input.value, source: input.source ?? null, enteredBy: actor.userId, enteredAt: ctx.now(), version: { increment: 1 } },
          select: { id: true, version: true },
        });
        return { result: row, audit: { action: 'target.record', entity: 'TargetObservation', entityId: row.id, data: input } };
      });
    }),

  approve: procedure
    .meta(rolesMeta('ROLE-CULTURE'))
    .input(z.object({ observationId: z.string().min(1), version: z.number().int().min(1) }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const { count } = await tx.targetObservation.updateMany({ where: { id: input.observationId, version: input.version, status: 'draft' }, data: { status: 'approved', approvedBy: ctx.actor!.userId, approvedAt: ctx.now(), version: { increment: 1 } } });
        expectOneUpdated(count);
        return { result: { ok: true }, audit: { action: 'target.approve', entity: 'TargetObservation', entityId: input.observationId, data: null } };
      }),
    ),
} satisfies TRPCRouterRecord;
