import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/api-harness.js';
import { approveReports, DOSSIER, OFFICIAL_CRITERIA } from '../testing/award-fixtures.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';

// The final review judges 2022–2025: the commune has an approved report for each.
const approvedCommuneReport = async (h: Harness, unitId: string) => {
  await h.t.db.registration.create({
    data: { movementId: MOVEMENT, unitId, pledges: 'Hoàn thành 100% chỉ tiêu chuyển đổi số năm 2025' },
  });
  await approveReports(h.t.db, MOVEMENT, unitId, [2022, 2023, 2024, 2025]);
};

describe.each(providers)('from nomination to award decision on %s', (provider) => {
  const h = useHarness(provider);
  beforeAll(() => approvedCommuneReport(h, 'U-LAM-SON'));

  it('runs the whole path: propose, public comments, appraisal, secret ballot, decision within quota', async () => {
    const unit = await h.as('xa.lamson');
    const collective = await unit.nominations.propose({
      awardClass: 'collective',
      reviewId: 'R-FINAL',
      unitId: 'U-LAM-SON',
      achievements: 'Dẫn đầu huyện về hồ sơ xử lý trực tuyến và thanh toán không dùng tiền mặt',
      dossier: DOSSIER,
    });
    expect(collective).toMatchObject({ eligible: true, eligibility: 'eligible' });
    const person = await unit.nominations.propose({
      awardClass: 'individual',
      reviewId: 'R-FINAL',
      personId: 'P-NGUYEN-VAN-AN',
      achievements: 'Tham mưu quy chế số hóa hồ sơ địa chính được áp dụng toàn huyện',
      criteria: OFFICIAL_CRITERIA,
      dossier: DOSSIER,
    });
    expect(person.eligible).toBe(true);
    // The facts asked are the movement's own criteria for individuals: another ID is refused, naming them.
    await expect(
      unit.nominations.propose({
        awardClass: 'individual',
        reviewId: 'R-FINAL',
        personId: 'P-NGUYEN-VAN-AN',
        achievements: 'Sáng kiến số hóa hồ sơ địa chính được nhân rộng toàn huyện',
        criteria: [{ criterionId: 'C-IND-KHAC', met: true }],
        dossier: DOSSIER,
      }),
    ).rejects.toThrow(/no individual criterion C-IND-KHAC \(it has: C-IND-ACTIVE, C-IND-INITIATIVE, C-IND-POLICY\)/);

    const homeAffairs = await h.as('noivu');
    await homeAffairs.nominations.openComments({
      reviewId: 'R-FINAL',
      until: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
    });
    const publicView = await (await h.anonymous()).nominations.publicList({ reviewId: 'R-FINAL' });
    expect(JSON.stringify(publicView)).toContain('Nguyễn Văn An');
    expect(JSON.stringify(publicView)).not.toContain('example.invalid');
    await (
      await h.anonymous()
    ).nominations.comment({
      nominationId: person.nominationId,
      body: 'Sáng kiến rất thiết thực, bà con được lợi nhiều',
      authorName: 'Người dân thôn Lâm Phú',
      contact: '0912 345 678',
    });

    h.clock.now = new Date(h.clock.now.getTime() + 2 * 86_400_000);
    await expect(
      (await h.anonymous()).nominations.comment({
        nominationId: person.nominationId,
        body: 'Quá hạn lấy ý kiến rồi',
        authorName: 'Người dân',
        contact: '0912 345 678',
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const listed = await homeAffairs.nominations.list({ reviewId: 'R-FINAL' });
    for (const n of listed)
      await homeAffairs.council.appraise({ nominationId: n.id, version: n.version, result: 'pass' });

    const { ballotId } = await homeAffairs.council.openBallot({
      reviewId: 'R-FINAL',
      closesAt: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
    });
    const choicesFor = (choice: 'yes' | 'no') => listed.map((n) => ({ nominationId: n.id, choice }));
    const member = await h.as('hoidong1');
    expect(await member.council.ballot({ reviewId: 'R-FINAL' })).toMatchObject({
      id: ballotId,
      status: 'open',
      voters: 0,
      hasVoted: false,
      results: null,
    });
    await member.council.vote({ ballotId, choices: choicesFor('yes') });
    // While the ballot is open the screen shows how many voted, never the counts.
    expect(await member.council.ballot({ reviewId: 'R-FINAL' })).toMatchObject({
      voters: 1,
      hasVoted: true,
      results: null,
    });
    expect(await (await h.as('hoidong2')).council.ballot({ reviewId: 'R-FINAL' })).toMatchObject({
      voters: 1,
      hasVoted: false,
    });
    // Three council members in the data: two thirds of them make the quorum.
    await expect(homeAffairs.council.closeBallot({ ballotId, voters: 1 })).rejects.toMatchObject({
      message: expect.stringContaining('(1/2)'),
    });
    await (await h.as('hoidong2')).council.vote({ ballotId, choices: choicesFor('yes') });
    await (await h.as('hoidong3')).council.vote({ ballotId, choices: choicesFor('no') });
    await expect((await h.as('hoidong3')).council.vote({ ballotId, choices: choicesFor('yes') })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );
    expect(await homeAffairs.council.tally({ ballotId })).toMatchObject({
      voters: 3,
      quorum: 2,
      members: 3,
      noneApproved: false,
    });
    const closed = await homeAffairs.council.closeBallot({ ballotId, voters: 3 });
    expect(closed.voters).toBe(3);
    expect(closed.results.every((r) => r.approved && r.yes === 2 && r.no === 1)).toBe(true);
    const after = await homeAffairs.council.ballot({ reviewId: 'R-FINAL' });
    expect(after?.status).toBe('closed');
    expect(after?.results?.every((r) => r.yes === 2 && r.no === 1 && r.abstain === 0)).toBe(true);

    // The ballot stores who voted and the counts, nothing that links a member to a choice.
    const columns = Object.keys((await h.t.db.ballotTally.findFirstOrThrow()) as object);
    expect(columns).not.toContain('userId');
    const voteAudit = await h.t.db.auditLog.findMany({ where: { action: 'ballot.vote' }, select: { data: true } });
    expect(voteAudit.every((a) => a.data === 'null')).toBe(true);

    // Council-approved is not awarded: nothing is published before the Chairman signs.
    expect((await (await h.anonymous()).decisions.published({ reviewId: 'R-FINAL' })).awards).toEqual([]);
    const chair = await h.as('chutich');
    await chair.decisions.create({
      reviewId: 'R-FINAL',
      number: '1234/QĐ-UBND',
      date: '2025-11-22',
      signer: 'Chủ tịch UBND huyện',
      nominationIds: listed.map((n) => n.id),
    });
    expect(await chair.decisions.quotas({ reviewId: 'R-FINAL' })).toEqual([
      { awardClass: 'collective', max: 10, used: 1, remaining: 9 },
      { awardClass: 'individual', max: 10, used: 1, remaining: 9 },
    ]);
    expect((await homeAffairs.nominations.list({ reviewId: 'R-FINAL' })).every((n) => n.status === 'awarded')).toBe(
      true,
    );
    // The published result names the awardees and the decision, and nothing personal beyond the name.
    const published = await (await h.anonymous()).decisions.published({ reviewId: 'R-FINAL' });
    expect(published.decisions).toEqual([
      { number: '1234/QĐ-UBND', date: '2025-11-22', signer: 'Chủ tịch UBND huyện', awards: 2 },
    ]);
    expect(published.awards.map((a) => a.awardee)).toContain('Nguyễn Văn An');
    expect(published.quotas).toEqual([
      { awardClass: 'collective', max: 10, awarded: 1 },
      { awardClass: 'individual', max: 10, awarded: 1 },
    ]);
    expect(JSON.stringify(published)).not.toMatch(/example\.invalid|achievements|phone|email/);
  });

  it('50 parallel decisions against a quota of 5 award exactly 5', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `U-TEST-${String(i).padStart(2, '0')}`);
    await h.t.db.orgUnit.createMany({
      data: ids.map((id) => ({
        id,
        name: id,
        nameEn: id,
        kind: 'enterprise',
        participantKind: 'enterprise',
        validFrom: '2000-01-01',
      })),
    });
    await h.t.db.nomination.createMany({
      data: ids.map((unitId, i) => ({
        id: `N-${unitId}`,
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        awardClass: 'collective',
        unitId,
        proposedByUnitId: unitId,
        proposedBy: 'test',
        achievements: 'x'.repeat(30),
        status: 'voted',
        eligibleSnapshot: true,
        scoreSnapshot: 80 + i / 10,
      })),
    });
    const chair = await h.as('chutich');
    const results = await Promise.allSettled(
      ids.map((unitId, i) =>
        chair.decisions.create({
          reviewId: 'R-INTERIM',
          number: `${100 + i}/QĐ-UBND`,
          date: '2023-12-20',
          signer: 'Chủ tịch UBND huyện',
          nominationIds: [`N-${unitId}`],
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await h.t.db.awardDecisionItem.count({ where: { decision: { reviewId: 'R-INTERIM' } } })).toBe(5);
    expect(await h.t.db.nomination.count({ where: { reviewId: 'R-INTERIM', status: 'awarded' } })).toBe(5);
  });

  it('refuses nominations outside the review window and nominees of another unit', async () => {
    const unit = await h.as('xa.lamson');
    await expect(
      unit.nominations.propose({
        awardClass: 'individual',
        reviewId: 'R-FINAL',
        personId: 'P-TRAN-THI-BINH',
        achievements: 'Người của xã khác không được đề nghị ở đây',
        criteria: OFFICIAL_CRITERIA,
        dossier: DOSSIER,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      unit.nominations.propose({
        awardClass: 'collective',
        reviewId: 'R-INTERIM',
        unitId: 'U-LAM-SON',
        achievements: 'Đợt sơ kết đã kết thúc từ năm 2023',
        dossier: DOSSIER,
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('01/10/2023'),
    });
  });
});
