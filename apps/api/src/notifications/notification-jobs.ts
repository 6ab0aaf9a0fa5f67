// The background round, every NOTIFY_EVERY_SECONDS: send the reminders that fell due, then the pending e-mails.
// A failing round is logged and tried again next time; it never stops the server.
import { dispatchPendingMail, sendDueReminders, type Deliver } from '@thidua/api';
import type { Database } from '@thidua/db';

export interface RoundResult {
  reminders: number;
  sent: number;
  noAddress: number;
  failed: number;
}

/** Reminders, then e-mails: each step on its own, so a failing one does not hold the other back. */
export const runNotificationRound = async (
  database: Database,
  deliver: Deliver,
  clock: () => Date,
  log?: Logger,
): Promise<RoundResult> => {
  const total: RoundResult = { reminders: 0, sent: 0, noAddress: 0, failed: 0 };
  try {
    total.reminders = await sendDueReminders(database.db, clock());
  } catch (error) {
    if (!log) throw error;
    log.error({ err: error }, 'reminders failed');
  }
  for (;;) {
    const r = await dispatchPendingMail(database.db, deliver, clock);
    total.sent += r.sent;
    total.noAddress += r.noAddress;
    total.failed += r.failed;
    // A batch with a failure waits for the next round (the mail server may be down); a full clean batch continues.
    if (r.failed > 0 || r.sent + r.noAddress === 0) return total;
  }
};

export interface Logger {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

export const startNotificationJobs = (
  database: Database,
  deliver: Deliver,
  everyMs: number,
  log: Logger,
): { stop(): Promise<void> } => {
  let current: Promise<void> | null = null;
  const round = () => {
    // One round at a time: a slow mail server must not pile rounds up.
    if (current) return;
    current = runNotificationRound(database, deliver, () => new Date(), log)
      .then(
        (r) => {
          if (r.reminders + r.sent + r.noAddress + r.failed > 0) log.info(r, 'notifications round');
        },
        (error: unknown) => log.error({ err: error }, 'notifications round failed'),
      )
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(round, everyMs);
  timer.unref();
  round();
  return {
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
};
