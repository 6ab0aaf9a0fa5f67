// Each office's and commune's own movement plan, on time only if sent by the movement's unit-plan deadline.
import { assertUnitPlanDeadline, deadlineStatus } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { activeMovement } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { assertCanEdit, assertCanRead } from '../policy/unit-access.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { evidenceUrl } from '../inputs/evidence-url.js';
import { inForceOn } from '../org/in-force.js';

const PLAN_KINDS = ['department', 'commune'] as const;

export const plansRouter = {
  /** Who sent the plan on time, late, or not at all (the movement's unit-plan deadline), per unit that existed on the due date: public. */
  completeness: procedure.meta(PUBLIC).query(async ({ ctx }) => {
    const { movement } = await activeMovement(ctx.db, ctx.now());
    const due = deadlineStatus(movement, assertUnitPlanDeadline(movement).id);
    const lastDay = due.lastOnTimeLocal.slice(0, 10);
    const units = await ctx.db.orgUnit.findMany({
      where: { participantKind: { in: [...PLAN_KINDS] }, ...inForceOn(lastDay) },
      orderBy: { id: 'asc' },
      select: { id: true, name: true, participantKind: true, plans: { where: { movementId: movement.id }, select: { submittedAt: true } } },
    });
    const rows = units.map((u) => {
      const d = deadlineStatus(movement, assertUnitPlanDeadline(movement).id, { submittedAt: u.plans[0]?.submittedAt ?? null, now: ctx.now() });
      return { unitId: u.id, name: u.name, kind: u.participantKind, deadline: d.status };
    });
    const count = (s: string) => rows.filter((r) => r.deadline === s).length;
    return { dueAt: due.dueAtLocal, lastOnTime: due.lastOnTimeLocal, onTime: count('on_time'), late: count('late'), missing: count('missing'), rows };
  }),

  get: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({ where: { id: input.unitId }, select: { id: true, sectorId: true } });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      assertCanRead(ctx.actor!, unit);
      const { movement } = await activeMovement(ctx.db, ctx.now());
      const plan = await ctx.db.unitPlan.findUnique({
        where: { movementId_unitId: { movementId: movement.id, unitId: unit.id } },
        select: { id: true, title: true, documentNumber: true, evidenceUrl: true, submittedAt: true, version: true },
      });
      return { plan, deadline: deadlineStatus(movement, assertUnitPlanDeadline(movement).id, { submittedAt: plan?.submittedAt ?? null, now: ctx.now() }) };
    }),

  submit: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(z.object({ unitId: z.string().min(1), title: z.string().trim().min(5).max(300), documentNumber: z.string().trim().min(3).max(60), evidenceUrl: evidenceUrl, version: z.number().int().min(1).optional() }))
    .mutation(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({ where: { id: input.unitId }, select: { id: true, sectorId: true, participantKind: true } });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      assertCanEdit(ctx.actor!, unit);
      if (unit.participantKind !== 'department' && unit.participantKind !== 'commune') {
        throw appError('BAD_REQUEST', 'Chỉ phòng, ban và xã, thị trấn gửi kế hoạch (mục VI.1)', 'Only offices and communes send a plan (section VI.1)');
      }
      const { movement } = await activeMovement(ctx.db, ctx.now());
      const now = ctx.now();
      const deadline = deadlineStatus(movement, assertUnitPlanDeadline(movement).id, { submittedAt: now });
      return mutate(ctx, async (tx) => {
        const key = { movementId: movement.id, unitId: unit.id };
        const existing = await tx.unitPlan.findUnique({ where: { movementId_unitId: key }, select: { id: true } });
        const data = { title: input.title, documentNumber: input.documentNumber, evidenceUrl: input.evidenceUrl };
        let id: string;
        if (!existing) {
          id = (await tx.unitPlan.create({ data: { ...key, ...data, submittedAt: now }, select: { id: true } })).id;
        } else {
          // A re-sent plan keeps the first submission time: lateness is judged on when the plan first arrived.
          const { count } = await tx.unitPlan.updateMany({ where: { id: existing.id, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
          expectOneUpdated(count);
          id = existing.id;
        }
        return { result: { planId: id, status: deadline.status, explanation: deadline.explanation }, audit: { action: 'plan.submit', entity: 'UnitPlan', entityId: id, data } };
      });
    }),
} satisfies TRPCRouterRecord;
