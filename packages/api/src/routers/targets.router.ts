// District targets (III): offices record observed values, Culture & Information approves them, and the public sees
// progress computed by the domain from approved values only.
import type { TRPCRouterRecord } from '@trpc/server';
import { defaultReportingYear, localDateOf } from '@thidua/domain';
import { z } from 'zod';
import { appError, forbidden, notFound } from '../errors.js';
import { activeMovement, movementForYear } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { targetProgress } from '../targets/target-progress.js';
import { procedure, PUBLIC, rolesMeta } from '../trpc.js';
import { yearInput } from '../inputs/year-input.js';
import type { Role } from '../roles.js';
import { DUTY } from '../roles.js';

/** Who enters target figures (each office its own share) and who approves and corrects them: named once here. */
const APPROVER = DUTY.culture satisfies Role;
const RECORDERS = [APPROVER, 'SECTOR-EDITOR'] as const satisfies readonly Role[];

export const targetsRouter = {
  progress: procedure
    .meta(PUBLIC)
    /** Without a year: the year the movement's screens open on today. */
    .input(z.object({ year: yearInput.optional() }).optional())
    .query(async ({ ctx, input }) => {
      if (input?.year !== undefined)
        return targetProgress(ctx.db, (await movementForYear(ctx.db, input.year)).movement, input.year);
      const { movement } = await activeMovement(ctx.db, ctx.now());
      return targetProgress(
        ctx.db,
        movement,
        defaultReportingYear(movement, localDateOf(ctx.now().getTime(), movement.timeZone)),
      );
    }),

  record: procedure
    .meta(rolesMeta(...RECORDERS))
    .input(
      z.object({
        targetId: z.string().regex(/^T-/),
        year: yearInput,
        sectorId: z.string().default(''),
        value: z.number().finite().min(0).max(1000),
        source: z.string().trim().max(500).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement } = await movementForYear(ctx.db, input.year);
      const target = movement.targets.find((t) => t.id === input.targetId);
      if (!target) throw appError('BAD_REQUEST', `Không có chỉ tiêu ${input.targetId}`, `No target ${input.targetId}`);
      const perSector = target.rule.kind === 'minOverSectors';
      if (perSector !== (input.sectorId !== ''))
        throw appError(
          'BAD_REQUEST',
          'Chỉ tiêu theo ngành cần mã ngành (và chỉ khi đó)',
          'A sector is needed for per-sector targets only',
        );
      // A sector office records its own sector's share; district-wide targets belong to Culture & Information.
      if (actor.role === 'SECTOR-EDITOR' && (!perSector || input.sectorId !== actor.sectorId)) throw forbidden();
      if (target.unit === 'percent' && target.rule.kind !== 'series' && input.value > 100)
        throw appError('BAD_REQUEST', 'Tỷ lệ phần trăm tối đa 100', 'A percentage is at most 100');
      const key = { movementId: movement.id, targetId: input.targetId, year: input.year, sectorId: input.sectorId };
      return mutate(ctx, async (tx) => {
        const existing = await tx.targetObservation.findUnique({
          where: { movementId_targetId_year_sectorId: key },
          select: { id: true, status: true },
        });
        if (existing?.status === 'approved')
          throw appError(
            'PRECONDITION_FAILED',
            'Số liệu đã duyệt: không sửa được',
            'Approved values cannot be changed',
          );
        const row = await tx.targetObservation.upsert({
          where: { movementId_targetId_year_sectorId: key },
          create: {
            ...key,
            value: input.value,
            source: input.source ?? null,
            enteredBy: actor.userId,
            enteredAt: ctx.now(),
          },
          update: {
            value: input.value,
            source: input.source ?? null,
            enteredBy: actor.userId,
            enteredAt: ctx.now(),
            version: { increment: 1 },
          },
          select: { id: true, version: true },
        });
        return {
          result: row,
          audit: { action: 'target.record', entity: 'TargetObservation', entityId: row.id, data: input },
        };
      });
    }),

  /** Every figure to enter for a year: one per target, one per sector for per-sector targets, with what was entered.
   * A sector office sees its own sector's rows only. The IDs here are what approve and correct ask for. */
  observations: procedure
    .meta(rolesMeta(...RECORDERS))
    .input(z.object({ year: yearInput }))
    .query(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement } = await movementForYear(ctx.db, input.year);
      const stored = await ctx.db.targetObservation.findMany({
        where: { movementId: movement.id, year: input.year },
        select: {
          id: true,
          targetId: true,
          sectorId: true,
          value: true,
          source: true,
          status: true,
          version: true,
          enteredAt: true,
          approvedAt: true,
        },
      });
      const byKey = new Map(stored.map((o) => [`${o.targetId}|${o.sectorId}`, o]));
      const sectorLabel = new Map(movement.sectors.map((s) => [s.id, s.label]));
      const rows = movement.targets.flatMap((t) => {
        const sectors =
          t.rule.kind === 'minOverSectors'
            ? t.rule.sectors.length > 0
              ? t.rule.sectors
              : movement.sectors.map((s) => s.id)
            : [''];
        return sectors.map((sectorId) => ({
          targetId: t.id,
          label: t.label,
          unit: t.unit,
          group: t.group,
          sectorId,
          sectorLabel: sectorId ? (sectorLabel.get(sectorId) ?? null) : null,
          observation: byKey.get(`${t.id}|${sectorId}`) ?? null,
        }));
      });
      return actor.role === 'SECTOR-EDITOR'
        ? rows.filter((r) => r.sectorId !== '' && r.sectorId === actor.sectorId)
        : rows;
    }),

  /** An approved figure found wrong: Culture corrects it with a reason; the audit keeps the old and the new value. */
  correct: procedure
    .meta(rolesMeta(APPROVER))
    .input(
      z.object({
        observationId: z.string().min(1).max(64),
        version: z.number().int().min(1),
        value: z.number().finite().min(0).max(1000),
        source: z.string().trim().max(500).optional(),
        reason: z
          .string()
          .trim()
          .min(10, 'Lý do sửa cần ít nhất 10 ký tự / the reason needs at least 10 characters')
          .max(1000),
      }),
    )
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const before = await tx.targetObservation.findUnique({
          where: { id: input.observationId },
          select: { value: true, status: true },
        });
        if (!before) throw notFound({ vi: 'số liệu chỉ tiêu', en: 'Target figure' });
        if (before.status !== 'approved')
          throw appError(
            'PRECONDITION_FAILED',
            'Số liệu chưa duyệt: hãy nhập lại thay vì sửa',
            'Not approved yet: enter it again instead',
          );
        const { count } = await tx.targetObservation.updateMany({
          where: { id: input.observationId, version: input.version },
          data: {
            value: input.value,
            source: input.source ?? null,
            enteredBy: ctx.actor!.userId,
            enteredAt: ctx.now(),
            version: { increment: 1 },
          },
        });
        expectOneUpdated(count);
        return {
          result: { ok: true },
          audit: {
            action: 'target.correct',
            entity: 'TargetObservation',
            entityId: input.observationId,
            data: { from: before.value, to: input.value, reason: input.reason },
          },
        };
      }),
    ),

  approve: procedure
    .meta(rolesMeta(APPROVER))
    .input(z.object({ observationId: z.string().min(1), version: z.number().int().min(1) }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const { count } = await tx.targetObservation.updateMany({
          where: { id: input.observationId, version: input.version, status: 'draft' },
          data: { status: 'approved', approvedBy: ctx.actor!.userId, approvedAt: ctx.now(), version: { increment: 1 } },
        });
        expectOneUpdated(count);
        return {
          result: { ok: true },
          audit: { action: 'target.approve', entity: 'TargetObservation', entityId: input.observationId, data: null },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
