import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { inputErrorMessage } from '../inputs/input-error.js';
import { COMMUNE_2025, createHarness } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('yearly report workflow on %s', (provider) => {
  const h = useHarness(provider);

  it('a commune enters, submits; one Culture officer verifies, another approves; approval locks the data', async () => {
    const editor = await h.as('xa.lamson');
    const culture = await h.as('vhtt');
    const draft = await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: COMMUNE_2025 });
    const submitted = await editor.reports.submit({ reportId: draft.reportId, version: draft.version });
    const verified = await culture.reports.verify({ reportId: draft.reportId, version: submitted.version });
    // Separation of duties: the verifier may not approve (the movement does not allow it); the report stays verified.
    await expect(
      culture.reports.approve({ reportId: draft.reportId, version: verified.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('một cán bộ khác của phòng duyệt') });
    expect((await editor.reports.get({ unitId: 'U-LAM-SON', year: 2025 })).report).toMatchObject({
      status: 'verified',
      version: verified.version,
    });
    const approved = await (
      await h.as('vhtt.truongphong')
    ).reports.approve({ reportId: draft.reportId, version: verified.version });
    expect(approved.status).toBe('approved');
    await expect(
      editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, version: approved.version, values: [] }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const { report, deadline } = await editor.reports.get({ unitId: 'U-LAM-SON', year: 2025 });
    expect(report?.values).toHaveLength(7);
    expect(deadline.status).toBe('on_time');
  });

  it('a report returned for correction keeps its first submission time: resent after the deadline, it is still on time', async () => {
    // A harness of its own: the shared one's report for this unit was approved above.
    const r = await createHarness(provider);
    try {
      const editor = await r.as('xa.lamson');
      const draft = await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: COMMUNE_2025 });
      const submitted = await editor.reports.submit({ reportId: draft.reportId, version: draft.version });
      const firstAt = r.clock.now.toISOString();
      const returned = await (
        await r.as('vhtt')
      ).reports.returnToUnit({
        reportId: draft.reportId,
        version: submitted.version,
        reason: 'Thiếu minh chứng cho tiêu chí C-COMM-DOSSIERS',
      });
      expect((await editor.reports.get({ unitId: 'U-LAM-SON', year: 2025 })).deadline.status).toBe('on_time');
      // The correction goes in after 15/12/2025.
      r.clock.now = new Date('2025-12-20T03:00:00Z');
      const resent = await (
        await r.as('xa.lamson')
      ).reports.submit({ reportId: draft.reportId, version: returned.version });
      expect(resent.status).toBe('submitted');
      const { report, deadline } = await (await r.as('xa.lamson')).reports.get({ unitId: 'U-LAM-SON', year: 2025 });
      expect([report?.submittedAt?.toISOString(), deadline.status]).toEqual([firstAt, 'on_time']);
      const history = await r.t.db.reportStatusChange.findMany({
        where: { reportId: draft.reportId, to: 'submitted' },
        orderBy: { at: 'asc' },
        select: { at: true },
      });
      expect(history.map((c) => c.at.toISOString())).toEqual([firstAt, '2025-12-20T03:00:00.000Z']);
    } finally {
      await r.destroy();
    }
  });

  it('completeness shows who reported on time, late or not at all', async () => {
    const c = await (await h.anonymous()).reports.completeness({ year: 2025 });
    expect(c.dueAt).toBe('2025-12-15T00:00:00+07:00');
    expect(c.rows.find((r) => r.unitId === 'U-LAM-SON')).toMatchObject({
      reportStatus: 'approved',
      deadline: 'on_time',
    });
    expect(c.rows.find((r) => r.unitId === 'U-MY-SON')).toMatchObject({
      reportStatus: 'none',
      deadline: 'missing',
      overdue: false,
    });
    expect(c.onTime + c.late + c.missing).toBe(c.rows.length);
  });

  it('the leaderboard counts approved data only', async () => {
    const { rows: board } = await (await h.anonymous()).leaderboard.get({ year: 2025, kind: 'commune' });
    expect(board.map((r) => [r.unitId, r.reported])).toEqual([
      ['U-LAM-SON', true],
      ['U-MY-SON', false],
    ]);
    // Lâm Sơn never registered: "no registration, no award" (C-COL-REGISTERED).
    expect(board[0]).toMatchObject({ position: 1, eligibility: 'not_eligible' });
  });

  it('un-approval needs a reason and is kept in the history', async () => {
    const culture = await h.as('vhtt');
    const { report } = await culture.reports.get({ unitId: 'U-LAM-SON', year: 2025 });
    await expect(
      culture.reports.unapprove({ reportId: report!.id, version: report!.version, reason: 'sai' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const back = await culture.reports.unapprove({
      reportId: report!.id,
      version: report!.version,
      reason: 'Số liệu C-COMM-DOSSIERS cần đối chiếu lại',
    });
    expect(back.status).toBe('verified');
    const history = await h.t.db.reportStatusChange.findMany({
      where: { reportId: report!.id },
      orderBy: { at: 'asc' },
      select: { to: true, reason: true },
    });
    expect(history.at(-1)).toEqual({ to: 'verified', reason: 'Số liệu C-COMM-DOSSIERS cần đối chiếu lại' });
  });

  it('a commune editor cannot read or change another commune’s draft, nor approve its own', async () => {
    const mySon = await h.as('xa.myson');
    const draft = await mySon.reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: COMMUNE_2025 });
    const lamSon = await h.as('xa.lamson');
    await expect(lamSon.reports.get({ unitId: 'U-MY-SON', year: 2025 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      lamSon.reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, version: draft.version, values: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(lamSon.reports.submit({ reportId: draft.reportId, version: draft.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const submitted = await mySon.reports.submit({ reportId: draft.reportId, version: draft.version });
    await expect(mySon.reports.approve({ reportId: draft.reportId, version: submitted.version })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
  });

  it('a report with a blank figure or a claim without its required evidence is not sent, and the refusal names each gap', async () => {
    const r = await createHarness(provider);
    try {
      const editor = await r.as('xa.myson');
      const partial = COMMUNE_2025.filter((v) => v.key !== 'C-COMM-DTI' && v.key !== 'C-COMM-EDOCS').map((v) =>
        v.key === 'C-COL-INITIATIVE' ? { key: v.key, number: 1 } : v,
      );
      const draft = await editor.reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: partial });
      const gaps = (await editor.reports.standing({ unitId: 'U-MY-SON', year: 2025 })).gaps;
      expect(gaps.map((g) => [g.criterionId, g.missing])).toEqual([
        ['C-COL-INITIATIVE', 'evidence'],
        ['C-COMM-EDOCS', 'value'],
        ['C-COMM-DTI', 'value'],
      ]);
      const refused = editor.reports.submit({ reportId: draft.reportId, version: draft.version });
      await expect(refused).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: expect.stringContaining('Báo cáo còn thiếu 3 mục'),
      });
      await expect(refused).rejects.toThrow(
        /C-COL-INITIATIVE \(.+\): chưa có minh chứng \(bắt buộc\); C-COMM-EDOCS \(.+\): chưa có số liệu; C-COMM-DTI/,
      );
      expect((await editor.reports.get({ unitId: 'U-MY-SON', year: 2025 })).report).toMatchObject({
        status: 'draft',
        submittedAt: null,
      });
      // Filled in, it goes.
      const complete = await editor.reports.saveDraft({
        unitId: 'U-MY-SON',
        year: 2025,
        version: draft.version,
        values: COMMUNE_2025,
      });
      expect((await editor.reports.standing({ unitId: 'U-MY-SON', year: 2025 })).gaps).toEqual([]);
      await expect(
        editor.reports.submit({ reportId: draft.reportId, version: complete.version }),
      ).resolves.toMatchObject({ status: 'submitted' });
    } finally {
      await r.destroy();
    }
  });

  it('the review queue says what waits for each officer: a sent report for whoever verifies, a verified one for another approver, and what was returned', async () => {
    const r = await createHarness(provider);
    try {
      const editor = await r.as('xa.myson');
      const verifier = await r.as('vhtt');
      const head = await r.as('vhtt.truongphong');
      const row = async (who: typeof verifier) =>
        (await who.reports.queue({ year: 2025 })).find((x) => x.unitId === 'U-MY-SON');
      expect(await row(verifier)).toMatchObject({
        reportStatus: 'none',
        waitingForMe: false,
        returned: false,
        deadline: 'missing',
      });
      const d = await editor.reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: COMMUNE_2025 });
      const sent = await editor.reports.submit({ reportId: d.reportId, version: d.version });
      expect([(await row(verifier))?.waitingForMe, (await row(head))?.waitingForMe]).toEqual([true, true]);
      const verified = await verifier.reports.verify({ reportId: d.reportId, version: sent.version });
      // The verifier may not approve what they verified: it waits for the head only.
      expect([(await row(verifier))?.waitingForMe, (await row(head))?.waitingForMe]).toEqual([false, true]);
      await head.reports.returnToUnit({
        reportId: d.reportId,
        version: verified.version,
        reason: 'Cần bổ sung minh chứng sáng kiến',
      });
      expect(await row(head)).toMatchObject({ reportStatus: 'draft', returned: true, waitingForMe: false });
      await expect(editor.reports.queue({ year: 2025 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      // A reason longer than the limit is named as the screen names it, with the limit.
      const long = await head.reports
        .unapprove({ reportId: d.reportId, version: verified.version + 1, reason: 'x'.repeat(1001) })
        .catch((e: { code: string; cause: ZodError }) => e);
      expect(long).toMatchObject({ code: 'BAD_REQUEST' });
      expect(inputErrorMessage((long as { cause: ZodError }).cause)).toContain('Lý do (reason): tối đa 1.000 ký tự');
    } finally {
      await r.destroy();
    }
  });

  it('a report received on paper counts as sent on the day it was received: on the last on-time day it is on time, the day after it is late', async () => {
    const r = await createHarness(provider);
    try {
      const culture = await r.as('vhtt');
      r.clock.now = new Date('2025-12-20T03:00:00Z');
      const scanUrl = `/api/evidence/${'b'.repeat(40)}.pdf`;
      // The figures come from the paper (here typed as drafts, without per-criterion evidence: the paper is the evidence).
      const figures = COMMUNE_2025.map(({ key, bool, number }) => ({ key, bool, number }));
      const mySon = await (
        await r.as('xa.myson')
      ).reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: figures.filter((f) => f.key !== 'C-COMM-DTI') });
      // A blank figure stops it, named.
      await expect(
        culture.reports.recordPaper({
          reportId: mySon.reportId,
          version: mySon.version,
          receivedOn: '2025-12-14',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toThrow(/C-COMM-DTI .*chưa có số liệu/);
      const full = await (
        await r.as('xa.myson')
      ).reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, version: mySon.version, values: figures });
      // Not a day that exists, nor one after today.
      await expect(
        culture.reports.recordPaper({
          reportId: mySon.reportId,
          version: full.version,
          receivedOn: '2025-02-30',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toThrow(/không có thật/);
      await expect(
        culture.reports.recordPaper({
          reportId: mySon.reportId,
          version: full.version,
          receivedOn: '2025-12-21',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toThrow(/không được sau hôm nay \(20\/12\/2025\)/);
      // Nor before the year it reports on: an old date would make any report on time.
      await expect(
        culture.reports.recordPaper({
          reportId: mySon.reportId,
          version: full.version,
          receivedOn: '2024-12-31',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toThrow(/không được trước ngày 01\/01\/2025/);
      const recorded = await culture.reports.recordPaper({
        reportId: mySon.reportId,
        version: full.version,
        receivedOn: '2025-12-14',
        reference: '88/BC-UBND',
        scanUrl,
      });
      expect(recorded).toMatchObject({ status: 'submitted', submittedAt: '2025-12-13T17:00:00.000Z' });
      const got = await culture.reports.get({ unitId: 'U-MY-SON', year: 2025 });
      expect(got.report).toMatchObject({
        paperReceivedOn: '2025-12-14',
        paperReference: '88/BC-UBND',
        paperScanUrl: scanUrl,
      });
      expect(got.deadline.status).toBe('on_time');
      // Received one day later: late.
      const lamSon = await (
        await r.as('xa.lamson')
      ).reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: figures });
      await culture.reports.recordPaper({
        reportId: lamSon.reportId,
        version: lamSon.version,
        receivedOn: '2025-12-15',
        reference: '12/BC-UBND',
        scanUrl,
      });
      expect((await culture.reports.get({ unitId: 'U-LAM-SON', year: 2025 })).deadline.status).toBe('late');
      // Audited, with what was recorded; only a report not yet sent takes paper.
      const audit = await r.t.db.auditLog.findFirst({
        where: { action: 'report.recordPaper', entityId: mySon.reportId },
      });
      expect(JSON.parse(audit!.data ?? '{}')).toMatchObject({ receivedOn: '2025-12-14', reference: '88/BC-UBND' });
      await expect(
        culture.reports.recordPaper({
          reportId: mySon.reportId,
          version: recorded.version,
          receivedOn: '2025-12-14',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
      await expect(
        (await r.as('xa.myson')).reports.recordPaper({
          reportId: mySon.reportId,
          version: recorded.version,
          receivedOn: '2025-12-14',
          reference: '88/BC-UBND',
          scanUrl,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await r.destroy();
    }
  });

  it('a unit sees its own score and rank "tạm tính" from its saved figures until they are approved', async () => {
    const r = await createHarness(provider);
    try {
      const lamSon = await r.as('xa.lamson');
      const mySon = await r.as('xa.myson');
      expect(await mySon.reports.standing({ unitId: 'U-MY-SON', year: 2025 })).toMatchObject({
        status: 'none',
        approved: false,
        rank: null,
      });
      // Lâm Sơn is approved with the full figures; Mỹ Sơn saves weaker ones.
      const d = await lamSon.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: COMMUNE_2025 });
      const s = await lamSon.reports.submit({ reportId: d.reportId, version: d.version });
      const v = await (await r.as('vhtt')).reports.verify({ reportId: d.reportId, version: s.version });
      await (await r.as('vhtt.truongphong')).reports.approve({ reportId: d.reportId, version: v.version });
      await mySon.reports.saveDraft({
        unitId: 'U-MY-SON',
        year: 2025,
        values: COMMUNE_2025.map((x) => (x.key === 'C-COMM-DTI' ? { key: x.key, number: 40 } : x)),
      });
      const mine = await mySon.reports.standing({ unitId: 'U-MY-SON', year: 2025 });
      expect(mine).toMatchObject({ status: 'draft', approved: false, rank: 2, rankedOf: 2 });
      expect(mine.score).toBeGreaterThan(0);
      expect(mine.criteria.find((c) => c.criterionId === 'C-COMM-DTI')).toMatchObject({
        status: 'not_met',
        value: 40,
        threshold: { op: 'gte', value: 80 },
      });
      // The same evaluation as the unit's yearly PDF, which says it is provisional.
      const { model } = await mySon.documents.unitYearReport({ unitId: 'U-MY-SON', year: 2025 });
      expect(model.standing.join(' ')).toContain('Tạm xếp thứ 2/2');
      // The public board still ranks approved reports only: Mỹ Sơn waits, unranked.
      const { rows } = await (await r.anonymous()).leaderboard.get({ year: 2025, kind: 'commune' });
      expect(rows.find((x) => x.unitId === 'U-MY-SON')).toMatchObject({ rank: null, score: null });
      await expect(
        (await r.as('xa.lamson')).reports.standing({ unitId: 'U-MY-SON', year: 2025 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await r.destroy();
    }
  });

  it('a sector editor reads its own sector’s units only', async () => {
    const health = await h.as('yte');
    await expect(health.reports.get({ unitId: 'PHONG-Y-TE', year: 2025 })).resolves.toMatchObject({ report: null });
    await expect(health.reports.get({ unitId: 'PHONG-GD-DT', year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('two editors on one version: the second gets CONFLICT and nothing of the first is lost', async () => {
    const a = await h.as('phong.yte');
    const b = await h.as('phong.yte');
    const created = await a.reports.saveDraft({
      unitId: 'PHONG-Y-TE',
      year: 2024,
      values: [{ key: 'C-DEPT-DOSSIERS', number: 80 }],
    });
    const first = await a.reports.saveDraft({
      unitId: 'PHONG-Y-TE',
      year: 2024,
      version: created.version,
      values: [{ key: 'C-DEPT-DOSSIERS', number: 86 }],
    });
    const stale = b.reports.saveDraft({
      unitId: 'PHONG-Y-TE',
      year: 2024,
      version: created.version,
      values: [{ key: 'C-DEPT-DOSSIERS', number: 90 }],
    });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('người khác thay đổi'),
    });
    const value = await h.t.db.reportValue.findFirstOrThrow({
      where: { reportId: created.reportId },
      select: { numberValue: true },
    });
    expect(value.numberValue).toBe(86);
    expect(first.version).toBe(created.version + 1);
  });

  it('refuses values that are not criteria of the unit or out of range, and stores nothing', async () => {
    const editor = await h.as('xa.lamson');
    const before = await h.t.db.report.count();
    await expect(
      editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2023, values: [{ key: 'C-DEPT-DOSSIERS', number: 90 }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2023, values: [{ key: 'C-COMM-DOSSIERS', number: 120 }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await h.t.db.report.count()).toBe(before);
  });

  it('every change left an audit entry and the chain verifies', async () => {
    const admin = await h.as('quantri');
    const changes = await h.t.db.reportStatusChange.count();
    const audited = await h.t.db.auditLog.count({
      where: { action: { startsWith: 'report.' }, NOT: { action: 'report.save_draft' } },
    });
    expect(audited).toBe(changes);
    expect(await admin.audit.verify()).toMatchObject({ ok: true, brokenAt: null });
  });
});

describe('the leaderboard cache', () => {
  it('serves a new board as soon as an approval changes the data', async () => {
    const h = await createHarness('sqlite');
    try {
      const anon = await h.anonymous();
      const { rows: before } = await anon.leaderboard.get({ year: 2025, kind: 'commune' });
      expect(before.every((r) => !r.reported)).toBe(true);
      expect((await anon.leaderboard.get({ year: 2025, kind: 'commune' })).rows).toEqual(before);
      const editor = await h.as('xa.myson');
      const d = await editor.reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: COMMUNE_2025 });
      const s = await editor.reports.submit({ reportId: d.reportId, version: d.version });
      const culture = await h.as('vhtt');
      const v = await culture.reports.verify({ reportId: d.reportId, version: s.version });
      await (await h.as('vhtt.truongphong')).reports.approve({ reportId: d.reportId, version: v.version });
      const { rows: after } = await anon.leaderboard.get({ year: 2025, kind: 'commune' });
      expect(after.find((r) => r.unitId === 'U-MY-SON')?.reported).toBe(true);
      // Approved data only: the one approved report is ranked first; units still waiting follow, unranked and unscored.
      expect(after[0]).toMatchObject({ unitId: 'U-MY-SON', position: 1, rank: 1, reported: true });
      expect(after.slice(1).every((r) => !r.reported && r.rank === null && r.score === null)).toBe(true);
      expect(after.map((r) => r.position)).toEqual(after.map((_, i) => i + 1));
    } finally {
      await h.destroy();
    }
  });
});

describe.each(providers)('evidence links on %s', (provider) => {
  const h = useHarness(provider);

  it('refuses evidence links that are not web addresses', async () => {
    const editor = await h.as('xa.myson');
    for (const link of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'không phải đường dẫn',
    ]) {
      const refused = editor.reports.saveDraft({
        unitId: 'U-MY-SON',
        year: 2024,
        values: [{ key: 'C-COMM-DOSSIERS', number: 60, evidenceUrl: link }],
      });
      await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await expect(
      editor.reports.saveDraft({
        unitId: 'U-MY-SON',
        year: 2024,
        values: [{ key: 'C-COMM-DOSSIERS', number: 60, evidenceUrl: 'https://ninhson.ninhthuan.gov.vn/kh-12.pdf' }],
      }),
    ).resolves.toMatchObject({ version: 1 });
  });
});
