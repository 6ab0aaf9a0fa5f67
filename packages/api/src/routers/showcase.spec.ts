// The good-practice showcase (issue 6): a unit records an initiative, Culture recognises it with where it was
// replicated, the media centre presents it for the public page; who sees what before it is recognised.
import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();
const FEATURE = {
  featureTitle: 'Chợ Lâm Sơn không dùng tiền mặt',
  featureText: 'Từ năm 2024, tiểu thương chợ Lâm Sơn nhận tiền qua mã QR; mô hình đã được nhân rộng sang xã Mỹ Sơn.',
};

describe.each(providers)('the showcase on %s', (provider) => {
  const h = useHarness(provider);

  it('shows an initiative awaiting recognition only to its unit and the district offices, never to the public or the media centre', async () => {
    const unit = await h.as('xa.lamson');
    const created = await unit.initiatives.create({
      unitId: 'U-LAM-SON',
      title: 'Chợ 4.0: thanh toán QR tại chợ Lâm Sơn',
      summary: 'Tiểu thương nhận tiền qua mã QR, giảm tiền mặt ở chợ trung tâm xã',
      sectorId: 'S-ECOMMERCE-ENERGY',
    });
    const pendingTitles = async (username: string) =>
      (await (await h.as(username)).initiatives.list({ status: 'pending' })).map((i) => i.title);
    expect(await pendingTitles('xa.lamson')).toEqual(['Chợ 4.0: thanh toán QR tại chợ Lâm Sơn']);
    expect(await pendingTitles('vhtt')).toEqual(['Chợ 4.0: thanh toán QR tại chợ Lâm Sơn']);
    expect(await pendingTitles('xa.myson')).toEqual([]);
    expect(await pendingTitles('truyenthanh')).toEqual([]);
    expect(await (await h.anonymous()).initiatives.publicList()).toEqual([]);
    // Media cannot present what is not recognised.
    await expect(
      (await h.as('truyenthanh')).initiatives.feature({
        initiativeId: created.id,
        version: created.version,
        ...FEATURE,
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('Culture recognises it with where it was replicated (unknown units refused); then everyone signed in and the public see it', async () => {
    const culture = await h.as('vhtt');
    const [pending] = await culture.initiatives.list({ status: 'pending' });
    await expect(
      culture.initiatives.recognise({
        initiativeId: pending!.id,
        version: pending!.version,
        replicatedIn: ['U-KHONG-CO'],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Không có đơn vị: U-KHONG-CO') });
    await culture.initiatives.recognise({
      initiativeId: pending!.id,
      version: pending!.version,
      replicatedIn: ['U-MY-SON'],
    });
    const [seen] = await (await h.as('xa.myson')).initiatives.list({ status: 'recognised', search: 'QR' });
    expect(seen).toMatchObject({
      title: 'Chợ 4.0: thanh toán QR tại chợ Lâm Sơn',
      unit: { name: 'xã Lâm Sơn' },
      replications: [{ unitId: 'U-MY-SON', unit: { name: 'xã Mỹ Sơn' } }],
      featureTitle: null,
    });
    expect(await (await h.as('vhtt')).initiatives.list({ status: 'pending' })).toEqual([]);
  });

  it('the media centre presents it for the public page, with optimistic locking, and can withdraw the presentation', async () => {
    const media = await h.as('truyenthanh');
    const [item] = await media.initiatives.list({ status: 'recognised' });
    await expect(
      media.initiatives.feature({
        initiativeId: item!.id,
        version: item!.version,
        featureTitle: 'Chợ',
        featureText: FEATURE.featureText,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { version } = await media.initiatives.feature({ initiativeId: item!.id, version: item!.version, ...FEATURE });
    await expect(
      media.initiatives.feature({ initiativeId: item!.id, version: item!.version, ...FEATURE }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const [pub] = await (await h.anonymous()).initiatives.publicList();
    expect(pub).toMatchObject(FEATURE);
    expect(await h.t.db.auditLog.count({ where: { action: 'initiative.feature', entityId: item!.id } })).toBe(1);
    await media.initiatives.feature({ initiativeId: item!.id, version, featureTitle: null, featureText: null });
    expect((await (await h.anonymous()).initiatives.publicList())[0]).toMatchObject({
      featureTitle: null,
      featureText: null,
    });
    await expect(
      (await h.as('xa.lamson')).initiatives.feature({ initiativeId: item!.id, version: version + 1, ...FEATURE }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
