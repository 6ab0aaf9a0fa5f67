// The award path on each person's to-do list: Home Affairs opens comments, appraises, opens and closes the ballot; each
// council member votes until they have; the Chair decides what the council approved. Each task goes once it is done.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveReports, DOSSIER } from '../testing/award-fixtures.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const MOVEMENT = ninhSonDx2021_2025.id;
const FINAL = ninhSonDx2021_2025.timeline.reviews.find((r) => r.id === 'R-FINAL')!;

describe.each(await testProviders())('the award path on the to-do lists on %s', (provider) => {
  const h = useHarness(provider);
  beforeAll(async () => {
    await h.t.db.registration.create({
      data: { movementId: MOVEMENT, unitId: 'U-LAM-SON', pledges: 'Hoàn thành 100% chỉ tiêu chuyển đổi số' },
    });
    await approveReports(h.t.db, MOVEMENT, 'U-LAM-SON', [2022, 2023, 2024, 2025]);
  });
  const ids = async (username: string) => (await (await h.as(username)).tasks.mine()).tasks.map((t) => t.id);
  const task = async (username: string, id: string) =>
    (await (await h.as(username)).tasks.mine()).tasks.find((t) => t.id === id);

  it('gives each step to whoever takes it, and takes it away once taken', async () => {
    // Whatever the seed left in the final review is decided first, so only this test's nomination is counted.
    await h.t.db.nomination.updateMany({ where: { reviewId: 'R-FINAL' }, data: { status: 'withdrawn' } });
    const { nominationId } = await (
      await h.as('xa.lamson')
    ).nominations.propose({
      awardClass: 'collective',
      reviewId: 'R-FINAL',
      unitId: 'U-LAM-SON',
      achievements: 'Dẫn đầu huyện về hồ sơ xử lý trực tuyến',
      dossier: DOSSIER,
    });
    expect(await task('noivu', 'comments-R-FINAL')).toMatchObject({
      link: '/council',
      title: { vi: `${FINAL.label.vi}: 1 đề nghị khen thưởng chờ đưa ra lấy ý kiến nhân dân` },
    });

    const homeAffairs = await h.as('noivu');
    await homeAffairs.nominations.openComments({
      reviewId: 'R-FINAL',
      until: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
    });
    // While the public may still comment, nothing is asked of Home Affairs.
    expect((await ids('noivu')).filter((id) => id.endsWith('R-FINAL'))).toEqual([]);
    h.clock.now = new Date(h.clock.now.getTime() + 2 * 86_400_000);
    expect(await ids('noivu')).toContain('appraise-R-FINAL');

    const [listed] = await (
      await h.as('noivu')
    ).nominations
      .list({ reviewId: 'R-FINAL' })
      .then((l) => l.filter((n) => n.id === nominationId));
    await (await h.as('noivu')).council.appraise({ nominationId, version: listed!.version, result: 'pass' });
    expect(await ids('noivu')).toContain('ballot-R-FINAL');

    const closesAt = new Date(h.clock.now.getTime() + 86_400_000);
    const { ballotId } = await (
      await h.as('noivu')
    ).council.openBallot({ reviewId: 'R-FINAL', closesAt: closesAt.toISOString() });
    expect(await ids('noivu')).not.toContain('ballot-R-FINAL');
    expect(await task('hoidong1', `vote-${ballotId}`)).toMatchObject({
      link: '/council',
      due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    for (const member of ['hoidong1', 'hoidong2', 'hoidong3']) {
      await (await h.as(member)).council.vote({ ballotId, choices: [{ nominationId, choice: 'yes' }] });
      expect(await ids(member)).not.toContain(`vote-${ballotId}`);
    }
    // Every member has voted: closing is Home Affairs' to do.
    expect(await task('noivu', `close-${ballotId}`)).toMatchObject({
      title: { vi: `${FINAL.label.vi}: kết thúc phiếu bầu (3/3 thành viên đã bỏ phiếu)` },
    });
    await (await h.as('noivu')).council.closeBallot({ ballotId, voters: 3 });
    expect(await ids('noivu')).not.toContain(`close-${ballotId}`);
    expect(await task('chutich', 'decide-R-FINAL')).toMatchObject({
      link: '/decisions',
      title: { vi: `${FINAL.label.vi}: 1 đề nghị đã được Hội đồng thông qua, chờ quyết định khen thưởng` },
    });
    // Nobody else is given these steps.
    for (const other of ['xa.lamson', 'lanhdao', 'vhtt'])
      expect((await ids(other)).filter((id) => /^(comments|appraise|ballot|close|vote|decide)-/.test(id))).toEqual([]);
  });
});
