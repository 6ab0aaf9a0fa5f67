// Seed the movement: version 1 of the Ninh Sơn plan as JSON, and the award quotas of its reviews (V.2).
import { AWARD_CLASSES, ninhSonDx2021_2025 } from '@thidua/domain';
import type { Db } from '../open-database.js';

export const MOVEMENT_ID = ninhSonDx2021_2025.id;
const VERSION = 1;

/** Writes version 1; it is made active only when no other version of the movement already is. */
export const seedMovement = async (db: Db): Promise<void> => {
  const definition = JSON.stringify(ninhSonDx2021_2025);
  const note = 'Kế hoạch của UBND huyện Ninh Sơn (2022), bản số hóa ban đầu / the 2022 plan as first digitised';
  await db.$transaction(async (tx) => {
    const otherActive = await tx.movementVersion.count({
      where: { movementId: MOVEMENT_ID, active: true, version: { not: VERSION } },
    });
    await tx.movementVersion.upsert({
      where: { movementId_version: { movementId: MOVEMENT_ID, version: VERSION } },
      create: {
        id: `MV-${MOVEMENT_ID}-v${VERSION}`,
        movementId: MOVEMENT_ID,
        version: VERSION,
        definition,
        active: otherActive === 0,
        note,
        createdBy: 'seed',
      },
      update: { definition, note },
    });
  });
};

/** One counter per review and award class; re-seeding updates `max` and never resets `used`. */
export const seedAwardQuotas = async (db: Db): Promise<void> => {
  await db.$transaction(
    ninhSonDx2021_2025.timeline.reviews.flatMap((review) =>
      AWARD_CLASSES.map((awardClass) =>
        db.awardQuota.upsert({
          where: { movementId_reviewId_awardClass: { movementId: MOVEMENT_ID, reviewId: review.id, awardClass } },
          create: { movementId: MOVEMENT_ID, reviewId: review.id, awardClass, max: review.quotas[awardClass] },
          update: { max: review.quotas[awardClass] },
        }),
      ),
    ),
  );
};
