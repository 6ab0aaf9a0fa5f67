// Sign-in and the second factor under attack: limits counted per call inside the procedures, a lock that binds the
// attacker's address and not the account holder, a counter reset on success, and every attempt on record.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { PASSWORD, TOTP_SECRET } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { memoryLimiter } from './limiter.js';
import { LIMITS } from './limits.js';

const providers = await testProviders();
const WRONG = 'sai-mat-khau-nhe';

describe.each(providers)('abuse limits on %s', (provider) => {
  const h = useHarness(provider, { limiter: memoryLimiter() });
  const from = async (ip: string) => (await h.withToken(undefined, ip)).caller;

  it(`refuses sign-in number ${LIMITS.loginPerAddress.limit + 1} from one address within a minute, whatever the accounts, and not another address`, async () => {
    const attacker = await from('203.0.113.10');
    const results = [];
    for (let i = 0; i < LIMITS.loginPerAddress.limit + 5; i++)
      results.push(
        await attacker.auth
          .login({ username: `khong-co-${i}`, password: WRONG })
          .catch((e: { code: string }) => e.code),
      );
    expect(results.slice(0, LIMITS.loginPerAddress.limit).every((r) => r === 'UNAUTHORIZED')).toBe(true);
    expect(results.slice(LIMITS.loginPerAddress.limit).every((r) => r === 'TOO_MANY_REQUESTS')).toBe(true);
    await expect(
      (await from('203.0.113.11')).auth.login({ username: 'lanhdao', password: PASSWORD }),
    ).resolves.toMatchObject({ mfa: 'not_required' });
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    await expect(attacker.auth.login({ username: 'khong-co-x', password: WRONG })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('does not count successful sign-ins against the address: a whole office behind one address signs in at once', async () => {
    const office = await from('203.0.113.30');
    const staff = [
      'vhtt',
      'noivu',
      'lanhdao',
      'xa.lamson',
      'xa.myson',
      'yte',
      'giaoduc',
      'tainguyen',
      'phong.yte',
      'truyenthanh',
      'mttq',
    ];
    const outcomes = [];
    for (let round = 0; round < 3; round++)
      for (const username of staff)
        outcomes.push(
          await office.auth.login({ username, password: PASSWORD }).then(
            () => 'ok',
            (e: { code: string }) => e.code,
          ),
        );
    expect(outcomes.length).toBeGreaterThan(LIMITS.loginPerAddress.limit);
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    // Failures still run out: the limit is of failed attempts.
    const guesses = [];
    for (let i = 0; i < LIMITS.loginPerAddress.limit + 1; i++)
      guesses.push(
        await office.auth.login({ username: `khong-co-${i}`, password: WRONG }).catch((e: { code: string }) => e.code),
      );
    expect(guesses.at(-1)).toBe('TOO_MANY_REQUESTS');
  });

  it('lets at most 5 of 12 parallel guesses on one account from one address reach the password check', async () => {
    const attacker = await from('203.0.113.20');
    const tries = await Promise.allSettled(
      Array.from({ length: 12 }, () => attacker.auth.login({ username: 'vhtt', password: WRONG })),
    );
    const codes = tries.map((t) => (t.status === 'rejected' ? (t.reason as { code: string }).code : 'ok'));
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(LIMITS.loginPerAccountAndAddress.limit);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(12 - LIMITS.loginPerAccountAndAddress.limit);
    expect(
      await h.t.db.loginAttempt.count({ where: { username: 'vhtt', ip: '203.0.113.20', reason: 'bad_password' } }),
    ).toBe(LIMITS.loginPerAccountAndAddress.limit);
  });

  it('cannot keep the Chairman locked out: a stranger locks only their own address, with a wait that doubles', async () => {
    const stranger = await from('198.51.100.66');
    for (let i = 0; i < 5; i++)
      await expect(stranger.auth.login({ username: 'chutich', password: WRONG })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    await expect(stranger.auth.login({ username: 'chutich', password: PASSWORD })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('15 phút'),
    });
    // The Chairman, from his own office, signs in, and his account's failure count starts again from 0.
    await expect(
      (await from('192.0.2.5')).auth.login({ username: 'chutich', password: PASSWORD }),
    ).resolves.toMatchObject({ mfa: 'required' });
    expect(
      await h.t.db.user.findUniqueOrThrow({
        where: { username: 'chutich' },
        select: { failedLogins: true, lockedUntil: true },
      }),
    ).toEqual({ failedLogins: 0, lockedUntil: null });
    // After 15 minutes the stranger may try once more; a sixth failure doubles the wait to 30 minutes.
    h.clock.now = new Date(h.clock.now.getTime() + 15 * 60_000 + 1000);
    await expect(stranger.auth.login({ username: 'chutich', password: WRONG })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(stranger.auth.login({ username: 'chutich', password: WRONG })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('30 phút'),
    });
    const reasons = (
      await h.t.db.loginAttempt.findMany({
        where: { username: 'chutich' },
        orderBy: { at: 'asc' },
        select: { reason: true },
      })
    ).map((a) => a.reason);
    expect(reasons).toEqual([
      'bad_password',
      'bad_password',
      'bad_password',
      'bad_password',
      'bad_password',
      'throttled',
      'ok',
      'bad_password',
      'throttled',
    ]);
  });

  it('shows the holder the failed attempts since the previous sign-in', async () => {
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const holder = await h.withToken(undefined, '192.0.2.5');
    await holder.caller.auth.login({ username: 'chutich', password: PASSWORD });
    const signedIn = await h.withToken(holder.cookies.token, '192.0.2.5');
    await signedIn.caller.auth.verifyTotp({ code: generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6) });
    const failures = await (await h.withToken(signedIn.cookies.token, '192.0.2.5')).caller.auth.recentFailures();
    expect(failures).toMatchObject({ count: 2, lastAddress: '198.51.100.66' });
  });

  it('limits second-factor codes per account: 5 wrong in 15 minutes, then even the right one waits; each failure is logged and audited', async () => {
    const session = await h.withToken(undefined, '192.0.2.9');
    await session.caller.auth.login({ username: 'noivu', password: PASSWORD });
    const caller = (await h.withToken(session.cookies.token, '192.0.2.9')).caller;
    const right = generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < LIMITS.totpPerAccount.limit; i++)
      await expect(caller.auth.verifyTotp({ code: wrong })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(caller.auth.verifyTotp({ code: right })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await h.t.db.loginAttempt.count({ where: { username: 'noivu', reason: 'bad_totp' } })).toBe(
      LIMITS.totpPerAccount.limit,
    );
    expect(await h.t.db.auditLog.count({ where: { action: 'auth.mfa_failed' } })).toBe(LIMITS.totpPerAccount.limit);
    // After the wait (the half-signed-in session has ended too), the holder signs in again and the code works.
    h.clock.now = new Date(h.clock.now.getTime() + LIMITS.totpPerAccount.windowMs + 1000);
    const again = await h.withToken(undefined, '192.0.2.9');
    await again.caller.auth.login({ username: 'noivu', password: PASSWORD });
    const verifying = await h.withToken(again.cookies.token, '192.0.2.9');
    await expect(
      verifying.caller.auth.verifyTotp({ code: generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6) }),
    ).resolves.toEqual({ ok: true });
    // A new token after the second factor; the one from before it no longer works.
    expect(verifying.cookies.token).not.toBe(again.cookies.token);
    await expect((await h.withToken(again.cookies.token, '192.0.2.9')).caller.auth.me()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect((await h.withToken(verifying.cookies.token, '192.0.2.9')).caller.auth.me()).resolves.toMatchObject({
      mfaVerified: true,
    });
  });
});
