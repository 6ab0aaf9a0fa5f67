// Sends the reminders the domain says are due, once per person: units that still have to act, or the district
// offices running a review. Safe to run from several servers at once (a unique key per reminder and person).
import {
  annualReportDeadline,
  dueReminders,
  rememberedMilestone,
  unitPlanDeadline,
  type Milestone,
  type Movement,
  type Reminder,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { activeMovements } from '../movement/active-movement.js';
import type { Tx } from '../mutation.js';
import type { Role } from '../roles.js';
import { roleHolders, unitEditors } from './recipients.js';
import { inForceOn } from '../org/in-force.js';
import { isUniqueViolation } from '../db-errors.js';
import { DUTY } from '../roles.js';

const DISTRICT_ROLES: readonly Role[] = [DUTY.culture, DUTY.homeAffairs, DUTY.council, DUTY.chair];

/** The units that still owe what the deadline asks for on its last day (a review's opening concerns every participant). */
const unitsToRemind = async (tx: Tx, movement: Movement, m: Milestone, now: Date): Promise<string[]> => {
  const movementId = movement.id;
  if (m.audience.kind !== 'units') return [];
  const units = await tx.orgUnit.findMany({
    where: { participantKind: { in: [...m.audience.unitKinds] }, ...inForceOn(m.day) },
    select: { id: true },
  });
  const all = units.map((u) => u.id);
  if (m.audience.deadlineId === annualReportDeadline(movement)?.id) {
    // A report returned for correction (draft again) keeps its first submission time but still owes the resend.
    const done = await tx.report.findMany({
      where: { movementId, year: m.year, submittedAt: { lte: now }, status: { not: 'draft' }, unitId: { in: all } },
      select: { unitId: true },
    });
    return without(all, done);
  }
  if (m.audience.deadlineId !== null && m.audience.deadlineId === unitPlanDeadline(movement)?.id) {
    const done = await tx.unitPlan.findMany({
      where: { movementId, submittedAt: { lte: now }, unitId: { in: all } },
      select: { unitId: true },
    });
    return without(all, done);
  }
  return all;
};

const without = (all: string[], done: { unitId: string }[]): string[] => {
  const skip = new Set(done.map((d) => d.unitId));
  return all.filter((id) => !skip.has(id));
};

const linkOf = (m: Milestone): string => (m.audience.kind === 'district' ? '/' : '/unit');

const recipientsOf = async (
  tx: Tx,
  movement: Movement,
  m: Milestone,
  now: Date,
): Promise<{ userId: string; unitId: string | null }[]> =>
  m.audience.kind === 'district'
    ? (await roleHolders(tx, DISTRICT_ROLES)).map((userId) => ({ userId, unitId: null }))
    : (await unitEditors(tx, await unitsToRemind(tx, movement, m, now))).map((u) => ({
        userId: u.id,
        unitId: u.unitId,
      }));

/** Returns how many notifications were written. */
export const sendDueReminders = async (db: Db, now: Date): Promise<number> => {
  // Every running movement's deadlines (a new installation has none yet: nothing is due).
  const running = await activeMovements(db);
  const due: { movement: Movement; reminder: Reminder }[] = running.flatMap(({ movement }) =>
    dueReminders(movement, now.getTime()).map((reminder) => ({ movement, reminder })),
  );
  let written = 0;
  for (const { movement, reminder } of due) {
    try {
      written += await db.$transaction(async (tx) => {
        const people = await recipientsOf(tx, movement, reminder.milestone, now);
        const keyOf = (userId: string) => `${reminder.key}:${userId}`;
        const sent = new Set(
          (
            await tx.notification.findMany({
              where: { dedupeKey: { in: people.map((p) => keyOf(p.userId)) } },
              select: { dedupeKey: true },
            })
          ).map((n) => n.dedupeKey),
        );
        const fresh = people.filter((p) => !sent.has(keyOf(p.userId)));
        if (fresh.length === 0) return 0;
        const { count } = await tx.notification.createMany({
          data: fresh.map((p) => ({
            userId: p.userId,
            unitId: p.unitId,
            kind: 'reminder',
            title: reminder.title.vi,
            body: reminder.body.vi,
            titleEn: reminder.title.en,
            bodyEn: reminder.body.en,
            link: linkOf(reminder.milestone),
            dedupeKey: keyOf(p.userId),
            milestone: JSON.stringify(rememberedMilestone(reminder.milestone, movement.timeZone)),
            createdAt: now,
          })),
        });
        return count;
      });
    } catch (e) {
      // Another server sent the same reminder between our read and our write: it is sent, which is all we want.
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return written;
};
