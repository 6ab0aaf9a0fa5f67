// Seed unit plans (D-UNIT-PLAN, due before 20/9/2022 UTC+7): most on time, a few late, two missing.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';
import { deadlineStatus, ninhSonDx2021_2025 } from '@thidua/domain';
import { issuerName, REPORTING_UNITS } from './org-units.js';

const PLAN_DUE = deadlineStatus(ninhSonDx2021_2025, 'D-UNIT-PLAN').dueAtLocal.slice(0, 10);

/** Local send times that differ from the regular schedule. `null`: drafted but never sent. */
export const PLAN_EXCEPTIONS: Readonly<Record<string, string | null>> = {
  'U-LUONG-SON': '2022-09-19T23:41', // the last minutes of the window: on time
  'PHONG-KT-HT': '2022-09-20T08:15', // on day X itself: late ("trước ngày 20/9")
  'U-MA-NOI': '2022-09-28T14:00', // late
  'HOI-LHPN': '2022-10-06T09:30', // late
  'TT-VHTT-TT': null, // still awaiting signature: missing
};
/** Offices and communes that never filed a plan at all: no row. */
export const PLANLESS_UNIT_IDS: readonly string[] = ['MTTQ-HUYEN'];

/** Offices and communes that existed when plans were due (20/9/2022): not the communes formed in 2025. */
export const PLAN_UNITS = REPORTING_UNITS.filter(
  (u) => (u.participantKind === 'department' || u.participantKind === 'commune') && u.validFrom <= PLAN_DUE,
);

export const seedUnitPlans = async (db: Db, clock: SeedClock): Promise<void> => {
  const planned = PLAN_UNITS.filter((u) => !PLANLESS_UNIT_IDS.includes(u.id));
  await db.$transaction(
    planned.map((u, i) => {
      // Regular schedule: one unit a day from 22/8/2022, during office hours.
      const regular = clock.after(clock.at('2022-08-22T08:00'), i + ((i * 37) % 480) / 1440);
      const exception = PLAN_EXCEPTIONS[u.id];
      const submittedAt = exception === undefined ? regular : exception === null ? null : clock.at(exception);
      const row = {
        title: `Kế hoạch phát động phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” của ${issuerName(u)}`,
        documentNumber: submittedAt ? `${20 + i}/KH-${u.code}` : null,
        evidenceUrl: submittedAt ? `https://example.invalid/thidua/ke-hoach/${u.id}.pdf` : null,
        submittedAt,
      };
      return db.unitPlan.upsert({
        where: { movementId_unitId: { movementId: MOVEMENT_ID, unitId: u.id } },
        create: { id: `PLAN-${u.id}`, movementId: MOVEMENT_ID, unitId: u.id, ...row },
        update: row,
      });
    }),
  );
};
