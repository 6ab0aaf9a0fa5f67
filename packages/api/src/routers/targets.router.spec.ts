import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('district targets on %s', (provider) => {
  const h = useHarness(provider);

  it('public progress counts approved values only, with the plan’s strict "trên 50%"', async () => {
    const culture = await h.as('vhtt');
    const row = await culture.targets.record({
      targetId: 'T-G3-EPAYMENT',
      year: 2025,
      value: 50,
      source: 'NHNN chi nhánh Ninh Thuận',
    });
    const publicBefore = await (await h.anonymous()).targets.progress({ year: 2025 });
    expect(publicBefore.find((t) => t.targetId === 'T-G3-EPAYMENT')?.status).toBe('missing');
    await culture.targets.approve({ observationId: row.id, version: row.version });
    const after = await (await h.anonymous()).targets.progress({ year: 2025 });
    expect(after.find((t) => t.targetId === 'T-G3-EPAYMENT')).toMatchObject({
      status: 'not_met',
      value: 50,
      unit: 'percent',
      label: { vi: expect.stringContaining('thanh toán'), en: expect.any(String) },
      groupLabel: { vi: expect.any(String), en: expect.any(String) },
    });
    await expect(culture.targets.record({ targetId: 'T-G3-EPAYMENT', year: 2025, value: 55 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });

  it('a sector office records its own sector’s share only', async () => {
    const health = await h.as('yte');
    await expect(
      health.targets.record({ targetId: 'T-G2-SECTOR-SHARE', year: 2025, sectorId: 'S-HEALTH', value: 11.5 }),
    ).resolves.toMatchObject({ version: 1 });
    await expect(
      health.targets.record({ targetId: 'T-G2-SECTOR-SHARE', year: 2025, sectorId: 'S-EDUCATION', value: 30 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(health.targets.record({ targetId: 'T-G3-EPAYMENT', year: 2024, value: 30 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists every figure to enter with the ID approval needs, one row per sector where the weakest decides', async () => {
    const culture = await h.as('vhtt');
    const rows = await culture.targets.observations({ year: 2025 });
    const epayment = rows.find((r) => r.targetId === 'T-G3-EPAYMENT');
    expect(epayment).toMatchObject({ sectorId: '', observation: { value: 50, status: 'approved' } });
    const shares = rows.filter((r) => r.targetId === 'T-G2-SECTOR-SHARE');
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.find((r) => r.sectorId === 'S-HEALTH')).toMatchObject({
      observation: { value: 11.5, status: 'draft' },
      sectorLabel: { vi: expect.any(String) },
    });
    const health = await h.as('yte');
    expect((await health.targets.observations({ year: 2025 })).map((r) => r.sectorId)).toEqual(
      expect.arrayContaining(['S-HEALTH']),
    );
    expect((await health.targets.observations({ year: 2025 })).every((r) => r.sectorId === 'S-HEALTH')).toBe(true);
    await expect(culture.targets.observations({ year: 2031 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('2022–2025'),
    });
  });

  it('corrects an approved figure only with a reason, keeping the old and new value in the audit', async () => {
    const culture = await h.as('vhtt');
    const row = (await culture.targets.observations({ year: 2025 })).find(
      (r) => r.targetId === 'T-G3-EPAYMENT',
    )!.observation!;
    await expect(
      culture.targets.correct({ observationId: row.id, version: row.version, value: 52, reason: 'ngắn' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('10 ký tự') });
    await culture.targets.correct({
      observationId: row.id,
      version: row.version,
      value: 52,
      source: 'NHNN, số liệu điều chỉnh',
      reason: 'Ngân hàng gửi số liệu điều chỉnh quý IV',
    });
    await expect(
      culture.targets.correct({
        observationId: row.id,
        version: row.version,
        value: 53,
        reason: 'Bản đã cũ, phải bị từ chối',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { action: 'target.correct' },
      select: { data: true },
    });
    expect(JSON.parse(audit.data)).toEqual({ from: 50, to: 52, reason: 'Ngân hàng gửi số liệu điều chỉnh quý IV' });
    const progress = await (await h.anonymous()).targets.progress({ year: 2025 });
    expect(progress.find((t) => t.targetId === 'T-G3-EPAYMENT')).toMatchObject({ value: 52, status: 'met' });
  });
});
