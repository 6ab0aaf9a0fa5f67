// What an administrator does for others: a lost password or phone, and a new movement file checked before it is live.
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('administration on %s', (provider) => {
  const h = useHarness(provider);
  const idOf = async (username: string) => (await h.t.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const signIn = async (username: string, password: string) => {
    const { caller, cookies } = await h.withToken(undefined);
    return { result: await caller.auth.login({ username, password }), token: cookies.token! };
  };

  it('resets a password to a one-time one: sessions end, the old password stops working, the reason is audited', async () => {
    const admin = await h.as('quantri');
    const before = await signIn('xa.myson', PASSWORD);
    await expect(admin.admin.resetPassword({ userId: await idOf('xa.myson'), reason: 'ngắn' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('ít nhất 5 ký tự') });
    const { password } = await admin.admin.resetPassword({ userId: await idOf('xa.myson'), reason: 'Cán bộ quên mật khẩu, đã xác minh trực tiếp' });
    await expect((await h.withToken(before.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('xa.myson', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('xa.myson', password)).resolves.toMatchObject({ result: { passwordChange: 'required' } });
    const audit = await h.t.db.auditLog.findFirstOrThrow({ where: { action: 'user.password_reset' }, select: { data: true, actorRole: true } });
    expect(JSON.parse(audit.data)).toEqual({ reason: 'Cán bộ quên mật khẩu, đã xác minh trực tiếp' });
    await expect(admin.admin.resetPassword({ userId: await idOf('quantri'), reason: 'tự đặt lại cho mình' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('resets a lost second factor: the next sign-in enrols a new one', async () => {
    const admin = await h.as('quantri');
    await admin.admin.resetTotp({ userId: await idOf('chutich'), reason: 'Mất điện thoại, đã báo Văn phòng' });
    await expect(signIn('chutich', PASSWORD)).resolves.toMatchObject({ result: { mfa: 'setup_required' } });
    await expect(admin.admin.resetTotp({ userId: 'khong-co', reason: 'không có tài khoản này' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks a movement file before activation: errors by path, or what it changes against the active version', async () => {
    const admin = await h.as('quantri');
    const broken = { ...structuredClone(ninhSonDx2021_2025), timeZone: '', criteria: [] };
    const refused = await admin.admin.previewMovement({ definition: broken });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['timeZone', 'criteria']));

    const same = await admin.admin.previewMovement({ definition: ninhSonDx2021_2025 });
    expect(same).toMatchObject({ ok: true, besides: [], overlap: null, nextVersion: 2, comparison: { sameMovement: true, fields: [] } });
    if (!same.ok) return;
    expect(same.comparison.collections.every((c) => c.added.length + c.removed.length + c.changed.length === 0)).toBe(true);

    const renamed = { ...structuredClone(ninhSonDx2021_2025), awardGrantor: { vi: 'Chủ tịch UBND tỉnh Khánh Hòa', en: 'Chair of Khánh Hòa Provincial People’s Committee' } };
    const preview = await admin.admin.previewMovement({ definition: renamed });
    expect(preview).toMatchObject({ ok: true, comparison: { fields: ['awardGrantor'] } });
    expect(await h.t.db.movementVersion.count()).toBe(1); // a preview stores nothing

    await admin.admin.activateMovement({ definition: renamed, note: 'Người khen thưởng sau sắp xếp đơn vị hành chính' });
    const versions = await admin.admin.movementVersions();
    expect(versions.map((v) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
  });
});

describe.each(providers)('the audit log on %s', (provider) => {
  const h = useHarness(provider);

  it('lists entries newest first, filtered by action, person and day, page by page, and verifies the chain', async () => {
    const admin = await h.as('quantri');
    const target = (await h.t.db.user.findUniqueOrThrow({ where: { username: 'xa.myson' }, select: { id: true } })).id;
    for (const reason of ['Lần một: quên mật khẩu', 'Lần hai: quên mật khẩu']) await admin.admin.resetPassword({ userId: target, reason });
    const resets = await admin.audit.list({ action: 'user.password_reset' });
    expect(resets.entries.map((e) => JSON.parse(e.data).reason)).toEqual(['Lần hai: quên mật khẩu', 'Lần một: quên mật khẩu']);
    expect(resets.entries[0]).toMatchObject({ actor: 'quantri', actorRole: 'ADMIN', entityId: target });
    expect((await admin.audit.list({ username: 'quantri' })).entries.length).toBeGreaterThanOrEqual(2);
    expect((await admin.audit.list({ username: 'khong.co' })).entries).toEqual([]);
    const day = h.clock.now.toISOString().slice(0, 10);
    expect((await admin.audit.list({ action: 'user.password_reset', from: day, to: day })).entries).toHaveLength(2);
    expect((await admin.audit.list({ action: 'user.password_reset', from: '2020-01-01', to: '2020-01-02' })).entries).toHaveLength(0);
    const older = await admin.audit.list({ action: 'user.password_reset', before: resets.entries[0]!.seq });
    expect(older.entries.map((e) => e.seq)).toEqual([resets.entries[1]!.seq]);
    await expect(admin.audit.verify()).resolves.toMatchObject({ ok: true, brokenAt: null });
  });
});
