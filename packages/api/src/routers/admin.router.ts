// District administration of accounts: create (the password the administrator chose is one-time), disable (ends
// every session at once), and reset a lock-out.
import {
  assertCanRunBeside,
  compareMovements,
  DomainError,
  parseMovement,
  type LocalizedText,
  type Movement,
} from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { usernameSchema } from '../auth/username.js';
import { appError, notFound } from '../errors.js';
import { mutate } from '../mutation.js';
import { oneTimePassword } from '../install/one-time-password.js';
import { activeMovements, findActiveMovement } from '../movement/active-movement.js';
import { approvePendingMovement, publishMovement, rejectPendingMovement } from '../movement/movement-change.js';
import { roleLabel } from '../policy/role-label.js';
import { assertRoleScope } from '../policy/role-scope.js';
import { MFA_ROLES, ROLES } from '../roles.js';
import { procedure, rolesMeta } from '../trpc.js';

/** A file with hundreds of mistakes is listed by its first 200: enough to see the pattern, small enough to read. */
const MAX_LISTED_ERRORS = 200;

/** The domain's reason why `next` cannot run beside the running movements, or null. */
const overlapProblem = (next: Movement, running: Movement[]): LocalizedText | null => {
  try {
    assertCanRunBeside(next, running);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.text;
    throw error;
  }
};

const reason = z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự / the reason needs at least 5 characters').max(500);

export const adminRouter = {
  users: procedure.meta(rolesMeta('ADMIN')).query(({ ctx }) =>
    ctx.db.user.findMany({
      orderBy: { username: 'asc' },
      select: {
        id: true,
        username: true,
        displayName: true,
        role: true,
        unitId: true,
        sectorId: true,
        disabledAt: true,
        lockedUntil: true,
        totpEnabledAt: true,
        mustChangePassword: true,
        grants: { orderBy: { createdAt: 'asc' }, select: { id: true, role: true, unitId: true, sectorId: true } },
      },
    }),
  ),

  /** What the account form offers: every role (the movement names the bodies behind its roles), units and sectors. */
  accountOptions: procedure.meta(rolesMeta('ADMIN')).query(async ({ ctx }) => {
    const movement = (await findActiveMovement(ctx.db))?.movement ?? null;
    const units = await ctx.db.orgUnit.findMany({
      where: { OR: [{ validTo: null }, { validTo: { gt: ctx.now().toISOString().slice(0, 10) } }] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, nameEn: true },
      take: 5000,
    });
    return {
      roles: ROLES.map((id) => ({
        id,
        label: roleLabel(movement, id),
        needsUnit: id === 'UNIT-EDITOR' || id === 'SECTOR-EDITOR',
        needsSector: id === 'SECTOR-EDITOR',
        secondFactor: MFA_ROLES.has(id),
      })),
      units: units.map((u) => ({ id: u.id, name: { vi: u.name, en: u.nameEn } })),
      sectors: (movement?.sectors ?? []).map((s) => ({ id: s.id, label: s.label })),
    };
  }),

  createUser: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        username: usernameSchema,
        displayName: z.string().trim().min(3).max(120),
        role: z.enum(ROLES),
        unitId: z.string().min(1).max(64).optional(),
        sectorId: z.string().regex(/^S-/).max(64).optional(),
        /** Omitted: the server makes a one-time password and returns it once. Either way it must be changed at first sign-in. */
        password: z.string().min(1).max(256).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const password = input.password ?? oneTimePassword();
      const problem = passwordProblem(password);
      if (problem) throw appError('BAD_REQUEST', problem.vi, problem.en);
      assertRoleScope(input.role, input.unitId, input.sectorId);
      if (await ctx.db.user.findUnique({ where: { username: input.username }, select: { id: true } }))
        throw appError('CONFLICT', 'Tên đăng nhập đã có', 'That username exists');
      if (input.unitId && !(await ctx.db.orgUnit.findUnique({ where: { id: input.unitId }, select: { id: true } })))
        throw appError(
          'BAD_REQUEST',
          `Không có đơn vị ${input.unitId}: hãy chọn đơn vị trong danh sách`,
          `No unit ${input.unitId}`,
        );
      const passwordHash = await hashPassword(password);
      return mutate(ctx, async (tx) => {
        const user = await tx.user.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            role: input.role,
            unitId: input.unitId ?? null,
            sectorId: input.sectorId ?? null,
            passwordHash,
            mustChangePassword: true,
          },
          select: { id: true },
        });
        return {
          result: { id: user.id, password: input.password ? null : password },
          audit: {
            action: 'user.create',
            entity: 'User',
            entityId: user.id,
            data: { username: input.username, role: input.role, unitId: input.unitId ?? null },
          },
        };
      });
    }),

  /** The stored versions of every movement, each movement's newest first, and which one is active. */
  movementVersions: procedure.meta(rolesMeta('ADMIN')).query(async ({ ctx }) => {
    const rows = await ctx.db.movementVersion.findMany({
      orderBy: [{ movementId: 'asc' }, { version: 'desc' }],
      select: {
        id: true,
        movementId: true,
        version: true,
        active: true,
        pending: true,
        note: true,
        createdAt: true,
        createdBy: true,
        decidedBy: true,
        decidedAt: true,
        rejectReason: true,
      },
      take: 200,
    });
    // Who proposed and who decided, by name: the second administrator sees whose change they approve.
    const ids = [...new Set(rows.flatMap((r) => [r.createdBy, r.decidedBy]).filter((id): id is string => id !== null))];
    const names = new Map(
      (await ctx.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => [
        u.id,
        u.displayName,
      ]),
    );
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? id) : null);
    return rows.map(({ createdBy, decidedBy, ...r }) => ({
      ...r,
      proposedBy: nameOf(createdBy),
      decidedBy: nameOf(decidedBy),
      mine: createdBy === ctx.actor!.userId,
    }));
  }),

  /** Checks a movement file without storing it: its errors by path, what it changes against its own active version, and
   * whether it can run beside the other running movements (no shared reporting year or review ID). */
  previewMovement: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ definition: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseMovement(input.definition);
      if (!parsed.ok)
        return {
          ok: false as const,
          errorCount: parsed.errors.length,
          errors: parsed.errors.slice(0, MAX_LISTED_ERRORS).map((e) => ({ path: e.path, message: e.message })),
        };
      const running = (await activeMovements(ctx.db)).map((a) => a.movement);
      const itself = running.find((m) => m.id === parsed.movement.id) ?? null;
      const last = await ctx.db.movementVersion.findFirst({
        where: { movementId: parsed.movement.id },
        orderBy: { version: 'desc' },
        select: { version: true },
      });
      return {
        ok: true as const,
        movement: { id: parsed.movement.id, name: parsed.movement.name, issuer: parsed.movement.issuer },
        /** The other running movements, which keep running beside this one. */
        besides: running.filter((m) => m !== itself).map((m) => ({ id: m.id, name: m.name })),
        /** Why it cannot run beside them, or null. */
        overlap: overlapProblem(parsed.movement, running),
        nextVersion: (last?.version ?? 0) + 1,
        comparison: compareMovements(itself, parsed.movement),
      };
    }),

  /** Publishes a new version of a movement after the domain validates it: a movement not running yet starts at once
   * (beside the others, unless it shares a reporting year or review ID with one); a new version of a running movement
   * waits for a second administrator's approval. */
  activateMovement: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ definition: z.unknown(), note: z.string().trim().min(5).max(1000) }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseMovement(input.definition);
      if (!parsed.ok) {
        const list = parsed.errors
          .slice(0, 20)
          .map((e) => `${e.path}: ${e.message.vi}`)
          .join('; ');
        throw appError(
          'BAD_REQUEST',
          `Định nghĩa phong trào không hợp lệ (${parsed.errors.length} lỗi): ${list}`,
          `Invalid movement definition (${parsed.errors.length} errors)`,
        );
      }
      return publishMovement(ctx, parsed.movement, input.note);
    }),

  /** A second administrator approves a pending version: it replaces the running one. */
  approveMovement: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ versionId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => approvePendingMovement(ctx, input.versionId)),

  /** Rejects a pending version with a reason (its proposer withdraws it the same way). */
  rejectMovement: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ versionId: z.string().min(1).max(64), reason }))
    .mutation(({ ctx, input }) => rejectPendingMovement(ctx, input.versionId, input.reason)),

  /** A new one-time password for someone who lost theirs: shown once to the administrator, to hand over in person. */
  resetPassword: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ userId: z.string().min(1).max(64), reason }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.actor!.userId)
        throw appError(
          'BAD_REQUEST',
          'Hãy tự đổi mật khẩu của mình ở mục Đổi mật khẩu',
          'Change your own password yourself',
        );
      const password = oneTimePassword();
      const passwordHash = await hashPassword(password);
      return mutate(ctx, async (tx) => {
        const { count } = await tx.user.updateMany({
          where: { id: input.userId },
          data: {
            passwordHash,
            mustChangePassword: true,
            passwordChangedAt: ctx.now(),
            failedLogins: 0,
            lockedUntil: null,
            version: { increment: 1 },
          },
        });
        if (count !== 1) throw notFound({ vi: 'tài khoản', en: 'User' });
        await tx.session.deleteMany({ where: { userId: input.userId } });
        return {
          result: { password },
          audit: {
            action: 'user.password_reset',
            entity: 'User',
            entityId: input.userId,
            data: { reason: input.reason },
          },
        };
      });
    }),

  /** For a lost phone: the second factor is enrolled again at the next sign-in; every session ends now. */
  resetTotp: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ userId: z.string().min(1).max(64), reason }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        if (input.userId === ctx.actor!.userId)
          throw appError(
            'BAD_REQUEST',
            'Không tự đặt lại xác thực hai lớp của mình; hãy nhờ một quản trị viên khác',
            'Ask another administrator to reset your own second factor',
          );
        const { count } = await tx.user.updateMany({
          where: { id: input.userId },
          data: { totpSecret: null, totpEnabledAt: null, version: { increment: 1 } },
        });
        if (count !== 1) throw notFound({ vi: 'tài khoản', en: 'User' });
        await tx.session.deleteMany({ where: { userId: input.userId } });
        return {
          result: { ok: true },
          audit: { action: 'user.totp_reset', entity: 'User', entityId: input.userId, data: { reason: input.reason } },
        };
      }),
    ),

  setDisabled: procedure
    .meta(rolesMeta('ADMIN'))
    .input(z.object({ userId: z.string().min(1).max(64), disabled: z.boolean(), reason }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        if (input.userId === ctx.actor!.userId)
          throw appError('BAD_REQUEST', 'Không tự khóa tài khoản của mình', 'You cannot disable yourself');
        const { count } = await tx.user.updateMany({
          where: { id: input.userId },
          data: { disabledAt: input.disabled ? ctx.now() : null, failedLogins: 0, lockedUntil: null },
        });
        if (count !== 1) throw notFound({ vi: 'tài khoản', en: 'User' });
        if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
        return {
          result: { ok: true },
          audit: {
            action: input.disabled ? 'user.disable' : 'user.enable',
            entity: 'User',
            entityId: input.userId,
            data: { reason: input.reason },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
