// Issue 6, notifications: workflow events reach the people who must act, reminders go out once per person, and each
// user sees and clears only their own messages.
import { describe, expect, it } from 'vitest';
import { sendDueReminders } from './deadline-reminders.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { COMMUNE_2025 } from '../testing/api-harness.js';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';
const REASON = 'Thiếu minh chứng cho chỉ tiêu hồ sơ trực tuyến, đề nghị bổ sung';

describe.each(providers)('workflow notifications on %s', (provider) => {
  const h = useHarness(provider);

  it('a returned report tells its unit’s editors why, and nobody else', async () => {
    const editor = await h.as('xa.lamson');
    const draft = await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: COMMUNE_2025 });
    await editor.reports.submit({ reportId: draft.reportId, version: draft.version });
    const culture = await h.as('vhtt');
    await expect(
      culture.reports.returnToUnit({ reportId: draft.reportId, version: draft.version, reason: REASON }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await editor.notifications.mine()).items).toEqual([]); // the refused change sent nothing
    await culture.reports.returnToUnit({ reportId: draft.reportId, version: draft.version + 1, reason: REASON });

    const mine = await editor.notifications.mine();
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'report.returned',
        title: 'Báo cáo năm 2025 bị trả lại để sửa',
        body: `vhtt trả lại báo cáo. Lý do: ${REASON}`,
        titleEn: 'The 2025 report was returned for correction',
        bodyEn: `vhtt returned the report. Reason: ${REASON}`,
        link: '/unit',
        readAt: null,
      }),
    ]);
    expect((await (await h.as('xa.myson')).notifications.mine()).items).toEqual([]);
    expect((await culture.notifications.mine()).items).toEqual([]);
  });

  it('nobody can read or clear someone else’s notifications', async () => {
    const editor = await h.as('xa.lamson');
    const [own] = (await editor.notifications.mine()).items;
    const other = await h.as('xa.myson');
    expect(await other.notifications.markRead({ ids: [own!.id] })).toEqual({ marked: 0, unread: 0 });
    expect((await editor.notifications.mine()).unread).toBe(1);
    expect(await editor.notifications.markRead({ ids: [own!.id] })).toEqual({ marked: 1, unread: 0 });
    expect((await editor.notifications.mine({ unreadOnly: true })).items).toEqual([]);
    await expect((await h.anonymous()).notifications.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('a sector report sent back reaches that sector’s editors', async () => {
    const editor = await h.as('yte');
    const draft = await editor.sectors.save({
      sectorId: 'S-HEALTH',
      year: 2023,
      values: [{ unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-EMR', number: 45 }],
    });
    await editor.sectors.submit({ reportId: draft.reportId, version: draft.version });
    await (
      await h.as('vhtt')
    ).sectors.returnToSector({ reportId: draft.reportId, version: draft.version + 1, reason: REASON });
    expect((await editor.notifications.mine()).items[0]).toMatchObject({
      kind: 'sector_report.returned',
      link: '/sector/S-HEALTH',
      body: expect.stringContaining(REASON),
    });
    expect((await (await h.as('giaoduc')).notifications.mine()).items).toEqual([]);
  });

  it('an award decision tells the proposing unit, with the decision’s number', async () => {
    await h.t.db.nomination.create({
      data: {
        id: 'N-NOTIFY',
        movementId: NINH_SON,
        reviewId: 'R-FINAL',
        awardClass: 'collective',
        unitId: 'U-MY-SON',
        proposedByUnitId: 'U-MY-SON',
        proposedBy: 'test',
        achievements: 'x'.repeat(30),
        status: 'voted',
        eligibleSnapshot: true,
        scoreSnapshot: 90,
      },
    });
    await (
      await h.as('chutich')
    ).decisions.create({
      reviewId: 'R-FINAL',
      number: '3001/QĐ-UBND',
      date: '2025-11-20',
      signer: 'Đặng Quốc Bảo',
      nominationIds: ['N-NOTIFY'],
    });
    const [n] = (await (await h.as('xa.myson')).notifications.mine()).items;
    expect(n).toMatchObject({
      kind: 'nomination.decided',
      title: 'Đề nghị khen thưởng R-FINAL: xã Mỹ Sơn được khen thưởng',
    });
    expect(n!.body).toContain('Quyết định số 3001/QĐ-UBND ngày 20/11/2025, người ký: Đặng Quốc Bảo.');
  });

  it('a nomination failed in appraisal tells the proposing unit the reason', async () => {
    await h.t.db.nomination.create({
      data: {
        id: 'N-APPRAISE',
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        awardClass: 'collective',
        unitId: 'U-MY-SON',
        proposedByUnitId: 'U-MY-SON',
        proposedBy: 'test',
        achievements: 'x'.repeat(30),
        status: 'in_comment',
        commentsUntil: new Date(h.clock.now.getTime() - 60_000),
      },
    });
    await (
      await h.as('noivu')
    ).council.appraise({
      nominationId: 'N-APPRAISE',
      version: 1,
      result: 'fail',
      note: 'Chưa có minh chứng về thanh toán không dùng tiền mặt',
    });
    const items = (await (await h.as('xa.myson')).notifications.mine()).items;
    expect(items).toContainEqual(
      expect.objectContaining({
        title: 'Đề nghị khen thưởng R-INTERIM: xã Mỹ Sơn không đạt khi thẩm định',
        body: expect.stringContaining('Lý do: Chưa có minh chứng về thanh toán không dùng tiền mặt'),
      }),
    );
  });
});

describe.each(providers)('deadline reminders on %s', (provider) => {
  const h = useHarness(provider);
  const titles = async (username: string) =>
    (await (await h.as(username)).notifications.mine()).items.map((i) => i.title);
  /** A user's notifications as read at a given moment (the harness clock is put back after). */
  const readAt = async (iso: string, username: string) => {
    const was = h.clock.now;
    h.clock.now = new Date(iso);
    try {
      return (await (await h.as(username)).notifications.mine()).items;
    } finally {
      h.clock.now = was;
    }
  };

  it('7 days before D-ANNUAL-REPORT, reminds only the units that have not submitted, once', async () => {
    await h.t.db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-LAM-SON',
        year: 2025,
        status: 'submitted',
        submittedAt: new Date('2025-12-01T03:00:00Z'),
      },
    });
    const written = await sendDueReminders(h.t.db, new Date('2025-12-08T00:00:00+07:00'));
    expect(written).toBe(2); // xa.myson and phong.yte; xa.lamson has submitted
    const title = 'Nhắc hạn D-ANNUAL-REPORT: Báo cáo tình hình thực hiện phong trào hằng năm (năm 2025)';
    expect(await titles('xa.myson')).toEqual([title]);
    expect(await titles('phong.yte')).toEqual([title]);
    expect(await titles('xa.lamson')).toEqual([]);
    expect((await readAt('2025-12-08T00:00:00+07:00', 'xa.myson'))[0]).toMatchObject({
      body: 'Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).',
      bodyEn: 'Last day: 14/12/2025 (7 day(s) left).',
      link: '/unit',
    });
    // The job runs every few minutes: the same reminder is not sent twice.
    expect(await sendDueReminders(h.t.db, new Date('2025-12-08T00:10:00+07:00'))).toBe(0);
    const again = await Promise.all(
      [1, 2, 3].map(() => sendDueReminders(h.t.db, new Date('2025-12-09T00:00:00+07:00'))),
    );
    expect(again).toEqual([0, 0, 0]);
  });

  it('on the last day sends the 1-day reminder, and nothing once the deadline has passed', async () => {
    expect(await sendDueReminders(h.t.db, new Date('2025-12-14T07:00:00+07:00'))).toBe(2);
    expect((await readAt('2025-12-14T07:00:00+07:00', 'xa.myson'))[0]!.body).toBe(
      'Hạn cuối: hết ngày 14/12/2025 (hôm nay là ngày cuối).',
    );
    expect(await sendDueReminders(h.t.db, new Date('2025-12-15T00:00:00+07:00'))).toBe(0);
    // Read a year later, the same reminder says the deadline has passed; the stored text is kept as it was sent.
    expect((await readAt('2026-12-14T08:00:00+07:00', 'xa.myson'))[0]).toMatchObject({
      title: expect.stringMatching(/^Đã hết hạn D-ANNUAL-REPORT/),
      body: 'Hạn cuối là hết ngày 14/12/2025; hạn này đã qua.',
      bodyEn: 'The last day was 14/12/2025; this deadline has passed.',
    });
    expect(
      (await h.t.db.notification.findFirst({ where: { kind: 'reminder', body: { contains: 'hôm nay là ngày cuối' } } }))
        ?.milestone,
    ).toContain('"refId":"D-ANNUAL-REPORT"');
  });

  it('reminds the district offices a week before the final review ends, once even when servers race', async () => {
    const sent = await Promise.all(
      [1, 2, 3].map(() => sendDueReminders(h.t.db, new Date('2025-12-25T08:00:00+07:00'))),
    );
    expect(sent.reduce((a, b) => a + b, 0)).toBe(7); // Culture's officer and head, Home Affairs, three council members, the Chairman
    const title = 'Sắp kết thúc R-FINAL: Tổng kết phong trào (Quý IV/2025)';
    for (const u of ['vhtt', 'noivu', 'hoidong1', 'chutich']) expect(await titles(u)).toContain(title);
    for (const u of ['lanhdao', 'xa.myson', 'truyenthanh']) expect(await titles(u)).not.toContain(title);
  });
});
