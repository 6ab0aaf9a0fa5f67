// A commune merger applied: who is asked to report, counted, ranked and listed follows validity on each year's due
// date; the new commune's editor reads its predecessors' records and its documents say what it carries.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { PASSWORD } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('the reorganisation applied on %s', (provider) => {
  const h = useHarness(provider);

  it('counts, ranks and asks only the units in force on each due date, and lets the successor carry the history', async () => {
    const admin = await h.as('quantri');
    // Lâm Sơn reports 2024 before the merge.
    const lamSon = await h.as('xa.lamson');
    await lamSon.reports.saveDraft({
      unitId: 'U-LAM-SON',
      year: 2024,
      values: [{ key: 'C-COMM-DOSSIERS', number: 61 }],
    });
    await admin.orgAdmin.recordChange({
      type: 'merge',
      date: '2025-07-01',
      from: ['U-LAM-SON', 'U-MY-SON'],
      to: [
        { id: 'U-XA-LAM-MY', name: 'xã Lâm Mỹ', nameEn: 'Lâm Mỹ commune', kind: 'commune', participantKind: 'commune' },
      ],
      basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã (kiểm thử)',
    });
    await h.t.db.user.create({
      data: {
        username: 'xa.lammy',
        displayName: 'Cán bộ xã Lâm Mỹ',
        role: 'UNIT-EDITOR',
        unitId: 'U-XA-LAM-MY',
        passwordHash: await hashPassword(PASSWORD),
      },
    });

    const anyone = await h.anonymous();
    const communes = async (year: number) =>
      (await anyone.reports.completeness({ year })).rows
        .filter((r) => r.kind === 'commune')
        .map((r) => r.unitId)
        .sort();
    expect(await communes(2024)).toEqual(['U-LAM-SON', 'U-MY-SON']);
    expect(await communes(2025)).toEqual(['U-XA-LAM-MY']);
    const ranked = async (year: number) =>
      (await anyone.leaderboard.get({ year, kind: 'commune' })).rows.map((r) => r.unitId).sort();
    expect(await ranked(2022)).toEqual(['U-LAM-SON', 'U-MY-SON']);
    expect(await ranked(2025)).toEqual(['U-XA-LAM-MY']);

    // The merged commune no longer owes 2025; its successor does.
    await expect(lamSon.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('đơn vị kế thừa báo cáo năm này'),
    });
    const lamMy = await h.as('xa.lammy');
    await lamMy.reports.saveDraft({
      unitId: 'U-XA-LAM-MY',
      year: 2025,
      values: [{ key: 'C-COMM-DOSSIERS', number: 70 }],
    });
    await expect(lamMy.reports.saveDraft({ unitId: 'U-XA-LAM-MY', year: 2024, values: [] })).rejects.toMatchObject({
      message: expect.stringContaining('bắt đầu hoạt động sau hạn báo cáo năm 2024'),
    });
    // Culture's district sheet is held to the same rule, row by row.
    const culture = await h.as('vhtt');
    const imported = await culture.reports.importDistrict({
      year: 2025,
      evidenceUrl: null,
      rows: [{ unitId: 'U-LAM-SON', key: 'C-COMM-DOSSIERS', number: 60, bool: null, evidenceUrl: null }],
    });
    expect(imported).toMatchObject({
      ok: false,
      problems: [
        {
          index: 0,
          field: 'unitId',
          message: expect.stringContaining('xã Lâm Sơn không hoạt động vào hạn báo cáo năm này (15/12/2025)'),
        },
      ],
    });

    // It reads what it carries, and nobody else's.
    await expect(lamMy.reports.get({ unitId: 'U-LAM-SON', year: 2024 })).resolves.toMatchObject({
      report: { values: [expect.objectContaining({ key: 'C-COMM-DOSSIERS', numberValue: 61 })] },
    });
    await expect(lamMy.reports.get({ unitId: 'PHONG-Y-TE', year: 2024 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const own = await lamMy.documents.unitYearReport({ unitId: 'U-XA-LAM-MY', year: 2025 });
    expect(own.model.introduction.join(' ')).toContain(
      'Xã Lâm Mỹ được thành lập từ ngày 01/07/2025 trên cơ sở xã Lâm Sơn, xã Mỹ Sơn',
    );
  });
});
