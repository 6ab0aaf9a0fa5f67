// The abuse limits, in one place: sign-in, the second factor, public comments and exports. Counted inside the
// procedure (per call of a batch, whatever the URL spelled), per client address and, where there is one, per account.
import type { Context } from '../context.js';
import { appError } from '../errors.js';
import { processLimiter, type Limiter } from './limiter.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const LIMITS = {
  /** Failed sign-ins from one address, whatever the account (a success gives its count back: an office behind one
   * address signs in its whole staff at 7:30). */
  loginPerAddress: { limit: 20, windowMs: MINUTE },
  /** Sign-in attempts on one account from one address before that address waits (parallel attempts included). */
  loginPerAccountAndAddress: { limit: 5, windowMs: 15 * MINUTE },
  /** Second-factor codes tried for one account: 5 in 15 minutes, then wait (a 6-digit code cannot be walked). */
  totpPerAccount: { limit: 5, windowMs: 15 * MINUTE },
  /** Wrong codes from one address (a right code gives its count back). */
  totpPerAddress: { limit: 20, windowMs: MINUTE },
  /** Public reads that build whole files (open-data exports) from one address. */
  exportPerAddress: { limit: 30, windowMs: MINUTE },
  /** Files one account sends (evidence, Excel imports): a busy deadline day fits, a loop does not. */
  uploadsPerAccount: { limit: 120, windowMs: HOUR },
  /** Bytes one account sends in a day: 50 evidence files of the 10 MB maximum. */
  uploadBytesPerAccount: { limit: 500 * 1024 * 1024, windowMs: 24 * HOUR },
  /** Any public call from one address: generous for a portal page, a wall for a script. */
  publicPerAddress: { limit: 600, windowMs: MINUTE },
} as const;

export type LimitName = keyof typeof LIMITS;

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE));

/** Counts `cost` against the named limit for `key` (the one place a limit's name becomes its key and numbers); HTTP
 * hooks that answer with a status of their own call this, procedures call assertWithinLimit. */
export const takeLimit = (
  limiter: Limiter,
  name: LimitName,
  key: string,
  now: number,
  cost = 1,
): Promise<{ allowed: boolean; retryAfterMs: number }> =>
  limiter.take(`${name}:${key}`, LIMITS[name].limit, LIMITS[name].windowMs, now, cost);

/** Counts the call against the named limit for `key`, and refuses it in Vietnamese with when to try again. */
export const assertWithinLimit = async (
  ctx: Pick<Context, 'limiter' | 'now'>,
  name: LimitName,
  key: string,
  cost = 1,
): Promise<void> => {
  const { allowed, retryAfterMs } = await takeLimit(
    ctx.limiter ?? processLimiter,
    name,
    key,
    ctx.now().getTime(),
    cost,
  );
  if (!allowed) {
    throw appError(
      'TOO_MANY_REQUESTS',
      `Quá nhiều yêu cầu; vui lòng thử lại sau ${minutes(retryAfterMs)} phút`,
      `Too many requests; try again in ${minutes(retryAfterMs)} min`,
    );
  }
};

/** Gives back a call counted against the limit: the attempt succeeded, and only failures should use it up. */
export const refundLimit = async (
  ctx: Pick<Context, 'limiter' | 'now'>,
  name: LimitName,
  key: string,
): Promise<void> => {
  await takeLimit(ctx.limiter ?? processLimiter, name, key, ctx.now().getTime(), -1);
};

export const resetLimit = async (ctx: Pick<Context, 'limiter'>, name: LimitName, key: string): Promise<void> =>
  (ctx.limiter ?? processLimiter).reset(`${name}:${key}`);

/** The client's address as the server sees it (behind a proxy only when TRUST_PROXY says which to believe). */
export const addressOf = (ctx: Pick<Context, 'ip'>): string => ctx.ip ?? 'unknown';
