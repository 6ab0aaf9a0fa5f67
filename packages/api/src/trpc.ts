// tRPC setup in three parts: (1) init with an error formatter that keeps internals on the server,
// (2) the access rule every procedure must declare, (3) the procedure builder that enforces it.
import { addressOf, assertWithinLimit, type LimitName } from './abuse/limits.js';
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError } from '@thidua/domain';
import { ZodError } from 'zod';
import type { Context } from './context.js';
import { appError } from './errors.js';
import { inputErrorMessage } from './inputs/input-error.js';
import { assertStorableText } from './inputs/unstorable-text.js';
import { MFA_ROLES, type Role } from './roles.js';

// 1. Init ---------------------------------------------------------------------------------------------------
const GENERIC =
  'Đã có lỗi ở máy chủ. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị kèm mã yêu cầu. | A server error occurred. Try again; if it persists, tell the administrator the request id.';

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const zod = error.cause instanceof ZodError ? error.cause.flatten() : null;
      return {
        message: internal ? GENERIC : error.cause instanceof ZodError ? inputErrorMessage(error.cause) : error.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          requestId: ctx?.requestId ?? null,
          fieldErrors: zod?.fieldErrors ?? null,
        },
      };
    },
  });

// 2. Access rules -------------------------------------------------------------------------------------------
/** Who may call a procedure. Object-level checks (own unit, own sector) are done in the handler. */
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

export interface ProcedureMeta {
  access: Access;
  /** A limit counted per client address on every call (each call of a batch; the procedure's name, not the URL). */
  limit?: LimitName;
  /** Allowed before the second factor is confirmed or a one-time password is changed (only the sign-in flow itself). */
  beforeMfa?: boolean;
}

export const PUBLIC: ProcedureMeta = { access: { kind: 'public' } };
export const SIGNED_IN: ProcedureMeta = { access: { kind: 'signed-in' } };
export const rolesMeta = (...roles: Role[]): ProcedureMeta => ({ access: { kind: 'roles', roles } });

// 3. Procedures ---------------------------------------------------------------------------------------------
const authorize = t.middleware(({ ctx, meta, next }) => {
  if (!meta) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'procedure without access meta' });
  if (meta.access.kind === 'public') return next();
  const actor = ctx.actor;
  if (!actor) throw appError('UNAUTHORIZED', 'Bạn cần đăng nhập', 'Sign-in required');
  // A one-time password is replaced first, then the second factor is confirmed (or enrolled).
  if (actor.mustChangePassword && !meta.beforeMfa) {
    throw appError(
      'UNAUTHORIZED',
      'Cần đổi mật khẩu dùng một lần trước khi tiếp tục',
      'Change the one-time password first',
    );
  }
  if (MFA_ROLES.has(actor.role) && !actor.mfaVerified && !meta.beforeMfa) {
    throw appError(
      'UNAUTHORIZED',
      'Cần xác thực hai lớp (mã TOTP) trước khi tiếp tục',
      'Two-factor verification (TOTP code) is required first',
    );
  }
  if (meta.access.kind === 'roles' && !meta.access.roles.includes(actor.role)) {
    throw appError('FORBIDDEN', 'Vai trò của bạn không được thực hiện thao tác này', 'Your role may not do this');
  }
  return next({ ctx: { ...ctx, actor } });
});

/** A question the domain could not answer (a year the movement does not report in, a review it does not have) is
 * the caller's mistake, told in the domain's own words. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const { code, text } = result.error.cause;
    throw appError(code.startsWith('UNKNOWN_') ? 'NOT_FOUND' : 'BAD_REQUEST', text.vi, text.en);
  }
  return result;
});

const limitCalls = t.middleware(async ({ ctx, meta, next }) => {
  // Calls without a session (the portal widgets, scripts) share one generous limit per address.
  if (!ctx.actor && !ctx.publicCounted) await assertWithinLimit(ctx, 'publicPerAddress', addressOf(ctx));
  if (meta?.limit) await assertWithinLimit(ctx, meta.limit, addressOf(ctx));
  return next();
});

const storableInput = t.middleware(async ({ getRawInput, next }) => {
  assertStorableText(await getRawInput());
  return next();
});

/** Every procedure is built from this one, and must say who may call it with `.meta(...)`. */
export const procedure = t.procedure.use(limitCalls).use(authorize).use(storableInput).use(domainErrors);
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
