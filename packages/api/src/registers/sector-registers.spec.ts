// A sector office keeps its register (here education's schools) and the commune's share is computed from it, never
// typed: on both databases, through the real sign-in, with the limits, the locks and the audit a clerk relies on.
import { describe, expect, it } from 'vitest';
import type { Caller, Harness } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { REGISTER_ITEMS_MAX } from './register-procedures.js';

const providers = await testProviders();
const YEAR = 2024;
const SCHOOLS = { sectorId: 'S-EDUCATION', registerId: 'REG-EDUCATION-SCHOOLS', year: YEAR };

const school = (name: string, e_records: boolean | null, online_enrolment: boolean | null, unitId = 'U-LAM-SON') => ({
  ...SCHOOLS,
  unitId,
  name,
  values: { level: 'primary', e_records, online_enrolment, connected: true },
});

const cell = async (c: Caller, unitId: string, indicatorId = 'I-EDUCATION-SCHOOLS-DX') =>
  (await c.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR })).report?.values.find(
    (v) => v.unitId === unitId && v.indicatorId === indicatorId,
  )?.numberValue;

const approvedShare = async (h: Harness) =>
  (await (await h.anonymous()).sectors.summary({ sectorId: 'S-EDUCATION' })).indicators
    .find((i) => i.indicatorId === 'I-EDUCATION-SCHOOLS-DX')
    ?.series.find((p) => p.year === YEAR)?.value;

describe.each(providers)('a sector register on %s', (provider) => {
  const h = useHarness(provider);

  it('the share of a commune’s schools is computed as the office keeps its register, and the draft follows', async () => {
    const editor = await h.as('giaoduc');
    await editor.sectors.saveRegisterItem(school('Trường Tiểu học Lâm Sơn', true, true));
    const second = await editor.sectors.saveRegisterItem(school('Trường Tiểu học Lương Giang', true, false));
    // Not checked yet: left out of the share rather than counted as "no".
    await editor.sectors.saveRegisterItem(school('Trường Mầm non Lâm Sơn', null, true));
    expect(await cell(editor, 'U-LAM-SON')).toBe(50);
    const view = await editor.sectors.register({ sectorId: 'S-EDUCATION', year: YEAR });
    expect(view.open).toBe(true);
    expect(view.items.map((i) => i.name)).toEqual([
      'Trường Mầm non Lâm Sơn',
      'Trường Tiểu học Lâm Sơn',
      'Trường Tiểu học Lương Giang',
    ]);
    expect(view.computed).toEqual([
      {
        unitId: 'U-LAM-SON',
        indicatorId: 'I-EDUCATION-SCHOOLS-DX',
        number: 50,
        registerId: 'REG-EDUCATION-SCHOOLS',
        registerLabel: { vi: 'Cơ sở giáo dục', en: 'School' },
      },
    ]);
    // The school gets online enrolment: the commune's share moves to 100 %.
    await editor.sectors.saveRegisterItem({
      ...school('Trường Tiểu học Lương Giang', true, true),
      itemId: second.itemId,
      version: second.version,
    });
    expect(await cell(editor, 'U-LAM-SON')).toBe(100);
    expect((await editor.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR })).computed).toEqual([
      {
        unitId: 'U-LAM-SON',
        indicatorId: 'I-EDUCATION-SCHOOLS-DX',
        registerId: 'REG-EDUCATION-SCHOOLS',
        registerLabel: { vi: 'Cơ sở giáo dục', en: 'School' },
      },
    ]);
  });

  it('a computed figure cannot be typed over, a typed one beside it can, and an empty one takes the computed value', async () => {
    const editor = await h.as('giaoduc');
    await editor.sectors.saveRegisterItem(school('Trường THCS Lâm Sơn', true, true));
    const { report } = await editor.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR });
    await expect(
      editor.sectors.save({
        sectorId: 'S-EDUCATION',
        year: YEAR,
        version: report!.version,
        values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 80 }],
      }),
    ).rejects.toThrow(/tính từ sổ.*xã Lâm Sơn · I-EDUCATION-SCHOOLS-DX/);
    await editor.sectors.save({
      sectorId: 'S-EDUCATION',
      year: YEAR,
      version: report!.version,
      values: [
        { unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: null, note: 'Theo sổ' },
        { unitId: 'U-MY-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 40 },
        { unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-MATERIALS', number: 12 },
      ],
    });
    expect(await cell(editor, 'U-LAM-SON')).toBe(100);
    expect(await cell(editor, 'U-MY-SON')).toBe(40);
    expect(await cell(editor, 'U-LAM-SON', 'I-EDUCATION-MATERIALS')).toBe(12);
  });

  it('a school not checked yet still makes the share the register’s: no figure, and a typed one is refused', async () => {
    const editor = await h.as('giaoduc');
    const unchecked = await editor.sectors.saveRegisterItem(school('Trường Mầm non Mỹ Sơn', null, null, 'U-MY-SON'));
    expect(await cell(editor, 'U-MY-SON')).toBeNull();
    const { report } = await editor.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR });
    await expect(
      editor.sectors.save({
        sectorId: 'S-EDUCATION',
        year: YEAR,
        version: report!.version,
        values: [{ unitId: 'U-MY-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 75 }],
      }),
    ).rejects.toThrow(/xã Mỹ Sơn · I-EDUCATION-SCHOOLS-DX \(sổ Cơ sở giáo dục\)/);
    await editor.sectors.removeRegisterItem({ itemId: unchecked.itemId, version: unchecked.version });
  });

  it('removing the last school of a commune empties its share, and the figure may be typed again', async () => {
    const editor = await h.as('giaoduc');
    const only = await editor.sectors.saveRegisterItem(school('Trường Tiểu học Mỹ Sơn', true, true, 'U-MY-SON'));
    expect(await cell(editor, 'U-MY-SON')).toBe(100);
    await editor.sectors.removeRegisterItem({ itemId: only.itemId, version: only.version });
    expect(await cell(editor, 'U-MY-SON')).toBeUndefined();
    const { report } = await editor.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR });
    await editor.sectors.save({
      sectorId: 'S-EDUCATION',
      year: YEAR,
      version: report!.version,
      values: [{ unitId: 'U-MY-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 30 }],
    });
    expect(await cell(editor, 'U-MY-SON')).toBe(30);
  });

  it('names each wrong field by its label, and refuses a commune not in the year, a long name and a stale item', async () => {
    const editor = await h.as('giaoduc');
    await expect(
      editor.sectors.saveRegisterItem({
        ...school('Trường A', true, true),
        values: { level: 'university', wifi: true },
      }),
    ).rejects.toThrow(/Cấp học cần một trong: Mầm non.*"wifi" không phải một cột/);
    await expect(editor.sectors.saveRegisterItem(school('Trường A', true, true, 'U-KHONG-CO'))).rejects.toThrow(
      /U-KHONG-CO không hoạt động trong năm 2024/,
    );
    await expect(editor.sectors.saveRegisterItem(school('x'.repeat(201), true, true))).rejects.toThrow(
      /tối đa 200 ký tự/,
    );
    const saved = await editor.sectors.saveRegisterItem(school('Trường B', true, true));
    await editor.sectors.saveRegisterItem({ ...school('Trường B.', true, true), itemId: saved.itemId, version: 1 });
    await expect(
      editor.sectors.saveRegisterItem({ ...school('Trường B!', false, true), itemId: saved.itemId, version: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it(`keeps at most ${REGISTER_ITEMS_MAX} items per commune and register in a year`, async () => {
    const kept = await h.t.db.registerItem.count();
    await h.t.db.registerItem.createMany({
      data: Array.from({ length: REGISTER_ITEMS_MAX }, (_, i) => ({
        movementId: 'ninh-son-dx-2021-2025',
        sectorId: 'S-EDUCATION',
        registerId: 'REG-EDUCATION-SCHOOLS',
        year: 2023,
        unitId: 'U-MY-SON',
        name: `Trường ${i}`,
        values: '{}',
        updatedBy: 'seed',
      })),
    });
    const editor = await h.as('giaoduc');
    await expect(
      editor.sectors.saveRegisterItem({ ...school('Trường thừa', true, true, 'U-MY-SON'), year: 2023 }),
    ).rejects.toThrow(new RegExp(`tối đa ${REGISTER_ITEMS_MAX} mục`));
    // Nor can a school of another commune be moved in.
    const elsewhere = await editor.sectors.saveRegisterItem({ ...school('Trường Lâm Sơn', true, true), year: 2023 });
    await expect(
      editor.sectors.saveRegisterItem({
        ...school('Trường Lâm Sơn', true, true, 'U-MY-SON'),
        year: 2023,
        itemId: elsewhere.itemId,
        version: elsewhere.version,
      }),
    ).rejects.toThrow(new RegExp(`tối đa ${REGISTER_ITEMS_MAX} mục`));
    await h.t.db.registerItem.deleteMany({ where: { year: 2023 } });
    await h.t.db.sectorReport.deleteMany({ where: { year: 2023 } });
    expect(await h.t.db.registerItem.count()).toBe(kept);
  });

  it('only the sector’s own office changes its register; Culture reads it; the register is closed once sent', async () => {
    await expect((await h.as('yte')).sectors.saveRegisterItem(school('Trường C', true, true))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      (await h.as('xa.lamson')).sectors.saveRegisterItem(school('Trường C', true, true)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect((await h.as('yte')).sectors.register({ sectorId: 'S-EDUCATION', year: YEAR })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const culture = await h.as('vhtt');
    const seen = await culture.sectors.register({ sectorId: 'S-EDUCATION', year: YEAR });
    expect(seen.items.length).toBeGreaterThan(0);

    const editor = await h.as('giaoduc');
    const { report } = await editor.sectors.report({ sectorId: 'S-EDUCATION', year: YEAR });
    const submitted = await editor.sectors.submit({ reportId: report!.id, version: report!.version });
    await expect(editor.sectors.saveRegisterItem(school('Trường D', true, true))).rejects.toThrow(
      /đã nộp hoặc đã duyệt: sổ của năm này không sửa được/,
    );
    const item = seen.items[0]!;
    await expect(editor.sectors.removeRegisterItem({ itemId: item.id, version: item.version })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect((await culture.sectors.register({ sectorId: 'S-EDUCATION', year: YEAR })).open).toBe(false);

    const verified = await culture.sectors.verify({ reportId: report!.id, version: submitted.version });
    await (await h.as('vhtt.truongphong')).sectors.approve({ reportId: report!.id, version: verified.version });
    // The district figure is the mean of the communes' shares: Lâm Sơn computed 100 %, Mỹ Sơn typed 30 %.
    expect(await approvedShare(h)).toBe(65);
  });

  it('every register change left one audit entry and the chain verifies', async () => {
    const audited = await h.t.db.auditLog.count({ where: { action: { startsWith: 'sector_register.' } } });
    // 8 additions, 2 changes and 2 removals succeeded; the refused ones (stale, full, forbidden, after sending) left none.
    expect(audited).toBe(12);
    expect(await (await h.as('quantri')).audit.verify()).toMatchObject({ ok: true, brokenAt: null });
  });
});
