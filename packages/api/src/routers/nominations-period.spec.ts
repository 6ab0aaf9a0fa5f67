// Proposals judged when they are judged: withdrawn and proposed again, eligible once a report is approved, over the
// review's years, with the dossier and the evidence the movement asks for.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { approveReports, DOSSIER, OFFICIAL_CRITERIA } from '../testing/award-fixtures.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const MOVEMENT = ninhSonDx2021_2025.id;
const providers = await testProviders();
const ACHIEVEMENTS = 'Dẫn đầu huyện về hồ sơ xử lý trực tuyến và thanh toán không dùng tiền mặt';

describe.each(providers)('proposals over the review period on %s', (provider) => {
  const h = useHarness(provider);

  it('withdraws with a reason while the review is open and proposes again, and the unit that did not propose cannot withdraw', async () => {
    const unit = await h.as('xa.myson');
    await h.t.db.registration.create({
      data: { movementId: MOVEMENT, unitId: 'U-MY-SON', pledges: 'Cam kết hoàn thành chỉ tiêu' },
    });
    const first = await unit.nominations.propose({
      awardClass: 'collective',
      reviewId: 'R-FINAL',
      unitId: 'U-MY-SON',
      achievements: ACHIEVEMENTS,
      dossier: DOSSIER,
    });
    const [row] = await unit.nominations.list({ reviewId: 'R-FINAL' });
    await expect(
      (await h.as('xa.lamson')).nominations.withdraw({
        nominationId: first.nominationId,
        version: row!.version,
        reason: 'Không phải của xã này',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      unit.nominations.propose({
        awardClass: 'collective',
        reviewId: 'R-FINAL',
        unitId: 'U-MY-SON',
        achievements: ACHIEVEMENTS,
        dossier: DOSSIER,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      unit.nominations.withdraw({ nominationId: first.nominationId, version: row!.version, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await unit.nominations.withdraw({
      nominationId: first.nominationId,
      version: row!.version,
      reason: 'Bổ sung biên bản bình xét',
    });
    expect((await unit.nominations.list({ reviewId: 'R-FINAL' }))[0]).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'Bổ sung biên bản bình xét',
    });
    const again = await unit.nominations.propose({
      awardClass: 'collective',
      reviewId: 'R-FINAL',
      unitId: 'U-MY-SON',
      achievements: `${ACHIEVEMENTS}, bổ sung`,
      dossier: DOSSIER,
    });
    expect(again.nominationId).toBe(first.nominationId);
    expect((await unit.nominations.list({ reviewId: 'R-FINAL' }))[0]).toMatchObject({
      status: 'proposed',
      withdrawnReason: null,
      achievements: `${ACHIEVEMENTS}, bổ sung`,
    });
    const actions = (
      await h.t.db.auditLog.findMany({
        where: { entityId: first.nominationId },
        orderBy: { seq: 'asc' },
        select: { action: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(['nomination.propose', 'nomination.withdraw', 'nomination.repropose']);
  });

  it('is not eligible while a year of the period lacks an approved report, naming it, and eligible at appraisal once it is approved', async () => {
    await h.t.db.registration.create({
      data: { movementId: MOVEMENT, unitId: 'U-LAM-SON', pledges: 'Cam kết hoàn thành chỉ tiêu' },
    });
    await approveReports(h.t.db, MOVEMENT, 'U-LAM-SON', [2022, 2023, 2024]);
    const unit = await h.as('xa.lamson');
    // October: the 2025 report is not approved yet.
    const proposed = await unit.nominations.propose({
      awardClass: 'collective',
      reviewId: 'R-FINAL',
      unitId: 'U-LAM-SON',
      achievements: ACHIEVEMENTS,
      dossier: DOSSIER,
    });
    expect(proposed).toMatchObject({
      eligible: false,
      eligibility: 'incomplete',
      explanation: { vi: 'Chưa có báo cáo được duyệt năm 2025' },
    });
    await approveReports(h.t.db, MOVEMENT, 'U-LAM-SON', [2025]);
    const homeAffairs = await h.as('noivu');
    const listed = (await homeAffairs.nominations.list({ reviewId: 'R-FINAL' })).find(
      (n) => n.id === proposed.nominationId,
    )!;
    expect(listed.standing).toMatchObject({
      eligible: true,
      years: [2022, 2023, 2024, 2025].map((year) => ({ year, eligibility: 'eligible' })),
    });
    await homeAffairs.nominations.openComments({
      reviewId: 'R-FINAL',
      until: new Date(h.clock.now.getTime() + 3_600_000).toISOString(),
    });
    h.clock.now = new Date(h.clock.now.getTime() + 2 * 3_600_000);
    const fresh = (await homeAffairs.nominations.list({ reviewId: 'R-FINAL' })).find(
      (n) => n.id === proposed.nominationId,
    )!;
    const appraised = await homeAffairs.council.appraise({
      nominationId: fresh.id,
      version: fresh.version,
      result: 'pass',
    });
    expect(appraised).toMatchObject({ eligible: true });
    expect(
      await h.t.db.nomination.findUniqueOrThrow({
        where: { id: proposed.nominationId },
        select: { eligibleSnapshot: true },
      }),
    ).toEqual({ eligibleSnapshot: true });
  });

  it('judges the interim review on 2022–2023: 2023 decides eligibility, the score averages both years, 2024 is not counted', async () => {
    const db = h.t.db;
    await db.orgUnit.create({
      data: {
        id: 'U-PERIOD',
        name: 'xã Kiểm Thử',
        nameEn: 'Test commune',
        kind: 'commune',
        participantKind: 'commune',
        validFrom: '2000-01-01',
      },
    });
    await db.registration.create({ data: { movementId: MOVEMENT, unitId: 'U-PERIOD', pledges: 'Cam kết' } });
    await approveReports(db, MOVEMENT, 'U-PERIOD', [2023]);
    // 2022 fails a required criterion; 2024 (outside the interim period) is empty.
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-PERIOD',
        year: 2022,
        status: 'approved',
        values: { create: [{ key: 'C-COL-LAUNCH', boolValue: false }] },
      },
    });
    await db.report.create({
      data: { movementId: MOVEMENT, unitId: 'U-PERIOD', year: 2024, status: 'approved', values: { create: [] } },
    });
    await db.nomination.create({
      data: {
        id: 'N-PERIOD',
        movementId: MOVEMENT,
        reviewId: 'R-INTERIM',
        awardClass: 'collective',
        unitId: 'U-PERIOD',
        proposedByUnitId: 'U-PERIOD',
        proposedBy: 'test',
        achievements: ACHIEVEMENTS,
      },
    });
    const n = (await (await h.as('noivu')).nominations.list({ reviewId: 'R-INTERIM' })).find(
      (x) => x.id === 'N-PERIOD',
    )!;
    expect(n.standing.years.map((y) => [y.year, y.eligibility])).toEqual([
      [2022, 'not_eligible'],
      [2023, 'eligible'],
    ]);
    expect(n.standing.eligible).toBe(true);
    const [y2022, y2023] = n.standing.years.map((y) => y.score!);
    expect(n.standing.score).toBeCloseTo((y2022! + y2023!) / 2, 2);
    expect(y2022).toBeLessThan(y2023!);
  });

  it('asks for the whole dossier, and evidence for a criterion the movement wants evidence of', async () => {
    const unit = await h.as('xa.lamson');
    const person = {
      awardClass: 'individual' as const,
      reviewId: 'R-FINAL',
      personId: 'P-NGUYEN-VAN-AN',
      achievements: ACHIEVEMENTS,
    };
    await expect(
      unit.nominations.propose({ ...person, criteria: OFFICIAL_CRITERIA, dossier: DOSSIER.slice(0, 2) }),
    ).rejects.toThrow(/Hồ sơ còn thiếu: Biên bản họp bình xét của đơn vị/);
    await expect(
      unit.nominations.propose({
        ...person,
        criteria: OFFICIAL_CRITERIA,
        dossier: [...DOSSIER, { documentId: 'HS-KHAC', file: DOSSIER[0]!.file, name: 'x.pdf' }],
      }),
    ).rejects.toThrow(/không có loại tài liệu HS-KHAC/);
    await expect(
      unit.nominations.propose({
        ...person,
        criteria: OFFICIAL_CRITERIA,
        dossier: [{ ...DOSSIER[0]!, file: 'https://evil.example/x.html' }, ...DOSSIER.slice(1)],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      unit.nominations.propose({
        ...person,
        criteria: [
          { criterionId: 'C-IND-ACTIVE', met: true },
          { criterionId: 'C-IND-POLICY', met: true },
        ],
        dossier: DOSSIER,
      }),
    ).rejects.toThrow(/C-IND-POLICY .* cần minh chứng/);
    await expect(
      unit.nominations.propose({
        ...person,
        criteria: [
          { criterionId: 'C-IND-ACTIVE', met: true },
          { criterionId: 'C-IND-INITIATIVE', met: true, initiativeId: 'SK-KHONG-CO' },
        ],
        dossier: DOSSIER,
      }),
    ).rejects.toThrow(/SK-KHONG-CO không phải sáng kiến đã được công nhận/);
    await h.t.db.initiative.create({
      data: {
        id: 'SK-AN',
        movementId: MOVEMENT,
        title: 'Số hóa hồ sơ địa chính',
        summary: 'Quét và gắn mã hồ sơ',
        authorId: 'P-NGUYEN-VAN-AN',
        unitId: 'U-LAM-SON',
        recognisedAt: new Date('2024-06-01'),
        recognisedBy: 'test',
      },
    });
    const ok = await unit.nominations.propose({
      ...person,
      criteria: [
        { criterionId: 'C-IND-ACTIVE', met: true },
        { criterionId: 'C-IND-INITIATIVE', met: true, initiativeId: 'SK-AN' },
      ],
      dossier: DOSSIER,
    });
    expect(ok).toMatchObject({ eligible: true });
    const [listed] = (await unit.nominations.list({ reviewId: 'R-FINAL' })).filter((n) => n.id === ok.nominationId);
    expect(listed!.criteria).toEqual([
      { criterionId: 'C-IND-ACTIVE', met: true },
      { criterionId: 'C-IND-INITIATIVE', met: true, initiativeId: 'SK-AN' },
    ]);
    expect(listed!.dossier.map((d) => d.documentId)).toEqual([
      'HS-TO-TRINH',
      'HS-BAO-CAO-THANH-TICH',
      'HS-BIEN-BAN-BINH-XET',
    ]);
  });
});
