// Sends the e-mail copy of notifications after their transaction committed (a transactional outbox). Each row is
// claimed before it is sent, so two servers never send the same message; a claim left by a crash expires.
import type { Db } from '@thidua/db';

export interface OutgoingMail {
  notificationId: string;
  to: string;
  toName: string;
  subject: string;
  text: string;
  /** A path of the shell, made absolute by the transport. */
  link: string | null;
}

export type Deliver = (mail: OutgoingMail) => Promise<void>;

export interface DispatchResult {
  sent: number;
  noAddress: number;
  failed: number;
}

const CLAIM_EXPIRES_MS = 10 * 60_000;
export const MAX_MAIL_ATTEMPTS = 5;

export const dispatchPendingMail = async (db: Db, deliver: Deliver, now: Date, batch = 50): Promise<DispatchResult> => {
  const result: DispatchResult = { sent: 0, noAddress: 0, failed: 0 };
  const pending = await db.notification.findMany({
    where: { userId: { not: null }, OR: [{ mailStatus: null }, { mailStatus: 'sending', mailedAt: { lt: new Date(now.getTime() - CLAIM_EXPIRES_MS) } }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: batch,
    select: { id: true, userId: true, title: true, body: true, link: true, mailStatus: true, mailedAt: true, mailAttempts: true },
  });
  if (pending.length === 0) return result;
  const users = await db.user.findMany({
    where: { id: { in: pending.map((n) => n.userId!) } },
    select: { id: true, displayName: true, disabledAt: true, person: { select: { email: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const n of pending) {
    const claimed = await db.notification.updateMany({ where: { id: n.id, mailStatus: n.mailStatus, mailedAt: n.mailedAt }, data: { mailStatus: 'sending', mailedAt: now } });
    if (claimed.count !== 1) continue;
    const user = byId.get(n.userId!);
    const to = user && !user.disabledAt ? user.person?.email?.trim() : undefined;
    if (!to) {
      await db.notification.update({ where: { id: n.id }, data: { mailStatus: 'no_address', mailedAt: null } });
      result.noAddress++;
      continue;
    }
    try {
      await deliver({ notificationId: n.id, to, toName: user!.displayName, subject: n.title, text: n.body, link: n.link });
      await db.notification.update({ where: { id: n.id }, data: { mailStatus: 'sent', mailedAt: now, mailAttempts: { increment: 1 } } });
      result.sent++;
    } catch {
      // Try again on a later round; after the last attempt the message stays in the app only.
      const attempts = n.mailAttempts + 1;
      await db.notification.update({ where: { id: n.id }, data: { mailStatus: attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : null, mailedAt: null, mailAttempts: attempts } });
      result.failed++;
    }
  }
  return result;
};
