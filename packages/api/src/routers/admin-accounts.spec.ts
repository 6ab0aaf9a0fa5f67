// What an administrator does for others: a lost password or phone, and a new movement file checked before it is live.
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('administration on %s', (provider) => {
  const h = useHarness(provider);
  const idOf = async (username: string) =>
    (await h.t.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const signIn = async (username: string, password: string) => {
    const { caller, cookies } = await h.withToken(undefined);
    return { result: await caller.auth.login({ username, password }), token: cookies.token! };
  };

  it('resets a password to a one-time one: sessions end, the old password stops working, the reason is audited', async () => {
    const admin = await h.as('quantri');
    const before = await signIn('xa.myson', PASSWORD);
    await expect(admin.admin.resetPassword({ userId: await idOf('xa.myson'), reason: 'ngắn' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('ít nhất 5 ký tự'),
    });
    const { password } = await admin.admin.resetPassword({
      userId: await idOf('xa.myson'),
      reason: 'Cán bộ quên mật khẩu, đã xác minh trực tiếp',
    });
    await expect((await h.withToken(before.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('xa.myson', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn('xa.myson', password)).resolves.toMatchObject({ result: { passwordChange: 'required' } });
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { action: 'user.password_reset' },
      select: { data: true, actorRole: true },
    });
    expect(JSON.parse(audit.data)).toEqual({ reason: 'Cán bộ quên mật khẩu, đã xác minh trực tiếp' });
    await expect(
      admin.admin.resetPassword({ userId: await idOf('quantri'), reason: 'tự đặt lại cho mình' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('resets a lost second factor: the next sign-in enrols a new one', async () => {
    const admin = await h.as('quantri');
    await admin.admin.resetTotp({ userId: await idOf('chutich'), reason: 'Mất điện thoại, đã báo Văn phòng' });
    await expect(signIn('chutich', PASSWORD)).resolves.toMatchObject({ result: { mfa: 'setup_required' } });
    await expect(admin.admin.resetTotp({ userId: 'khong-co', reason: 'không có tài khoản này' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });

  it('checks a movement file before activation: errors by path, or what it changes against the active version', async () => {
    const admin = await h.as('quantri');
    const broken = { ...structuredClone(ninhSonDx2021_2025), timeZone: '', criteria: [] };
    const refused = await admin.admin.previewMovement({ definition: broken });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['timeZone', 'criteria']));

    const same = await admin.admin.previewMovement({ definition: ninhSonDx2021_2025 });
    expect(same).toMatchObject({
      ok: true,
      besides: [],
      overlap: null,
      nextVersion: 2,
      comparison: { sameMovement: true, fields: [] },
    });
    if (!same.ok) return;
    expect(same.comparison.collections.every((c) => c.added.length + c.removed.length + c.changed.length === 0)).toBe(
      true,
    );

    const renamed = {
      ...structuredClone(ninhSonDx2021_2025),
      awardGrantor: { vi: 'Chủ tịch UBND tỉnh Khánh Hòa', en: 'Chair of Khánh Hòa Provincial People’s Committee' },
    };
    const preview = await admin.admin.previewMovement({ definition: renamed });
    expect(preview).toMatchObject({ ok: true, comparison: { fields: ['awardGrantor'] } });
    expect(await h.t.db.movementVersion.count()).toBe(1); // a preview stores nothing

    // A change to the running movement waits for a second administrator: the rules in force stay until then.
    const proposed = await admin.admin.activateMovement({
      definition: renamed,
      note: 'Người khen thưởng sau sắp xếp đơn vị hành chính',
    });
    expect(proposed).toMatchObject({ version: 2, pending: true });
    expect((await (await h.anonymous()).movement.get()).awardGrantor).toEqual(ninhSonDx2021_2025.awardGrantor);
    await expect(admin.admin.activateMovement({ definition: renamed, note: 'Gửi lại lần nữa' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(admin.admin.approveMovement({ versionId: proposed.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('một quản trị viên khác phê duyệt'),
    });
    expect((await admin.admin.movementVersions()).map((v) => [v.version, v.active, v.pending, v.mine])).toEqual([
      [2, false, true, true],
      [1, true, false, false],
    ]);

    const second = await h.as('quantri2');
    await second.admin.approveMovement({ versionId: proposed.id });
    expect((await (await h.anonymous()).movement.get()).awardGrantor.vi).toBe('Chủ tịch UBND tỉnh Khánh Hòa');
    const versions = await second.admin.movementVersions();
    expect(versions.map((v) => [v.version, v.active, v.pending])).toEqual([
      [2, true, false],
      [1, false, false],
    ]);
    expect(versions[0]).toMatchObject({ proposedBy: expect.any(String), decidedBy: expect.any(String), mine: false });
    await expect(second.admin.approveMovement({ versionId: proposed.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const actions = (
      await h.t.db.auditLog.findMany({
        where: { entity: 'MovementVersion' },
        orderBy: { seq: 'asc' },
        select: { action: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(['movement.propose', 'movement.approve']);
  });

  it('a rejected or withdrawn change never runs, and the rules in force stay', async () => {
    const admin = await h.as('quantri');
    const running = async () => (await admin.admin.movementVersions()).filter((v) => v.active).map((v) => v.version);
    const before = await running();
    const relaxed = { ...structuredClone(ninhSonDx2021_2025), duties: { verifierMayApprove: true } };
    const proposed = await admin.admin.activateMovement({
      definition: relaxed,
      note: 'Một người vừa xác minh vừa duyệt',
    });
    await expect(
      (await h.as('quantri2')).admin.rejectMovement({ versionId: proposed.id, reason: 'ngắn' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await (
        await h.as('quantri2')
      ).admin.rejectMovement({ versionId: proposed.id, reason: 'Phòng có hai cán bộ: giữ tách bạch nhiệm vụ' }),
    ).toMatchObject({ withdrawn: false });
    expect((await (await h.anonymous()).movement.get()).duties.verifierMayApprove).toBe(false);
    const again = await admin.admin.activateMovement({ definition: relaxed, note: 'Đề xuất lại rồi tự rút' });
    expect(await admin.admin.rejectMovement({ versionId: again.id, reason: 'Rút lại để sửa ghi chú' })).toMatchObject({
      withdrawn: true,
    });
    expect(await running()).toEqual(before);
  });

  it('an administrator the proposer has just created or reset is not a second person: approval waits for an independent one', async () => {
    const admin = await h.as('quantri');
    // quantri resets quantri2's password and keeps the account for themself.
    const keptHash = (
      await h.t.db.user.findUniqueOrThrow({ where: { username: 'quantri2' }, select: { passwordHash: true } })
    ).passwordHash;
    const second = await h.t.db.user.findUniqueOrThrow({ where: { username: 'quantri2' }, select: { id: true } });
    await admin.admin.resetPassword({ userId: second.id, reason: 'Chiếm tài khoản để tự duyệt' });
    await h.t.db.user.update({ where: { id: second.id }, data: { passwordHash: keptHash, mustChangePassword: false } });
    const current = await (await h.anonymous()).movement.get();
    const proposed = await admin.admin.activateMovement({
      definition: { ...current, scope: { vi: 'Toàn huyện (sửa)', en: 'The whole district (edited)' } },
      note: 'Sửa phạm vi phong trào',
    });
    await expect((await h.as('quantri2')).admin.approveMovement({ versionId: proposed.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('quản trị viên độc lập'),
    });
    // A week later the account is no longer freshly the proposer's (the audit log shows who did what).
    h.clock.now = new Date(h.clock.now.getTime() + 8 * 86_400_000);
    await expect((await h.as('quantri2')).admin.approveMovement({ versionId: proposed.id })).resolves.toMatchObject({
      id: proposed.id,
    });
  });
});

describe.each(providers)('the audit log on %s', (provider) => {
  const h = useHarness(provider);

  it('lists entries newest first, filtered by action, person and day, page by page, and verifies the chain', async () => {
    const admin = await h.as('quantri');
    const target = (await h.t.db.user.findUniqueOrThrow({ where: { username: 'xa.myson' }, select: { id: true } })).id;
    for (const reason of ['Lần một: quên mật khẩu', 'Lần hai: quên mật khẩu'])
      await admin.admin.resetPassword({ userId: target, reason });
    const resets = await admin.audit.list({ action: 'user.password_reset' });
    expect(resets.entries.map((e) => JSON.parse(e.data).reason)).toEqual([
      'Lần hai: quên mật khẩu',
      'Lần một: quên mật khẩu',
    ]);
    expect(resets.entries[0]).toMatchObject({ actor: 'quantri', actorRole: 'ADMIN', entityId: target });
    expect((await admin.audit.list({ username: 'quantri' })).entries.length).toBeGreaterThanOrEqual(2);
    expect((await admin.audit.list({ username: 'khong.co' })).entries).toEqual([]);
    const day = h.clock.now.toISOString().slice(0, 10);
    expect((await admin.audit.list({ action: 'user.password_reset', from: day, to: day })).entries).toHaveLength(2);
    expect(
      (await admin.audit.list({ action: 'user.password_reset', from: '2020-01-01', to: '2020-01-02' })).entries,
    ).toHaveLength(0);
    const older = await admin.audit.list({ action: 'user.password_reset', before: resets.entries[0]!.seq });
    expect(older.entries.map((e) => e.seq)).toEqual([resets.entries[1]!.seq]);
    await expect(admin.audit.verify()).resolves.toMatchObject({ ok: true, brokenAt: null });
  });
});
