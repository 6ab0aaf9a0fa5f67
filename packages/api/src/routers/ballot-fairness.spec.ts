// The council's ballot is fair by construction: the quorum from the members in the data, one open ballot per review
// and no vote after close (both held by the database, raced here), an explicit confirmation when nobody passes, and
// a cancel with a reason.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import type { Harness } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const MOVEMENT = ninhSonDx2021_2025.id;
const providers = await testProviders();
const later = (h: Harness, hours: number) => new Date(h.clock.now.getTime() + hours * 3_600_000).toISOString();

/** Appraised nominees of a review, as Home Affairs leaves them, with the ballot's members in the data. */
const appraised = async (h: Harness, reviewId: string, prefix: string, count: number) => {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await h.t.db.orgUnit.createMany({
    data: ids.map((id) => ({
      id: `U-${id}`,
      name: id,
      nameEn: id,
      kind: 'enterprise',
      participantKind: 'enterprise',
      validFrom: '2000-01-01',
    })),
  });
  await h.t.db.nomination.createMany({
    data: ids.map((id) => ({
      id,
      movementId: MOVEMENT,
      reviewId,
      awardClass: 'collective',
      unitId: `U-${id}`,
      proposedByUnitId: `U-${id}`,
      proposedBy: 'test',
      achievements: 'x'.repeat(30),
      status: 'appraised',
      eligibleSnapshot: true,
      scoreSnapshot: 90,
    })),
  });
  return ids;
};

describe.each(providers)('a fair council ballot on %s', (provider) => {
  const h = useHarness(provider);

  it('takes its quorum from the council members in the data, counting a member who holds the role as a further role', async () => {
    const ids = await appraised(h, 'R-FINAL', 'NQ', 1);
    const homeAffairs = await h.as('noivu');
    const lanhdao = await h.t.db.user.findUniqueOrThrow({ where: { username: 'lanhdao' }, select: { id: true } });
    await h.t.db.userGrant.create({ data: { userId: lanhdao.id, role: 'ROLE-COUNCIL', createdBy: 'test' } });
    // Four members (three own, one further): two thirds of 4 is 3.
    const opened = await homeAffairs.council.openBallot({ reviewId: 'R-FINAL', closesAt: later(h, 24) });
    expect(opened).toMatchObject({ members: 4, quorum: 3, nominations: 1 });
    await expect(homeAffairs.council.openBallot({ reviewId: 'R-FINAL', closesAt: later(h, 24) })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );
    // Cancelled with a reason: nothing counted, the nominee stays appraised and a new ballot can open.
    await (
      await h.as('hoidong1')
    ).council.vote({ ballotId: opened.ballotId, choices: [{ nominationId: ids[0]!, choice: 'yes' }] });
    await expect(homeAffairs.council.cancelBallot({ ballotId: opened.ballotId, reason: 'ngắn' })).rejects.toMatchObject(
      { code: 'BAD_REQUEST' },
    );
    await homeAffairs.council.cancelBallot({
      ballotId: opened.ballotId,
      reason: 'Thiếu hồ sơ của một đề nghị, cần bổ sung',
    });
    expect(await homeAffairs.council.ballot({ reviewId: 'R-FINAL' })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Thiếu hồ sơ của một đề nghị, cần bổ sung',
      results: null,
    });
    await expect(
      (await h.as('hoidong2')).council.vote({
        ballotId: opened.ballotId,
        choices: [{ nominationId: ids[0]!, choice: 'yes' }],
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(await h.t.db.nomination.findUniqueOrThrow({ where: { id: ids[0]! }, select: { status: true } })).toEqual({
      status: 'appraised',
    });
    const again = await homeAffairs.council.openBallot({ reviewId: 'R-FINAL', closesAt: later(h, 24) });
    expect(again.ballotId).not.toBe(opened.ballotId);
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { action: 'ballot.cancel' },
      select: { data: true },
    });
    expect(audit.data).toContain('Thiếu hồ sơ');
    await homeAffairs.council.cancelBallot({ ballotId: again.ballotId, reason: 'Dọn dẹp sau kiểm thử số thành viên' });
    await h.t.db.userGrant.deleteMany({ where: { userId: lanhdao.id } });
  });

  it('asks for an explicit confirmation when nobody passes, and for a new look when votes arrived since the tally', async () => {
    const ids = await appraised(h, 'R-INTERIM', 'NN', 2);
    const homeAffairs = await h.as('noivu');
    const { ballotId } = await homeAffairs.council.openBallot({ reviewId: 'R-INTERIM', closesAt: later(h, 24) });
    await expect(homeAffairs.council.tally({ ballotId })).rejects.toMatchObject({
      message: expect.stringContaining('(0/2)'),
    });
    const allNo = ids.map((nominationId) => ({ nominationId, choice: 'no' as const }));
    await (await h.as('hoidong1')).council.vote({ ballotId, choices: allNo });
    await (
      await h.as('hoidong2')
    ).council.vote({ ballotId, choices: allNo.map((c) => ({ ...c, choice: 'abstain' as const })) });
    const tally = await homeAffairs.council.tally({ ballotId });
    expect(tally).toMatchObject({ voters: 2, noneApproved: true });
    await expect(homeAffairs.council.closeBallot({ ballotId, voters: 2 })).rejects.toThrow(/cần xác nhận rõ/);
    await (await h.as('hoidong3')).council.vote({ ballotId, choices: allNo });
    await expect(
      homeAffairs.council.closeBallot({ ballotId, voters: 2, confirmNoneApproved: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2 → 3') });
    // Nothing was closed by the refused attempts.
    expect(await homeAffairs.council.ballot({ reviewId: 'R-INTERIM' })).toMatchObject({ status: 'open', voters: 3 });
    const closed = await homeAffairs.council.closeBallot({ ballotId, voters: 3, confirmNoneApproved: true });
    expect(closed.results.every((r) => !r.approved)).toBe(true);
    expect(await h.t.db.nomination.count({ where: { id: { in: ids }, status: 'rejected' } })).toBe(2);
  });

  it('lets exactly one of many simultaneous ballots open for a review', async () => {
    await appraised(h, 'R-FINAL', 'NR', 1);
    const homeAffairs = await h.as('noivu');
    const tries = await Promise.allSettled(
      Array.from({ length: 12 }, () => homeAffairs.council.openBallot({ reviewId: 'R-FINAL', closesAt: later(h, 24) })),
    );
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
    for (const t of tries) if (t.status === 'rejected') expect(t.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await h.t.db.ballot.count({ where: { movementId: MOVEMENT, reviewId: 'R-FINAL', status: 'open' } })).toBe(1);
  });

  it('counts no vote after close: votes racing the close are either in its count or refused', async () => {
    const open = await h.t.db.ballot.findFirstOrThrow({
      where: { reviewId: 'R-FINAL', status: 'open' },
      select: { id: true, tallies: { select: { nominationId: true } } },
    });
    // More members, so many votes can race the close.
    const extra = Array.from({ length: 16 }, (_, i) => `hoidong-x${i}`);
    const late = 'hoidong-late';
    const model = await h.t.db.user.findUniqueOrThrow({
      where: { username: 'hoidong1' },
      select: { passwordHash: true, totpSecret: true, totpEnabledAt: true },
    });
    await h.t.db.user.createMany({
      data: [...extra, late].map((username) => ({ username, displayName: username, role: 'ROLE-COUNCIL', ...model })),
    });
    const members = await Promise.all(['hoidong1', 'hoidong2'].map((u) => h.as(u)));
    const choices = open.tallies.map((t) => ({ nominationId: t.nominationId, choice: 'yes' as const }));
    await Promise.all(members.map((m) => m.council.vote({ ballotId: open.id, choices })));
    const homeAffairs = await h.as('noivu');
    const racers = await Promise.all(['hoidong3', ...extra].map((u) => h.as(u)));
    const voting = racers.map((m) => m.council.vote({ ballotId: open.id, choices }));
    const closing = homeAffairs.council.closeBallot({ ballotId: open.id, voters: 2 });
    const [closeResult, ...votes] = await Promise.allSettled([closing, ...voting]);
    const stored = await h.t.db.ballot.findUniqueOrThrow({
      where: { id: open.id },
      select: { votes: true, status: true, _count: { select: { participations: true } }, tallies: true },
    });
    const accepted = votes.filter((v) => v.status === 'fulfilled').length;
    // Whatever the order: every accepted vote is counted once, and the tallies match the counter.
    expect(stored.votes).toBe(2 + accepted);
    expect(stored._count.participations).toBe(stored.votes);
    expect(stored.tallies.every((t) => t.yes + t.no + t.abstain === stored.votes)).toBe(true);
    if (closeResult!.status === 'fulfilled') {
      // It closed on the 2 votes it confirmed: every racing vote came after and was refused.
      expect(stored.status).toBe('closed');
      expect(accepted).toBe(0);
      for (const v of votes) if (v.status === 'rejected') expect(String(v.reason)).toMatch(/đã đóng|closed/);
    } else {
      // A vote got in first: the close saw a count it was not shown, and refused, leaving the ballot open.
      expect(stored.status).toBe('open');
      expect(String(closeResult!.reason)).toMatch(/xem lại|look again/);
      const after = await homeAffairs.council.closeBallot({ ballotId: open.id, voters: stored.votes });
      expect(after.voters).toBe(stored.votes);
    }
    // A member who had not voted is refused once the ballot is closed, and nothing more is counted.
    await expect((await h.as(late)).council.vote({ ballotId: open.id, choices })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect((await h.t.db.ballot.findUniqueOrThrow({ where: { id: open.id }, select: { votes: true } })).votes).toBe(
      stored.votes,
    );
  });
});
