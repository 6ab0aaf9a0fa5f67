// Makes sure the award counters of every review exist before any decision races to increment them.
import type { Db } from '@thidua/db';
import type { Movement } from '@thidua/domain';

const isUniqueViolation = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2002';

export const ensureQuotaRows = async (db: Db, movement: Movement): Promise<void> => {
  for (const review of movement.timeline.reviews) {
    for (const awardClass of ['collective', 'individual'] as const) {
      const where = { reviewId_awardClass: { reviewId: review.id, awardClass } };
      if (await db.awardQuota.findUnique({ where, select: { used: true } })) continue;
      try {
        await db.awardQuota.create({ data: { reviewId: review.id, awardClass, max: review.quotas[awardClass] } });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e; // another request created it first: fine
      }
    }
  }
};
