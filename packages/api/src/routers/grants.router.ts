// Further roles of an account (UserGrant): the health office's sector editor may also be Phòng Y tế's unit editor.
// The administrator gives and takes them with a reason, audited; taking one ends the sessions acting in it.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { mutate } from '../mutation.js';
import { assertRoleScope } from '../policy/role-scope.js';
import { ROLES } from '../roles.js';
import { procedure, rolesMeta } from '../trpc.js';

const reason = z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự / the reason needs at least 5 characters').max(500);
/** More than this is not one person's work. */
const MAX_GRANTS = 5;

export const grantsRouter = {
  add: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        userId: z.string().min(1).max(64),
        role: z.enum(ROLES),
        unitId: z.string().min(1).max(64).optional(),
        sectorId: z.string().regex(/^S-/).max(64).optional(),
        reason,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertRoleScope(input.role, input.unitId, input.sectorId);
      if (input.role === 'ADMIN')
        throw appError(
          'BAD_REQUEST',
          'Quyền quản trị chỉ là vai trò chính của một tài khoản riêng',
          'Administration is only ever an account’s own role',
        );
      return mutate(ctx, async (tx) => {
        const user = await tx.user.findUnique({
          where: { id: input.userId },
          select: {
            role: true,
            unitId: true,
            sectorId: true,
            grants: { select: { role: true, unitId: true, sectorId: true } },
          },
        });
        if (!user) throw notFound({ vi: 'tài khoản', en: 'User' });
        const same = (g: { role: string; unitId: string | null; sectorId: string | null }) =>
          g.role === input.role && g.unitId === (input.unitId ?? null) && g.sectorId === (input.sectorId ?? null);
        if (same(user) || user.grants.some(same))
          throw appError('CONFLICT', 'Tài khoản đã có vai trò này', 'The account already has this role');
        if (user.grants.length >= MAX_GRANTS)
          throw appError(
            'BAD_REQUEST',
            `Một tài khoản có tối đa ${MAX_GRANTS} vai trò thêm`,
            `An account has at most ${MAX_GRANTS} further roles`,
          );
        const grant = await tx.userGrant.create({
          data: {
            userId: input.userId,
            role: input.role,
            unitId: input.unitId ?? null,
            sectorId: input.sectorId ?? null,
            createdAt: ctx.now(),
            createdBy: ctx.actor!.userId,
          },
          select: { id: true },
        });
        return {
          result: grant,
          audit: {
            action: 'user.grant_add',
            entity: 'User',
            entityId: input.userId,
            data: {
              grantId: grant.id,
              role: input.role,
              unitId: input.unitId ?? null,
              sectorId: input.sectorId ?? null,
              reason: input.reason,
            },
          },
        };
      });
    }),

  remove: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ grantId: z.string().min(1).max(64), reason }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const grant = await tx.userGrant.findUnique({
          where: { id: input.grantId },
          select: { userId: true, role: true, unitId: true, sectorId: true },
        });
        if (!grant) throw notFound({ vi: 'vai trò', en: 'Role' });
        // The sessions acting in it end with it (the database cascades); the person signs in again in another role.
        await tx.userGrant.delete({ where: { id: input.grantId } });
        return {
          result: { ok: true },
          audit: {
            action: 'user.grant_remove',
            entity: 'User',
            entityId: grant.userId,
            data: {
              grantId: input.grantId,
              role: grant.role,
              unitId: grant.unitId,
              sectorId: grant.sectorId,
              reason: input.reason,
            },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
