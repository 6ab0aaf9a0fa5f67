// The e-mail copy of a notification leaves once, to the person's address, is retried when the mail server fails,
// and is never sent twice when two servers dispatch at the same time.
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchPendingMail, MAX_MAIL_ATTEMPTS, type OutgoingMail } from './mail-outbox.js';
import { testProviders, useHarness } from '../testing/use-harness.js';

const providers = await testProviders();

describe.each(providers)('mail outbox on %s', (provider) => {
  const h = useHarness(provider);
  const at = new Date('2025-12-08T01:00:00Z');
  const userId = async (username: string) => (await h.t.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const add = async (username: string, title: string) =>
    (await h.t.db.notification.create({ data: { userId: await userId(username), kind: 'reminder', title, body: 'Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).', link: '/unit', createdAt: at }, select: { id: true } })).id;

  beforeAll(async () => {
    // xa.lamson is Nguyễn Văn An (an@example.invalid); xa.myson has no address.
    await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { personId: 'P-NGUYEN-VAN-AN' } });
  });

  it('sends to the person’s address once and records it; people without an address keep the message in the app', async () => {
    const withAddress = await add('xa.lamson', 'Nhắc hạn D-ANNUAL-REPORT năm 2025');
    const without = await add('xa.myson', 'Nhắc hạn D-ANNUAL-REPORT năm 2025');
    const outbox: OutgoingMail[] = [];
    expect(await dispatchPendingMail(h.t.db, async (m) => void outbox.push(m), at)).toEqual({ sent: 1, noAddress: 1, failed: 0 });
    expect(outbox).toEqual([{ notificationId: withAddress, to: 'an@example.invalid', toName: 'xa.lamson', subject: 'Nhắc hạn D-ANNUAL-REPORT năm 2025', text: 'Hạn cuối: hết ngày 14/12/2025 (còn 7 ngày).', link: '/unit' }]);
    expect(await h.t.db.notification.findUnique({ where: { id: withAddress }, select: { mailStatus: true, mailedAt: true } })).toEqual({ mailStatus: 'sent', mailedAt: at });
    expect(await h.t.db.notification.findUnique({ where: { id: without }, select: { mailStatus: true } })).toEqual({ mailStatus: 'no_address' });
    expect(await dispatchPendingMail(h.t.db, async (m) => void outbox.push(m), at)).toEqual({ sent: 0, noAddress: 0, failed: 0 });
    expect(outbox).toHaveLength(1);
  });

  it('retries when the mail server fails, then gives up after the last attempt (the message stays in the app)', async () => {
    const id = await add('xa.lamson', 'Báo cáo năm 2025 bị trả lại để sửa');
    const down = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:25');
    };
    for (let i = 1; i < MAX_MAIL_ATTEMPTS; i++) {
      expect(await dispatchPendingMail(h.t.db, down, at)).toEqual({ sent: 0, noAddress: 0, failed: 1 });
      expect(await h.t.db.notification.findUnique({ where: { id }, select: { mailStatus: true, mailAttempts: true } })).toEqual({ mailStatus: null, mailAttempts: i });
    }
    await dispatchPendingMail(h.t.db, down, at);
    expect(await h.t.db.notification.findUnique({ where: { id }, select: { mailStatus: true, readAt: true } })).toEqual({ mailStatus: 'failed', readAt: null });
  });

  it('two servers dispatching at once send each message once', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => add('xa.lamson', `Thông báo ${i + 1}`)));
    const outbox: string[] = [];
    const slow = async (m: OutgoingMail) => {
      await new Promise((r) => setTimeout(r, 5));
      outbox.push(m.notificationId);
    };
    await Promise.all([dispatchPendingMail(h.t.db, slow, at), dispatchPendingMail(h.t.db, slow, at)]);
    expect(outbox.sort()).toEqual([...ids].sort());
  });
});
