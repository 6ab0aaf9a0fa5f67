import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('registration and the unit plan on %s', (provider) => {
  const h = useHarness(provider);

  it('registering makes C-COL-REGISTERED met on the leaderboard', async () => {
    const editor = await h.as('xa.myson');
    await editor.registrations.register({
      unitId: 'U-MY-SON',
      pledges: 'Đăng ký hoàn thành 100% hồ sơ xử lý trên môi trường mạng',
    });
    const again = editor.registrations.register({
      unitId: 'U-MY-SON',
      pledges: 'Sửa lại nội dung đăng ký mà không gửi phiên bản',
    });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
    const reg = await editor.registrations.get({ unitId: 'U-MY-SON' });
    expect(reg?.pledges).toContain('100%');
    const { rows: board } = await (await h.anonymous()).leaderboard.get({ year: 2025, kind: 'commune' });
    expect(board.find((r) => r.unitId === 'U-MY-SON')?.counts).toMatchObject({ met: 1, notMet: 0 });
    expect(board.find((r) => r.unitId === 'U-LAM-SON')?.counts).toMatchObject({ met: 0, notMet: 1 });
  });

  it('no registration once the movement has ended', async () => {
    const saved = h.clock.now;
    h.clock.now = new Date('2026-01-05T03:00:00Z');
    try {
      const editor = await h.as('xa.lamson');
      await expect(
        editor.registrations.register({ unitId: 'U-LAM-SON', pledges: 'Đăng ký muộn sau khi phong trào đã kết thúc' }),
      ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    } finally {
      h.clock.now = saved;
    }
  });

  it('a plan sent on 19/9/2022 at 23:59 (UTC+7) is on time; one sent on 20/9 is late', async () => {
    h.clock.now = new Date('2022-09-19T16:59:00Z');
    const mySon = await h.as('xa.myson');
    const onTime = await mySon.plans.submit({
      unitId: 'U-MY-SON',
      title: 'Kế hoạch phát động phong trào',
      documentNumber: '45/KH-UBND',
      evidenceUrl: 'https://example.invalid/45.pdf',
    });
    expect(onTime.status).toBe('on_time');
    h.clock.now = new Date('2022-09-19T17:00:00Z');
    const lamSon = await h.as('xa.lamson');
    const late = await lamSon.plans.submit({
      unitId: 'U-LAM-SON',
      title: 'Kế hoạch phát động phong trào',
      documentNumber: '46/KH-UBND',
      evidenceUrl: 'https://example.invalid/46.pdf',
    });
    expect(late.status).toBe('late');
    expect(late.explanation.vi).toContain('hạn cuối hết ngày 19/09/2022');
    const { plan, deadline } = await lamSon.plans.get({ unitId: 'U-LAM-SON' });
    expect(plan?.documentNumber).toBe('46/KH-UBND');
    expect(deadline.status).toBe('late');
  });

  it('an enterprise does not send a plan', async () => {
    await h.t.db.orgUnit.create({
      data: {
        id: 'DN-X',
        name: 'Công ty X',
        nameEn: 'X Co.',
        kind: 'enterprise',
        participantKind: 'enterprise',
        validFrom: '2000-01-01',
      },
    });
    await h.t.db.user.update({ where: { username: 'phong.yte' }, data: { unitId: 'DN-X' } });
    const ent = await h.as('phong.yte');
    await expect(
      ent.plans.submit({
        unitId: 'DN-X',
        title: 'Kế hoạch',
        documentNumber: '1/KH',
        evidenceUrl: 'https://example.invalid/1.pdf',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
  it('a plan received on paper counts from the day received: on the last day on time, the day after late; recorded once, audited', async () => {
    const saved = h.clock.now;
    h.clock.now = new Date('2022-10-03T03:00:00Z');
    try {
      await h.t.db.unitPlan.deleteMany({ where: { unitId: { in: ['PHONG-NOI-VU', 'PHONG-GD-DT'] } } });
      const culture = await h.as('vhtt');
      const paper = {
        title: 'Kế hoạch phát động phong trào thi đua',
        reference: '07/KH-PNV',
        scanUrl: `/api/evidence/${'b'.repeat(40)}.pdf`,
      };
      expect(
        await culture.plans.recordPaper({ unitId: 'PHONG-NOI-VU', receivedOn: '2022-09-19', ...paper }),
      ).toMatchObject({ status: 'on_time' });
      expect(
        await culture.plans.recordPaper({ unitId: 'PHONG-GD-DT', receivedOn: '2022-09-20', ...paper }),
      ).toMatchObject({ status: 'late' });
      const rows = (await (await h.anonymous()).plans.completeness()).rows;
      expect(
        rows
          .filter((r) => r.unitId === 'PHONG-NOI-VU' || r.unitId === 'PHONG-GD-DT')
          .map((r) => [r.unitId, r.deadline])
          .sort(),
      ).toEqual([
        ['PHONG-GD-DT', 'late'],
        ['PHONG-NOI-VU', 'on_time'],
      ]);
      const stored = await h.t.db.unitPlan.findFirstOrThrow({
        where: { unitId: 'PHONG-NOI-VU' },
        select: { id: true, documentNumber: true, paperReceivedOn: true, paperScanUrl: true },
      });
      expect(stored).toMatchObject({
        documentNumber: '07/KH-PNV',
        paperReceivedOn: '2022-09-19',
        paperScanUrl: paper.scanUrl,
      });
      expect(await h.t.db.auditLog.count({ where: { action: 'plan.recordPaper', entityId: stored.id } })).toBe(1);
      // Once there is a plan, paper is not recorded over it; a day not yet come, or before the movement began, is refused.
      await expect(
        culture.plans.recordPaper({ unitId: 'PHONG-NOI-VU', receivedOn: '2022-09-25', ...paper }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await h.t.db.unitPlan.deleteMany({ where: { unitId: 'PHONG-NOI-VU' } });
      await expect(
        culture.plans.recordPaper({ unitId: 'PHONG-NOI-VU', receivedOn: '2022-10-04', ...paper }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('không được sau hôm nay (03/10/2022)'),
      });
      await expect(
        culture.plans.recordPaper({ unitId: 'PHONG-NOI-VU', receivedOn: '2020-12-31', ...paper }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('ngày bắt đầu phong trào') });
      await expect(
        (await h.as('xa.myson')).plans.recordPaper({ unitId: 'U-MY-SON', receivedOn: '2022-09-19', ...paper }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      h.clock.now = saved;
    }
  });

  it('counts the plans sent on time, late and not at all, per office and commune that existed on the due date', async () => {
    // Two offices start without a plan, whatever the fixture or earlier tests sent.
    await h.t.db.unitPlan.deleteMany({ where: { unitId: { in: ['PHONG-NOI-VU', 'PHONG-GD-DT'] } } });
    const before = await (await h.anonymous()).plans.completeness();
    expect(before.lastOnTime).toBe('2022-09-19T23:59:59+07:00');
    const [first, second] = before.rows.filter((r) => r.unitId === 'PHONG-NOI-VU' || r.unitId === 'PHONG-GD-DT');
    if (!first || !second) throw new Error('the fixture has no PHONG-NOI-VU or PHONG-GD-DT');
    expect([first.deadline, second.deadline]).toEqual(['missing', 'missing']);
    const plan = (unitId: string, submittedAt: string) =>
      h.t.db.unitPlan.create({
        data: {
          movementId: 'ninh-son-dx-2021-2025',
          unitId,
          title: 'Kế hoạch phát động phong trào',
          documentNumber: '15/KH-UBND',
          evidenceUrl: 'https://example.invalid/kh.pdf',
          submittedAt: new Date(submittedAt),
        },
      });
    await plan(first.unitId, '2022-09-19T16:59:59Z');
    await plan(second.unitId, '2022-09-19T17:00:00Z');
    const after = await (await h.anonymous()).plans.completeness();
    expect(after.rows.find((r) => r.unitId === first.unitId)?.deadline).toBe('on_time');
    expect(after.rows.find((r) => r.unitId === second.unitId)?.deadline).toBe('late');
    expect(after.onTime).toBe(before.onTime + 1);
    expect(after.late).toBe(before.late + 1);
    expect(after.missing).toBe(before.missing - 2);
  });
});
