// What a proposer states for an individual: met or not for each of the movement's criteria for individuals, and for a
// criterion the movement wants evidence of, that evidence: a recognised initiative of the person, or an uploaded file.
import { criteriaFor, type Movement } from '@thidua/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { evidenceFile } from '../inputs/evidence-file.js';
import type { Tx } from '../mutation.js';

export const statedCriterionSchema = z.object({
  criterionId: z.string().min(1).max(64),
  met: z.boolean(),
  /** A recognised initiative the person authored (for a criterion like C-IND-INITIATIVE). */
  initiativeId: z.string().min(1).max(64).optional(),
  /** An uploaded document (a policy the person drafted, a commendation). */
  evidenceFile: evidenceFile.optional(),
  note: z.string().trim().max(1000).optional(),
});
export type StatedCriterion = z.infer<typeof statedCriterionSchema>;

export const statedCriteriaSchema = z
  .array(statedCriterionSchema)
  .max(50, 'Tối đa 50 tiêu chuẩn / at most 50 criteria');

const refuse = (vi: string, en: string) => appError('BAD_REQUEST', vi, en);

/** Refuses an unknown or repeated criterion, a met criterion without the evidence the movement asks for, and an
 * initiative that is not the person's recognised work in this movement. */
export const assertStatedCriteria = async (
  tx: Tx,
  movement: Movement,
  personId: string,
  stated: readonly StatedCriterion[],
): Promise<void> => {
  const criteria = criteriaFor(movement, 'individual');
  const asked = criteria.map((c) => c.id);
  const ids = stated.map((s) => s.criterionId);
  const unknown = ids.filter((id) => !asked.includes(id));
  if (unknown.length > 0)
    throw refuse(
      `Phong trào không có tiêu chuẩn cá nhân ${unknown.join(', ')} (có: ${asked.join(', ')})`,
      `The movement has no individual criterion ${unknown.join(', ')} (it has: ${asked.join(', ')})`,
    );
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0)
    throw refuse(
      `Tiêu chuẩn ${repeated.join(', ')} được nêu hai lần`,
      `Criterion ${repeated.join(', ')} is stated twice`,
    );
  for (const s of stated) {
    const criterion = criteria.find((c) => c.id === s.criterionId)!;
    if (s.met && criterion.evidence === 'required' && !s.initiativeId && !s.evidenceFile) {
      throw refuse(
        `Tiêu chuẩn ${s.criterionId} (${criterion.label.vi}) cần minh chứng: chọn sáng kiến đã được công nhận hoặc tải tệp lên`,
        `Criterion ${s.criterionId} (${criterion.label.en}) needs evidence: pick a recognised initiative or upload a file`,
      );
    }
    if (s.initiativeId) {
      const initiative = await tx.initiative.findUnique({
        where: { id: s.initiativeId },
        select: { movementId: true, authorId: true, recognisedAt: true },
      });
      if (
        !initiative ||
        initiative.movementId !== movement.id ||
        initiative.authorId !== personId ||
        !initiative.recognisedAt
      ) {
        throw refuse(
          `Sáng kiến ${s.initiativeId} không phải sáng kiến đã được công nhận của người này trong phong trào`,
          `Initiative ${s.initiativeId} is not this person’s recognised initiative in this movement`,
        );
      }
    }
  }
};

/** The stored form (Nomination.facts), read back; a nomination from before evidence was stored has none. */
export const storedCriteria = (json: string | null): StatedCriterion[] =>
  json ? statedCriteriaSchema.parse(JSON.parse(json)) : [];
