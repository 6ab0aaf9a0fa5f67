// Recording the organisation's changes as dated events: a merge ends its units and starts the new one on the same day,
// links them, is audited, and is refused whole when it would leave the history inconsistent.
import { predecessorsOf, successorsOn } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { storedHistory } from '../org/stored-history.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('organisation changes on %s', (provider) => {
  const h = useHarness(provider);
  const commune = (id: string, name: string) => ({
    id,
    name,
    nameEn: `${name} (en)`,
    kind: 'commune' as const,
    participantKind: 'commune' as const,
  });

  it('creates a unit with its start date, refuses a taken id and a sector the movement does not have', async () => {
    const admin = await h.as('quantri');
    await admin.orgAdmin.createUnit({
      id: 'DN-SO-HOA',
      name: 'Công ty Số Hóa',
      nameEn: 'Số Hóa Co.',
      kind: 'enterprise',
      participantKind: 'enterprise',
      isItEnterprise: true,
      validFrom: '2026-02-01',
    });
    expect(
      await h.t.db.orgUnit.findUniqueOrThrow({
        where: { id: 'DN-SO-HOA' },
        select: { validFrom: true, isItEnterprise: true },
      }),
    ).toEqual({ validFrom: '2026-02-01', isItEnterprise: true });
    await expect(
      admin.orgAdmin.createUnit({ ...commune('DN-SO-HOA', 'Trùng mã'), validFrom: '2026-02-01' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('DN-SO-HOA') });
    await expect(
      admin.orgAdmin.createUnit({
        ...commune('PHONG-MOI', 'Phòng mới'),
        kind: 'department',
        participantKind: 'department',
        sectorId: 'S-KHONG-CO',
        validFrom: '2026-02-01',
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('S-KHONG-CO') });
    await expect(
      admin.orgAdmin.createUnit({ ...commune('xa-thuong', 'Sai mã'), validFrom: '2026-02-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A misspelt name is corrected in place; the IT flag only means something for an enterprise.
    await admin.orgAdmin.updateUnit({
      id: 'DN-SO-HOA',
      name: 'Công ty TNHH Số Hóa',
      nameEn: 'Số Hóa Co., Ltd.',
      participantKind: 'enterprise',
      sectorId: null,
      isItEnterprise: false,
    });
    expect(
      await h.t.db.orgUnit.findUniqueOrThrow({
        where: { id: 'DN-SO-HOA' },
        select: { name: true, isItEnterprise: true },
      }),
    ).toEqual({ name: 'Công ty TNHH Số Hóa', isItEnterprise: false });
    expect(await h.t.db.auditLog.count({ where: { action: 'org.unit_update', entityId: 'DN-SO-HOA' } })).toBe(1);
  });

  it('records a merge on a date: the communes end that day, the new one starts it and carries their history', async () => {
    const admin = await h.as('quantri');
    await admin.orgAdmin.recordChange({
      type: 'merge',
      date: '2026-07-01',
      from: ['U-LAM-SON', 'U-MY-SON'],
      to: [commune('U-XA-LAM-MY', 'xã Lâm Mỹ')],
      basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã (kiểm thử)',
    });
    const units = await h.t.db.orgUnit.findMany({
      where: { id: { in: ['U-LAM-SON', 'U-MY-SON', 'U-XA-LAM-MY'] } },
      select: { id: true, validFrom: true, validTo: true },
      orderBy: { id: 'asc' },
    });
    expect(units).toEqual([
      { id: 'U-LAM-SON', validFrom: '2000-01-01', validTo: '2026-07-01' },
      { id: 'U-MY-SON', validFrom: '2000-01-01', validTo: '2026-07-01' },
      { id: 'U-XA-LAM-MY', validFrom: '2026-07-01', validTo: null },
    ]);
    const history = await storedHistory(h.t.db);
    expect(predecessorsOf(history, 'U-XA-LAM-MY')).toEqual(['U-LAM-SON', 'U-MY-SON']);
    expect(successorsOn(history, 'U-LAM-SON', '2026-07-01')).toMatchObject({ unitIds: ['U-XA-LAM-MY'] });
    expect(await h.t.db.auditLog.count({ where: { action: 'org.merge' } })).toBe(1);
  });

  it('refuses a change whose shape or dates do not fit, and leaves everything as it was', async () => {
    const admin = await h.as('quantri');
    const before = await h.t.db.orgUnit.count();
    await expect(
      admin.orgAdmin.recordChange({
        type: 'merge',
        date: '2026-08-01',
        from: ['PHONG-Y-TE'],
        to: [commune('U-X', 'xã X')],
        basis: 'hợp nhất một đơn vị',
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('từ 2 đơn vị trở lên') });
    // Lâm Sơn ended on 1/7/2026: it cannot be renamed in August.
    await expect(
      admin.orgAdmin.recordChange({
        type: 'rename',
        date: '2026-08-01',
        from: ['U-LAM-SON'],
        to: [commune('U-Y', 'xã Y')],
        basis: 'đổi tên (kiểm thử)',
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('Không còn hoạt động ngày 2026-08-01: U-LAM-SON') });
    await expect(
      admin.orgAdmin.recordChange({
        type: 'rename',
        date: '2026-08-01',
        from: ['PHONG-Y-TE'],
        to: [commune('U-XA-LAM-MY', 'trùng')],
        basis: 'đổi tên (kiểm thử)',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await h.t.db.orgUnit.count()).toBe(before);
    expect(await h.t.db.orgUnit.findUniqueOrThrow({ where: { id: 'PHONG-Y-TE' }, select: { validTo: true } })).toEqual({
      validTo: null,
    });
  });

  it('lists every unit and change for the administrator, and only for them', async () => {
    const admin = await h.as('quantri');
    const { units, successions } = await admin.orgAdmin.units();
    expect(units.map((u) => u.id)).toContain('U-XA-LAM-MY');
    expect(successions).toEqual([
      {
        type: 'merge',
        date: '2026-07-01',
        from: ['U-LAM-SON', 'U-MY-SON'],
        to: ['U-XA-LAM-MY'],
        basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã (kiểm thử)',
      },
    ]);
  });

  it('closes a unit with no successor on a date: it reports the years due before it and is not asked after', async () => {
    const admin = await h.as('quantri');
    await admin.orgAdmin.createUnit({
      id: 'DN-DONG-CUA',
      name: 'Công ty Đóng Cửa',
      nameEn: 'Closing Co.',
      kind: 'enterprise',
      participantKind: 'enterprise',
      isItEnterprise: false,
      validFrom: '2023-01-01',
    });
    await expect(
      admin.orgAdmin.closeUnit({ id: 'DN-DONG-CUA', date: '2023-01-01', basis: 'Giải thể doanh nghiệp' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin.orgAdmin.closeUnit({ id: 'DN-DONG-CUA', date: '2025-03-01', basis: 'Quyết định giải thể số 12/QĐ' });
    await expect(
      admin.orgAdmin.closeUnit({ id: 'DN-DONG-CUA', date: '2025-06-01', basis: 'Đóng lần nữa' }),
    ).rejects.toThrow(/không hoạt động vào ngày 2025-06-01/);
    const anonymous = await h.anonymous();
    expect((await anonymous.reports.completeness({ year: 2024 })).rows.map((r) => r.unitId)).toContain('DN-DONG-CUA');
    expect((await anonymous.reports.completeness({ year: 2025 })).rows.map((r) => r.unitId)).not.toContain(
      'DN-DONG-CUA',
    );
    const log = await admin.audit.list({ action: 'org.unit_close' });
    expect(JSON.parse(log.entries[0]!.data)).toEqual({ date: '2025-03-01', basis: 'Quyết định giải thể số 12/QĐ' });
  });
});
