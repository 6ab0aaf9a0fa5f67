// The e-mail copy of a notification leaves once, to the person's address, is retried when the mail server fails,
// and is never sent twice when two servers dispatch at the same time.
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchPendingMail, type OutgoingMail } from './mail-outbox.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('mail outbox on %s', (provider) => {
  const h = useHarness(provider);
  const at = new Date('2025-12-08T01:00:00Z');
  const userId = async (username: string) =>
    (await h.t.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const add = async (username: string, title: string) =>
    (
      await h.t.db.notification.create({
        data: {
          userId: await userId(username),
          kind: 'reminder',
          title,
          body: 'Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).',
          link: '/unit',
          createdAt: at,
        },
        select: { id: true },
      })
    ).id;

  beforeAll(async () => {
    // xa.lamson is Nguyễn Văn An (an@example.invalid); xa.myson has no address.
    await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { personId: 'P-NGUYEN-VAN-AN' } });
  });

  it('sends to the person’s address once and records it; people without an address keep the message in the app', async () => {
    const withAddress = await add('xa.lamson', 'Nhắc hạn D-ANNUAL-REPORT năm 2025');
    const without = await add('xa.myson', 'Nhắc hạn D-ANNUAL-REPORT năm 2025');
    const outbox: OutgoingMail[] = [];
    expect(
      await dispatchPendingMail(
        h.t.db,
        async (m) => void outbox.push(m),
        () => at,
      ),
    ).toEqual({ sent: 1, noAddress: 1, failed: 0 });
    expect(outbox).toEqual([
      {
        notificationId: withAddress,
        to: 'an@example.invalid',
        toName: 'xa.lamson',
        subject: 'Nhắc hạn D-ANNUAL-REPORT năm 2025',
        text: 'Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).',
        link: '/unit',
        language: 'vi',
      },
    ]);
    expect(
      await h.t.db.notification.findUnique({
        where: { id: withAddress },
        select: { mailStatus: true, mailedAt: true },
      }),
    ).toEqual({ mailStatus: 'sent', mailedAt: at });
    expect(await h.t.db.notification.findUnique({ where: { id: without }, select: { mailStatus: true } })).toEqual({
      mailStatus: 'no_address',
    });
    expect(
      await dispatchPendingMail(
        h.t.db,
        async (m) => void outbox.push(m),
        () => at,
      ),
    ).toEqual({ sent: 0, noAddress: 0, failed: 0 });
    expect(outbox).toHaveLength(1);
  });

  it('while the mail server is down: one attempt per round, the next after a pause, given up after a day (the message stays in the app)', async () => {
    const first = await add('xa.lamson', 'Báo cáo năm 2025 bị trả lại để sửa');
    const second = await add('xa.lamson', 'Đề nghị khen thưởng R-FINAL: xã Lâm Sơn được khen thưởng');
    const tries: string[] = [];
    const down = async (m: OutgoingMail) => {
      tries.push(m.notificationId);
      throw new Error('connect ECONNREFUSED 127.0.0.1:25');
    };
    const later = (minutes: number) => () => new Date(at.getTime() + minutes * 60_000);
    const state = async (id: string) =>
      h.t.db.notification.findUnique({ where: { id }, select: { mailStatus: true, mailAttempts: true, readAt: true } });
    // The first failure stops the round: the server is down for the second too.
    expect(await dispatchPendingMail(h.t.db, down, () => at)).toEqual({ sent: 0, noAddress: 0, failed: 1 });
    expect(tries).toEqual([first]);
    expect(await state(first)).toEqual({ mailStatus: 'retry', mailAttempts: 1, readAt: null });
    expect(await state(second)).toMatchObject({ mailStatus: null });
    // The next round tries the one not yet tried; the failed one waits its pause.
    await dispatchPendingMail(h.t.db, down, later(1));
    expect(tries).toEqual([first, second]);
    await dispatchPendingMail(h.t.db, down, later(2));
    expect(tries).toHaveLength(2);
    await dispatchPendingMail(h.t.db, down, later(12));
    expect(tries).toEqual([first, second, first]);
    expect(await state(first)).toMatchObject({ mailStatus: 'retry', mailAttempts: 2 });
    // A day on, the e-mail is given up; the notification itself is still there, unread.
    await dispatchPendingMail(h.t.db, down, later(25 * 60));
    expect(await state(first)).toEqual({ mailStatus: 'failed', mailAttempts: 3, readAt: null });
    // Back up: the other one goes out.
    const outbox: string[] = [];
    await dispatchPendingMail(h.t.db, async (m) => void outbox.push(m.notificationId), later(26 * 60));
    expect(outbox).toEqual([second]);
  });

  it('writes to a person in the language they chose, and in Vietnamese a message kept without English', async () => {
    await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { language: 'en' } });
    try {
      const uid = await userId('xa.lamson');
      const both = (
        await h.t.db.notification.create({
          data: {
            userId: uid,
            kind: 'report.returned',
            title: 'Báo cáo năm 2025 bị trả lại để sửa',
            body: 'Lý do: thiếu minh chứng',
            titleEn: 'The 2025 report was returned for correction',
            bodyEn: 'Reason: evidence missing',
            link: '/unit',
            createdAt: at,
          },
          select: { id: true },
        })
      ).id;
      const viOnly = await add('xa.lamson', 'Thông báo cũ chỉ có tiếng Việt');
      const outbox: OutgoingMail[] = [];
      await dispatchPendingMail(
        h.t.db,
        async (m) => void outbox.push(m),
        () => at,
      );
      expect(outbox.find((m) => m.notificationId === both)).toMatchObject({
        subject: 'The 2025 report was returned for correction',
        text: 'Reason: evidence missing',
        language: 'en',
      });
      expect(outbox.find((m) => m.notificationId === viOnly)).toMatchObject({
        subject: 'Thông báo cũ chỉ có tiếng Việt',
        language: 'vi',
      });
    } finally {
      await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { language: null } });
    }
  });

  it('two servers dispatching at once send each message once', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => add('xa.lamson', `Thông báo ${i + 1}`)));
    const outbox: string[] = [];
    const slow = async (m: OutgoingMail) => {
      await new Promise((r) => setTimeout(r, 5));
      outbox.push(m.notificationId);
    };
    await Promise.all([dispatchPendingMail(h.t.db, slow, () => at), dispatchPendingMail(h.t.db, slow, () => at)]);
    expect(outbox.sort()).toEqual([...ids].sort());
  });
});
