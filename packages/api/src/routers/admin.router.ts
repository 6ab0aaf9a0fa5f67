// District administration of accounts: create (the password the administrator chose is one-time), disable (ends
// every session at once), and reset a lock-out.
import { parseMovement } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { usernameSchema } from '../auth/username.js';
import { appError, notFound } from '../errors.js';
import { mutate } from '../mutation.js';
import { ROLES } from '../roles.js';
import { procedure, rolesMeta } from '../trpc.js';

export const adminRouter = {
  users: procedure
    .meta(rolesMeta('ADMIN'))
    .query(({ ctx }) =>
      ctx.db.user.findMany({
        orderBy: { username: 'asc' },
        select: { id: true, username: true, displayName: true, role: true, unitId: true, sectorId: true, disabledAt: true, lockedUntil: true, totpEnabledAt: true },
      }),
    ),

  createUser: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        username: usernameSchema,
        displayName: z.string().trim().min(3).max(120),
        role: z.enum(ROLES),
        unitId: z.string().min(1).optional(),
        sectorId: z.string().regex(/^S-/).optional(),
        password: z.string().min(1).max(256),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const problem = passwordProblem(input.password);
      if (problem) throw appError('BAD_REQUEST', problem.vi, problem.en);
      if ((input.role === 'UNIT-EDITOR' || input.role === 'SECTOR-EDITOR') && !input.unitId) throw appError('BAD_REQUEST', 'Biên tập viên cần thuộc một đơn vị', 'An editor needs a unit');
      if (input.role === 'SECTOR-EDITOR' && !input.sectorId) throw appError('BAD_REQUEST', 'Biên tập viên ngành cần mã ngành', 'A sector editor needs a sector');
      if (await ctx.db.user.findUnique({ where: { username: input.username }, select: { id: true } })) throw appError('CONFLICT', 'Tên đăng nhập đã có', 'That username exists');
      const passwordHash = await hashPassword(input.password);
      return mutate(ctx, async (tx) => {
        const user = await tx.user.create({ data: { username: input.username, displayName: input.displayName, role: input.role, unitId: input.unitId ?? null, sectorId: input.sectorId ?? null, passwordHash, mustChangePassword: true }, select: { id: true } });
        return { result: user, audit: { action: 'user.create', entity: 'User', entityId: user.id, data: { username: input.username, role: input.role, unitId: input.unitId ?? null } } };
      });
    }),

  /** Publishes a new version of the movement definition after the domain validates it; the old one stays stored. */
  activateMovement: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ definition: z.unknown(), note: z.string().trim().min(5).max(1000) }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseMovement(input.definition);
      if (!parsed.ok) {
        const list = parsed.errors.slice(0, 20).map((e) => `${e.path}: ${e.message.vi}`).join('; ');
        throw appError('BAD_REQUEST', `Định nghĩa phong trào không hợp lệ (${parsed.errors.length} lỗi): ${list}`, `Invalid movement definition (${parsed.errors.length} errors)`);
      }
      const movement = parsed.movement;
      return mutate(ctx, async (tx) => {
        const last = await tx.movementVersion.findFirst({ where: { movementId: movement.id }, orderBy: { version: 'desc' }, select: { version: true } });
        await tx.movementVersion.updateMany({ where: { active: true }, data: { active: false } });
        const row = await tx.movementVersion.create({
          data: { movementId: movement.id, version: (last?.version ?? 0) + 1, definition: JSON.stringify(movement), active: true, note: input.note, createdAt: ctx.now(), createdBy: ctx.actor!.userId },
          select: { id: true, version: true },
        });
        return { result: row, audit: { action: 'movement.activate', entity: 'MovementVersion', entityId: row.id, data: { movementId: movement.id, version: row.version, note: input.note } } };
      });
    }),

  setDisabled: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ userId: z.string().min(1), disabled: z.boolean(), reason: z.string().trim().min(5).max(500) }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        if (input.userId === ctx.actor!.userId) throw appError('BAD_REQUEST', 'Không tự khóa tài khoản của mình', 'You cannot disable yourself');
        const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { disabledAt: input.disabled ? ctx.now() : null, failedLogins: 0, lockedUntil: null } });
        if (count !== 1) throw notFound({ vi: 'tài khoản', en: 'User' });
        if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
        return { result: { ok: true }, audit: { action: input.disabled ? 'user.disable' : 'user.enable', entity: 'User', entityId: input.userId, data: { reason: input.reason } } };
      }),
    ),
} satisfies TRPCRouterRecord;
