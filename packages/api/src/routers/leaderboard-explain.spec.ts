import { describe, expect, it } from 'vitest';
import { asStoredValues, COMMUNE_2025 } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';

describe.each(providers)('why a unit stands where it does, on %s', (provider) => {
  const h = useHarness(provider);

  it('lists every criterion of the unit with its verdict and reason, from approved data only', async () => {
    const anyone = await h.anonymous();
    const before = await anyone.leaderboard.explain({ year: 2025, kind: 'commune', unitId: 'U-LAM-SON' });
    expect(before.reported).toBe(false);
    expect(before.eligibility).not.toBe('eligible');
    expect(before.criteria.length).toBeGreaterThan(3);
    expect(
      before.criteria.every(
        (c) => c.criterionId.startsWith('C-') && c.label.vi.length > 0 && c.explanation.vi.length > 0,
      ),
    ).toBe(true);

    await h.t.db.registration.create({
      data: { movementId: MOVEMENT, unitId: 'U-LAM-SON', pledges: 'Hoàn thành 100% chỉ tiêu chuyển đổi số năm 2025' },
    });
    const report = await h.t.db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-LAM-SON',
        year: 2025,
        status: 'verified',
        values: { create: asStoredValues(COMMUNE_2025) },
      },
    });
    // A verified report is not yet approved: nothing changes in public.
    expect((await anyone.leaderboard.explain({ year: 2025, kind: 'commune', unitId: 'U-LAM-SON' })).reported).toBe(
      false,
    );
    await h.t.db.report.update({ where: { id: report.id }, data: { status: 'approved' } });
    const after = await anyone.leaderboard.explain({ year: 2025, kind: 'commune', unitId: 'U-LAM-SON' });
    expect(after).toMatchObject({ reported: true, eligibility: 'eligible' });
    expect(after.criteria.filter((c) => c.status === 'met').length).toBeGreaterThan(
      before.criteria.filter((c) => c.status === 'met').length,
    );
  });

  it('answers "not found" for a unit of another kind or none', async () => {
    const anyone = await h.anonymous();
    await expect(
      anyone.leaderboard.explain({ year: 2025, kind: 'enterprise', unitId: 'U-LAM-SON' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      anyone.leaderboard.explain({ year: 2025, kind: 'commune', unitId: 'U-NOWHERE' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
