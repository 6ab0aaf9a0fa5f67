// The demo database on first run: the reminders the platform would have sent before the last milestones of the seeded
// story (the 2025 report, the final review), so the bell shows what it does. They are history: no e-mail is sent.
import type { Db } from '@thidua/db';
import { reminderMilestones, REMINDER_STEPS } from '@thidua/domain';
import { activeMovement } from '../movement/active-movement.js';
import { sendDueReminders } from './deadline-reminders.js';

const DAY_MS = 86_400_000;
/** The most recent milestones to replay: enough to show each kind of reminder once. */
const RECENT = 4;

export const replayDemoReminders = async (db: Db, now: Date): Promise<number> => {
  const { movement } = await activeMovement(db);
  const past = reminderMilestones(movement)
    .filter((m) => m.atMs <= now.getTime())
    .slice(-RECENT);
  let written = 0;
  for (const m of past) {
    // At 08:00 in Ninh Sơn on the day each reminder opened, as an office would send it.
    for (const step of REMINDER_STEPS)
      written += await sendDueReminders(db, new Date(m.atMs - step * DAY_MS + 8 * 3_600_000));
  }
  await db.notification.updateMany({
    where: { mailStatus: null, kind: 'reminder' },
    data: { mailStatus: 'skipped' },
  });
  return written;
};
