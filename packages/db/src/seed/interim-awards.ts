// Seed the interim review's award decision (R-INTERIM, sơ kết 2023): the three best eligible units of 2022–2023 and one
// official, decided by the Chairman on 28/12/2023 within the quota (5 + 5). The portal's award widget has results.
import { ninhSonDx2021_2025, parseMovement } from '@thidua/domain';
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';
import { REPORTING_UNITS } from './org-units.js';
import { userIdOf } from './users.js';
import { periodStandings } from './period-standings.js';

export const INTERIM_DECISION_NUMBER = '2150/QĐ-UBND';
export const INTERIM_COLLECTIVE_AWARDS = 3;
/** The district IT officer who ran the e-office roll-out (PER-009 in people.ts). */
const INDIVIDUAL = {
  personId: 'PER-009',
  unitId: 'VP-HDND-UBND',
  achievements:
    'Triển khai hệ thống quản lý văn bản và điều hành, chữ ký số cho 100% cơ quan, đơn vị cấp huyện năm 2023.',
};

export const seedInterimAwards = async (db: Db, clock: SeedClock): Promise<void> => {
  // A signed decision never changes: once it exists, seeding again leaves it (and the quota) as it is.
  if ((await db.awardDecisionItem.count({ where: { decision: { number: INTERIM_DECISION_NUMBER } } })) > 0) return;
  const parsed = parseMovement(ninhSonDx2021_2025);
  if (!parsed.ok) throw new Error('The Ninh Sơn plan does not parse');
  const standings = await periodStandings(db, parsed.movement, 'R-INTERIM');
  const ranked = [...standings]
    .flatMap(([unitId, e]) => {
      const unit = REPORTING_UNITS.find((u) => u.id === unitId);
      return unit && e.eligible ? [{ unit, score: e.score }] : [];
    })
    .sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id))
    .slice(0, INTERIM_COLLECTIVE_AWARDS);
  const proposedBy = userIdOf('noivu');
  const nominations = [
    ...ranked.map((c) => ({
      id: `NOM-R-INTERIM-${c.unit.id}`,
      awardClass: 'collective',
      unitId: c.unit.id,
      personId: null,
      proposedByUnitId: c.unit.id,
      scoreSnapshot: c.score,
      achievements: `${c.unit.name}: dẫn đầu kết quả chuyển đổi số năm 2023 theo bộ tiêu chí của huyện.`,
    })),
    {
      id: `NOM-R-INTERIM-${INDIVIDUAL.personId}`,
      awardClass: 'individual',
      unitId: null,
      personId: INDIVIDUAL.personId,
      proposedByUnitId: INDIVIDUAL.unitId,
      scoreSnapshot: null,
      achievements: INDIVIDUAL.achievements,
    },
  ];
  await db.$transaction(
    async (tx) => {
      const decision = await tx.awardDecision.upsert({
        where: { number: INTERIM_DECISION_NUMBER },
        create: {
          movementId: MOVEMENT_ID,
          reviewId: 'R-INTERIM',
          number: INTERIM_DECISION_NUMBER,
          date: '2023-12-28',
          signer: 'Chủ tịch Ủy ban nhân dân huyện',
          createdBy: userIdOf('chutich'),
          createdAt: clock.at('2023-12-28T15:00'),
        },
        update: {},
        select: { id: true },
      });
      for (const n of nominations) {
        const fields = {
          movementId: MOVEMENT_ID,
          reviewId: 'R-INTERIM',
          awardClass: n.awardClass,
          unitId: n.unitId,
          personId: n.personId,
          proposedByUnitId: n.proposedByUnitId,
          proposedBy,
          proposedAt: clock.at('2023-11-20T09:00'),
          achievements: n.achievements,
          scoreSnapshot: n.scoreSnapshot,
          eligibleSnapshot: true,
          commentsUntil: clock.at('2023-12-05T17:00'),
          status: 'awarded',
        };
        await tx.nomination.upsert({ where: { id: n.id }, create: { id: n.id, ...fields }, update: fields });
        await tx.awardDecisionItem.upsert({
          where: { nominationId: n.id },
          create: { decisionId: decision.id, nominationId: n.id, awardClass: n.awardClass },
          update: {},
        });
      }
      // The counters are what later decisions race on: they must count what the seed awarded.
      for (const awardClass of ['collective', 'individual']) {
        const used = await tx.awardDecisionItem.count({
          where: { awardClass, decision: { movementId: MOVEMENT_ID, reviewId: 'R-INTERIM' } },
        });
        await tx.awardQuota.update({
          where: { movementId_reviewId_awardClass: { movementId: MOVEMENT_ID, reviewId: 'R-INTERIM', awardClass } },
          data: { used },
        });
      }
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
};
