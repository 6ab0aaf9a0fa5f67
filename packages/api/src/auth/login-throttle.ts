// Sign-in that protects without punishing: failures lock one address out of one account, with a wait that doubles
// (15 min, 30, 60, … up to a day), and a success from that address clears it. Another address, the holder's own, is
// not locked by a stranger's failures; each address is also limited across accounts (LIMITS.loginPerAddress).
import type { Context } from '../context.js';
import { addressOf, assertWithinLimit, refundLimit, resetLimit } from '../abuse/limits.js';
import { appError } from '../errors.js';

export const FAILURES_BEFORE_BACKOFF = 5;
export const FIRST_BACKOFF_MS = 15 * 60_000;
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;

const pairOf = (ctx: Pick<Context, 'ip'>, username: string) => `${username}|${addressOf(ctx)}`;

/** The failed passwords from this address on this account since its last success there (the newest 50 at most). */
const consecutiveFailures = async (
  ctx: Pick<Context, 'db' | 'ip'>,
  username: string,
): Promise<{ count: number; lastAt: Date | null }> => {
  const recent = await ctx.db.loginAttempt.findMany({
    where: { username, ip: ctx.ip },
    orderBy: { at: 'desc' },
    take: 50,
    select: { success: true, reason: true, at: true },
  });
  let count = 0;
  let lastAt: Date | null = null;
  for (const a of recent) {
    if (a.success) break;
    if (a.reason !== 'bad_password') continue;
    count++;
    lastAt ??= a.at;
  }
  return { count, lastAt };
};

/** When this address may try this account again, or null: the wait doubles with each failure past the fifth. */
export const backoffUntil = (failures: number, lastAt: Date | null): Date | null => {
  if (failures < FAILURES_BEFORE_BACKOFF || !lastAt) return null;
  const wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (failures - FAILURES_BEFORE_BACKOFF));
  return new Date(lastAt.getTime() + wait);
};

const waitText = (until: Date, now: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return appError(
    'TOO_MANY_REQUESTS',
    `Đăng nhập sai nhiều lần từ địa chỉ này; hãy thử lại sau ${minutes} phút`,
    `Too many failed sign-ins from this address; try again in ${minutes} min`,
  );
};

/** Refuses an attempt this address may not make on this account now. Counted before the password is checked, by an
 * atomic counter, so parallel attempts cannot pass the limit together. */
export const assertMayTrySignIn = async (
  ctx: Pick<Context, 'db' | 'ip' | 'limiter' | 'now'>,
  username: string,
): Promise<void> => {
  const now = ctx.now();
  const { count, lastAt } = await consecutiveFailures(ctx, username);
  const until = backoffUntil(count, lastAt);
  if (until && until > now) throw waitText(until, now);
  await assertWithinLimit(ctx, 'loginPerAccountAndAddress', pairOf(ctx, username));
};

/** A success from this address clears its count on this account, and gives back its count across accounts. */
export const signInSucceeded = async (
  ctx: Pick<Context, 'ip' | 'limiter' | 'now'>,
  username: string,
): Promise<void> => {
  await resetLimit(ctx, 'loginPerAccountAndAddress', pairOf(ctx, username));
  await refundLimit(ctx, 'loginPerAddress', addressOf(ctx));
};
