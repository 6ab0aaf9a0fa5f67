// Sign-in, second factor, sign-out and "who am I". Failures say nothing about which part was wrong.
import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from '@oslojs/otp';
import { encodeBase32UpperCaseNoPadding, decodeBase32IgnorePadding } from '@oslojs/encoding';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { languageOf } from '@thidua/domain';
import { hashPassword, needsRehash, passwordProblem, unknownUserHash, verifyPassword } from '../auth/password.js';
import { createSession, endSession, replaceSession } from '../auth/session.js';
import { assertMayTrySignIn, signInSucceeded } from '../auth/login-throttle.js';
import { addressOf, assertWithinLimit, refundLimit, resetLimit } from '../abuse/limits.js';
import { isSealed, openTotpSecret, sealTotpSecret, totpKeyOf } from '../auth/totp-secret.js';
import { hasAdministrator } from '../install/bootstrap-administrator.js';
import { appError } from '../errors.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { findActiveMovement } from '../movement/active-movement.js';
import { capabilitiesOf } from '../policy/capabilities.js';
import { roleLabel } from '../policy/role-label.js';
import { MFA_ROLES, isRole } from '../roles.js';
import { procedure, PUBLIC, SIGNED_IN } from '../trpc.js';

const BAD_LOGIN = () =>
  appError('UNAUTHORIZED', 'Tên đăng nhập hoặc mật khẩu không đúng', 'Wrong username or password');

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** How far a code's window may be from now: one step, as authenticator apps and the RFC recommend. */
export const TOTP_GRACE_SECONDS = 30;

export const authRouter = {
  login: procedure
    .meta({ ...PUBLIC, limit: 'loginPerAddress' })
    .input(credentials)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const record = (success: boolean, reason: string) =>
        ctx.db.loginAttempt.create({ data: { username: input.username, ip: ctx.ip, success, reason, at: now } });
      try {
        await assertMayTrySignIn(ctx, input.username);
      } catch (e) {
        await record(false, 'throttled');
        throw e;
      }
      const user = await ctx.db.user.findUnique({
        where: { username: input.username },
        select: {
          id: true,
          passwordHash: true,
          role: true,
          disabledAt: true,
          totpEnabledAt: true,
          mustChangePassword: true,
          grants: { select: { role: true } },
        },
      });
      const usable = !!user && !user.disabledAt && isRole(user.role);
      // The password is checked whether or not the account exists, so the time taken does not tell which do.
      const matches = await verifyPassword(usable ? user.passwordHash : await unknownUserHash(), input.password);
      if (!usable || !matches) {
        await record(false, !user ? 'unknown_user' : !usable ? 'disabled' : 'bad_password');
        if (usable) await ctx.db.user.updateMany({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
        throw BAD_LOGIN();
      }
      const rehash = needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(input.password) } : {};
      await ctx.db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, ...rehash } });
      await record(true, 'ok');
      await signInSucceeded(ctx, input.username);
      // The second factor guards the account: asked when any of its roles needs it, whichever it acts in.
      const needsMfa = [user.role, ...user.grants.map((g) => g.role)].some((r) => isRole(r) && MFA_ROLES.has(r));
      const session = await createSession(ctx.db, user.id, now, {
        mfaVerified: !needsMfa,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      ctx.cookie.set(session.token, session.expiresAt);
      return {
        mfa: needsMfa ? (user.totpEnabledAt ? 'required' : 'setup_required') : 'not_required',
        passwordChange: user.mustChangePassword ? 'required' : 'not_required',
      } as const;
    }),

  /** Starts TOTP enrolment for a role that needs it: returns the secret and the otpauth URI for an app. */
  setupTotp: procedure.meta({ ...SIGNED_IN, beforeMfa: true }).mutation(async ({ ctx }) => {
    const actor = ctx.actor!;
    const user = await ctx.db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
    if (user.totpEnabledAt)
      throw appError('PRECONDITION_FAILED', 'Xác thực hai lớp đã được bật', 'Two-factor authentication is already on');
    const key = new Uint8Array(20);
    crypto.getRandomValues(key);
    const secret = encodeBase32UpperCaseNoPadding(key);
    // A new (not yet confirmed) secret is a change to the account like any other: stored with its audit entry.
    return mutate(ctx, async (tx) => {
      await tx.user.update({
        where: { id: actor.userId },
        data: { totpSecret: sealTotpSecret(secret, ctx.totpKey ?? totpKeyOf(undefined)) },
      });
      return {
        result: { secret, uri: createTOTPKeyURI('thidua Ninh Sơn', actor.username, key, 30, 6) },
        audit: { action: 'auth.totp_setup', entity: 'User', entityId: actor.userId, data: {} },
      };
    });
  }),

  /** Confirms the second factor (and finishes enrolment on first use) with a new session token: the token issued
   * before the second factor is worth nothing after it. Five wrong codes in 15 minutes make the account wait. */
  verifyTotp: procedure
    .meta({ ...SIGNED_IN, beforeMfa: true, limit: 'totpPerAddress' })
    .input(z.object({ code: z.string().regex(/^\d{6}$/, 'Mã gồm 6 chữ số / six digits') }))
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const now = ctx.now();
      await assertWithinLimit(ctx, 'totpPerAccount', actor.userId);
      const user = await ctx.db.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { totpSecret: true, totpEnabledAt: true },
      });
      if (!user.totpSecret)
        throw appError(
          'PRECONDITION_FAILED',
          'Chưa thiết lập xác thực hai lớp',
          'Two-factor authentication is not set up',
        );
      const key = ctx.totpKey ?? totpKeyOf(undefined);
      const secret = openTotpSecret(user.totpSecret, key);
      // Sealed under another key (TOTP_KEY changed) or altered: fail closed; an administrator gives a new enrolment.
      if (secret === null)
        throw appError(
          'PRECONDITION_FAILED',
          'Không đọc được khóa xác thực hai lớp của tài khoản; hãy nhờ quản trị viên cấp lại xác thực hai lớp',
          'The account’s second-factor key cannot be read; ask an administrator for a new enrolment',
        );
      // One time step either way (RFC 6238 §5.2): a code typed as the 30-second window turns over still counts.
      if (!verifyTOTPWithGracePeriod(decodeBase32IgnorePadding(secret), 30, 6, input.code, TOTP_GRACE_SECONDS)) {
        await ctx.db.loginAttempt.create({
          data: { username: actor.username, ip: ctx.ip, success: false, reason: 'bad_totp', at: now },
        });
        await mutate(ctx, async () => ({
          result: null,
          audit: { action: 'auth.mfa_failed', entity: 'User', entityId: actor.userId, data: null },
        }));
        throw appError('UNAUTHORIZED', 'Mã xác thực không đúng hoặc đã hết hạn', 'Wrong or expired code');
      }
      await resetLimit(ctx, 'totpPerAccount', actor.userId);
      await refundLimit(ctx, 'totpPerAddress', addressOf(ctx));
      const session = await mutate(ctx, async (tx) => {
        const renewed = await replaceSession(tx, actor.sessionId, now, {
          mfaVerified: true,
          ip: ctx.ip,
          userAgent: ctx.userAgent,
        });
        if (!user.totpEnabledAt) await tx.user.update({ where: { id: actor.userId }, data: { totpEnabledAt: now } });
        // A secret stored in clear by an older version is sealed now.
        if (!isSealed(user.totpSecret!))
          await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: sealTotpSecret(secret, key) } });
        return {
          result: renewed,
          audit: {
            action: user.totpEnabledAt ? 'auth.mfa_verified' : 'auth.mfa_enabled',
            entity: 'User',
            entityId: actor.userId,
            data: null,
          },
        };
      });
      ctx.cookie.set(session.token, session.expiresAt);
      return { ok: true };
    }),

  /** Replaces the password (a one-time one must be): other sessions of the account end, this one goes on. */
  changePassword: procedure
    .meta({ ...SIGNED_IN, beforeMfa: true })
    .input(z.object({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) }))
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const user = await ctx.db.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { passwordHash: true, totpEnabledAt: true, version: true },
      });
      // An enrolled second factor guards the password too: a stolen password alone cannot replace itself.
      if (user.totpEnabledAt && !actor.mfaVerified)
        throw appError(
          'UNAUTHORIZED',
          'Cần xác thực hai lớp (mã TOTP) trước khi đổi mật khẩu',
          'Two-factor verification is required before changing the password',
        );
      if (!(await verifyPassword(user.passwordHash, input.current)))
        throw appError('BAD_REQUEST', 'Mật khẩu hiện tại không đúng', 'The current password is wrong');
      if (input.next === input.current)
        throw appError(
          'BAD_REQUEST',
          'Mật khẩu mới phải khác mật khẩu hiện tại',
          'The new password must differ from the current one',
        );
      const problem = passwordProblem(input.next);
      if (problem) throw appError('BAD_REQUEST', `Mật khẩu mới: ${problem.vi}`, `New password: ${problem.en}`);
      const passwordHash = await hashPassword(input.next);
      return mutate(ctx, async (tx) => {
        const { count } = await tx.user.updateMany({
          where: { id: actor.userId, version: user.version },
          data: { passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now(), version: { increment: 1 } },
        });
        expectOneUpdated(count);
        await tx.session.deleteMany({ where: { userId: actor.userId, id: { not: actor.sessionId } } });
        return {
          result: { ok: true },
          audit: { action: 'auth.password_changed', entity: 'User', entityId: actor.userId, data: null },
        };
      });
    }),

  /** What the sign-in screen shows before anyone signs in: the demo banner, or how to create the first administrator. */
  instance: procedure
    .meta(PUBLIC)
    .query(async ({ ctx }) => ({ demo: ctx.demo === true, needsBootstrap: !(await hasAdministrator(ctx.db)) })),

  logout: procedure.meta({ ...SIGNED_IN, beforeMfa: true }).mutation(async ({ ctx }) => {
    await endSession(ctx.db, ctx.actor!.sessionId);
    ctx.cookie.clear();
    return { ok: true };
  }),

  me: procedure.meta({ ...SIGNED_IN, beforeMfa: true }).query(async ({ ctx }) => {
    const a = ctx.actor!;
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: a.userId },
      select: {
        role: true,
        unitId: true,
        sectorId: true,
        language: true,
        unit: { select: { name: true, nameEn: true } },
        grants: { orderBy: { createdAt: 'asc' }, select: { id: true, role: true, unitId: true, sectorId: true } },
      },
    });
    const movement = (await findActiveMovement(ctx.db, ctx.now()))?.movement ?? null;
    const units = new Map(
      (
        await ctx.db.orgUnit.findMany({
          where: { id: { in: user.grants.flatMap((g) => (g.unitId ? [g.unitId] : [])) } },
          select: { id: true, name: true, nameEn: true },
        })
      ).map((u) => [u.id, { vi: u.name, en: u.nameEn }]),
    );
    return {
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      unitId: a.unitId,
      sectorId: a.sectorId,
      mfaVerified: a.mfaVerified,
      mustChangePassword: a.mustChangePassword,
      /** The language the account chose, null before it ever chose: the page then keeps its own. */
      language: user.language === null ? null : languageOf(user.language),
      capabilities: capabilitiesOf(a.role),
      /** The roles the account may act in (its own first, grantId null) and the one this session acts in. */
      roles: [
        {
          grantId: null,
          role: user.role,
          label: roleLabel(movement, user.role),
          unitId: user.unitId,
          sectorId: user.sectorId,
          unitName: user.unit ? { vi: user.unit.name, en: user.unit.nameEn } : null,
        },
        ...user.grants.map((g) => ({
          grantId: g.id,
          role: g.role,
          label: roleLabel(movement, g.role),
          unitId: g.unitId,
          sectorId: g.sectorId,
          unitName: (g.unitId && units.get(g.unitId)) || null,
        })),
      ],
      actingGrantId: a.grantId,
    };
  }),

  /** The failed sign-ins on this account between its previous sign-in and this one: the holder sees them at once. */
  recentFailures: procedure.meta(SIGNED_IN).query(async ({ ctx }) => {
    const username = ctx.actor!.username;
    const [current, previous] = await ctx.db.loginAttempt.findMany({
      where: { username, success: true },
      orderBy: { at: 'desc' },
      take: 2,
      select: { at: true },
    });
    const between = {
      username,
      success: false,
      at: { gt: previous?.at ?? new Date(0), lte: current?.at ?? ctx.now() },
    };
    const [count, last] = await Promise.all([
      ctx.db.loginAttempt.count({ where: between }),
      ctx.db.loginAttempt.findFirst({ where: between, orderBy: { at: 'desc' }, select: { at: true, ip: true } }),
    ]);
    return { count, lastAt: last?.at ?? null, lastAddress: last?.ip ?? null, previousSignIn: previous?.at ?? null };
  }),

  /** Keeps the language the person reads in, for what is made for them away from the page: e-mails and Excel files. */
  setLanguage: procedure
    .meta({ ...SIGNED_IN, beforeMfa: true })
    .input(z.object({ language: z.enum(['vi', 'en']) }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const actor = ctx.actor!;
        // Not a versioned edit: choosing a language never makes an administrator's open form of the account stale.
        await tx.user.update({ where: { id: actor.userId }, data: { language: input.language } });
        return {
          result: { language: input.language },
          audit: {
            action: 'auth.language_changed',
            entity: 'User',
            entityId: actor.userId,
            data: { from: actor.language, to: input.language },
          },
        };
      }),
    ),

  /** Acts in another of the account's roles from now on, in this session only (audited). */
  switchRole: procedure
    .meta(SIGNED_IN)
    .input(z.object({ grantId: z.string().min(1).max(64).nullable() }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const actor = ctx.actor!;
        if (
          input.grantId !== null &&
          !(await tx.userGrant.findFirst({ where: { id: input.grantId, userId: actor.userId }, select: { id: true } }))
        ) {
          throw appError('NOT_FOUND', 'Tài khoản không có vai trò này', 'The account has no such role');
        }
        await tx.session.update({ where: { id: actor.sessionId }, data: { grantId: input.grantId } });
        return {
          result: { ok: true },
          audit: {
            action: 'auth.switch_role',
            entity: 'User',
            entityId: actor.userId,
            data: { from: actor.grantId, to: input.grantId },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
