// Each office's and commune's own movement plan, on time only if sent by the movement's unit-plan deadline.
import {
  assertUnitPlanDeadline,
  deadlineStatus,
  formatDateVi,
  localDateOf,
  reportingYears,
  text,
} from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { activeMovement } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { assertCanEdit, assertCanRead } from '../policy/unit-access.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { evidenceUrl } from '../inputs/evidence-url.js';
import { inForceOn } from '../org/in-force.js';
import { assertReceivedOn, paperFields, receiptInstant } from '../reports/paper-report.js';
import { DUTY } from '../roles.js';

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
      select: {
        id: true,
        name: true,
        participantKind: true,
        plans: { where: { movementId: movement.id }, select: { submittedAt: true } },
      },
    });
    const rows = units.map((u) => {
      const d = deadlineStatus(movement, assertUnitPlanDeadline(movement).id, {
        submittedAt: u.plans[0]?.submittedAt ?? null,
        now: ctx.now(),
      });
      return { unitId: u.id, name: u.name, kind: u.participantKind, deadline: d.status };
    });
    const count = (s: string) => rows.filter((r) => r.deadline === s).length;
    return {
      dueAt: due.dueAtLocal,
      lastOnTime: due.lastOnTimeLocal,
      onTime: count('on_time'),
      late: count('late'),
      missing: count('missing'),
      rows,
    };
  }),

  get: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, sectorId: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      assertCanRead(ctx.actor!, unit);
      const { movement } = await activeMovement(ctx.db, ctx.now());
      const plan = await ctx.db.unitPlan.findUnique({
        where: { movementId_unitId: { movementId: movement.id, unitId: unit.id } },
        select: { id: true, title: true, documentNumber: true, evidenceUrl: true, submittedAt: true, version: true },
      });
      return {
        plan,
        deadline: deadlineStatus(movement, assertUnitPlanDeadline(movement).id, {
          submittedAt: plan?.submittedAt ?? null,
          now: ctx.now(),
        }),
      };
    }),

  submit: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.object({
        unitId: z.string().min(1),
        title: z.string().trim().min(5).max(300),
        documentNumber: z.string().trim().min(3).max(60),
        evidenceUrl: evidenceUrl,
        version: z.number().int().min(1).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, sectorId: true, participantKind: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      assertCanEdit(ctx.actor!, unit);
      if (unit.participantKind !== 'department' && unit.participantKind !== 'commune') {
        throw appError(
          'BAD_REQUEST',
          'Chỉ phòng, ban và xã, thị trấn gửi kế hoạch (mục VI.1)',
          'Only offices and communes send a plan (section VI.1)',
        );
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
          const { count } = await tx.unitPlan.updateMany({
            where: { id: existing.id, version: input.version ?? -1 },
            data: { ...data, version: { increment: 1 } },
          });
          expectOneUpdated(count);
          id = existing.id;
        }
        return {
          result: { planId: id, status: deadline.status, explanation: deadline.explanation },
          audit: { action: 'plan.submit', entity: 'UnitPlan', entityId: id, data },
        };
      });
    }),

  /** A plan that came on paper, recorded by the Culture office: it counts as sent on the day it was received (audited). */
  recordPaper: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(z.object({ unitId: z.string().min(1).max(64), title: z.string().trim().min(5).max(300), ...paperFields }))
    .mutation(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, name: true, participantKind: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      if (!(PLAN_KINDS as readonly (string | null)[]).includes(unit.participantKind))
        throw appError(
          'BAD_REQUEST',
          `${unit.name} không gửi kế hoạch: chỉ phòng, ban và xã, thị trấn gửi`,
          `${unit.name} sends no plan: only offices and communes do`,
        );
      const { movement } = await activeMovement(ctx.db, ctx.now());
      // A plan cannot arrive before the movement began: an earlier date would make any plan on time.
      const start = movement.timeline.phases[0]?.start ?? `${reportingYears(movement)[0]}-01-01`;
      assertReceivedOn(movement, input.receivedOn, ctx.now(), {
        day: start,
        what: text('ngày bắt đầu phong trào', 'the day the movement began'),
      });
      const submittedAt = receiptInstant(movement, input.receivedOn);
      const deadline = deadlineStatus(movement, assertUnitPlanDeadline(movement).id, { submittedAt });
      return mutate(ctx, async (tx) => {
        const key = { movementId: movement.id, unitId: unit.id };
        const sent = await tx.unitPlan.findUnique({ where: { movementId_unitId: key }, select: { submittedAt: true } });
        if (sent)
          throw appError(
            'CONFLICT',
            `${unit.name} đã gửi kế hoạch${sent.submittedAt ? ` ngày ${formatDateVi(localDateOf(sent.submittedAt.getTime(), movement.timeZone))}` : ''}: không ghi nhận thêm bản giấy`,
            `${unit.name} has already sent its plan: no paper copy is recorded over it`,
          );
        const data = {
          title: input.title,
          documentNumber: input.reference,
          paperReceivedOn: input.receivedOn,
          paperScanUrl: input.scanUrl,
          submittedAt,
        };
        const { id } = await tx.unitPlan.create({ data: { ...key, ...data }, select: { id: true } });
        return {
          result: { planId: id, status: deadline.status },
          audit: {
            action: 'plan.recordPaper',
            entity: 'UnitPlan',
            entityId: id,
            data: { receivedOn: input.receivedOn, reference: input.reference, scanUrl: input.scanUrl },
          },
        };
      });
    }),
} satisfies TRPCRouterRecord;
