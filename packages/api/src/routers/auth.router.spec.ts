import { generateTOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../auth/session.js';
import { sessionIdOf } from '../auth/session-token.js';
import { PASSWORD, TOTP_SECRET } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('sign-in and sessions on %s', (provider) => {
  const h = useHarness(provider);

  const login = async (username: string, password = PASSWORD) => {
    const { caller, cookies } = await h.withToken(undefined);
    const result = await caller.auth.login({ username, password });
    return { result, token: cookies.token!, expiresAt: cookies.expiresAt! };
  };

  it('issues a fresh random token per sign-in and stores only its hash', async () => {
    const a = await login('xa.lamson');
    const b = await login('xa.lamson');
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    const stored = await h.t.db.session.findMany({ select: { id: true } });
    expect(stored.map((s) => s.id)).toContain(sessionIdOf(a.token));
    expect(stored.map((s) => s.id)).not.toContain(a.token);
  });

  it('answers a wrong password and an unknown user with the same message', async () => {
    const { caller } = await h.withToken(undefined);
    await expect(caller.auth.login({ username: 'xa.myson', password: 'sai-mat-khau' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('Tên đăng nhập hoặc mật khẩu không đúng'),
    });
    await expect(caller.auth.login({ username: 'khong.co', password: 'sai-mat-khau' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('Tên đăng nhập hoặc mật khẩu không đúng'),
    });
  });

  it('locks an account for a while after 5 failures, even against the right password, and logs every attempt', async () => {
    const { caller } = await h.withToken(undefined);
    for (let i = 0; i < 5; i++)
      await expect(caller.auth.login({ username: 'truyenthanh', password: 'sai-mat-khau' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    await expect(caller.auth.login({ username: 'truyenthanh', password: PASSWORD })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect(await h.t.db.loginAttempt.count({ where: { username: 'truyenthanh' } })).toBe(6);
    h.clock.now = new Date(h.clock.now.getTime() + 16 * 60_000);
    await expect(caller.auth.login({ username: 'truyenthanh', password: PASSWORD })).resolves.toMatchObject({
      mfa: 'not_required',
    });
  });

  it('ends a session idle for more than 15 minutes, and any session after its absolute lifetime', async () => {
    const idle = await login('mttq');
    h.clock.now = new Date(h.clock.now.getTime() + SESSION_IDLE_MS + 1000);
    await expect((await h.withToken(idle.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const busy = await login('mttq');
    for (let t = 0; t < SESSION_ABSOLUTE_MS; t += 10 * 60_000) {
      h.clock.now = new Date(h.clock.now.getTime() + 10 * 60_000);
      await (await h.withToken(busy.token)).caller.auth.me().catch(() => undefined);
    }
    await expect((await h.withToken(busy.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('logout ends the session on the server and clears the cookie', async () => {
    const s = await login('lanhdao');
    const { caller, cookies } = await h.withToken(s.token);
    await caller.auth.logout();
    expect(cookies.token).toBeUndefined();
    await expect((await h.withToken(s.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('disabling an account ends its sessions', async () => {
    const s = await login('xa.myson');
    await h.t.db.user.update({ where: { username: 'xa.myson' }, data: { disabledAt: h.clock.now } });
    await expect((await h.withToken(s.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await h.t.db.user.update({ where: { username: 'xa.myson' }, data: { disabledAt: null } });
  });

  it('keeps the language the person chose, audited, and says null until one is chosen', async () => {
    const s = await login('xa.myson');
    const { caller } = await h.withToken(s.token);
    await expect(caller.auth.me()).resolves.toMatchObject({ language: null });
    await expect(caller.auth.setLanguage({ language: 'en' })).resolves.toEqual({ language: 'en' });
    await expect(caller.auth.me()).resolves.toMatchObject({ language: 'en' });
    const entry = await h.t.db.auditLog.findFirst({
      where: { action: 'auth.language_changed' },
      orderBy: { seq: 'desc' },
      select: { entityId: true, data: true },
    });
    expect(JSON.parse(entry!.data!)).toEqual({ from: 'vi', to: 'en' });
    await expect(caller.auth.setLanguage({ language: 'fr' as 'en' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await h.t.db.user.update({ where: { username: 'xa.myson' }, data: { language: null } });
  });

  it('an approver must confirm a TOTP code before doing anything else', async () => {
    const s = await login('vhtt');
    expect(s.result.mfa).toBe('required');
    const { caller } = await h.withToken(s.token);
    await expect(caller.auth.me()).resolves.toMatchObject({ mfaVerified: false });
    await expect(caller.reports.get({ unitId: 'U-LAM-SON', year: 2025 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('TOTP'),
    });
    await expect(caller.auth.verifyTotp({ code: '000000' })).rejects.toMatchObject({
      message: expect.stringContaining('Mã xác thực không đúng'),
    });
  });

  it('accepts the code of the window that just ended (typed as it turned over), not an older one', async () => {
    const codeAt = (msAgo: number) => {
      const now = Date.now();
      const spy = vi.spyOn(Date, 'now').mockReturnValue(now - msAgo);
      try {
        return generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6);
      } finally {
        spy.mockRestore();
      }
    };
    const stale = codeAt(95_000);
    const justEnded = codeAt(30_000);
    const { caller } = await h.withToken((await login('vhtt')).token);
    // Unless the old code happens to equal a valid one (1 in 10^6), it is refused.
    if (stale !== justEnded && stale !== codeAt(0))
      await expect(caller.auth.verifyTotp({ code: stale })).rejects.toMatchObject({
        message: expect.stringContaining('Mã xác thực không đúng'),
      });
    await expect(caller.auth.verifyTotp({ code: justEnded })).resolves.toEqual({ ok: true });
  });
});
