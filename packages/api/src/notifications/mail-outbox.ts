// Sends the e-mail copy of notifications after their transaction committed (a transactional outbox). Each row is
// claimed before it is sent, so two servers never send the same message; a claim left by a crash expires.
import { languageOf, type Language } from '@thidua/domain';
import { asReadAt } from './reminder-as-read.js';
import type { Db } from '@thidua/db';

export interface OutgoingMail {
  notificationId: string;
  to: string;
  toName: string;
  subject: string;
  text: string;
  /** A path of the shell, made absolute by the transport. */
  link: string | null;
  /** The language the subject and text are in: the transport words its own lines the same way. */
  language: Language;
}

export type Deliver = (mail: OutgoingMail) => Promise<void>;

export interface DispatchResult {
  sent: number;
  noAddress: number;
  failed: number;
}

/** A claim older than this is taken to be a crashed server's: the row is sent again (at least once, never lost). */
const CLAIM_EXPIRES_MS = 10 * 60_000;
/** After a failed attempt (the mail server down, say), the next one waits this long. */
export const RETRY_AFTER_MS = 10 * 60_000;
/** An e-mail that could not be sent for this long is given up; the message stays in the app. */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;

/** `clock` is read at each claim, so a claim's time is when it was made, however long the round has taken. */
export const dispatchPendingMail = async (
  db: Db,
  deliver: Deliver,
  clock: () => Date,
  batch = 50,
): Promise<DispatchResult> => {
  const result: DispatchResult = { sent: 0, noAddress: 0, failed: 0 };
  const now = clock().getTime();
  const pending = await db.notification.findMany({
    where: {
      userId: { not: null },
      OR: [
        { mailStatus: null },
        { mailStatus: 'retry', mailedAt: { lt: new Date(now - RETRY_AFTER_MS) } },
        { mailStatus: 'sending', mailedAt: { lt: new Date(now - CLAIM_EXPIRES_MS) } },
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: batch,
    select: {
      id: true,
      userId: true,
      title: true,
      body: true,
      titleEn: true,
      bodyEn: true,
      milestone: true,
      link: true,
      createdAt: true,
      mailStatus: true,
      mailedAt: true,
    },
  });
  if (pending.length === 0) return result;
  const users = await db.user.findMany({
    where: { id: { in: pending.map((n) => n.userId!) } },
    select: { id: true, displayName: true, disabledAt: true, language: true, person: { select: { email: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const n of pending) {
    const claimedAt = clock();
    const claimed = await db.notification.updateMany({
      where: { id: n.id, mailStatus: n.mailStatus, mailedAt: n.mailedAt },
      data: { mailStatus: 'sending', mailedAt: claimedAt },
    });
    if (claimed.count !== 1) continue;
    const mine = { id: n.id, mailStatus: 'sending', mailedAt: claimedAt };
    const user = byId.get(n.userId!);
    const to = user && !user.disabledAt ? user.person?.email?.trim() : undefined;
    if (!to) {
      await db.notification.updateMany({ where: mine, data: { mailStatus: 'no_address', mailedAt: null } });
      result.noAddress++;
      continue;
    }
    let delivered = false;
    try {
      // Worded as of sending: a reminder retried past its deadline no longer counts down.
      const words = asReadAt(n, claimedAt);
      // In the language the person chose; a message written before English was kept goes in Vietnamese.
      const english = languageOf(user!.language) === 'en' && words.titleEn && words.bodyEn;
      await deliver({
        notificationId: n.id,
        to,
        toName: user!.displayName,
        subject: english ? words.titleEn! : words.title,
        text: english ? words.bodyEn! : words.body,
        link: n.link,
        language: english ? 'en' : 'vi',
      });
      delivered = true;
    } catch {
      // Try again after a pause; after a day the message stays in the app only.
      const failedAt = clock();
      const giveUp = failedAt.getTime() - n.createdAt.getTime() >= GIVE_UP_AFTER_MS;
      await db.notification.updateMany({
        where: mine,
        data: { mailStatus: giveUp ? 'failed' : 'retry', mailedAt: failedAt, mailAttempts: { increment: 1 } },
      });
      result.failed++;
    }
    // Recorded outside the try: a sent e-mail whose record fails stays claimed, and is not sent again before the claim expires.
    if (delivered) {
      await db.notification.updateMany({ where: mine, data: { mailStatus: 'sent', mailAttempts: { increment: 1 } } });
      result.sent++;
    } else {
      // The mail server is likely down for the others too: the rest wait for the next round.
      break;
    }
  }
  return result;
};
