// Makes sure the award counters of every review of a movement exist before any decision races to increment them.
import type { Db } from '@thidua/db';
import type { Movement } from '@thidua/domain';
import { isUniqueViolation } from '../db-errors.js';

export const ensureQuotaRows = async (db: Db, movement: Movement): Promise<void> => {
  for (const review of movement.timeline.reviews) {
    for (const awardClass of ['collective', 'individual'] as const) {
      const where = { movementId_reviewId_awardClass: { movementId: movement.id, reviewId: review.id, awardClass } };
      if (await db.awardQuota.findUnique({ where, select: { used: true } })) continue;
      try {
        await db.awardQuota.create({
          data: { movementId: movement.id, reviewId: review.id, awardClass, max: review.quotas[awardClass] },
        });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e; // another request created it first: fine
      }
    }
  }
};
