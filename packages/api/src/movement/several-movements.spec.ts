// Two movements at once: the finished Ninh Sơn plan (2021–2025) stays readable while the sample commune movement of
// docs/examples (2026–2030) runs. A year or a review names its movement; a movement that would share one is refused.
import { readFileSync } from 'node:fs';
import { ninhSonDx2021_2025 as ninhSon } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { PASSWORD } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../docs/examples/phong-trao-xa-2026-2030.json', import.meta.url), 'utf8'),
) as { id: string; timeline: { deadlines: { due: { kind: string; fromYear?: number } }[] } };
const VILLAGE_2026 = [
  { key: 'C-XA-SANG-KIEN', number: 2, evidenceUrl: 'https://example.invalid/sang-kien.pdf' },
  { key: 'C-THON-TO-CNS', bool: true, evidenceUrl: 'https://example.invalid/to-cns.pdf' },
  { key: 'C-THON-DVC-TT', number: 72.5 },
  { key: 'C-THON-TTKDTM', number: 61 },
];

describe.each(await testProviders())('several movements at once on %s', (provider) => {
  const h = useHarness(provider);

  it('runs the 2026–2030 movement beside Ninh Sơn: each year and review goes to its own movement, and an overlapping one is refused', async () => {
    h.clock.now = new Date('2026-12-05T02:00:00Z');
    const admin = await h.as('quantri');

    const preview = await admin.admin.previewMovement({ definition: sample });
    expect(preview).toMatchObject({
      ok: true,
      overlap: null,
      besides: [{ id: ninhSon.id }],
      nextVersion: 1,
      comparison: { sameMovement: false },
    });

    // The same file moved one year earlier would share 2025 with Ninh Sơn: shown in the preview, refused on activation.
    const early = structuredClone(sample);
    for (const d of early.timeline.deadlines) if (d.due.kind === 'yearly') d.due.fromYear = 2025;
    const refused = await admin.admin.previewMovement({ definition: early });
    expect(refused.ok && refused.overlap?.vi).toContain('2025');
    await expect(
      admin.admin.activateMovement({ definition: early, note: 'Thử kích hoạt trùng năm' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    await admin.admin.activateMovement({ definition: sample, note: 'Phong trào của xã giai đoạn 2026–2030' });
    const versions = await admin.admin.movementVersions();
    expect(
      versions
        .filter((v) => v.active)
        .map((v) => v.movementId)
        .sort(),
    ).toEqual([ninhSon.id, sample.id].sort());

    const calendar = await (await h.anonymous()).movement.calendar();
    expect(calendar).toMatchObject({ movementId: sample.id, defaultYear: 2026 });
    expect(calendar.reportingYears).toEqual([2030, 2029, 2028, 2027, 2026, 2025, 2024, 2023, 2022]);
    expect(calendar.movements.map((m) => m.id)).toEqual([sample.id, ninhSon.id]);
    expect(calendar.reviews.map((r) => [r.id, r.movementId])).toEqual(
      expect.arrayContaining([
        ['R-NAM-2026', sample.id],
        ['R-FINAL', ninhSon.id],
      ]),
    );

    // A village of the new commune reports for 2026; Lâm Sơn's 2025 report still belongs to Ninh Sơn.
    await h.t.db.orgUnit.create({
      data: {
        id: 'U-THON-MOT',
        name: 'thôn Một',
        nameEn: 'Village One',
        kind: 'commune',
        participantKind: 'commune',
        validFrom: '2026-01-01',
      },
    });
    await h.t.db.user.create({
      data: {
        username: 'thon.mot',
        displayName: 'thôn Một',
        passwordHash: await hashPassword(PASSWORD),
        role: 'UNIT-EDITOR',
        unitId: 'U-THON-MOT',
      },
    });
    const village = await h.as('thon.mot');
    const draft = await village.reports.saveDraft({ unitId: 'U-THON-MOT', year: 2026, values: VILLAGE_2026 });
    await village.reports.submit({ reportId: draft.reportId, version: draft.version });
    const old = await (
      await h.as('xa.lamson')
    ).reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: [{ key: 'C-COMM-DOSSIERS', number: 60 }] });
    const rows = await h.t.db.report.findMany({
      where: { id: { in: [draft.reportId, old.reportId] } },
      select: { id: true, movementId: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.movementId]))).toEqual({
      [draft.reportId]: sample.id,
      [old.reportId]: ninhSon.id,
    });
    // A year of neither movement names both movements' years.
    await expect(village.reports.saveDraft({ unitId: 'U-THON-MOT', year: 2031, values: [] })).rejects.toThrow(
      /2026–2030.*2022–2025|2022–2025.*2026–2030/,
    );

    // Who is asked follows validity on each year's due date, whichever movement the year is in.
    const anonymous = await h.anonymous();
    const y2026 = await anonymous.reports.completeness({ year: 2026 });
    expect(y2026).toMatchObject({ deadlineId: 'D-XA-BAO-CAO-NAM', onTime: 1 });
    expect(y2026.rows.find((r) => r.unitId === 'U-THON-MOT')).toMatchObject({
      reportStatus: 'submitted',
      deadline: 'on_time',
    });
    const y2025 = await anonymous.reports.completeness({ year: 2025 });
    expect(y2025.deadlineId).not.toBe('D-XA-BAO-CAO-NAM');
    expect(y2025.rows.map((r) => r.unitId)).not.toContain('U-THON-MOT');

    // Quotas are the review's own movement's; the Ninh Sơn review keeps its counters.
    const chair = await h.as('chutich');
    expect(await chair.decisions.quotas({ reviewId: 'R-NAM-2026' })).toEqual([
      { awardClass: 'collective', max: 3, used: 0, remaining: 3 },
      { awardClass: 'individual', max: 5, used: 0, remaining: 5 },
    ]);
    expect((await chair.decisions.quotas({ reviewId: 'R-FINAL' }))[0]).toMatchObject({
      max: ninhSon.timeline.reviews.find((r) => r.id === 'R-FINAL')!.quotas.collective,
    });
    await expect(chair.decisions.quotas({ reviewId: 'R-KHONG-CO' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
