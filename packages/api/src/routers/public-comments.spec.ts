// The public comment window: a name and a contact that only Home Affairs sees, a limit per network address, comments
// read by those who judge, and hiding with a reason that is audited and still counted.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { dataVersion } from '../movement/data-version.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const MOVEMENT = ninhSonDx2021_2025.id;
const providers = await testProviders();
const comment = (n: number) => ({
  nominationId: 'N-CMT',
  body: `Ý kiến số ${n} về đề nghị này`,
  authorName: 'Nguyễn Thị Dân',
  contact: '0912 000 111',
});

describe.each(providers)('public comments on %s', (provider) => {
  const h = useHarness(provider);

  it('limits each network address to 5 comments an hour, in Vietnamese, and lets other addresses through', async () => {
    await h.t.db.nomination.create({
      data: {
        id: 'N-CMT',
        movementId: MOVEMENT,
        reviewId: 'R-FINAL',
        awardClass: 'collective',
        unitId: 'U-LAM-SON',
        proposedByUnitId: 'U-LAM-SON',
        proposedBy: 'test',
        achievements: 'x'.repeat(30),
        status: 'in_comment',
        commentsUntil: new Date(h.clock.now.getTime() + 3 * 86_400_000),
      },
    });
    const from = await h.anonymous('198.51.100.1');
    for (let i = 0; i < 5; i++) await from.nominations.comment(comment(i));
    await expect(from.nominations.comment(comment(5))).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('tối đa 5 ý kiến mỗi giờ'),
    });
    await (await h.anonymous('198.51.100.2')).nominations.comment(comment(6));
    h.clock.now = new Date(h.clock.now.getTime() + 3_600_001);
    await from.nominations.comment(comment(7));
    // The address itself is not stored, only a hash of it.
    expect(JSON.stringify(await h.t.db.publicComment.findMany())).not.toContain('198.51.100');
  });

  it('asks for a name, a contact and a comment of a sensible length, naming the field', async () => {
    const anyone = await h.anonymous('198.51.100.3');
    await expect(anyone.nominations.comment({ ...comment(1), authorName: '' })).rejects.toThrow(/authorName/);
    await expect(anyone.nominations.comment({ ...comment(1), contact: '12' })).rejects.toThrow(/contact/);
    await expect(anyone.nominations.comment({ ...comment(1), body: 'x'.repeat(2001) })).rejects.toThrow(
      /tối đa 2000 ký tự/,
    );
  });

  it('shows Home Affairs the contacts, the council the comments without them, and the public only counts; hiding is audited', async () => {
    const homeAffairs = await h.as('noivu');
    const all = await homeAffairs.nominations.comments({ nominationId: 'N-CMT' });
    expect(all).toHaveLength(7);
    expect(all[0]).toMatchObject({ authorName: 'Nguyễn Thị Dân', contact: '0912 000 111', hidden: false });
    expect(
      (await (await h.as('hoidong1')).nominations.comments({ nominationId: 'N-CMT' })).every((c) => c.contact === null),
    ).toBe(true);
    await expect((await h.as('xa.lamson')).nominations.comments({ nominationId: 'N-CMT' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    await homeAffairs.nominations.hideComment({ commentId: all[0]!.id, reason: 'Có thông tin cá nhân của người khác' });
    await expect(
      homeAffairs.nominations.hideComment({ commentId: all[0]!.id, reason: 'Ẩn lần nữa' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect((await homeAffairs.nominations.comments({ nominationId: 'N-CMT' }))[0]).toMatchObject({
      hidden: true,
      hiddenReason: 'Có thông tin cá nhân của người khác',
    });
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { action: 'nomination.comment_hide' },
      select: { entityId: true, data: true },
    });
    expect(audit).toMatchObject({ entityId: all[0]!.id, data: expect.stringContaining('Có thông tin cá nhân') });

    const shown = await (await h.anonymous()).nominations.publicList({ reviewId: 'R-FINAL' });
    expect(shown).toEqual([expect.objectContaining({ id: 'N-CMT', comments: 7, hiddenComments: 1 })]);
    expect(JSON.stringify(shown)).not.toMatch(/0912 000 111|Nguyễn Thị Dân|Ý kiến số/);
  });

  it('leaves the cached public reads alone: a comment does not move the data version, a change of data does', async () => {
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const before = await dataVersion(h.t.db);
    await (await h.anonymous('198.51.100.4')).nominations.comment(comment(11));
    expect(await dataVersion(h.t.db)).toBe(before);
    await (
      await h.as('noivu')
    ).nominations.openComments({
      reviewId: 'R-INTERIM',
      until: new Date(h.clock.now.getTime() + 3_600_000).toISOString(),
    });
    expect(await dataVersion(h.t.db)).toBeGreaterThan(before);
  });

  it('lists nothing once the window has ended, and takes no comment then', async () => {
    h.clock.now = new Date(h.clock.now.getTime() + 4 * 86_400_000);
    expect(await (await h.anonymous()).nominations.publicList({})).toEqual([]);
    await expect((await h.anonymous('198.51.100.9')).nominations.comment(comment(9))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });
});
