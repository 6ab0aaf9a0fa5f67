// The first administrator of a real installation: created once and only once, even when two operators run the
// command at the same moment; the one-time password opens nothing but the way to replace it and enrol TOTP.
import { generateTOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@thidua/db/seed';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { bootstrapAdministrator, hasAdministrator, InstallError } from './bootstrap-administrator.js';

const providers = await testProviders();

describe.each(providers)('bootstrapping the first administrator on %s', (provider) => {
  const h = useHarness(provider);
  beforeAll(async () => {
    // The fixture has an administrator: remove it, so the database is what a new installation has.
    await h.t.db.user.deleteMany({ where: { role: 'ADMIN' } });
  });

  it('refuses a username that breaks the rule, naming the rule', async () => {
    await expect(bootstrapAdministrator(h.t, { username: 'Quản Trị', now: h.clock.now })).rejects.toMatchObject({
      text: { vi: expect.stringContaining('3–40 ký tự') },
    });
    expect(await hasAdministrator(h.t.db)).toBe(false);
  });

  it('creates exactly one administrator when eight bootstraps race, and refuses every later one', async () => {
    const attempts = await Promise.allSettled(
      ['quantri.a', 'quantri.b', 'quantri.c', 'quantri.e', 'quantri.f', 'quantri.g', 'quantri.h', 'quantri.i'].map(
        (username) => bootstrapAdministrator(h.t, { username, now: h.clock.now }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of attempts) if (a.status === 'rejected') expect(a.reason).toBeInstanceOf(InstallError);
    await expect(bootstrapAdministrator(h.t, { username: 'quantri.d', now: h.clock.now })).rejects.toMatchObject({
      text: { vi: expect.stringContaining('chỉ chạy một lần') },
    });
    const admins = await h.t.db.user.findMany({
      where: { role: 'ADMIN' },
      select: { username: true, mustChangePassword: true },
    });
    expect(admins).toHaveLength(1);
    expect(admins[0]!.mustChangePassword).toBe(true);
    expect(await h.t.db.auditLog.count({ where: { action: 'admin.bootstrap' } })).toBe(1);
    expect((await verifyAuditChain(h.t.db)).ok).toBe(true);
    // Start again clean for the next test.
    await h.t.db.user.deleteMany({ where: { role: 'ADMIN' } });
  });

  it('the one-time password opens only the change of password and the TOTP enrolment, then the administrator works', async () => {
    const { password } = await bootstrapAdministrator(h.t, {
      username: 'quantri.so',
      displayName: 'Quản trị Sở',
      now: h.clock.now,
    });
    expect(password).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}$/);
    const { caller, cookies } = await h.withToken(undefined);
    await expect(caller.auth.login({ username: 'quantri.so', password })).resolves.toEqual({
      mfa: 'setup_required',
      passwordChange: 'required',
    });
    const session = (await h.withToken(cookies.token)).caller;
    await expect(session.auth.me()).resolves.toMatchObject({
      mustChangePassword: true,
      role: 'ADMIN',
      capabilities: { administer: true, readAllUnits: true, reviewReports: false },
    });
    await expect(session.admin.users()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('đổi mật khẩu'),
    });

    await expect(
      session.auth.changePassword({ current: 'sai-mat-khau', next: 'Quan-Tri-So-2026!' }),
    ).rejects.toMatchObject({ message: expect.stringContaining('Mật khẩu hiện tại không đúng') });
    await expect(session.auth.changePassword({ current: password, next: password })).rejects.toMatchObject({
      message: expect.stringContaining('phải khác'),
    });
    await expect(session.auth.changePassword({ current: password, next: DEMO_PASSWORD })).rejects.toMatchObject({
      message: expect.stringContaining('dữ liệu mẫu'),
    });
    await expect(session.auth.changePassword({ current: password, next: 'ngan' })).rejects.toMatchObject({
      message: expect.stringContaining('ít nhất 8 ký tự'),
    });
    await session.auth.changePassword({ current: password, next: 'Quan-Tri-So-2026!' });

    const after = (await h.withToken(cookies.token)).caller;
    await expect(after.admin.users()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('TOTP'),
    });
    const { secret } = await after.auth.setupTotp();
    // The second factor gives the session a new token; the one from before it is worth nothing.
    const verifying = await h.withToken(cookies.token);
    await verifying.caller.auth.verifyTotp({ code: generateTOTP(decodeBase32IgnorePadding(secret), 30, 6) });
    expect(verifying.cookies.token).not.toBe(cookies.token);
    await expect((await h.withToken(cookies.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const admin = (await h.withToken(verifying.cookies.token)).caller;
    expect((await admin.admin.users()).map((u) => u.username)).toContain('quantri.so');

    const again = await h.withToken(undefined);
    await expect(again.caller.auth.login({ username: 'quantri.so', password })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(again.caller.auth.login({ username: 'quantri.so', password: 'Quan-Tri-So-2026!' })).resolves.toEqual({
      mfa: 'required',
      passwordChange: 'not_required',
    });
    expect(await h.t.db.auditLog.count({ where: { action: 'auth.password_changed' } })).toBe(1);
  });

  it('an account with TOTP enrolled cannot replace its password with the password alone', async () => {
    const { caller, cookies } = await h.withToken(undefined);
    await caller.auth.login({ username: 'vhtt', password: 'Ninh-Son-2025!' });
    const half = (await h.withToken(cookies.token)).caller;
    await expect(
      half.auth.changePassword({ current: 'Ninh-Son-2025!', next: 'Van-Hoa-Moi-2026!' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('TOTP') });
  });

  it('tells the sign-in screen whether an administrator is still to be created', async () => {
    const anonymous = await h.anonymous();
    await expect(anonymous.auth.instance()).resolves.toEqual({ demo: false, needsBootstrap: false });
    await h.t.db.user.deleteMany({ where: { role: 'ADMIN' } });
    await expect(anonymous.auth.instance()).resolves.toEqual({ demo: false, needsBootstrap: true });
  });
});
