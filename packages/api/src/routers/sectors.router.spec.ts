import { describe, expect, it } from 'vitest';
import type { Harness } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

const later = (h: Harness, minutes: number) => {
  h.clock.now = new Date(h.clock.now.getTime() + minutes * 60_000);
};

/** The 2024 figures of the health office for the two fixture communes. */
const HEALTH_2024 = [
  {
    unitId: 'U-LAM-SON',
    indicatorId: 'I-HEALTH-EMR',
    number: 60,
    evidenceUrl: 'https://example.invalid/yte/2024/lam-son.pdf',
  },
  { unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-EMR', number: 80, evidenceFile: 'minh-chung/yte-2024-my-son.pdf' },
  { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-TELEMED', number: 12 },
  { unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-TELEMED', number: 30, note: 'Kết nối Bệnh viện tỉnh từ tháng 3' },
  { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-RECORDS', number: 55.5 },
];

const figures2024 = async (h: Harness) => {
  const summary = await (await h.anonymous()).sectors.summary({ sectorId: 'S-HEALTH' });
  return Object.fromEntries(summary.indicators.map((i) => [i.indicatorId, i.series.find((p) => p.year === 2024)]));
};

describe.each(providers)('sector report workflow on %s', (provider) => {
  const h = useHarness(provider);

  it('lists the 10 sector programmes with their indicators, publicly', async () => {
    const sectors = await (await h.anonymous()).sectors.list();
    expect(sectors.map((s) => s.id)).toEqual([
      'S-HEALTH',
      'S-EDUCATION',
      'S-FINANCE',
      'S-AGRICULTURE',
      'S-TRANSPORT',
      'S-ECOMMERCE-ENERGY',
      'S-LAND-ENV',
      'S-INDUSTRY',
      'S-TOURISM',
      'S-RESIDENTS',
    ]);
    expect(sectors.every((s) => s.indicators.length >= 2 && s.latestApprovedYear === null)).toBe(true);
    expect(sectors[0]).toMatchObject({ label: { vi: 'Y tế', en: 'Health' }, source: 'II.3.9.a' });
    expect(sectors[0]?.indicators.map((i) => i.id)).toEqual(['I-HEALTH-EMR', 'I-HEALTH-TELEMED', 'I-HEALTH-RECORDS']);
  });

  it('the health office enters and submits; Culture verifies and approves; only then does the summary change', async () => {
    const editor = await h.as('yte');
    const culture = await h.as('vhtt');
    const empty = await editor.sectors.report({ sectorId: 'S-HEALTH', year: 2024 });
    expect(empty.report).toBeNull();
    expect(empty.communes.map((c) => c.id)).toEqual(['U-LAM-SON', 'U-MY-SON']);
    expect(empty.indicators.map((i) => i.id)).toEqual(['I-HEALTH-EMR', 'I-HEALTH-TELEMED', 'I-HEALTH-RECORDS']);

    const draft = await editor.sectors.save({ sectorId: 'S-HEALTH', year: 2024, values: HEALTH_2024 });
    expect(draft.version).toBe(1);
    expect((await figures2024(h))['I-HEALTH-EMR']).toEqual({ year: 2024, value: null, communesReported: 0 });
    later(h, 10);
    const submitted = await editor.sectors.submit({ reportId: draft.reportId, version: draft.version });
    expect(submitted).toEqual({ reportId: draft.reportId, status: 'submitted', version: 2 });
    later(h, 60);
    const verified = await culture.sectors.verify({ reportId: draft.reportId, version: submitted.version });
    expect((await figures2024(h))['I-HEALTH-EMR']?.value).toBeNull();
    later(h, 60);
    await expect(
      culture.sectors.approve({ reportId: draft.reportId, version: verified.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await (
      await h.as('vhtt.truongphong')
    ).sectors.approve({ reportId: draft.reportId, version: verified.version });
    expect(approved.status).toBe('approved');

    expect(await figures2024(h)).toEqual({
      'I-HEALTH-EMR': { year: 2024, value: 70, communesReported: 2 },
      'I-HEALTH-TELEMED': { year: 2024, value: 42, communesReported: 2 },
      'I-HEALTH-RECORDS': { year: 2024, value: 55.5, communesReported: 1 },
    });
    const summary = await (await h.anonymous()).sectors.summary({ sectorId: 'S-HEALTH' });
    expect(summary.years).toEqual([
      { year: 2022, approved: false, communesReported: 0 },
      { year: 2023, approved: false, communesReported: 0 },
      { year: 2024, approved: true, communesReported: 2 },
      { year: 2025, approved: false, communesReported: 0 },
    ]);
    expect(summary.indicators.map((i) => [i.indicatorId, i.aggregate])).toEqual([
      ['I-HEALTH-EMR', 'mean'],
      ['I-HEALTH-TELEMED', 'sum'],
      ['I-HEALTH-RECORDS', 'mean'],
    ]);
    expect((await (await h.anonymous()).sectors.list()).find((s) => s.id === 'S-HEALTH')?.latestApprovedYear).toBe(
      2024,
    );

    // Approval locks the figures.
    await expect(
      editor.sectors.save({ sectorId: 'S-HEALTH', year: 2024, version: approved.version, values: [] }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const read = await culture.sectors.report({ sectorId: 'S-HEALTH', year: 2024 });
    expect(read.report).toMatchObject({ status: 'approved', version: 4, returnReason: null });
    expect(read.report?.values).toHaveLength(5);
    expect(read.report?.values.find((v) => v.unitId === 'U-MY-SON' && v.indicatorId === 'I-HEALTH-EMR')).toEqual({
      unitId: 'U-MY-SON',
      indicatorId: 'I-HEALTH-EMR',
      numberValue: 80,
      boolValue: null,
      evidenceUrl: null,
      evidenceFile: 'minh-chung/yte-2024-my-son.pdf',
      note: null,
    });
    expect(read.history.map((c) => [c.from, c.to, c.byName])).toEqual([
      ['draft', 'submitted', 'yte'],
      ['submitted', 'verified', 'vhtt'],
      ['verified', 'approved', 'vhtt.truongphong'],
    ]);
  });

  it('un-approval needs a reason, is kept in the history, and takes the figures out of the summary', async () => {
    const culture = await h.as('vhtt');
    const { report } = await culture.sectors.report({ sectorId: 'S-HEALTH', year: 2024 });
    await expect(
      culture.sectors.unapprove({ reportId: report!.id, version: report!.version, reason: 'sai' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const back = await culture.sectors.unapprove({
      reportId: report!.id,
      version: report!.version,
      reason: 'Số liệu I-HEALTH-EMR của xã Mỹ Sơn cần đối chiếu lại',
    });
    expect(back.status).toBe('verified');
    expect((await figures2024(h))['I-HEALTH-EMR']).toEqual({ year: 2024, value: null, communesReported: 0 });
    const { history } = await culture.sectors.report({ sectorId: 'S-HEALTH', year: 2024 });
    expect(history.at(-1)).toMatchObject({
      from: 'approved',
      to: 'verified',
      reason: 'Số liệu I-HEALTH-EMR của xã Mỹ Sơn cần đối chiếu lại',
    });
    // Approving again is the head's: the figures were verified by Culture's officer.
    const again = await (
      await h.as('vhtt.truongphong')
    ).sectors.approve({ reportId: report!.id, version: back.version });
    expect(again.status).toBe('approved');
    expect((await figures2024(h))['I-HEALTH-EMR']?.value).toBe(70);
  });

  it('returning to the sector needs a reason; the office corrects the draft and submits again', async () => {
    const editor = await h.as('yte');
    const culture = await h.as('vhtt');
    const draft = await editor.sectors.save({
      sectorId: 'S-HEALTH',
      year: 2023,
      values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-EMR', number: 45 }],
    });
    const submitted = await editor.sectors.submit({ reportId: draft.reportId, version: draft.version });
    await expect(
      culture.sectors.returnToSector({ reportId: draft.reportId, version: submitted.version, reason: 'thiếu' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const returned = await culture.sectors.returnToSector({
      reportId: draft.reportId,
      version: submitted.version,
      reason: 'Thiếu số liệu của xã Mỹ Sơn, đề nghị bổ sung',
    });
    expect(returned.status).toBe('draft');
    const { report } = await editor.sectors.report({ sectorId: 'S-HEALTH', year: 2023 });
    expect(report).toMatchObject({ status: 'draft', returnReason: 'Thiếu số liệu của xã Mỹ Sơn, đề nghị bổ sung' });
    const fixed = await editor.sectors.save({
      sectorId: 'S-HEALTH',
      year: 2023,
      version: returned.version,
      values: [
        { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-EMR', number: 45 },
        { unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-EMR', number: 65 },
      ],
    });
    const resubmitted = await editor.sectors.submit({ reportId: draft.reportId, version: fixed.version });
    expect(resubmitted.status).toBe('submitted');
    expect((await editor.sectors.report({ sectorId: 'S-HEALTH', year: 2023 })).report).toMatchObject({
      returnReason: null,
    });
    // Never approved: 2023 stays out of the public summary.
    const summary = await (await h.anonymous()).sectors.summary({ sectorId: 'S-HEALTH' });
    expect(summary.years.find((y) => y.year === 2023)).toEqual({ year: 2023, approved: false, communesReported: 0 });
    expect(summary.indicators[0]?.series.find((p) => p.year === 2023)?.value).toBeNull();
  });

  it('an editor of another sector, a commune editor or the public cannot read or change a sector’s report', async () => {
    const health = await h.as('yte');
    const education = await h.as('giaoduc');
    const commune = await h.as('xa.lamson');
    const draft = await health.sectors.save({
      sectorId: 'S-HEALTH',
      year: 2022,
      values: [{ unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-TELEMED', number: 4 }],
    });
    await expect(education.sectors.report({ sectorId: 'S-HEALTH', year: 2022 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      education.sectors.save({ sectorId: 'S-HEALTH', year: 2022, version: draft.version, values: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(education.sectors.submit({ reportId: draft.reportId, version: draft.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(commune.sectors.report({ sectorId: 'S-HEALTH', year: 2022 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      commune.sectors.save({ sectorId: 'S-HEALTH', year: 2022, version: draft.version, values: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await h.anonymous()).sectors.report({ sectorId: 'S-HEALTH', year: 2022 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const submitted = await health.sectors.submit({ reportId: draft.reportId, version: draft.version });
    // The office never approves its own figures.
    await expect(health.sectors.verify({ reportId: draft.reportId, version: submitted.version })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    await expect(
      health.sectors.approve({ reportId: draft.reportId, version: submitted.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // District readers may read it.
    await expect((await h.as('lanhdao')).sectors.report({ sectorId: 'S-HEALTH', year: 2022 })).resolves.toMatchObject({
      report: { status: 'submitted' },
    });
  });

  it('two editors on one version: the second gets CONFLICT and nothing of the first is lost; a stale status change too', async () => {
    const a = await h.as('giaoduc');
    const b = await h.as('giaoduc');
    const created = await a.sectors.save({
      sectorId: 'S-EDUCATION',
      year: 2022,
      values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 50 }],
    });
    const first = await a.sectors.save({
      sectorId: 'S-EDUCATION',
      year: 2022,
      version: created.version,
      values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 62.5 }],
    });
    const stale = b.sectors.save({
      sectorId: 'S-EDUCATION',
      year: 2022,
      version: created.version,
      values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', number: 90 }],
    });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('người khác thay đổi'),
    });
    await expect(b.sectors.save({ sectorId: 'S-EDUCATION', year: 2022, values: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const value = await h.t.db.sectorReportValue.findFirstOrThrow({
      where: { sectorReportId: created.reportId },
      select: { numberValue: true },
    });
    expect(value.numberValue).toBe(62.5);
    expect(first.version).toBe(created.version + 1);
    await expect(a.sectors.submit({ reportId: created.reportId, version: created.version })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const submitted = await a.sectors.submit({ reportId: created.reportId, version: first.version });
    const culture = await h.as('vhtt');
    await expect(culture.sectors.verify({ reportId: created.reportId, version: first.version })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      culture.sectors.approve({ reportId: created.reportId, version: submitted.version }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('refuses bad cells, naming each by commune and indicator, and stores nothing', async () => {
    await h.t.db.orgUnit.create({
      data: {
        id: 'U-NINH-SON-2',
        name: 'xã Ninh Sơn 2 (tên dự kiến)',
        nameEn: 'Ninh Sơn 2 commune (working name)',
        kind: 'commune',
        participantKind: 'commune',
        validFrom: '2025-07-01',
      },
    });
    const editor = await h.as('yte');
    const reports = await h.t.db.sectorReport.count();
    const values = await h.t.db.sectorReportValue.count();
    const attempt = editor.sectors.save({
      sectorId: 'S-HEALTH',
      year: 2025,
      values: [
        { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-EMR', number: 120 },
        { unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-TELEMED', number: 2.5 },
        { unitId: 'U-MY-SON', indicatorId: 'I-HEALTH-RECORDS', bool: true },
        { unitId: 'U-LAM-SON', indicatorId: 'I-LAND-DIGITAL-MAP', number: 50 },
        { unitId: 'PHONG-Y-TE', indicatorId: 'I-HEALTH-EMR', number: 50 },
        { unitId: 'U-NOWHERE', indicatorId: 'I-HEALTH-EMR', number: 50 },
        { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-RECORDS', number: 40 },
        { unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-RECORDS', number: 41 },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toContain('xã Lâm Sơn · I-HEALTH-EMR: 120 ngoài khoảng 0–100%');
    expect(message).toContain('xã Mỹ Sơn · I-HEALTH-TELEMED: 2,5 không phải số nguyên không âm');
    expect(message).toContain('xã Mỹ Sơn · I-HEALTH-RECORDS: cần một số');
    expect(message).toContain('xã Lâm Sơn · I-LAND-DIGITAL-MAP: không phải chỉ số của ngành S-HEALTH');
    expect(message).toContain('Phòng Y tế · I-HEALTH-EMR: không phải xã, thị trấn đang hoạt động trong năm 2025');
    expect(message).toContain('U-NOWHERE · I-HEALTH-EMR: không phải xã, thị trấn');
    expect(message).toContain('xã Lâm Sơn · I-HEALTH-RECORDS: nhập hai lần');
    expect(message).toContain('Invalid values (7)');
    // A commune created by the 2025 merges does not exist in 2024.
    await expect(
      editor.sectors.save({
        sectorId: 'S-HEALTH',
        year: 2024,
        values: [{ unitId: 'U-NINH-SON-2', indicatorId: 'I-HEALTH-EMR', number: 50 }],
      }),
    ).rejects.toThrow(
      'xã Ninh Sơn 2 (tên dự kiến) · I-HEALTH-EMR: không phải xã, thị trấn đang hoạt động trong năm 2024',
    );
    expect(await h.t.db.sectorReport.count()).toBe(reports);
    expect(await h.t.db.sectorReportValue.count()).toBe(values);
    // …and it is a row of the 2025 table.
    expect((await editor.sectors.report({ sectorId: 'S-HEALTH', year: 2025 })).communes.map((c) => c.id)).toEqual([
      'U-LAM-SON',
      'U-MY-SON',
      'U-NINH-SON-2',
    ]);
    await expect(
      editor.sectors.save({
        sectorId: 'S-HEALTH',
        year: 2025,
        values: [{ unitId: 'U-NINH-SON-2', indicatorId: 'I-HEALTH-EMR', number: 50 }],
      }),
    ).resolves.toMatchObject({ version: 1 });
  });

  it('a yes/no indicator takes yes/no only, and sums up as the share of communes answering yes', async () => {
    const land = await h.as('tainguyen');
    const culture = await h.as('vhtt');
    await expect(
      land.sectors.save({
        sectorId: 'S-LAND-ENV',
        year: 2024,
        values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-LAND-EARLY-WARNING', number: 1 }],
      }),
    ).rejects.toThrow('xã Lâm Sơn · I-LAND-EARLY-WARNING: cần có/không');
    const draft = await land.sectors.save({
      sectorId: 'S-LAND-ENV',
      year: 2024,
      values: [
        { unitId: 'U-LAM-SON', indicatorId: 'I-LAND-EARLY-WARNING', bool: true },
        { unitId: 'U-MY-SON', indicatorId: 'I-LAND-EARLY-WARNING', bool: false, note: 'Chưa lắp trạm' },
        { unitId: 'U-MY-SON', indicatorId: 'I-LAND-DIGITAL-MAP', number: 81.4 },
      ],
    });
    const s = await land.sectors.submit({ reportId: draft.reportId, version: draft.version });
    const v = await culture.sectors.verify({ reportId: draft.reportId, version: s.version });
    await (await h.as('vhtt.truongphong')).sectors.approve({ reportId: draft.reportId, version: v.version });
    const summary = await (await h.anonymous()).sectors.summary({ sectorId: 'S-LAND-ENV' });
    expect(
      summary.indicators.map((i) => [i.indicatorId, i.aggregate, i.series.find((p) => p.year === 2024)?.value]),
    ).toEqual([
      ['I-LAND-DIGITAL-MAP', 'mean', 81.4],
      ['I-LAND-EARLY-WARNING', 'share_true', 50],
    ]);
    expect(summary.years.find((y) => y.year === 2024)).toEqual({ year: 2024, approved: true, communesReported: 2 });
  });

  it('an unknown sector is NOT_FOUND', async () => {
    await expect((await h.anonymous()).sectors.summary({ sectorId: 'S-SPACE' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect((await h.as('vhtt')).sectors.report({ sectorId: 'S-SPACE', year: 2024 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('every change left one audit entry and the chain verifies', async () => {
    const changes = await h.t.db.sectorReportStatusChange.count();
    const audited = await h.t.db.auditLog.count({
      where: { action: { startsWith: 'sector_report.' }, NOT: { action: 'sector_report.save_draft' } },
    });
    expect(audited).toBe(changes);
    expect(await (await h.as('quantri')).audit.verify()).toMatchObject({ ok: true, brokenAt: null });
  });
});
