// The people of a unit (cán bộ, công chức, người lao động, and citizens living there): the individuals a unit may
// propose for an award. The
// administrator keeps every unit's; a unit's editor keeps its own. Contact details are personal data: only these two
// read them, and the audit log records which fields changed, never their values.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Actor } from '../context.js';
import { appError, forbidden, notFound } from '../errors.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { procedure, rolesMeta } from '../trpc.js';

const fields = z.object({
  fullName: z.string().trim().min(3, 'Họ tên cần ít nhất 3 ký tự / the full name needs at least 3 characters').max(120),
  position: z.string().trim().max(200).nullable().default(null),
  email: z.email('Thư điện tử không đúng dạng / not an e-mail address').max(200).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(
      /^[0-9 +().-]{6,20}$/,
      'Số điện thoại: 6–20 chữ số, dấu cách, +, (, ), -, . / phone: 6–20 digits and + ( ) - . or spaces',
    )
    .nullable()
    .default(null),
  /** A citizen living in the unit (a commune), not one of its staff: the plan awards citizens too (V.1.2). */
  isCitizen: z.boolean().default(false),
});
const unitIdInput = z.string().min(1).max(64);

/** The administrator keeps every unit's people; a unit editor only its own unit's. */
const assertKeepsPeopleOf = (actor: Actor, unitId: string): void => {
  if (actor.role === 'ADMIN') return;
  if (actor.role === 'UNIT-EDITOR' && actor.unitId === unitId) return;
  throw forbidden();
};

const changedFields = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
  Object.keys(after).filter((k) => before[k] !== after[k]);

export const peopleRouter = {
  list: procedure
    .meta(rolesMeta('ADMIN', 'UNIT-EDITOR'))
    .input(z.object({ unitId: unitIdInput }))
    .query(async ({ ctx, input }) => {
      assertKeepsPeopleOf(ctx.actor!, input.unitId);
      const people = await ctx.db.person.findMany({
        where: { unitId: input.unitId },
        orderBy: [{ isCitizen: 'asc' }, { fullName: 'asc' }],
        select: {
          id: true,
          fullName: true,
          position: true,
          email: true,
          phone: true,
          isCitizen: true,
          version: true,
          user: { select: { username: true } },
        },
        take: 2000,
      });
      return people.map(({ user, ...p }) => ({ ...p, account: user?.username ?? null }));
    }),

  create: procedure
    .meta(rolesMeta('ADMIN', 'UNIT-EDITOR'))
    .input(fields.extend({ unitId: unitIdInput }))
    .mutation(async ({ ctx, input }) => {
      assertKeepsPeopleOf(ctx.actor!, input.unitId);
      if (!(await ctx.db.orgUnit.findUnique({ where: { id: input.unitId }, select: { id: true } })))
        throw notFound({ vi: `đơn vị ${input.unitId}`, en: `Unit ${input.unitId}` });
      return mutate(ctx, async (tx) => {
        const person = await tx.person.create({
          data: {
            unitId: input.unitId,
            fullName: input.fullName,
            position: input.position,
            email: input.email,
            phone: input.phone,
            isCitizen: input.isCitizen,
          },
          select: { id: true, version: true },
        });
        return {
          result: person,
          audit: {
            action: 'person.create',
            entity: 'Person',
            entityId: person.id,
            data: {
              unitId: input.unitId,
              fields: Object.keys(fields.shape).filter((k) => input[k as keyof typeof input] !== null),
            },
          },
        };
      });
    }),

  /** Corrects a person's details, with the version the form loaded (a change made meanwhile is not overwritten). */
  update: procedure
    .meta(rolesMeta('ADMIN', 'UNIT-EDITOR'))
    .input(fields.extend({ id: z.string().min(1).max(64), version: z.number().int().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const before = await ctx.db.person.findUnique({
        where: { id: input.id },
        select: { unitId: true, isCitizen: true, fullName: true, position: true, email: true, phone: true },
      });
      if (!before || !before.unitId) throw notFound({ vi: 'cá nhân', en: 'Person' });
      assertKeepsPeopleOf(ctx.actor!, before.unitId);
      const after = {
        fullName: input.fullName,
        position: input.position,
        email: input.email,
        phone: input.phone,
        isCitizen: input.isCitizen,
      };
      const changed = changedFields(before, after);
      if (changed.length === 0) throw appError('BAD_REQUEST', 'Không có thông tin nào thay đổi', 'Nothing changed');
      return mutate(ctx, async (tx) => {
        const { count } = await tx.person.updateMany({
          where: { id: input.id, version: input.version },
          data: { ...after, version: { increment: 1 } },
        });
        expectOneUpdated(count);
        return {
          result: { version: input.version + 1 },
          audit: {
            action: 'person.update',
            entity: 'Person',
            entityId: input.id,
            data: { unitId: before.unitId, fields: changed },
          },
        };
      });
    }),
} satisfies TRPCRouterRecord;
