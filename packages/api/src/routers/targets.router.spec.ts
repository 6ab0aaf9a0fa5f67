import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('district targets on %s', (provider) => {
  const h = useHarness(provider);

  it('public progress counts approved values only, with the plan’s strict "trên 50%"', async () => {
    const culture = await h.as('vhtt');
    const row = await culture.targets.record({ targetId: 'T-G3-EPAYMENT', year: 2025, value: 50, source: 'NHNN chi nhánh Ninh Thuận' });
    const publicBefore = await (await h.anonymous()).targets.progress({ year: 2025 });
    expect(publicBefore.find((t) => t.targetId === 'T-G3-EPAYMENT')?.status).toBe('missing');
    await culture.targets.approve({ observationId: row.id, version: row.version });
    const after = await (await h.anonymous()).targets.progress({ year: 2025 });
    expect(after.find((t) => t.targetId === 'T-G3-EPAYMENT')).toMatchObject({ status: 'not_met', value: 50, unit: 'percent', label: { vi: expect.stringContaining('thanh toán'), en: expect.any(String) }, groupLabel: { vi: expect.any(String), en: expect.any(String) } });
    await expect(culture.targets.record({ targetId: 'T-G3-EPAYMENT', year: 2025, value: 55 })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('a sector office records its own sector’s share only', async () => {
    const health = await h.as('yte');
    await expect(health.targets.record({ targetId: 'T-G2-SECTOR-SHARE', year: 2025, sectorId: 'S-HEALTH', value: 11.5 })).resolves.toMatchObject({ version: 1 });
    await expect(health.targets.record({ targetId: 'T-G2-SECTOR-SHARE', year: 2025, sectorId: 'S-EDUCATION', value: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(health.targets.record({ targetId: 'T-G3-EPAYMENT', year: 2024, value: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
