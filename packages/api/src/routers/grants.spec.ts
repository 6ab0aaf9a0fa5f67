// Several roles per account: the health office's sector editor is also Phòng Y tế's unit editor, acts in one role at a
// time in a session, and loses a role (and the sessions acting in it) when the administrator takes it back.
import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { PASSWORD } from '../testing/api-harness.js';

describe.each(await testProviders())('further roles of an account on %s', (provider) => {
  const h = useHarness(provider);

  it('lets the health sector editor file Phòng Y tế’s own report after switching role, one role at a time', async () => {
    const admin = await h.as('quantri');
    const yte = await h.t.db.user.findUniqueOrThrow({ where: { username: 'yte' }, select: { id: true } });
    const { id: grantId } = await admin.grants.add({
      userId: yte.id,
      role: 'UNIT-EDITOR',
      unitId: 'PHONG-Y-TE',
      reason: 'Kiêm biên tập báo cáo của Phòng Y tế',
    });
    await expect(
      admin.grants.add({ userId: yte.id, role: 'UNIT-EDITOR', unitId: 'PHONG-Y-TE', reason: 'Thêm lần nữa' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(admin.grants.add({ userId: yte.id, role: 'UNIT-EDITOR', reason: 'Thiếu đơn vị' })).rejects.toThrow(
      /Biên tập viên cần thuộc một đơn vị/,
    );
    await expect(admin.grants.add({ userId: yte.id, role: 'ADMIN', reason: 'Không được cấp' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await admin.audit.list({ action: 'user.grant_add' })).entries).toHaveLength(1);

    // Each request reads its session afresh (as over HTTP): `editor()` is the next request of the same session.
    const { caller: signingIn, cookies } = await h.withToken(undefined);
    await signingIn.auth.login({ username: 'yte', password: PASSWORD });
    const editor = async () => (await h.withToken(cookies.token)).caller;
    const me = await (await editor()).auth.me();
    expect(me).toMatchObject({ role: 'SECTOR-EDITOR', actingGrantId: null });
    expect(me.roles.map((r) => [r.grantId, r.role, r.unitId])).toEqual([
      [null, 'SECTOR-EDITOR', 'PHONG-Y-TE'],
      [grantId, 'UNIT-EDITOR', 'PHONG-Y-TE'],
    ]);
    // As the sector editor, the office's own yearly report is not theirs to file.
    await expect(
      (await editor()).reports.saveDraft({ unitId: 'PHONG-Y-TE', year: 2025, values: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await (await editor()).auth.switchRole({ grantId });
    expect(await (await editor()).auth.me()).toMatchObject({
      role: 'UNIT-EDITOR',
      unitId: 'PHONG-Y-TE',
      actingGrantId: grantId,
      capabilities: { editOwnUnit: true, editOwnSector: false },
    });
    await (await editor()).reports.saveDraft({ unitId: 'PHONG-Y-TE', year: 2025, values: [] });
    await expect((await editor()).sectors.save({ sectorId: 'S-HEALTH', year: 2025, values: [] })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    await (await editor()).auth.switchRole({ grantId: null });
    expect(await (await editor()).auth.me()).toMatchObject({ role: 'SECTOR-EDITOR', actingGrantId: null });

    // A role of somebody else's account cannot be taken.
    const other = await admin.grants.add({
      userId: (await h.t.db.user.findUniqueOrThrow({ where: { username: 'xa.myson' }, select: { id: true } })).id,
      role: 'LEADER',
      reason: 'Theo dõi toàn huyện',
    });
    await expect((await editor()).auth.switchRole({ grantId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Taken back: the session acting in it ends at once.
    await (await editor()).auth.switchRole({ grantId });
    await admin.grants.remove({ grantId, reason: 'Đã có người khác phụ trách' });
    await expect((await editor()).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await (await h.as('yte')).auth.me()).roles).toHaveLength(1);
  });

  it('asks for the second factor when any of the account’s roles needs it', async () => {
    const admin = await h.as('quantri');
    const lamson = await h.t.db.user.findUniqueOrThrow({ where: { username: 'xa.lamson' }, select: { id: true } });
    const login = async () => (await h.anonymous()).auth.login({ username: 'xa.lamson', password: PASSWORD });
    expect((await login()).mfa).toBe('not_required');
    await admin.grants.add({ userId: lamson.id, role: 'ROLE-COUNCIL', reason: 'Thành viên Hội đồng thi đua' });
    expect((await login()).mfa).toBe('setup_required');
  });
});
