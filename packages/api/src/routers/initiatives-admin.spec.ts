import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('initiatives and account administration on %s', (provider) => {
  const h = useHarness(provider);

  it('an initiative is public only once recognised, with where it was replicated', async () => {
    const unit = await h.as('xa.lamson');
    const created = await unit.initiatives.create({
      unitId: 'U-LAM-SON',
      title: 'Chợ 4.0: thanh toán QR tại chợ Lâm Sơn',
      summary: 'Tiểu thương nhận tiền qua mã QR, giảm tiền mặt ở chợ trung tâm xã',
      sectorId: 'S-ECOMMERCE-ENERGY',
    });
    const anon = await h.anonymous();
    expect(await anon.initiatives.publicList()).toEqual([]);
    await (
      await h.as('vhtt')
    ).initiatives.recognise({ initiativeId: created.id, version: created.version, replicatedIn: ['U-MY-SON'] });
    const list = await anon.initiatives.publicList({ search: 'QR' });
    expect(list).toHaveLength(1);
    expect(list[0]?.replications.map((r) => r.unitId)).toEqual(['U-MY-SON']);
  });

  it('a new movement version is validated by the domain before it becomes active', async () => {
    const admin = await h.as('quantri');
    const current = await (await h.anonymous()).movement.get();
    const broken = {
      ...current,
      timeline: {
        ...current.timeline,
        reviews: current.timeline.reviews.map((r) => ({ ...r, quotas: { ...r.quotas, collective: -1 } })),
      },
    };
    await expect(admin.admin.activateMovement({ definition: broken, note: 'Thử hạn mức âm' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('quotas.collective'),
    });
    const raised = {
      ...current,
      timeline: {
        ...current.timeline,
        reviews: current.timeline.reviews.map((r) =>
          r.id === 'R-FINAL' ? { ...r, quotas: { collective: 12, individual: 10 } } : r,
        ),
      },
    };
    const v = await admin.admin.activateMovement({
      definition: raised,
      note: 'Quyết định điều chỉnh số lượng khen thưởng tổng kết',
    });
    expect(v).toMatchObject({ version: 2, pending: true });
    await (await h.as('quantri2')).admin.approveMovement({ versionId: v.id });
    expect(
      (await (await h.anonymous()).movement.get()).timeline.reviews.find((r) => r.id === 'R-FINAL')?.quotas.collective,
    ).toBe(12);
  });

  it('an administrator creates accounts with strong passwords only, and disabling ends sessions at once', async () => {
    const admin = await h.as('quantri');
    await expect(
      admin.admin.createUser({
        username: 'xa.hoason',
        displayName: 'Cán bộ xã Hòa Sơn',
        role: 'UNIT-EDITOR',
        unitId: 'U-LAM-SON',
        password: 'matkhau123',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('phổ biến') });
    const { id } = await admin.admin.createUser({
      username: 'xa.hoason',
      displayName: 'Cán bộ xã Hòa Sơn',
      role: 'UNIT-EDITOR',
      unitId: 'U-LAM-SON',
      password: 'Hoa-Son-Chuyen-Doi-So',
    });
    const { caller, cookies } = await h.withToken(undefined);
    await caller.auth.login({ username: 'xa.hoason', password: 'Hoa-Son-Chuyen-Doi-So' });
    expect((await (await h.withToken(cookies.token)).caller.auth.me()).username).toBe('xa.hoason');
    await admin.admin.setDisabled({ userId: id, disabled: true, reason: 'Chuyển công tác' });
    await expect((await h.withToken(cookies.token)).caller.auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(caller.auth.login({ username: 'xa.hoason', password: 'Hoa-Son-Chuyen-Doi-So' })).rejects.toMatchObject(
      { code: 'UNAUTHORIZED' },
    );
  });
});
